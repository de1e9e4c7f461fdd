import { civilFromDays, daysFromCivil } from '@rectify/schemas';
import { BoundedCache } from './bounded-cache';
import { CALENDAR_ERROR_CODES, CalendarError } from './calendar-error';
import type { ParseResult } from './calendar-issue';
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

/** @internal Two ASCII digits at `i` as a number, or -1. */
export function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * @internal The epoch day of the `YYYY-MM-DD` written at `start` of `text` (the rest of `text` is not looked at),
 * or NaN when those ten characters are not a real calendar day. Read char by char rather than by
 * CIVIL_DATE_PATTERN.exec: a check reads dates millions of times, and a regexp match allocates an array of
 * strings each time; reading ten characters is also faster than looking the answer up in a memo. Same language
 * as the pattern, plus the day-of-month check.
 */
export function civilEpochDayAt(text: string, start: number): number {
  if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return Number.NaN;
  const hi = twoDigits(text, start);
  const lo = twoDigits(text, start + 2);
  const month = twoDigits(text, start + 5);
  const day = twoDigits(text, start + 8);
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1) return Number.NaN;
  const year = hi * 100 + lo;
  if (year < MIN_YEAR || day > lastDayOfMonth(year, month)) return Number.NaN;
  return daysFromCivil(year, month, day);
}

function matchParts(text: string): CivilDateParts | undefined {
  const days = epochDayOf(text);
  return Number.isNaN(days) ? undefined : civilFromDays(days);
}

const DATES_OF_EPOCH_DAY = new BoundedCache<number, CivilDate>();

/** The epoch day of a civil date string, NaN for anything else. */
function epochDayOf(text: string): number {
  return text.length === 10 ? civilEpochDayAt(text, 0) : Number.NaN;
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (so `2023-02-29` is not). */
export function isCivilDate(value: unknown): value is CivilDate {
  return typeof value === 'string' && value.length === 10 && !Number.isNaN(epochDayOf(value));
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
  const days = typeof date === 'string' ? epochDayOf(date) : Number.NaN;
  if (Number.isNaN(days)) civilDateParts(date); // throws the CalendarError that names the bad value
  return days;
}

/** @internal The civil date of a count of days since 1970-01-01; throws outside 0001–9999. */
export function fromEpochDay(days: number): CivilDate {
  const known = DATES_OF_EPOCH_DAY.get(days);
  if (known !== undefined) return known;
  const { year, month, day } = civilFromDays(days);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError(
      CALENDAR_ERROR_CODES.outOfRange,
      `Date outside the years 0001–9999 (epoch day ${days}).`,
    );
  }
  return DATES_OF_EPOCH_DAY.set(days, formatCivilDate(year, month, day));
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
