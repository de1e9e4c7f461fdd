import { CALENDAR_ERROR_CODES, CalendarError } from './calendar-error';
import type { ParseResult } from './calendar-issue';
import { civilFromDays, daysFromCivil } from './epoch-day';
import { lastDayOfMonth, MAX_YEAR, MIN_YEAR } from './gregorian';

/**
 * A civil date `YYYY-MM-DD`: a calendar day in Asia/Shanghai, not an instant. A plain string, so values
 * from `@rectify/schemas` pass straight in; functions that take one check it and throw
 * {@link CalendarError} on misuse. Check host data first with {@link parseCivilDate} or {@link isCivilDate}.
 */
export type CivilDate = string;

/** The shape of a civil date; the day is checked against the month separately. */
export const CIVIL_DATE_PATTERN = /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** The parts of a civil date. */
export interface CivilDateParts {
  /** Four-digit year. */
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

function matchParts(text: string): CivilDateParts | undefined {
  const m = CIVIL_DATE_PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || day > lastDayOfMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (so `2023-02-29` is not). */
export function isCivilDate(value: unknown): value is CivilDate {
  return typeof value === 'string' && matchParts(value) !== undefined;
}

/**
 * Checks a host's value as a civil date, without throwing.
 *
 * @param value - anything
 * @param path - JSON Pointer reported in the issue. Defaults to `''`.
 */
export function parseCivilDate(value: unknown, path = ''): ParseResult<CivilDate> {
  if (isCivilDate(value)) return { ok: true, value };
  return {
    ok: false,
    issue: {
      code: 'invalid-civil-date',
      path,
      message: {
        'zh-CN': '日期应为实际存在的日期，格式为 YYYY-MM-DD（如 2023-07-31）。',
        en: 'Expected a real calendar date written YYYY-MM-DD (e.g. 2023-07-31).',
      },
    },
  };
}

/**
 * The parts of a civil date.
 *
 * @throws CalendarError when `date` is not a valid civil date
 */
export function civilDateParts(date: CivilDate): CivilDateParts {
  const parts = typeof date === 'string' ? matchParts(date) : undefined;
  if (!parts) {
    throw new CalendarError(
      CALENDAR_ERROR_CODES.invalidCivilDate,
      `Not a valid civil date (YYYY-MM-DD): ${String(date)}`,
    );
  }
  return parts;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Writes a civil date from its parts.
 *
 * @throws CalendarError when the parts are not a real day in 0001–9999
 */
export function formatCivilDate(year: number, month: number, day: number): CivilDate {
  if (!Number.isInteger(day) || day < 1 || day > lastDayOfMonth(year, month)) {
    throw new CalendarError(CALENDAR_ERROR_CODES.invalidArgument, `No day ${day} in ${year}-${month}.`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** @internal Days since 1970-01-01. */
export function toEpochDay(date: CivilDate): number {
  const { year, month, day } = civilDateParts(date);
  return daysFromCivil(year, month, day);
}

/** @internal The civil date of a count of days since 1970-01-01; throws outside 0001–9999. */
export function fromEpochDay(days: number): CivilDate {
  const { year, month, day } = civilFromDays(days);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError(
      CALENDAR_ERROR_CODES.outOfRange,
      `Date outside the years 0001–9999 (epoch day ${days}).`,
    );
  }
  return formatCivilDate(year, month, day);
}

/**
 * The civil date `days` days after `date` (before it when negative).
 *
 * @param days - a whole number of days
 * @throws CalendarError when `date` is invalid, `days` is not an integer, or the result leaves 0001–9999
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  if (!Number.isSafeInteger(days)) {
    throw new CalendarError(CALENDAR_ERROR_CODES.invalidArgument, `Days must be an integer, got ${days}.`);
  }
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Whole days from `a` to `b` (b − a): `daysBetween('2023-07-01', '2023-07-31') === 30`.
 *
 * @throws CalendarError when either date is invalid
 */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/**
 * Orders two civil dates: -1 when `a` is earlier, 0 when equal, 1 when later. Usable with `Array#sort`.
 *
 * @throws CalendarError when either date is invalid
 */
export function compareDates(a: CivilDate, b: CivilDate): -1 | 0 | 1 {
  const d = daysBetween(b, a);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}
