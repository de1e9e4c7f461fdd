import iconv from 'iconv-lite';
import { cellIssue } from './issue';
import type { CellIssue } from './types';
import { CellUsageError } from './usage-error';

/** A text encoding the kit decodes: UTF-8, GB18030 (a superset of GBK and GB2312), or UTF-16 with a BOM. */
export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** Encodings a caller may name for {@link decodeText}; `gbk` and `gb2312` are decoded as GB18030. */
export type TextEncodingName = TextEncoding | 'gbk' | 'gb2312';

/** What {@link detectEncoding} concluded. */
export interface EncodingGuess {
  /** The encoding to decode with (the more plausible one when `confidence` is `none`). */
  encoding: TextEncoding;
  /** The bytes start with a byte order mark of that encoding. */
  bom: boolean;
  /**
   * `certain`: a BOM, pure ASCII, or valid UTF-8 that reads as nothing else. `likely`: invalid UTF-8
   * that is valid GB18030, or bytes valid in both where the chosen reading is the plausible one.
   * `none`: the bytes are valid in neither; see `invalidOffset`.
   */
  confidence: 'certain' | 'likely' | 'none';
  /** With `confidence: 'none'`: the offset of the first byte that does not decode in `encoding`. */
  invalidOffset?: number;
  /** The bytes are valid in both UTF-8 and GB18030 with a plausible reading in each. */
  ambiguous?: boolean;
}

/** The result of {@link decodeText}. */
export interface DecodedText {
  /** The text, without its byte order mark; undecodable bytes appear as U+FFFD. */
  text: string;
  /** The encoding used. */
  encoding: TextEncoding;
  /** `ENCODING_UNKNOWN` / `ENCODING_INVALID` errors and `ENCODING_AMBIGUOUS` warnings. */
  issues: CellIssue[];
}

const ICONV_NAME: Record<TextEncoding, 'utf8' | 'gb18030' | 'utf16le' | 'utf16be'> = {
  'utf-8': 'utf8',
  gb18030: 'gb18030',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
};
const ALIASES: Record<string, TextEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};
const BOMS: Record<TextEncoding, readonly number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  gb18030: [0x84, 0x31, 0x95, 0x33],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
};

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function at(bytes: Uint8Array, i: number): number {
  return bytes[i] ?? -1;
}

function inRange(b: number, lo: number, hi: number): boolean {
  return b >= lo && b <= hi;
}

// NUL never appears in a text table; treating it as invalid keeps UTF-16 without BOM and binary files
// (an XLSX renamed .csv) out of both readings.
/** Offset of the first byte that is not strict UTF-8 (overlongs, surrogates, > U+10FFFF, NUL), or -1. */
function utf8InvalidAt(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const b = at(bytes, i);
    if (b === 0) return i;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (inRange(b, 0xc2, 0xdf)) need = 1;
    else if (inRange(b, 0xe0, 0xef)) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (inRange(b, 0xf0, 0xf4)) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (!inRange(at(bytes, i + 1), lo, hi)) return i;
    for (let k = 2; k <= need; k += 1) if (!inRange(at(bytes, i + k), 0x80, 0xbf)) return i;
    i += need + 1;
  }
  return -1;
}

// GB18030 four-byte codes are linear: index 0–39419 covers the rest of the BMP (81308130–8431A439),
// 189000 onwards the supplementary planes (90308130 = U+10000 … E3329A35 = U+10FFFF).
const GB_BMP_LAST = 39419;
const GB_SUPP_FIRST = 189000;
const GB_SUPP_LAST = GB_SUPP_FIRST + 0xfffff;

