/** Excel's limit on the length of a sheet name, in UTF-16 code units. */
export const MAX_SHEET_NAME_LENGTH = 31;

// Excel refuses these in a sheet name; control characters cannot be typed and break some readers.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being removed.
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f\u007f]/g;

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  // Never leave half of a surrogate pair (a rare CJK extension character) at the end.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

function stripApostrophes(text: string): string {
  return text.replace(/^'+/, '').replace(/'+$/, '');
}

/**
 * Makes `name` a valid Excel sheet name: `[ ] : * ? / \` and control characters become `_`, leading
 * and trailing spaces and apostrophes are removed, the name is cut to 31 UTF-16 code units (never
 * inside a surrogate pair), `History` (reserved by Excel) becomes `History_`, and an empty name
 * becomes `fallback`. Chinese is kept as is.
 *
 * @param fallback The name used when nothing is left. Defaults to `Sheet1`.
 * @example sanitiseSheetName('2023/Q2 收支[明细]') // '2023_Q2 收支_明细_'
 */
export function sanitiseSheetName(name: string, fallback = 'Sheet1'): string {
  let clean = stripApostrophes(name.replace(FORBIDDEN, '_').trim()).trim();
  clean = stripApostrophes(truncate(clean, MAX_SHEET_NAME_LENGTH).trim());
  if (clean.toUpperCase() === 'HISTORY') clean = `${clean}_`;
  return clean === '' ? fallback : clean;
}

/**
 * Sanitises every name with {@link sanitiseSheetName} (an empty one becomes `Sheet<n>`) and makes them
 * unique the way Excel compares them, ignoring case: a repeat gets ` (2)`, ` (3)` …, with the name
 * shortened so the whole stays within 31 code units.
 *
 * @example uniqueSheetNames(['收入', '收入', 'a/b']) // ['收入', '收入 (2)', 'a_b']
 */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw, index) => {
    const base = sanitiseSheetName(raw, `Sheet${index + 1}`);
    let name = base;
    for (let n = 2; taken.has(name.toUpperCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${stripApostrophes(truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length).trim())}${suffix}`;
    }
    taken.add(name.toUpperCase());
    return name;
  });
}
