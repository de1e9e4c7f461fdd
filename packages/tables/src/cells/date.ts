import { readCellValue, settledResult, withWarnings } from './cell-value';
import { civilFromDays, daysFromCivil, formatCivil, isValidCivil } from './civil';
import { cellIssue } from './issue';
import type { CellIssue, CellResult } from './types';
import { CellUsageError } from './usage-error';

/** Options of {@link parseDate}. */
export interface ParseDateOptions {
  /** The workbook uses the 1904 date system (old Mac Excel). Defaults to `false` (1900 system). */
  date1904?: boolean;
  /** Earliest accepted year; earlier years give `DATE_RANGE` (usually a typing slip). Defaults to 1900. */
  minYear?: number;
  /** Latest accepted year; later years give `DATE_RANGE`. Defaults to 2100. */
  maxYear?: number;
}

/** Options of {@link excelSerialFromDate}. */
export interface ExcelSerialOptions {
  /** Count from the 1904 date system's epoch. Defaults to `false` (1900 system). */
  date1904?: boolean;
}

// Serial 1 is 1900-01-01; Excel copies Lotus 1-2-3 in counting a 1900-02-29 (serial 60) that never
// existed, so from serial 61 (1900-03-01) on the serial counts from 1899-12-30.
const EPOCH_1900 = daysFromCivil(1899, 12, 30);
const EPOCH_1904 = daysFromCivil(1904, 1, 1);
const LOTUS_PHANTOM = 60;
const MAX_DAY = daysFromCivil(9999, 12, 31);

const YEAR_FIRST = /^([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})(?=$|[ T])/;
const YEAR_FIRST_CHINESE = /^([0-9]{4}) ?年 ?([0-9]{1,2}) ?月 ?([0-9]{1,2}) ?[日号]/;
const DAY_OR_MONTH_FIRST = /^[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:[0-9]{2}|[0-9]{4})(?=$|[ T])/;
const CLOCK = /^(?:[ T]| ?)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?$/;
const CHINESE_CLOCK = /^ ?([0-9]{1,2}) ?[时点](?: ?([0-9]{1,2}) ?分(?: ?([0-9]{1,2}) ?秒)?)?$/;

function formatIssue(original: string): CellIssue {
  return cellIssue(
    'DATE_FORMAT',
    original,
    '无法识别日期，请填写如 2023-07-31、2023/7/31、2023.7.31 或 2023年7月31日 的日期（年份四位、在前）。',
    'The date cannot be read; write it like 2023-07-31, 2023/7/31, 2023.7.31 or 2023年7月31日 (four-digit year first).',
  );
}

function serialIssue(original: string, hint?: string): CellIssue {
  const zhHint = hint ? `，看起来像把 ${hint} 填成了数字，请改填为日期` : '';
  const enHint = hint ? ` It looks like ${hint} typed as a number; enter it as a date.` : '';
  return cellIssue(
    'DATE_SERIAL_INVALID',
    original,
    `数值不是有效的 Excel 日期序列号${zhHint}。`,
    `The number is not a valid Excel date serial.${enHint}`,
  );
}

function timeDropped(original: string): CellIssue {
  return cellIssue(
    'DATE_TIME_DROPPED',
    original,
    '单元格含有时间，只保留了日期部分，请核对。',
    'The cell has a time of day; only the date was kept. Please check it.',
    'warning',
  );
}

function civilResult(
  year: number,
  month: number,
  day: number,
  original: string,
  warnings: CellIssue[],
  options: ParseDateOptions,
): CellResult<string> {
  if (!isValidCivil(year, month, day)) {
    return {
      ok: false,
      issue: cellIssue(
        'DATE_INVALID',
        original,
        '日期不存在（如 2 月 30 日、非闰年的 2 月 29 日、13 月），请核对。',
        'The date does not exist (such as 30 February, 29 February in a common year, or month 13); please check it.',
      ),
    };
  }
  const minYear = options.minYear ?? 1900;
  const maxYear = options.maxYear ?? 2100;
  if (year < minYear || year > maxYear) {
    return {
      ok: false,
      issue: cellIssue(
        'DATE_RANGE',
        original,
        `年份须在 ${minYear} 至 ${maxYear} 年之间，请核对是否录入有误。`,
        `The year must be between ${minYear} and ${maxYear}; please check for a typing slip.`,
      ),
    };
  }
  return withWarnings(formatCivil(year, month, day), warnings);
}

// A whole number like 20230731 is a date typed without separators, not a serial: name it in the issue.
function compactDateHint(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 10000101 || n > 99991231) return undefined;
  const year = Math.floor(n / 10000);
  const month = Math.floor(n / 100) % 100;
  const day = n % 100;
  return isValidCivil(year, month, day) ? formatCivil(year, month, day) : undefined;
}

function fromSerial(
  serial: number,
  original: string,
  warnings: CellIssue[],
  options: ParseDateOptions,
): CellResult<string> {
  if (!Number.isFinite(serial)) return { ok: false, issue: serialIssue(original) };
  const whole = Math.floor(serial);
  let days: number;
  if (options.date1904) {
    days = EPOCH_1904 + whole;
    if (whole < 0) return { ok: false, issue: serialIssue(original) };
  } else {
    if (whole < 1 || whole === LOTUS_PHANTOM) return { ok: false, issue: serialIssue(original) };
    days = EPOCH_1900 + whole + (whole < LOTUS_PHANTOM ? 1 : 0);
  }
  if (days > MAX_DAY) return { ok: false, issue: serialIssue(original, compactDateHint(serial)) };
  if (serial !== whole) warnings.push(timeDropped(original));
  const { year, month, day } = civilFromDays(days);
  return civilResult(year, month, day, original, warnings, options);
}