/** Offset of the first byte that does not form a mapped GB18030 sequence (NUL included), or -1. */
function gb18030InvalidAt(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const b = at(bytes, i);
    if (b === 0 || b === 0xff) return i;
    // 0x80 is the euro sign of Windows code page 936, which many GBK files carry.
    if (b <= 0x80) {
      i += 1;
      continue;
    }
    const b2 = at(bytes, i + 1);
    if (inRange(b2, 0x40, 0x7e) || inRange(b2, 0x80, 0xfe)) {
      i += 2;
      continue;
    }
    const b3 = at(bytes, i + 2);
    const b4 = at(bytes, i + 3);
    if (!inRange(b2, 0x30, 0x39) || !inRange(b3, 0x81, 0xfe) || !inRange(b4, 0x30, 0x39)) return i;
    const index = (((b - 0x81) * 10 + (b2 - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30);
    if (index > GB_BMP_LAST && (index < GB_SUPP_FIRST || index > GB_SUPP_LAST)) return i;
    i += 4;
  }
  return -1;
}

/** Offset of the first unit of a UTF-16 text that is a lone surrogate or an odd trailing byte, or -1. */
function utf16InvalidAt(bytes: Uint8Array, start: number, littleEndian: boolean): number {
  const unit = (i: number) =>
    littleEndian ? at(bytes, i) | (at(bytes, i + 1) << 8) : (at(bytes, i) << 8) | at(bytes, i + 1);
  let i = start;
  while (i + 1 < bytes.length) {
    const u = unit(i);
    if (inRange(u, 0xd800, 0xdbff)) {
      if (i + 3 >= bytes.length || !inRange(unit(i + 2), 0xdc00, 0xdfff)) return i;
      i += 4;
    } else if (inRange(u, 0xdc00, 0xdfff)) return i;
    else i += 2;
  }
  return i < bytes.length ? i : -1;
}

function invalidAt(bytes: Uint8Array, encoding: TextEncoding, start: number): number {
  if (encoding === 'utf-8') return utf8InvalidAt(bytes, start);
  if (encoding === 'gb18030') return gb18030InvalidAt(bytes, start);
  return utf16InvalidAt(bytes, start, encoding === 'utf-16le');
}

function decode(bytes: Uint8Array, encoding: TextEncoding, bom: boolean): string {
  const body = bom ? bytes.subarray(BOMS[encoding].length) : bytes;
  return iconv.decode(body, ICONV_NAME[encoding], { stripBOM: false });
}

function isChinese(cp: number): boolean {
  return (
    inRange(cp, 0x2e80, 0x2fdf) ||
    inRange(cp, 0x3000, 0x303f) ||
    inRange(cp, 0x3400, 0x4dbf) ||
    inRange(cp, 0x4e00, 0x9fff) ||
    inRange(cp, 0xf900, 0xfaff) ||
    inRange(cp, 0xff00, 0xffef) ||
    inRange(cp, 0x20000, 0x3ffff)
  );
}

// Pinyin letters with tone marks live in Latin Extended-A/B and are plausible in Chinese tables.
const PINYIN = new Set('āēīōūǖĀĒĪŌŪǕěǎǐǒǔǚĚǍǏǑǓǙǘǜńňǹḿɑɡ');

// What GB18030 bytes look like when read as UTF-8: C1 controls and letters of scripts that never
// appear in a Quanzhou table (Latin Extended, IPA, Greek, Cyrillic, Hebrew, Arabic …).
function isImplausibleInUtf8(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return inRange(cp, 0x80, 0x9f) || (inRange(cp, 0x100, 0x7ff) && !PINYIN.has(ch));
}

function hasChinese(text: string): boolean {
  for (const ch of text) if (isChinese(ch.codePointAt(0) ?? 0)) return true;
  return false;
}

// Common hanzi in UTF-8 take three bytes each (E4–E9 lead), a shape GB18030 text almost never takes by
// accident; supplementary-plane hanzi are left out because GB18030 level-2 rows F0–F4 can mimic them.
function hasBmpHanzi(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (inRange(cp, 0x3400, 0x4dbf) || inRange(cp, 0x4e00, 0x9fff)) return true;
  }
  return false;
}

// A GB18030 reading is plausible when it holds Chinese and nothing from the private use area, which is
// where UTF-8 bytes misread as GBK's user-defined rows land.
function isPlausibleGb18030(text: string): boolean {
  for (const ch of text) if (inRange(ch.codePointAt(0) ?? 0, 0xe000, 0xf8ff)) return false;
  return hasChinese(text);
}

function isPlausibleUtf8(text: string): boolean {
  if (hasChinese(text)) return true;
  for (const ch of text) if (isImplausibleInUtf8(ch)) return false;
  return true;
}

