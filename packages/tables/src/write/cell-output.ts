import { isValidCivil } from '../cells/civil';
import { neutraliseFormula } from '../cells/formula';
import type { SheetCell, SheetColumn } from './sheet';
import { TableWriteError } from './write-error';

/** Where a value sits, for the message of a {@link TableWriteError}. */
export interface CellPlace {
  /** The sheet name as declared. */
  sheet: string;
  /** The data row, counted from 1; `'totals'` for the totals row. */
  row: number | 'totals';
}

/** How money columns are written to CSV. */
export type CsvMoneyUnit = 'yuan' | 'fen';

// Excel keeps 15 significant digits: beyond 10^15 fen (10^13 元) a money number would lose fen, so
// such an amount is written as exact text instead, which parseMoney still reads.
const EXACT_FEN_LIMIT = 1e15;
const CIVIL_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
// Characters XML 1.0 cannot carry; exceljs would drop them silently, U+FFFD keeps the loss visible.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being replaced.
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

function misuse(place: CellPlace, column: SheetColumn, value: SheetCell, expected: string): TableWriteError {
  const row = place.row === 'totals' ? 'the totals row' : `row ${place.row}`;
  return new TableWriteError(
    'INVALID_VALUE',
    `sheet ${JSON.stringify(place.sheet)}, ${row}, column ${JSON.stringify(column.key)} (${column.type}): ` +
      `expected ${expected}, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
  );
}

/** `true` for the values that leave a cell blank: `null`, `undefined` and `''`. */
export function isBlank(value: SheetCell): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

/**
 * An integer amount of fen as an exact decimal string in a unit of `10^scale` fen, with at least
 * `minDecimals` decimals and no thousands separators: `formatFen(-123456, 2)` is `-1234.56`.
 */
export function formatFen(fen: number, scale: number, minDecimals = scale): string {
  const abs = Math.abs(fen);
  const unit = 10 ** scale;
  const fraction = abs % unit;
  const whole = (abs - fraction) / unit;
  let decimals = String(fraction).padStart(scale, '0');
  while (decimals.length > minDecimals && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  const sign = fen < 0 ? '-' : '';
  return decimals === '' ? `${sign}${whole}` : `${sign}${whole}.${decimals}`;
}

function fen(column: SheetColumn, value: SheetCell, place: CellPlace): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw misuse(place, column, value, 'a whole number of fen (a safe integer)');
  }
  return value;
}

function finite(column: SheetColumn, value: SheetCell, place: CellPlace, integer: boolean): number {
  const ok = typeof value === 'number' && (integer ? Number.isSafeInteger(value) : Number.isFinite(value));
  if (!ok) throw misuse(place, column, value, integer ? 'a safe integer' : 'a finite number');
  return value as number;
}

function civil(column: SheetColumn, value: SheetCell, place: CellPlace): [number, number, number] {
  const m = typeof value === 'string' ? CIVIL_DATE.exec(value) : null;
  const parts: [number, number, number] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  if (!m || !isValidCivil(...parts)) throw misuse(place, column, value, 'a date YYYY-MM-DD');
  return parts;
}

function text(column: SheetColumn, value: SheetCell, place: CellPlace): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw misuse(place, column, value, 'text');
}

/**
 * The value exceljs is given for one cell: a number (money already in 元 or 万元), a `Date` at UTC
 * midnight, or text guarded by `neutraliseFormula`; `null` for a blank cell. Throws
 * {@link TableWriteError} when the value does not fit the column type.
 */
export function xlsxCellValue(
  column: SheetColumn,
  value: SheetCell,
  place: CellPlace,
): string | number | Date | null {
  if (isBlank(value)) return null;
  switch (column.type) {
    case 'money':
    case 'money-wan': {
      const amount = fen(column, value, place);
      const scale = column.type === 'money' ? 2 : 6;
      if (Math.abs(amount) >= EXACT_FEN_LIMIT) return formatFen(amount, scale, 2);
      return amount / 10 ** scale;
    }
    case 'integer':
      return finite(column, value, place, true);
    case 'decimal':
    case 'ratio':
      return finite(column, value, place, false);
    case 'date': {
      const [y, m, d] = civil(column, value, place);
      // Before 1900-03-01 Excel's serials are skewed by the Lotus 1900-02-29; text keeps the date exact.
      if (y < 1900 || (y === 1900 && m < 3)) return value as string;
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      return date;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw misuse(place, column, value, 'true or false');
      return value ? '是' : '否';
    default:
      return neutraliseFormula(text(column, value, place).replace(XML_ILLEGAL, '\ufffd'));
  }
}

/**
 * The text of one CSV field before quoting: money as a plain decimal in 元 (or 万元 for `money-wan`)
 * without thousands separators, or integer fen when `moneyAs` is `'fen'`; dates `YYYY-MM-DD`; text
 * guarded by `neutraliseFormula`; `''` for a blank cell. Throws {@link TableWriteError} when the value
 * does not fit the column type.
 */
export function csvFieldText(
  column: SheetColumn,
  value: SheetCell,
  place: CellPlace,
  moneyAs: CsvMoneyUnit,
): string {
  if (isBlank(value)) return '';
  switch (column.type) {
    case 'money':
    case 'money-wan': {
      const amount = fen(column, value, place);
      if (moneyAs === 'fen') return String(amount);
      return formatFen(amount, column.type === 'money' ? 2 : 6, 2);
    }
    case 'integer':
      return String(finite(column, value, place, true));
    case 'decimal':
    case 'ratio':
      return String(finite(column, value, place, false));
    case 'date':
      civil(column, value, place);
      return value as string;
    case 'boolean':
      if (typeof value !== 'boolean') throw misuse(place, column, value, 'true or false');
      return value ? '是' : '否';
    default:
      return neutraliseFormula(text(column, value, place));
  }
}
