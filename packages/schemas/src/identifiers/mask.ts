// Masking of personal data (DESIGN.md: ID numbers, phone numbers and complainants' names are masked in
// every report, log and error message). Every function keeps the length in code points, replaces each
// hidden character with `*` and returns its own output unchanged when applied again, so masking an
// already masked value is harmless. The single-value maskers drop surrounding white space; maskText
// keeps the text as it is.

/** The character that replaces each hidden character. */
export const MASK_CHARACTER = '*';

/**
 * Replaces every maskable code point of `chars` with `*` except the first `head` and the last `tail`
 * maskable ones; code points for which `maskable` is false (separators) are kept.
 */
function maskPositions(
  chars: readonly string[],
  head: number,
  tail: number,
  maskable: (c: string) => boolean,
) {
  const total = chars.filter(maskable).length;
  let seen = 0;
  return chars
    .map((c) => {
      if (!maskable(c)) return c;
      const index = seen++;
      return index < head || index >= total - tail ? c : MASK_CHARACTER;
    })
    .join('');
}

const always = () => true;

/**
 * Masks a resident identity number, keeping the 6-digit address code and the last 4 characters
 * (sequence and check character) and hiding the birth date: `350502199001011234` →
 * `350502********1234`. A 15-digit first-generation number keeps 6 and 3: `350502900101123` →
 * `350502******123`. Any other length is masked entirely (`*` per character): a value that is not a
 * well-formed number shows nothing.
 */
export function maskResidentId(value: string): string {
  const chars = Array.from(typeof value === 'string' ? value.trim() : '');
  if (chars.length === 18) return maskPositions(chars, 6, 4, always);
  if (chars.length === 15) return maskPositions(chars, 6, 3, always);
  return MASK_CHARACTER.repeat(chars.length);
}

// Digit positions accept `*` too, so that a masked number is recognised (and left unchanged) again.
const COUNTRY = String.raw`((?:\+|00)?86[ -]?)?`;
const MOBILE = new RegExp(`^${COUNTRY}(1[0-9*]{2})([ -]?)([0-9*]{4})([ -]?)([0-9*]{4})$`);
// Area codes: 010 and 020-029 have three digits, all others four (0xxx).
const LANDLINE = new RegExp(
  String.raw`^${COUNTRY}(\(?0(?:[12][0-9]|[3-9][0-9]{2})\)?)([ -]?)([2-9])([0-9*]{3,4})([0-9*]{3})$`,
);
const LOCAL = /^([2-9])([0-9*]{3,4})([0-9*]{3})$/;
const PHONE_SEPARATORS = new Set([' ', '+', '-', '(', ')']);

/**
 * Masks a phone number.
 *
 * - Mobile (11 digits, optional `+86`/`0086`/`86` prefix, optional 3-4-4 grouping): keeps the first 3 and
 *   last 4 digits, `13812345678` → `138****5678`, `+86 138-1234-5678` → `+86 138-****-5678`.
 * - Landline with area code (`0595-22345678`, `(0595)22345678`, `059522345678`): keeps the area code, the
 *   first and the last 3 digits of the 7- or 8-digit local number (which starts 2-9),
 *   `0595-22345678` → `0595-2****678`, `010-2345678` → `010-2***678`.
 * - A bare 7- or 8-digit local number: `22345678` → `2****678`.
 * - Anything else: separators (space, `+`, `-`, parentheses) are kept; with 8 or more other characters
 *   the last 4 are kept and the rest hidden, otherwise all are hidden.
 */
export function maskPhone(value: string): string {
  const phone = typeof value === 'string' ? value.trim() : '';
  const mobile = MOBILE.exec(phone);
  if (mobile) {
    const [, country = '', first, sep1, middle = '', sep2, last] = mobile;
    return `${country}${first}${sep1}${MASK_CHARACTER.repeat(middle.length)}${sep2}${last}`;
  }
  const landline = LANDLINE.exec(phone);
  if (landline) {
    const [, country = '', area, sep, first, middle = '', last] = landline;
    return `${country}${area}${sep}${first}${MASK_CHARACTER.repeat(middle.length)}${last}`;
  }
  const local = LOCAL.exec(phone);
  if (local) {
    const [, first, middle = '', last] = local;
    return `${first}${MASK_CHARACTER.repeat(middle.length)}${last}`;
  }
  const chars = Array.from(phone);
  const maskable = (c: string) => !PHONE_SEPARATORS.has(c);
  return maskPositions(chars, 0, chars.filter(maskable).length >= 8 ? 4 : 0, maskable);
}