/**
 * Works out how a CSV or text file is encoded. A UTF-8, UTF-16 or GB18030 byte order mark is
 * `certain`; pure ASCII and strictly valid UTF-8 are `certain` UTF-8; invalid UTF-8 that is valid
 * GB18030 is `likely` GB18030 (GBK and GB2312 files included). Valid UTF-8 that reads as hanzi, or
 * that is not also valid GB18030, is `certain`. Bytes valid in both whose UTF-8 reading has no hanzi
 * (a few characters, such as `m²`) are read both ways: UTF-8 wins, as `likely` and `ambiguous`, unless
 * its reading is implausible (Cyrillic, Hebrew …) while the GB18030 reading is Chinese. Bytes valid in neither give `confidence: 'none'` and the offset of
 * the first bad byte in the more plausible encoding (the one that decodes further).
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  for (const encoding of ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const) {
    if (startsWith(bytes, BOMS[encoding])) return { encoding, bom: true, confidence: 'certain' };
  }
  const utf8Bad = utf8InvalidAt(bytes, 0);
  if (utf8Bad === -1) {
    if (bytes.every((b) => b < 0x80)) return { encoding: 'utf-8', bom: false, confidence: 'certain' };
    if (gb18030InvalidAt(bytes, 0) !== -1) return { encoding: 'utf-8', bom: false, confidence: 'certain' };
    const utf8Text = decode(bytes, 'utf-8', false);
    if (hasBmpHanzi(utf8Text)) return { encoding: 'utf-8', bom: false, confidence: 'certain' };
    const gbText = decode(bytes, 'gb18030', false);
    if (!isPlausibleGb18030(gbText)) return { encoding: 'utf-8', bom: false, confidence: 'certain' };
    const utf8Plausible = isPlausibleUtf8(utf8Text);
    return {
      encoding: utf8Plausible ? 'utf-8' : 'gb18030',
      bom: false,
      confidence: 'likely',
      ...(utf8Plausible ? { ambiguous: true } : {}),
    };
  }
  const gbBad = gb18030InvalidAt(bytes, 0);
  if (gbBad === -1) return { encoding: 'gb18030', bom: false, confidence: 'likely' };
  return gbBad > utf8Bad
    ? { encoding: 'gb18030', bom: false, confidence: 'none', invalidOffset: gbBad }
    : { encoding: 'utf-8', bom: false, confidence: 'none', invalidOffset: utf8Bad };
}

function hexAround(bytes: Uint8Array, offset: number): string {
  return Array.from(bytes.subarray(offset, offset + 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
}

function checkBody(bytes: Uint8Array, encoding: TextEncoding, bom: boolean): CellIssue[] {
  const bad = invalidAt(bytes, encoding, bom ? BOMS[encoding].length : 0);
  if (bad === -1) return [];
  const name = encoding.toUpperCase();
  const issue = cellIssue(
    'ENCODING_INVALID',
    hexAround(bytes, bad),
    `文件不是有效的 ${name} 编码：第 ${bad} 字节起无法解码，请确认文件编码。`,
    `The file is not valid ${name}: the bytes from offset ${bad} do not decode. Check the file's encoding.`,
  );
  return [{ ...issue, offset: bad }];
}

/**
 * Decodes a CSV or text file to a string. Without `encoding`, {@link detectEncoding} chooses; bytes
 * that decode cleanly in neither UTF-8 nor GB18030 give an `ENCODING_UNKNOWN` error with the byte
 * `offset`, and the text decoded as well as possible (bad bytes as U+FFFD). With `encoding` (`gbk` and
 * `gb2312` are read as GB18030, their superset), or behind a byte order mark, bytes that do not fit
 * give `ENCODING_INVALID`. A byte order mark is removed. Throws a `CellUsageError` for an encoding name it does not know.
 *
 * @example decodeText(iconv.encode('金额（元）', 'gbk')).text // '金额（元）'
 */
export function decodeText(bytes: Uint8Array, encoding?: TextEncodingName): DecodedText {
  const issues: CellIssue[] = [];
  if (encoding !== undefined) {
    const chosen = ALIASES[String(encoding).toLowerCase()];
    if (!chosen)
      throw new CellUsageError('INVALID_OPTION', `decodeText: unknown encoding ${String(encoding)}`);
    const bom = startsWith(bytes, BOMS[chosen]);
    issues.push(...checkBody(bytes, chosen, bom));
    return { text: decode(bytes, chosen, bom), encoding: chosen, issues };
  }
  const guess = detectEncoding(bytes);
  // A BOM settles the encoding but not the bytes after it (a GBK body behind a UTF-8 BOM happens).
  if (guess.bom) issues.push(...checkBody(bytes, guess.encoding, true));
  if (guess.confidence === 'none') {
    const offset = guess.invalidOffset ?? 0;
    const issue = cellIssue(
      'ENCODING_UNKNOWN',
      hexAround(bytes, offset),
      `无法识别文件编码：按 UTF-8 或 GB18030 解码均出错（第 ${offset} 字节起），请另存为“CSV UTF-8”或 XLSX 后重新上传。`,
      `The file's encoding cannot be recognised: it decodes neither as UTF-8 nor as GB18030 (from byte offset ${offset}). Save it as "CSV UTF-8" or XLSX and upload it again.`,
    );
    issues.push({ ...issue, offset });
  } else if (guess.ambiguous) {
    issues.push(
      cellIssue(
        'ENCODING_AMBIGUOUS',
        hexAround(bytes, 0),
        '文件内容既可按 UTF-8 也可按 GB18030 解读，已按 UTF-8 读取，请核对文字是否正确。',
        'The file reads both as UTF-8 and as GB18030; it was read as UTF-8. Please check that the text is right.',
        'warning',
      ),
    );
  }
  return { text: decode(bytes, guess.encoding, guess.bom), encoding: guess.encoding, issues };
}