function isMidnight(...parts: (string | undefined)[]): boolean {
  return parts.every((p) => p === undefined || /^0*$/.test(p));
}

function fromText(
  text: string,
  original: string,
  warnings: CellIssue[],
  options: ParseDateOptions,
): CellResult<string> {
  const m = YEAR_FIRST.exec(text);
  const c = m ? undefined : YEAR_FIRST_CHINESE.exec(text);
  const match = m ?? c;
  if (!match) {
    if (DAY_OR_MONTH_FIRST.test(text)) {
      return {
        ok: false,
        issue: cellIssue(
          'DATE_AMBIGUOUS',
          original,
          '日期不是年份在前的写法，无法确定年、月、日的顺序，请改为 2023-07-31 或 2023年7月31日。',
          'The date is not year-first, so the order of day, month and year is unclear; write it as 2023-07-31 or 2023年7月31日.',
        ),
      };
    }
    return { ok: false, issue: formatIssue(original) };
  }
  const year = Number(match[1]);
  const month = Number(m ? m[3] : match[2]);
  const day = Number(m ? m[4] : match[3]);
  const rest = text.slice(match[0].length);
  if (rest !== '') {
    const clock = CLOCK.exec(rest) ?? CHINESE_CLOCK.exec(rest);
    if (!clock) return { ok: false, issue: formatIssue(original) };
    const [, h = '0', min, sec, fraction] = clock;
    if (Number(h) > 23 || Number(min ?? '0') > 59 || Number(sec ?? '0') > 59) {
      return { ok: false, issue: formatIssue(original) };
    }
    // `2023/7/31 0:00:00` is how a date cell exports to CSV: nothing is lost, so no warning.
    if (!isMidnight(h, min, sec, fraction)) warnings.push(timeDropped(original));
  }
  return civilResult(year, month, day, original, warnings, options);
}

/**
 * Parses a date cell into a civil `YYYY-MM-DD` string. Accepts JS `Date` objects (read by their UTC
 * parts, as exceljs gives dates at UTC midnight), Excel serial numbers (1900 system with the Lotus bug:
 * serial 60 is rejected, 61 is 1900-03-01; or the 1904 system with `date1904`), and year-first text:
 * `2023-07-31`, `2023/7/31`, `2023.7.31`, `2023年7月31日`, `2023年07月31号`, in full-width digits too.
 * A trailing time (`2023-07-31 14:00`, `2023-07-31T14:00:00`, `2023年7月31日14时`) is dropped with a
 * `DATE_TIME_DROPPED` warning unless it is midnight. Day- or month-first text gives `DATE_AMBIGUOUS`;
 * a day that does not exist gives `DATE_INVALID`; a year outside `minYear`–`maxYear` gives `DATE_RANGE`.
 *
 * @example parseDate('2023年7月31日') // { ok: true, value: '2023-07-31' }
 * @example parseDate(45138) // { ok: true, value: '2023-07-31' }
 */
export function parseDate(value: unknown, options: ParseDateOptions = {}): CellResult<string> {
  const { minYear, maxYear } = options;
  if (
    (minYear !== undefined && !Number.isInteger(minYear)) ||
    (maxYear !== undefined && !Number.isInteger(maxYear))
  ) {
    throw new CellUsageError('INVALID_OPTION', 'parseDate: minYear and maxYear must be integers');
  }
  const cell = readCellValue(value);
  const settled = settledResult<string>(cell);
  if (settled) return settled;
  const warnings = [...cell.warnings];
  switch (cell.kind) {
    case 'date': {
      const d = cell.value;
      if (Number.isNaN(d.getTime())) {
        return {
          ok: false,
          issue: cellIssue('DATE_INVALID', cell.original, '日期无效。', 'The date is not valid.'),
        };
      }
      if (
        d.getUTCHours() !== 0 ||
        d.getUTCMinutes() !== 0 ||
        d.getUTCSeconds() !== 0 ||
        d.getUTCMilliseconds() !== 0
      ) {
        warnings.push(timeDropped(cell.original));
      }
      return civilResult(
        d.getUTCFullYear(),
        d.getUTCMonth() + 1,
        d.getUTCDate(),
        cell.original,
        warnings,
        options,
      );
    }
    case 'number':
      return fromSerial(cell.value, cell.original, warnings, options);
    case 'text':
      return fromText(cell.text, cell.original, warnings, options);
    default:
      return { ok: false, issue: formatIssue(cell.original) };
  }
}

/**
 * The Excel serial number of a civil date, for writing dates as numbers. Throws a `CellUsageError`
 * when `date` is not a valid `YYYY-MM-DD` or lies before the epoch of the date system (1900-01-01, or
 * 1904-01-01 with `date1904`). Inverse of {@link parseDate} on serials.
 *
 * @example excelSerialFromDate('2023-07-31') // 45138
 */
export function excelSerialFromDate(date: string, options: ExcelSerialOptions = {}): number {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(date);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || !isValidCivil(year, month, day)) {
    throw new CellUsageError(
      'INVALID_DATE_ARGUMENT',
      `excelSerialFromDate: not a valid YYYY-MM-DD date: ${date}`,
    );
  }
  const days = daysFromCivil(year, month, day);
  if (options.date1904) {
    if (days < EPOCH_1904) {
      throw new CellUsageError('INVALID_DATE_ARGUMENT', `excelSerialFromDate: ${date} is before 1904-01-01`);
    }
    return days - EPOCH_1904;
  }
  const serial = days - EPOCH_1900;
  if (serial < LOTUS_PHANTOM + 1) {
    if (serial - 1 < 1) {
      throw new CellUsageError('INVALID_DATE_ARGUMENT', `excelSerialFromDate: ${date} is before 1900-01-01`);
    }
    return serial - 1;
  }
  return serial;
}
