import { readCellValue } from '../cells/cell-value';
import { formatCivil } from '../cells/civil';
import { parseDate } from '../cells/date';
import { type MoneyUnit, parseMoney } from '../cells/money';
import { parseBoolean, parseDecimal, parseEnum, parseInteger } from '../cells/scalar';
import type { CellIssue, CellResult, LocalisedMessage } from '../cells/types';
import type { CompiledColumn } from './compile-mapping';
import type { TableIssueCode } from './table-issue';

/** A problem with one cell, before the row reader places it. */
export interface ColumnCellIssue {
  code: TableIssueCode;
  severity: 'error' | 'warning';
  original: string;
  message: LocalisedMessage;
}

/** The outcome of reading one cell of a mapped column. */
export type ColumnCellResult =
  | { ok: true; value: unknown; empty?: boolean; warnings?: ColumnCellIssue[] }
  | { ok: false; issue: ColumnCellIssue; warnings?: ColumnCellIssue[] };

/** What reading a cell needs besides the cell. */
export interface CellContext {
  /** For money columns: the unit the header or title names, else the mapping's. */
  unit?: MoneyUnit;
  /** The workbook counts dates from 1904. */
  date1904?: boolean;
}

const EMPTY: ColumnCellResult = Object.freeze({
  ok: true,
  value: undefined,
  empty: true,
}) as ColumnCellResult;

function fail(code: TableIssueCode, original: string, zh: string, en: string): ColumnCellResult {
  return { ok: false, issue: { code, severity: 'error', original, message: { 'zh-CN': zh, en } } };
}

function fromCell<T>(result: CellResult<T>): ColumnCellResult {
  return result as ColumnCellResult;
}

