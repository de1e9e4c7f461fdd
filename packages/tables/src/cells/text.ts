// Zero-width and invisible format characters that copy-paste from web pages and WeChat leaves behind.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;
// Every space-like character (ASCII whitespace, NBSP, ideographic space U+3000, the U+2000 block …).
const WHITESPACE_RUN = /[\s\u00A0\u3000]+/g;
// Full-width ASCII forms; （ U+FF08 and ） U+FF09 are left alone because they are part of official
// names (`泉州市某某物业服务有限公司（丰泽分公司）`).
const FULL_WIDTH = /[\uFF01-\uFF07\uFF0A-\uFF5E]/g;

/**
 * Normalises the text of a cell: full-width ASCII forms (U+FF01–U+FF5E) become half-width, except the
 * full-width parentheses （） which are kept as part of names; zero-width characters are removed;
 * ideographic spaces, no-break spaces and line breaks become spaces; runs of whitespace collapse to one
 * space; the result is trimmed.
 *
 * @example normaliseText('　１２３，ＡＢＣ\u200B（分公司） ') // '123,ABC（分公司）'
 */
export function normaliseText(value: string): string {
  return value
    .replace(INVISIBLE, '')
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/**
 * Reduces a column header (or an enum label) to a key for comparison: {@link normaliseText}, then all
 * spaces removed, （）→ (), 【】→ [], Latin letters lower-cased. Two headers match when their keys are
 * equal, so `金额 （万元）`, `金额(万元)` and `金额（万元）` all match.
 *
 * @example normaliseForMatch('Ｐ ＩＤ【编号】（万元）') // 'pid[编号](万元)'
 */
export function normaliseForMatch(header: string): string {
  return normaliseText(header)
    .replace(/ /g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/【/g, '[')
    .replace(/】/g, ']')
    .replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}
