import { readCellValue, settledResult, withWarnings } from './cell-value';
import {
  type DecimalDigits,
  isSafeBigInt,
  literalDigits,
  numberDigits,
  safeNumber,
  scaledInteger,
} from './decimal';
import { cellIssue } from './issue';
import { normaliseForMatch } from './text';
import type { CellIssueCode, CellResult } from './types';
import { CellUsageError } from './usage-error';

/** Unit suffixes an area cell may carry: `120.5㎡`, `120.5 m²`, `120.5平方米`. */
export const AREA_SUFFIXES: readonly string[] = ['㎡', 'm²', 'm2', '平方米', '平米'];

/** Options of {@link parseInteger}. */
export interface ParseIntegerOptions {
  /** Unit words allowed after the number (`['人', '户']`), matched case-insensitively. Defaults to none. */
  suffixes?: readonly string[];
}

/** Options of {@link parseDecimal}. */
export interface ParseDecimalOptions {
  /** Decimals kept; more are rounded half away from zero (四舍五入) on the digits. Defaults to 2. */
  scale?: number;
  /** Unit words allowed after the number, matched case-insensitively. Defaults to {@link AREA_SUFFIXES}. */
  suffixes?: readonly string[];
}

/** One allowed value of an enumerated column: the stored code and the labels people write. */
export interface EnumOption {
  /** The value stored (`'bank'`); a cell may also hold the code itself. */
  code: string;
  /** Labels that mean this code (`['银行存款', '银行']`), compared after `normaliseForMatch`. */
  labels: readonly string[];
}

const SIGNED_BODY = /^([-+])? ?([0-9.,]+)$/;

function issue(code: CellIssueCode, original: string, zh: string, en: string): CellResult<never> {
  return { ok: false, issue: cellIssue(code, original, zh, en) };
}

// Removes one allowed unit word from the end, comparing Latin letters case-insensitively.
function stripSuffix(text: string, suffixes: readonly string[]): string {
  const lower = text.toLowerCase();
  for (const suffix of suffixes) {
    const s = suffix.toLowerCase();
    if (s !== '' && lower.endsWith(s) && lower.length > s.length) return text.slice(0, -s.length).trimEnd();
  }
  return text;
}

// Digits of a numeric cell (number or text), or undefined when it is not a plain decimal.
function numericDigits(
  cell: ReturnType<typeof readCellValue>,
  suffixes: readonly string[],
): DecimalDigits | undefined {
  if (cell.kind === 'number') return Number.isFinite(cell.value) ? numberDigits(cell.value) : undefined;
  if (cell.kind !== 'text') return undefined;
  const m = SIGNED_BODY.exec(stripSuffix(cell.text.replace(/−/g, '-'), suffixes));
  if (!m) return undefined;
  return literalDigits(m[2] ?? '', m[1] === '-');
}

function checkSuffixes(name: string, suffixes: unknown): void {
  if (suffixes !== undefined && (!Array.isArray(suffixes) || suffixes.some((s) => typeof s !== 'string'))) {
    throw new CellUsageError('INVALID_OPTION', `${name}: suffixes must be an array of strings`);
  }
}

/**
 * Parses a whole number (counts of households, workers, days). Accepts numbers and text with optional
 * sign, thousands commas and full-width digits; `12.00` is 12, `12.5` is `INTEGER_FORMAT`; beyond
 * Number.MAX_SAFE_INTEGER is `INTEGER_RANGE`. Blank cells and dashes are empty.
 *
 * @example parseInteger('１,２３４') // { ok: true, value: 1234 }
 * @example parseInteger('12人', { suffixes: ['人'] }) // { ok: true, value: 12 }
 */
export function parseInteger(value: unknown, options: ParseIntegerOptions = {}): CellResult<number> {
  checkSuffixes('parseInteger', options.suffixes);
  const cell = readCellValue(value);
  const settled = settledResult<number>(cell);
  if (settled) return settled;
  const digits = numericDigits(cell, options.suffixes ?? []);
  const whole = digits === undefined ? undefined : scaledInteger(digits, 0);
  if (whole === undefined) {
    return issue(
      'INTEGER_FORMAT',
      cell.original,
      '应填写整数（可带千分位逗号），不能有小数或其他文字。',
      'A whole number is expected (thousands commas allowed), without decimals or other text.',
    );
  }
  if (!isSafeBigInt(whole)) {
    return issue(
      'INTEGER_RANGE',
      cell.original,
      '整数超出可精确处理的范围。',
      'The whole number is too large to be handled exactly.',
    );
  }
  return withWarnings(safeNumber(whole), [...cell.warnings]);
}

/**
 * Parses a decimal number such as an area in m², rounding on its decimal digits (never on a float) to
 * `scale` decimals, half away from zero (四舍五入), and returning the nearest number to that rounded
 * decimal. Accepts numbers and text with optional sign, thousands commas, full-width digits and a unit
 * suffix (`120.5㎡`). Blank cells and dashes are empty.
 *
 * @example parseDecimal('1,234.565平方米') // { ok: true, value: 1234.57 }
 */
