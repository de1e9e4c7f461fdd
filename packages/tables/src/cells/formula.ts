// OWASP "CSV Injection" and ASVS 1.2.10: a field starting with one of these is run as a formula by
// Excel, LibreOffice or WPS. The full-width forms are included because some spreadsheet software
// folds them to ASCII on import; NUL and LF are included after ASVS and common sanitisers.
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠']);

/** True when `text` would be taken for a formula by a spreadsheet: it starts with a trigger character. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text.charAt(0));
}

// Leading apostrophes before a trigger: one more is added on export and one removed on import, so
// text that already starts with `'=` survives a round trip through the kit unchanged.
function guardedDepth(text: string): number {
  let i = 0;
  while (text.charAt(i) === "'") i += 1;
  return isFormulaLike(text.slice(i)) ? i : -1;
}

/**
 * Makes a value safe to write into a CSV or XLSX cell: a string that starts with `=`, `+`, `-`, `@`,
 * tab, CR, LF, NUL or a full-width `＝＋－＠` (OWASP CSV injection advice) gets a leading `'`, which
 * spreadsheets show as text; so does such a string already preceded by apostrophes, so that
 * {@link stripFormulaGuard} restores every string exactly. Anything that is not a string is returned
 * unchanged, so a negative amount written as a number stays a number.
 *
 * @example neutraliseFormula('=HYPERLINK("http://x")') // `'=HYPERLINK("http://x")`
 * @example neutraliseFormula(-12) // -12
 */
export function neutraliseFormula<T>(value: T): T extends string ? string : T;
export function neutraliseFormula(value: unknown): unknown {
  return typeof value === 'string' && guardedDepth(value) >= 0 ? `'${value}` : value;
}

/**
 * Undoes {@link neutraliseFormula} on text read back from a file: removes one leading `'` when what
 * follows is a trigger character (possibly after more apostrophes). Other text is returned unchanged.
 *
 * @example stripFormulaGuard("'-1,234.00") // '-1,234.00'
 * @example stripFormulaGuard("'abc") // "'abc"
 */
export function stripFormulaGuard(text: string): string {
  return guardedDepth(text) >= 1 ? text.slice(1) : text;
}
