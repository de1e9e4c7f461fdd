/** The CSS of {@link IncomeStatement} (and the statement inside the disclosure board). */
export const incomeStatementCss: string = `
.rk-statement :where(.rk-row--line th) { padding-left: 1.5em; }
.rk-statement :where(.rk-row--total th, .rk-row--total td) { border-top-width: calc(var(--rk-border-width) * 2); }
.rk-statement :where(.rk-num) { width: 1%; }
.rk-statement__detail { display: block; font-size: 0.9375em; color: var(--rk-color-muted); }
`;
