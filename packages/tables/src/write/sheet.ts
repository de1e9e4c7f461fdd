import { TableWriteError } from './write-error';

/** A value a row can hold for one column. `null`, `undefined` and `''` leave the cell blank. */
export type SheetCell = string | number | boolean | null | undefined;

/** One row to write, by column key. Money columns hold integer fen; date columns `YYYY-MM-DD`. */
export type SheetRow = Record<string, SheetCell>;

/**
 * What a column holds, which decides the cell type and number format written:
 * - `text`, `status`: text, guarded against formula injection;
 * - `code`: an identifier kept as text even when it looks like a number (`0012`, a USCC), format `@`;
 * - `integer`: a whole number, `#,##0`;
 * - `decimal`: a number, `#,##0.00`;
 * - `money`: integer fen, written as 元 (`fen / 100`) with `#,##0.00`;
 * - `money-wan`: integer fen, written as 万元 (`fen / 1,000,000`) with `#,##0.00`;
 * - `ratio`: a fraction (`0.3` for 30 %), `0.00%`;
 * - `date`: a civil date `YYYY-MM-DD`, written as a real date cell with `yyyy-mm-dd`;
 * - `boolean`: written as `是` / `否`.
 */
export type SheetColumnType =
  | 'text'
  | 'code'
  | 'integer'
  | 'decimal'
  | 'money'
  | 'money-wan'
  | 'ratio'
  | 'date'
  | 'status'
  | 'boolean';

/** Every {@link SheetColumnType}, in declaration order. */
export const SHEET_COLUMN_TYPES: readonly SheetColumnType[] = [
  'text',
  'code',
  'integer',
  'decimal',
  'money',
  'money-wan',
  'ratio',
  'date',
  'status',
  'boolean',
];

/** One column of a sheet. */
export interface SheetColumn {
  /** The key of the value in each {@link SheetRow}. */
  key: string;
  /** The header text, usually Chinese (`金额（元）`). */
  header: string;
  /** What the column holds; decides cell type and number format. */
  type: SheetColumnType;
  /**
   * Width in Excel character units. Defaults to the header's display width (CJK characters counted
   * double) plus 2, but at least a minimum for the column type (12 for dates, 16 for money …), at
   * most 60.
   */
  width?: number;
}

/** One sheet to write: its columns, its rows (streamed, never held in memory) and an optional totals row. */
export interface SheetSpec {
  /** The sheet name; made valid for Excel and unique in the workbook (see {@link sanitiseSheetName}). */
  name: string;
  /** The columns, left to right. */
  columns: readonly SheetColumn[];
  /** The data rows, consumed once, in order. */
  rows: Iterable<SheetRow> | AsyncIterable<SheetRow>;
  /** A totals row written after the data in bold (values given by the caller, not a formula). */
  totals?: SheetRow;
}

/** What a writer wrote for one sheet. */
export interface WrittenSheet {
  /** The sheet name as written (sanitised and de-duplicated). */
  name: string;
  /** The number of data rows written, not counting the header and the totals row. */
  rows: number;
}

const TYPE_MIN_WIDTH: Record<SheetColumnType, number> = {
  text: 12,
  code: 20,
  integer: 10,
  decimal: 12,
  money: 16,
  'money-wan': 14,
  ratio: 10,
  date: 12,
  status: 10,
  boolean: 8,
};

const MAX_WIDTH = 60;

// East Asian Wide and Fullwidth ranges (Unicode UAX #11) that Chinese text uses, plus the common
// emoji blocks: a spreadsheet draws these two columns wide.
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function isWide(codePoint: number): boolean {
  return WIDE_RANGES.some(([lo, hi]) => codePoint >= lo && codePoint <= hi);
}

/**
 * The width of `text` in spreadsheet character units: CJK and other East Asian wide characters count
 * two, everything else one.
 *
 * @example displayWidth('金额（元）') // 10
 * @example displayWidth('Amount') // 6
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/**
 * The width a column is written with: its own `width` when given, otherwise the header's
 * {@link displayWidth} plus 2, at least the minimum for the column type and at most 60.
 */
export function columnWidth(column: SheetColumn): number {
  if (column.width !== undefined) return column.width;
  return Math.min(MAX_WIDTH, Math.max(TYPE_MIN_WIDTH[column.type], displayWidth(column.header) + 2));
}

/** Checks a sheet declaration before anything is written; throws {@link TableWriteError} on misuse. */
export function assertSheetSpec(sheet: SheetSpec): void {
  const label = `sheet ${JSON.stringify(sheet.name)}`;
  if (typeof sheet.name !== 'string') {
    throw new TableWriteError('INVALID_SHEET', `${label}: name must be a string`);
  }
  if (!Array.isArray(sheet.columns) || sheet.columns.length === 0) {
    throw new TableWriteError('INVALID_SHEET', `${label}: at least one column is required`);
  }
  if (sheet.columns.length > 16_384) {
    throw new TableWriteError('INVALID_SHEET', `${label}: Excel allows at most 16,384 columns`);
  }
  const keys = new Set<string>();
  for (const column of sheet.columns) {
    if (keys.has(column.key)) {
      throw new TableWriteError(
        'INVALID_SHEET',
        `${label}: column key ${JSON.stringify(column.key)} repeats`,
      );
    }
    keys.add(column.key);
    if (!SHEET_COLUMN_TYPES.includes(column.type)) {
      throw new TableWriteError(
        'INVALID_SHEET',
        `${label}: column ${JSON.stringify(column.key)} has unknown type ${JSON.stringify(column.type)}`,
      );
    }
    if (typeof column.header !== 'string') {
      throw new TableWriteError(
        'INVALID_SHEET',
        `${label}: column ${JSON.stringify(column.key)} needs a header`,
      );
    }
    if (
      column.width !== undefined &&
      !(Number.isFinite(column.width) && column.width > 0 && column.width <= 255)
    ) {
      throw new TableWriteError(
        'INVALID_SHEET',
        `${label}: column ${JSON.stringify(column.key)} width must be a number in (0, 255]`,
      );
    }
  }
  const rows = sheet.rows as unknown;
  const iterable =
    typeof rows === 'object' && rows !== null && (Symbol.iterator in rows || Symbol.asyncIterator in rows);
  if (!iterable) throw new TableWriteError('INVALID_SHEET', `${label}: rows must be iterable`);
}