function utcCivil(date: Date): string {
  return formatCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function readText(value: unknown): ColumnCellResult {
  const cell = readCellValue(value);
  const warnings = cell.warnings.length > 0 ? { warnings: cell.warnings } : {};
  switch (cell.kind) {
    case 'empty':
      return { ok: true, value: undefined, empty: true, ...warnings };
    case 'rejected':
      return { ok: false, issue: cell.issue, ...warnings };
    case 'text':
      return { ok: true, value: cell.text, ...warnings };
    case 'number':
      return { ok: true, value: String(cell.value), ...warnings };
    case 'boolean':
      return { ok: true, value: cell.value ? '是' : '否', ...warnings };
    case 'date':
      return Number.isNaN(cell.value.getTime())
        ? fail('DATE_INVALID', cell.original, '日期无效。', 'The date is not valid.')
        : { ok: true, value: utcCivil(cell.value), ...warnings };
  }
}

const SCIENTIFIC = /^[0-9](?:\.[0-9]+)?e\+?[0-9]+$/i;

function codeIssue(original: string, zh: string, en: string): ColumnCellResult {
  return fail('CODE_FORMAT', original, zh, en);
}

// Identifiers are where spreadsheets do most damage: Excel stores a long digit string as a number, keeps
// 15 significant digits and shows it in scientific notation; neither can be repaired, only re-entered.
function readCode(value: unknown): ColumnCellResult {
  const cell = readCellValue(value);
  const warnings = cell.warnings.length > 0 ? { warnings: cell.warnings } : {};
  if (cell.kind === 'empty') return { ok: true, value: undefined, empty: true, ...warnings };
  if (cell.kind === 'rejected') return { ok: false, issue: cell.issue, ...warnings };
  if (cell.kind === 'number') {
    if (!Number.isFinite(cell.value) || (Number.isInteger(cell.value) && !Number.isSafeInteger(cell.value))) {
      return codeIssue(
        cell.original,
        '编号被表格软件存成了数值，超过 15 位的数字已丢失，请将该列设为“文本”格式后重新录入。',
        'The code was stored as a number and digits beyond the 15th are lost; format the column as text and enter it again.',
      );
    }
    return { ok: true, value: String(cell.value), ...warnings };
  }
  if (cell.kind === 'text') {
    const text = cell.text.replace(/ /g, '').toUpperCase();
    if (SCIENTIFIC.test(text)) {
      return codeIssue(
        cell.original,
        '编号显示为科学计数法（如 3.50502E+17），数字已丢失，请将该列设为“文本”格式后重新录入。',
        'The code is in scientific notation (such as 3.50502E+17) and digits are lost; format the column as text and enter it again.',
      );
    }
    return { ok: true, value: text, ...warnings };
  }
  return codeIssue(
    cell.original,
    '应填写编号（文字或数字），不能是日期或逻辑值。',
    'A code (letters and digits) is expected, not a date or a true/false value.',
  );
}

const LIST_SEPARATOR = /[、，,;；]+/;

function readList(value: unknown, column: CompiledColumn): ColumnCellResult {
  // A line break inside a cell (Alt+Enter) separates items too; normalising would make it a space.
  const text = readText(typeof value === 'string' ? value.replace(/[\r\n]+/g, '、') : value);
  if (!text.ok || text.empty) return text;
  const original = typeof value === 'string' ? value : String(text.value);
  const items = String(text.value)
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const out: unknown[] = [];
  for (const item of items) {
    let parsed: unknown = item;
    if (column.options) {
      const result = parseEnum(item, column.options);
      if (!result.ok) return { ok: false, issue: { ...result.issue, original } };
      parsed = result.value;
    }
    if (!out.includes(parsed)) out.push(parsed);
  }
  if (out.length === 0) return { ok: true, value: undefined, empty: true };
  return text.warnings ? { ok: true, value: out, warnings: text.warnings } : { ok: true, value: out };
}

const CHINESE_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const MONTH_TEXT = /^([0-9]{4})(?:[-/.年]([0-9]{1,2})月?|([0-9]{2}))$/;
const QUARTER_TEXT = [
  /^([0-9]{4})年?[-/._]?第?([1-4一二三四])季度?$/,
  /^([0-9]{4})年?[-/._]?q([1-4])$/,
  /^q([1-4])[-/._]?([0-9]{4})$/,
];

function monthResult(
  year: number,
  month: number,
  original: string,
  warnings?: CellIssue[],
): ColumnCellResult {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return monthIssue(original);
  const value = `${year}-${String(month).padStart(2, '0')}`;
  return warnings?.length ? { ok: true, value, warnings } : { ok: true, value };
}

function monthIssue(original: string): ColumnCellResult {
  return fail(
    'MONTH_FORMAT',
    original,
    '无法识别月份，请填写如 2023-07、2023/7 或 2023年7月 的月份。',
    'The month cannot be read; write it like 2023-07, 2023/7 or 2023年7月.',
  );
}

function readMonth(value: unknown, date1904: boolean | undefined): ColumnCellResult {
  const cell = readCellValue(value);
  if (cell.kind === 'empty') return { ok: true, value: undefined, empty: true };
  if (cell.kind === 'rejected') return { ok: false, issue: cell.issue };
  if (cell.kind === 'date') {
    if (Number.isNaN(cell.value.getTime())) return monthIssue(cell.original);
    return monthResult(
      cell.value.getUTCFullYear(),
      cell.value.getUTCMonth() + 1,
      cell.original,
      cell.warnings,
    );
  }
  if (
    cell.kind === 'number' &&
    Number.isInteger(cell.value) &&
    cell.value >= 190001 &&
    cell.value <= 210012
  ) {
    return monthResult(Math.floor(cell.value / 100), cell.value % 100, cell.original, cell.warnings);
  }
  if (cell.kind === 'text') {
    const text = cell.text.replace(/ /g, '');
    const m = MONTH_TEXT.exec(text);
    if (m) return monthResult(Number(m[1]), Number(m[2] ?? m[3]), cell.original, cell.warnings);
  }
  if (cell.kind === 'text' || cell.kind === 'number') {
    // A full date in a month column (2023-07-31, or a date serial) names its month.
    const date = parseDate(value, { date1904: date1904 ?? false });
    if (date.ok && typeof date.value === 'string') {
      return monthResult(
        Number(date.value.slice(0, 4)),
        Number(date.value.slice(5, 7)),
        cell.original,
        cell.warnings,
      );
    }
  }
  return monthIssue(cell.original);
}

function readQuarter(value: unknown): ColumnCellResult {
  const cell = readCellValue(value);
  if (cell.kind === 'empty') return { ok: true, value: undefined, empty: true };
  if (cell.kind === 'rejected') return { ok: false, issue: cell.issue };
  if (cell.kind === 'text') {
    const text = cell.text.replace(/ /g, '').toLowerCase();
    for (const [i, pattern] of QUARTER_TEXT.entries()) {
      const m = pattern.exec(text);
      if (!m) continue;
      const year = Number(i === 2 ? m[2] : m[1]);
      const quarter = CHINESE_DIGIT[(i === 2 ? m[1] : m[2]) ?? ''] ?? 0;
      if (year >= 1900 && year <= 2100 && quarter >= 1) {
        const result = { ok: true as const, value: `${year}Q${quarter}` };
        return cell.warnings.length ? { ...result, warnings: cell.warnings } : result;
      }
    }
  }
  return fail(
    'QUARTER_FORMAT',
    cell.original,
    '无法识别季度，请填写如 2023Q2、2023年第二季度 或 2023年第2季度 的季度。',
    'The quarter cannot be read; write it like 2023Q2, 2023年第二季度 or 2023年第2季度.',
  );
}

/**
 * Reads one raw cell for a mapped column, through the cell parsers for its type. Cells holding U+FFFD
 * (bytes that did not decode) are rejected with `ENCODING_INVALID`.
 */
export function readColumnCell(
  column: CompiledColumn,
  value: unknown,
  context: CellContext = {},
): ColumnCellResult {
  if (value === undefined || value === null || value === '') return EMPTY;
  if (typeof value === 'string' && value.includes('\uFFFD')) {
    return fail(
      'ENCODING_INVALID',
      value,
      '单元格含有无法解码的字节（乱码），请确认文件编码，或另存为“CSV UTF-8”或 XLSX 后重新上传。',
      'The cell holds bytes that do not decode (garbled text); check the encoding, or save the file as "CSV UTF-8" or XLSX and upload it again.',
    );
  }
  switch (column.type) {
    case 'text':
      return readText(value);
    case 'code':
      return readCode(value);
    case 'integer':
      return fromCell(parseInteger(value, column.suffixes ? { suffixes: column.suffixes } : {}));
    case 'decimal': {
      const options: { scale?: number; suffixes?: readonly string[] } = {};
      if (column.scale !== undefined) options.scale = column.scale;
      if (column.suffixes) options.suffixes = column.suffixes;
      return fromCell(parseDecimal(value, options));
    }
    case 'money':
      return fromCell(parseMoney(value, { unit: context.unit ?? column.unit ?? 'yuan' }));
    case 'date':
      return fromCell(parseDate(value, { date1904: context.date1904 ?? false }));
    case 'boolean':
      return fromCell(parseBoolean(value));
    case 'enum':
      return fromCell(parseEnum(value, column.options ?? []));
    case 'list':
      return readList(value, column);
    case 'month':
      return readMonth(value, context.date1904);
    case 'quarter':
      return readQuarter(value);
  }
}
