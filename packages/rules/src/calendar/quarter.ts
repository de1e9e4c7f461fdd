import { CALENDAR_ERROR_CODES, CalendarError } from './calendar-error';
import type { ParseResult } from './calendar-issue';
import { type CivilDate, civilDateParts } from './civil-date';
import { assertYear, MAX_YEAR, MIN_YEAR } from './gregorian';
import { formatMonth, type Month, monthEnd, monthStart } from './month';

/** A calendar quarter `YYYYQn` (e.g. `2023Q2`). A plain string, as in `@rectify/schemas`. */
export type Quarter = string;

/** The shape of a quarter. */
export const QUARTER_PATTERN = /^([0-9]{4})Q([1-4])$/;

/** The parts of a quarter. */
export interface QuarterParts {
  /** Four-digit year. */
  readonly year: number;
  /** 1–4. */
  readonly quarter: 1 | 2 | 3 | 4;
}

function matchParts(text: string): QuarterParts | undefined {
  const m = QUARTER_PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < MIN_YEAR) return undefined;
  return { year, quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
}

/** Whether `value` is a quarter written `YYYYQn`. */
export function isQuarter(value: unknown): value is Quarter {
  return typeof value === 'string' && matchParts(value) !== undefined;
}

/**
 * Checks a host's value as a quarter, without throwing.
 *
 * @param path - JSON Pointer reported in the issue. Defaults to `''`.
 */
export function parseQuarter(value: unknown, path = ''): ParseResult<Quarter> {
  if (isQuarter(value)) return { ok: true, value };
  return {
    ok: false,
    issue: {
      code: 'invalid-quarter',
      path,
      message: {
        'zh-CN': '季度格式应为 YYYYQn（如 2023Q2）。',
        en: 'Expected a quarter written YYYYQn (e.g. 2023Q2).',
      },
    },
  };
}

/**
 * The parts of a quarter.
 *
 * @throws CalendarError when `quarter` is not `YYYYQn`
 */
export function quarterParts(quarter: Quarter): QuarterParts {
  const parts = typeof quarter === 'string' ? matchParts(quarter) : undefined;
  if (!parts)
    throw new CalendarError(
      CALENDAR_ERROR_CODES.invalidQuarter,
      `Not a quarter (YYYYQn): ${String(quarter)}`,
    );
  return parts;
}

/**
 * Writes a quarter from its parts.
 *
 * @throws CalendarError when the year is outside 0001–9999 or the quarter outside 1–4
 */
export function formatQuarter(year: number, quarter: number): Quarter {
  assertYear(year);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new CalendarError(CALENDAR_ERROR_CODES.invalidArgument, `Quarter must be 1–4, got ${quarter}.`);
  }
  return `${String(year).padStart(4, '0')}Q${quarter}`;
}

function fromOrdinal(n: number): Quarter {
  const year = Math.floor(n / 4);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError(CALENDAR_ERROR_CODES.outOfRange, 'Quarter outside the years 0001–9999.');
  }
  return formatQuarter(year, n - year * 4 + 1);
}

const ordinal = (q: QuarterParts) => q.year * 4 + (q.quarter - 1);

/** The quarter a civil date falls in: `2023-07-01` → `2023Q3`. */
export function quarterOfDate(date: CivilDate): Quarter {
  const { year, month } = civilDateParts(date);
  return formatQuarter(year, Math.ceil(month / 3));
}

/** The three months of a quarter, in order: `2023Q3` → `['2023-07', '2023-08', '2023-09']`. */
export function monthsOfQuarter(quarter: Quarter): [Month, Month, Month] {
  const { year, quarter: q } = quarterParts(quarter);
  const first = (q - 1) * 3 + 1;
  return [formatMonth(year, first), formatMonth(year, first + 1), formatMonth(year, first + 2)];
}

/** The first day of a quarter: `2023Q2` → `2023-04-01`. */
export function quarterStart(quarter: Quarter): CivilDate {
  return monthStart(monthsOfQuarter(quarter)[0]);
}

/** The last day of a quarter: `2023Q4` → `2023-12-31`. */
export function quarterEnd(quarter: Quarter): CivilDate {
  return monthEnd(monthsOfQuarter(quarter)[2]);
}

/** The quarter after: `2023Q4` → `2024Q1`. */
export function nextQuarter(quarter: Quarter): Quarter {
  return fromOrdinal(ordinal(quarterParts(quarter)) + 1);
}

/** The quarter before: `2024Q1` → `2023Q4`. */
export function previousQuarter(quarter: Quarter): Quarter {
  return fromOrdinal(ordinal(quarterParts(quarter)) - 1);
}

/** The four quarters of a year, in order: `2023` → `['2023Q1', …, '2023Q4']`. */
export function quartersOfYear(year: number): [Quarter, Quarter, Quarter, Quarter] {
  return [formatQuarter(year, 1), formatQuarter(year, 2), formatQuarter(year, 3), formatQuarter(year, 4)];
}
