// Every selector is one class (specificity 0,1,0): it beats a host page's element selectors (`table {…}`,
// `* { box-sizing: content-box }`) and loses to any class the host writes on purpose. Sizes are `em` from the
// root's `--rk-font-size`, never `rem` (host pages set odd root sizes, `html { font-size: 62.5% }`).

/** The CSS every widget shares: root reset, headings, buttons, form fields, tables, statuses and states. */
export const BASE_CSS: string = `
.rk-root {
  display: block;
  box-sizing: border-box;
  margin: 0 0 1.5em;
  padding: 1em;
  max-width: 100%;
  font-family: var(--rk-font-family);
  font-size: var(--rk-font-size);
  font-weight: 400;
  line-height: var(--rk-line-height);
  color: var(--rk-color-text);
  background: var(--rk-color-background);
  border: var(--rk-border-width) solid var(--rk-color-border);
  border-radius: var(--rk-radius);
  text-align: left;
  overflow-wrap: break-word;
  word-break: normal;
}
.rk-root :where(*, *::before, *::after) { box-sizing: border-box; }
.rk-root :where(p, ul, ol, dl, dd, figure) { margin: 0; padding: 0; }
.rk-root :where(ul, ol) { list-style: none; }
.rk-root :where(:focus-visible) {
  outline: var(--rk-focus-width) solid var(--rk-color-focus);
  outline-offset: 2px;
}
.rk-header {
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  justify-content: space-between;
  gap: 0.5em 1em;
  margin: 0 0 0.75em;
}
.rk-title {
  flex: 1 1 16em;
  margin: 0;
  padding: 0;
  font-family: inherit;
  font-size: 1.375em;
  font-weight: 700;
  line-height: 1.35;
  color: inherit;
}
.rk-subtitle {
  margin: 1em 0 0.5em;
  padding: 0;
  font-family: inherit;
  font-size: 1.125em;
  font-weight: 700;
  line-height: 1.4;
  color: inherit;
}
.rk-actions, .rk-toolbar {
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: 0.5em 1em;
}
.rk-toolbar { margin: 0 0 0.75em; }
.rk-muted { color: var(--rk-color-muted); }
.rk-note { margin: 0.5em 0 0; color: var(--rk-color-muted); font-size: 0.9375em; }
.rk-button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 0.375em;
  min-height: var(--rk-target-size);
  min-width: var(--rk-target-size);
  margin: 0;
  padding: 0.375em 1em;
  font: inherit;
  font-weight: 700;
  line-height: 1.2;
  color: var(--rk-color-accent-text);
  background: var(--rk-color-accent);
  border: var(--rk-border-width) solid var(--rk-color-accent);
  border-radius: var(--rk-radius);
  cursor: pointer;
  text-align: center;
  text-decoration: none;
  width: auto;
  height: auto;
}
.rk-button--secondary, .rk-button[aria-pressed='false'] {
  color: var(--rk-color-accent);
  background: var(--rk-color-background);
}
.rk-button--link {
  min-width: 0;
  padding: 0.25em 0.25em;
  color: var(--rk-color-accent);
  background: transparent;
  border-color: transparent;
  font-weight: 700;
  text-align: left;
  justify-content: flex-start;
}
.rk-button:disabled { cursor: not-allowed; opacity: 0.7; }
.rk-segmented { display: inline-flex; flex-wrap: wrap; gap: 0; min-width: 0; border: 0; margin: 0; padding: 0; }
.rk-segmented .rk-button { border-radius: 0; }
.rk-segmented .rk-button:first-of-type { border-radius: var(--rk-radius) 0 0 var(--rk-radius); }
.rk-segmented .rk-button:last-of-type { border-radius: 0 var(--rk-radius) var(--rk-radius) 0; }
.rk-field { display: inline-flex; flex-direction: column; gap: 0.25em; min-width: 8em; max-width: 100%; }
.rk-label { font-weight: 700; font-size: 0.9375em; color: var(--rk-color-text); }
.rk-select {
  min-height: var(--rk-target-size);
  max-width: 100%;
  margin: 0;
  padding: 0.25em 0.5em;
  font: inherit;
  color: var(--rk-color-text);
  background: var(--rk-color-background);
  border: var(--rk-border-width) solid var(--rk-color-border);
  border-radius: var(--rk-radius);
  width: auto;
  height: auto;
}
.rk-table {
  display: table;
  width: 100%;
  max-width: 100%;
  margin: 0 0 1em;
  border-collapse: collapse;
  border-spacing: 0;
  border: var(--rk-border-width) solid var(--rk-color-border);
  font-size: 1em;
  line-height: inherit;
  color: inherit;
  background: var(--rk-color-background);
  table-layout: auto;
}
.rk-table :where(caption) {
  caption-side: top;
  padding: 0 0 0.5em;
  text-align: left;
  font-weight: 700;
  color: inherit;
}
.rk-table :where(th, td) {
  padding: 0.5em 0.75em;
  text-align: left;
  vertical-align: top;
  border: var(--rk-border-width) solid var(--rk-color-border);
  color: inherit;
  background: transparent;
  font-size: 1em;
  width: auto;
  height: auto;
}
.rk-table :where(thead th) { font-weight: 700; background: var(--rk-color-surface); }
.rk-table :where(tbody th) { font-weight: 400; }
.rk-table :where(tfoot th, tfoot td, .rk-row--total th, .rk-row--total td) { font-weight: 700; }
.rk-table :where(.rk-row--section th) { font-weight: 700; background: var(--rk-color-surface); }
.rk-table-scroll { max-width: 100%; overflow-x: auto; margin: 0 0 1em; }
.rk-table-scroll > .rk-table { margin: 0; }
.rk-num {
  text-align: right;
  white-space: nowrap;
  overflow-wrap: normal;
  font-variant-numeric: tabular-nums;
}
.rk-table :where(th.rk-num, td.rk-num) { text-align: right; }
.rk-nowrap { white-space: nowrap; overflow-wrap: normal; }
.rk-code {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 0.9375em;
  overflow-wrap: anywhere;
}
.rk-status {
  display: inline-flex;
  align-items: baseline;
  gap: 0.3em;
  font-weight: 700;
  white-space: nowrap;
}
.rk-status__icon { display: inline-block; min-width: 1em; text-align: center; }
.rk-status--pass { color: var(--rk-color-pass); }
.rk-status--fail { color: var(--rk-color-fail); }
.rk-status--warn { color: var(--rk-color-warn); }
.rk-status--info { color: var(--rk-color-info); }
.rk-status--neutral { color: var(--rk-color-text); }
.rk-state {
  display: flex;
  align-items: center;
  gap: 0.5em;
  margin: 0;
  padding: 1em;
  background: var(--rk-color-surface);
  border: var(--rk-border-width) dashed var(--rk-color-border);
  border-radius: var(--rk-radius);
}
.rk-state--error {
  align-items: flex-start;
  color: var(--rk-color-text);
  border: var(--rk-border-width) solid var(--rk-color-fail);
  border-left-width: 0.375em;
}
.rk-state__icon { color: var(--rk-color-fail); font-weight: 700; }
.rk-state__title { font-weight: 700; }
.rk-spinner {
  display: inline-block;
  width: 1.25em;
  height: 1.25em;
  border: 0.1875em solid var(--rk-color-border);
  border-top-color: var(--rk-color-accent);
  border-radius: 50%;
  animation: rk-spin 0.8s linear infinite;
}
@keyframes rk-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .rk-spinner { animation: none; } }
.rk-meta {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
  gap: 0.5em 1.5em;
  margin: 0 0 1em;
}
.rk-meta__item { display: flex; flex-direction: column; min-width: 0; }
.rk-meta__label { font-size: 0.875em; font-weight: 700; color: var(--rk-color-muted); }
.rk-meta__value { margin: 0; }
.rk-sr-only {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}
`;