export function parseDecimal(value: unknown, options: ParseDecimalOptions = {}): CellResult<number> {
  const scale = options.scale ?? 2;
  if (!Number.isInteger(scale) || scale < 0 || scale > 10) {
    throw new CellUsageError(
      'INVALID_OPTION',
      `parseDecimal: scale must be an integer from 0 to 10, got ${scale}`,
    );
  }
  checkSuffixes('parseDecimal', options.suffixes);
  const cell = readCellValue(value);
  const settled = settledResult<number>(cell);
  if (settled) return settled;
  const digits = numericDigits(cell, options.suffixes ?? AREA_SUFFIXES);
  if (!digits) {
    return issue(
      'DECIMAL_FORMAT',
      cell.original,
      '应填写数值（如 1,234.56），小数点须为“.”，千分位须每三位一个逗号。',
      'A number is expected (such as 1,234.56), with "." as the decimal point and commas only between groups of three digits.',
    );
  }
  const kept = digits.frac.slice(0, scale);
  let magnitude = BigInt(digits.int + kept.padEnd(scale, '0'));
  if ((digits.frac.charAt(scale) || '0') >= '5') magnitude += 1n;
  if (!isSafeBigInt(magnitude)) {
    return issue(
      'DECIMAL_RANGE',
      cell.original,
      '数值过大，无法精确保留小数。',
      'The number is too large to keep its decimals exactly.',
    );
  }
  const text = magnitude.toString().padStart(scale + 1, '0');
  const rounded = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  const result = Number(rounded);
  return withWarnings(digits.negative && result !== 0 ? -result : result, [...cell.warnings]);
}

const TRUE_WORDS = new Set(['是', '有', 'y', 'yes', 'true', '√', '✓', '✔', '1']);
const FALSE_WORDS = new Set(['否', '无', 'n', 'no', 'false', '×', '✗', '✘', '0']);

/**
 * Parses a yes/no cell: 是/否, 有/无, Y/N, yes/no, true/false (any case), √/×, 1/0, and spreadsheet
 * booleans. `x` alone is rejected: in paper-form habits it marks a ticked box as often as a "no".
 *
 * @example parseBoolean('√') // { ok: true, value: true }
 */
export function parseBoolean(value: unknown): CellResult<boolean> {
  const cell = readCellValue(value);
  const settled = settledResult<boolean>(cell);
  if (settled) return settled;
  let key: string | undefined;
  if (cell.kind === 'boolean') return withWarnings(cell.value, [...cell.warnings]);
  if (cell.kind === 'number') key = String(cell.value);
  if (cell.kind === 'text') key = normaliseForMatch(cell.text);
  if (key !== undefined && TRUE_WORDS.has(key)) return withWarnings(true, [...cell.warnings]);
  if (key !== undefined && FALSE_WORDS.has(key)) return withWarnings(false, [...cell.warnings]);
  return issue(
    'BOOLEAN_FORMAT',
    cell.original,
    '应填写“是”或“否”（也可填 有/无、Y/N、√/×、1/0）。',
    'Yes or no is expected (是/否, 有/无, Y/N, yes/no, true/false, √/×, 1/0).',
  );
}

const enumMaps = new WeakMap<readonly EnumOption[], Map<string, string>>();

function enumMap(options: readonly EnumOption[]): Map<string, string> {
  const cached = enumMaps.get(options);
  if (cached) return cached;
  const map = new Map<string, string>();
  for (const option of options) {
    if (typeof option?.code !== 'string' || !Array.isArray(option.labels)) {
      throw new CellUsageError(
        'INVALID_OPTION',
        'parseEnum: each option needs a string code and an array of labels',
      );
    }
    for (const word of [option.code, ...option.labels]) {
      const key = normaliseForMatch(word);
      if (key === '') continue;
      const existing = map.get(key);
      if (existing !== undefined && existing !== option.code) {
        throw new CellUsageError(
          'ENUM_DUPLICATE_KEY',
          `parseEnum: "${word}" matches both ${existing} and ${option.code}`,
        );
      }
      map.set(key, option.code);
    }
  }
  enumMaps.set(options, map);
  return map;
}

function unknownEnum(original: string, options: readonly EnumOption[]): CellResult<string> {
  const names = options.map((o) => o.labels[0] ?? o.code);
  const listed = names.slice(0, 12).join('、') + (names.length > 12 ? '…' : '');
  const listedEn = names.slice(0, 12).join(', ') + (names.length > 12 ? ', …' : '');
  return issue(
    'ENUM_UNKNOWN',
    original,
    `不是允许的取值，应为以下之一：${listed}。`,
    `Not an allowed value; expected one of: ${listedEn}.`,
  );
}

/**
 * Matches a cell against enumerated options by code or by any label, after `normaliseForMatch` (so
 * spaces, full-width forms, bracket styles and Latin case do not matter), and returns the code.
 * Throws a `CellUsageError` when two different codes share a normalised code or label.
 *
 * @example parseEnum('银行 存款', [{ code: 'bank', labels: ['银行存款'] }]) // { ok: true, value: 'bank' }
 */
export function parseEnum(value: unknown, options: readonly EnumOption[]): CellResult<string> {
  if (!Array.isArray(options))
    throw new CellUsageError('INVALID_OPTION', 'parseEnum: options must be an array');
  const map = enumMap(options);
  const cell = readCellValue(value);
  const settled = settledResult<string>(cell);
  if (settled) return settled;
  let key: string | undefined;
  if (cell.kind === 'text') key = normaliseForMatch(cell.text);
  if (cell.kind === 'number' && Number.isFinite(cell.value)) key = normaliseForMatch(String(cell.value));
  const code = key === undefined ? undefined : map.get(key);
  if (code === undefined) return unknownEnum(cell.original, options);
  return withWarnings(code, [...cell.warnings]);
}
