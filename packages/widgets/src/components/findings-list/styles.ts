/** The CSS of {@link FindingsList}. Rows have one fixed height (three lines) so the list can be windowed. */
export const findingsListCss: string = `
.rk-findings-list { --rk-vrow-height: calc(3em * var(--rk-line-height) + 1em); }
.rk-findings__filters { display: flex; flex-wrap: wrap; gap: 0.5em 1em; margin: 0 0 0.75em; }
.rk-findings__count { margin: 0 0 0.5em; color: var(--rk-color-muted); }
.rk-vlist {
  box-sizing: content-box;
  position: relative;
  overflow-y: auto;
  overflow-x: hidden;
  border: var(--rk-border-width) solid var(--rk-color-border);
  border-radius: var(--rk-radius);
  overscroll-behavior: contain;
}
.rk-vlist__list { position: relative; margin: 0; padding: 0; list-style: none; }
.rk-vrow {
  position: absolute;
  left: 0;
  right: 0;
  height: var(--rk-vrow-height);
  margin: 0;
  padding: 0;
  overflow: hidden;
  border-bottom: 1px solid var(--rk-color-border);
}
.rk-vrow__button {
  display: block;
  width: 100%;
  height: 100%;
  margin: 0;
  padding: 0.5em 0.75em;
  font: inherit;
  line-height: var(--rk-line-height);
  text-align: left;
  color: var(--rk-color-text);
  background: var(--rk-color-background);
  border: 0;
  border-radius: 0;
  cursor: pointer;
  overflow: hidden;
}
.rk-vrow__button:hover { background: var(--rk-color-surface); }
.rk-vrow__button:focus-visible { outline-offset: -0.25em; }
.rk-vrow__button[aria-current='true'] { background: var(--rk-color-surface); box-shadow: inset 0.3em 0 0 var(--rk-color-accent); }
.rk-vrow__head {
  display: block;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
.rk-vrow__head > * + * { margin-left: 0.75em; }
.rk-vrow__message {
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
  line-clamp: 2;
  overflow: hidden;
  overflow-wrap: anywhere;
  white-space: normal;
}
.rk-vrow--group {
  display: flex;
  align-items: flex-end;
  padding: 0.5em 0.75em;
  font-weight: 700;
  background: var(--rk-color-surface);
}
.rk-findings__none { padding: 1em; }
.rk-details {
  margin: 1em 0 0;
  padding: 0.75em 1em;
  border: var(--rk-border-width) solid var(--rk-color-border);
  border-left: 0.375em solid var(--rk-color-accent);
  border-radius: var(--rk-radius);
}
.rk-details__title { margin-top: 0; }
.rk-details__badges { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: baseline; margin: 0 0 0.5em; }
.rk-details__message { margin: 0 0 0.75em; font-size: 1.0625em; }
.rk-details__facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(14em, 1fr)); gap: 0.5em 1.5em; margin: 0 0 0.5em; }
.rk-details__facts dt { font-size: 0.875em; font-weight: 700; color: var(--rk-color-muted); }
.rk-details__facts dd { margin: 0; }
.rk-details__heading { margin: 1em 0 0.25em; font-size: 1em; font-weight: 700; }
.rk-details__why { display: grid; gap: 0.25em; }
.rk-details__quote {
  margin: 0.25em 0 0.5em;
  padding: 0.25em 0 0.25em 0.75em;
  border-left: 0.25em solid var(--rk-color-border);
  font-style: normal;
}
.rk-details__note { display: block; color: var(--rk-color-muted); font-size: 0.9375em; }
.rk-details__evidence :where(td) { overflow-wrap: anywhere; }
.rk-details__actions { margin: 1em 0 0; }
`;
