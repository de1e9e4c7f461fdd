import { CALENDAR_ERROR_CODES, CalendarError } from './calendar-error';
import { type CivilDate, formatCivilDate } from './civil-date';
import { lastDayOfMonth } from './gregorian';
import { type Month, monthParts } from './month';

/**
 * The deadline on a given day of a month, clamped to the month's last day: (`2023-07`, 23) → `2023-07-23`;
 * (`2023-02`, 30) → `2023-02-28`. Used for PI.Q1 / WG.Q1 (the 23rd of each month) and the task list's
 * “每月30日前”, “每月25日前”.
 *
 * @param day - 1–31
 * @throws CalendarError when `month` is invalid or `day` is not an integer 1–31
 */
export function dayOfMonthDeadline(month: Month, day: number): CivilDate {
  if (!Number.isInteger(day) || day < 1 || day > 31) {
    throw new CalendarError(
      CALENDAR_ERROR_CODES.invalidArgument,
      `Day of month must be an integer 1–31, got ${day}.`,
    );
  }
  const p = monthParts(month);
  return formatCivilDate(p.year, p.month, Math.min(day, lastDayOfMonth(p.year, p.month)));
}