// Two-character surnames (复姓) kept whole in names of three or more characters.
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '申屠',
  '太史',
  '澹台',
  '公冶',
  '宗政',
  '濮阳',
  '淳于',
  '单于',
  '闻人',
  '万俟',
  '钟离',
  '赫连',
  '呼延',
  '拓跋',
  '百里',
  '东郭',
  '鲜于',
  '司空',
  '第五',
  '亓官',
  '左丘',
  '谷梁',
  '梁丘',
  '羊舌',
  '微生',
  '公羊',
  '公西',
  '漆雕',
  '乐正',
  '壤驷',
  '公良',
  '段干',
  '巫马',
  '司寇',
  '子车',
  '颛孙',
  '仲孙',
  '叔孙',
  '东门',
  '南门',
  '公输',
]);
// Separators inside names (minority and foreign names: 买买提·艾力, John Smith) are kept.
const NAME_SEPARATORS = new Set([' ', '·', '•', '・', '.']);

/**
 * Masks a person's name, keeping the surname and hiding every character of the given name: `李四` →
 * `李*`, `张三丰` → `张**`, `欧阳修` → `欧阳*` and `欧阳娜娜` → `欧阳**` (common compound surnames are
 * kept whole when the name has three or more characters). A single character is hidden entirely. Name
 * separators (`·`, space, `.`) are kept: `买买提·艾力` → `买**·**`.
 */
export function maskName(value: string): string {
  const chars = Array.from(typeof value === 'string' ? value.trim() : '');
  const maskable = (c: string) => !NAME_SEPARATORS.has(c);
  const letters = chars.filter(maskable);
  if (letters.length <= 1) return maskPositions(chars, 0, 0, maskable);
  const head = letters.length >= 3 && COMPOUND_SURNAMES.has(`${letters[0]}${letters[1]}`) ? 2 : 1;
  return maskPositions(chars, head, 0, maskable);
}

const ACCOUNT_SEPARATORS = new Set([' ', '-']);

/**
 * Masks a bank card or account number, keeping only the last 4 characters: `6222020200112233445` →
 * `***************3445`. Grouping spaces and hyphens are kept (`6222 0202 0011 2233 445` →
 * `**** **** **** ***3 445`). With fewer than 8 other characters everything is hidden, so a short value
 * never shows more than half of itself.
 */
export function maskAccount(value: string): string {
  const chars = Array.from(typeof value === 'string' ? value.trim() : '');
  const maskable = (c: string) => !ACCOUNT_SEPARATORS.has(c);
  return maskPositions(chars, 0, chars.filter(maskable).length >= 8 ? 4 : 0, maskable);
}

// Full-width digits are matched too: masking must not depend on how a number was typed.
const D = '[0-9０-９]';
const X = '[XxＸｘ]';
// A run of digits, with an X allowed after a digit (an ID number's check character), so that an ID
// number followed by more digits stays inside one run and its birth date cannot reach the visible tail.
const NUMBER_RUN_IN_TEXT = new RegExp(`(?<!${D})${D}+(?:${X}${D}+)*${X}?(?!${D})`, 'g');
const MOBILE_IN_TEXT = new RegExp(
  `(?<!${D})((?:[+＋]|00|００)?(?:86|８６)[ -]?)?([1１][3-9３-９]${D})([ -]?)(${D}{4})([ -]?)(${D}{4})(?!${D})`,
  'g',
);

/**
 * Masks personal numbers found in free text, for error messages and logs:
 *
 * - a free-standing run of 18 characters (17 digits and a digit or X) or 15 digits is masked as a
 *   resident identity number (see {@link maskResidentId}): `11010519491231002X` → `110105********002X`;
 * - any other free-standing run of 15 or more digits (an X may follow a digit) keeps only its last 4
 *   characters (see {@link maskAccount}): bank card numbers, or an ID number written together with a
 *   phone number;
 * - a mobile number (11 digits starting 13-19, optional `+86`/`0086`/`86` prefix and 3-4-4 grouping with
 *   spaces or hyphens) not touching other digits is masked as by {@link maskPhone}:
 *   `138 1234 5678` → `138 **** 5678`.
 *
 * Numbers are found by shape alone, so an 18-digit record id is masked too: over-masking is preferred
 * to a leak. Full-width digits are recognised. Not recognised: landlines, account numbers shorter than
 * 15 digits, and a mobile number glued to fewer than 4 other digits (`613812345678`). The result has as
 * many code points as `text`; applying it again changes nothing.
 */
export function maskText(text: string): string {
  if (typeof text !== 'string') return '';
  return text
    .replace(NUMBER_RUN_IN_TEXT, (run) => {
      const length = Array.from(run).length;
      if (length < 15) return run;
      return length === 18 || length === 15 ? maskResidentId(run) : maskAccount(run);
    })
    .replace(
      MOBILE_IN_TEXT,
      (
        _match,
        country: string | undefined,
        first: string,
        sep1: string,
        middle: string,
        sep2: string,
        last: string,
      ) => `${country ?? ''}${first}${sep1}${MASK_CHARACTER.repeat(Array.from(middle).length)}${sep2}${last}`,
    );
}
