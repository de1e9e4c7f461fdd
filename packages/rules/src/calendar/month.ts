import { CALENDAR_ERROR_CODES, CalendarError } from './calendar-error';
import type { ParseResult } from './calendar-issue';
import { type CivilDate, civilDateParts, formatCivilDate } from './civil-date';
import { assertYear, lastDayOfMonth, MAX_YEAR, MIN_YEAR } from './gregorian';

/** A calendar month `YYYY-MM` (e.g. `2023-07`). A plain string, as in `@rectify/schemas`. */
export type Month = string;

/** The shape of a month. */
export const MONTH_PATTERN = /^([0-9]{4})-(0[1-9]|1[0-2])$/;

/** The parts of a month. */
export interface MonthParts {
  /** Four-digit year. */
  readonly year: number;
  /** 1–12. */
  readonly month: number;
}

function matchParts(text: string): MonthParts | undefined {
  const m = MONTH_PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < MIN_YEAR) return undefined;
  return { year, month: Number(m[2]) };
}

/** Whether `value` is a month written `YYYY-MM`. */
export function isMonth(value: unknown): value is Month {
  return typeof value === 'string' && matchParts(value) !== undefined;
}

/**
 * Checks a host's value as a month, without throwing.
 *
 * @param path - JSON Pointer reported in the issue. Defaults to `''`.
 */
export function parseMonth(value: unknown, path = ''): ParseResult<Month> {
  if (isMonth(value)) return { ok: true, value };
  return {
    ok: false,
    issue: {
      code: 'invalid-month',
      path,
      message: {
        'zh-CN': '月份格式应为 YYYY-MM（如 2023-07）。',
        en: 'Expected a month written YYYY-MM (e.g. 2023-07).',
      },
    },
  };
}

/**
 * The parts of a month.
 *
 * @throws CalendarError when `month` is not `YYYY-MM`
 */
export function monthParts(month: Month): MonthParts {
  const parts = typeof month === 'string' ? matchParts(month) : undefined;
  if (!parts)
    throw new CalendarError(CALENDAR_ERROR_CODES.invalidMonth, `Not a month (YYYY-MM): ${String(month)}`);
  return parts;
}

/**
 * Writes a month from its parts.
 *
 * @throws CalendarError when the year is outside 0001–9999 or the month outside 1–12
 */
export function formatMonth(year: number, month: number): Month {
  assertYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new CalendarError(
      CALENDAR_ERROR_CODES.invalidArgument,
      `Month must be an integer 1–12, got ${month}.`,
    );
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

const ordinal = (m: MonthParts) => m.year * 12 + (m.month - 1);

function fromOrdinal(n: number): Month {
  const year = Math.floor(n / 12);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError(CALENDAR_ERROR_CODES.outOfRange, 'Month outside the years 0001–9999.');
  }
  return formatMonth(year, n - year * 12 + 1);
}

/** The month a civil date falls in: `2023-07-31` → `2023-07`. */
export function monthOfDate(date: CivilDate): Month {
  const { year, month } = civilDateParts(date);
  return formatMonth(year, month);
}

/** The first day of a month: `2023-07` → `2023-07-01`. */
export function monthStart(month: Month): CivilDate {
  const p = monthParts(month);
  return formatCivilDate(p.year, p.month, 1);
}

/** The last day of a month: `2024-02` → `2024-02-29`, `2100-02` → `2100-02-28`. */
export function monthEnd(month: Month): CivilDate {
  const p = monthParts(month);
  return formatCivilDate(p.year, p.month, lastDayOfMonth(p.year, p.month));
}

/** The month after: `2023-12` → `2024-01`. */
export function nextMonth(month: Month): Month {
  return fromOrdinal(ordinal(monthParts(month)) + 1);
}

/** The month before: `2024-01` → `2023-12`. */
export function previousMonth(month: Month): Month {
  return fromOrdinal(ordinal(monthParts(month)) - 1);
}

/** Whole months from `a` to `b` (b − a): `monthsBetween('2023-07', '2024-01') === 6`. */
export function monthsBetween(a: Month, b: Month): number {
  return ordinal(monthParts(b)) - ordinal(monthParts(a));
}

/**
 * Every month from `from` to `to`, both included, in order; empty when `to` is before `from`.
 * `monthRange('2023-07', '2023-12')` has six months.
 */
export function monthRange(from: Month, to: Month): Month[] {
  const start = ordinal(monthParts(from));
  const end = ordinal(monthParts(to));
  const months: Month[] = [];
  for (let n = start; n <= end; n++) months.push(fromOrdinal(n));
  return months;
}
