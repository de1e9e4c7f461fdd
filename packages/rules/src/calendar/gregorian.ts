import { CALENDAR_ERROR_CODES, CalendarError } from './calendar-error';

/** The first year the calendar accepts (four-digit years only, proleptic Gregorian). */
export const MIN_YEAR = 1;
/** The last year the calendar accepts. */
export const MAX_YEAR = 9999;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** @internal Throws unless `year` is an integer in 0001–9999. */
export function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError(
      CALENDAR_ERROR_CODES.invalidArgument,
      `Year must be an integer 1–9999, got ${year}.`,
    );
  }
}

/**
 * Whether `year` is a Gregorian leap year: divisible by 4, except centuries not divisible by 400 (2000 is
 * leap, 2100 is not).
 *
 * @throws CalendarError when `year` is not an integer in 0001–9999
 */
export function isLeapYear(year: number): boolean {
  assertYear(year);
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of the last day of a month (28–31).
 *
 * @param year - four-digit year
 * @param month - 1–12
 * @throws CalendarError when the year or month is out of range
 */
export function lastDayOfMonth(year: number, month: number): number {
  assertYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new CalendarError(
      CALENDAR_ERROR_CODES.invalidArgument,
      `Month must be an integer 1–12, got ${month}.`,
    );
  }
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 31;
}
