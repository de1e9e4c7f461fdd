/** The CSS of {@link DisclosureBoard}. */
export const disclosureBoardCss: string = `
.rk-disclosure-board .rk-title { font-size: 1.5em; text-align: center; }
.rk-board__rule { margin: 0 0 1em; }
.rk-board__toolbar { display: flex; justify-content: flex-end; margin: 0 0 0.5em; }
.rk-board__list { display: flex; flex-direction: column; gap: 0.25em; }
.rk-board__contacts { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; margin: 0.5em 0 0; }
.rk-board__contact {
  display: inline-flex;
  align-items: center;
  min-height: var(--rk-target-size);
  font-weight: 700;
  font-size: 1.125em;
  color: var(--rk-color-accent);
  text-decoration: underline;
}
`;
