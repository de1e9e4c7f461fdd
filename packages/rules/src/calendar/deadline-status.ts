import { type CivilDate, compareDates } from './civil-date';

/**
 * How an obligation with a deadline stands on the as-of date: `done` (on or before the deadline),
 * `done-late`, `pending` (not done, deadline not yet passed), `overdue` (not done, deadline passed).
 */
export type DeadlineStatus = 'done' | 'done-late' | 'pending' | 'overdue';

/**
 * Judges a deadline as of `asOf`. The deadline day itself is in time (“7月底前” includes 31 July). A
 * completion dated after `asOf` is not yet known on `asOf` and counts as not done, so the answer depends
 * only on what was true that day.
 *
 * @param deadline - the last day in time
 * @param doneOn - the day it was done, or `undefined`
 * @param asOf - the day of the judgement
 * @throws CalendarError when a date is invalid
 */
export function isOverdue(
  deadline: CivilDate,
  doneOn: CivilDate | undefined,
  asOf: CivilDate,
): DeadlineStatus {
  if (doneOn !== undefined && compareDates(doneOn, asOf) <= 0) {
    return compareDates(doneOn, deadline) <= 0 ? 'done' : 'done-late';
  }
  return compareDates(asOf, deadline) <= 0 ? 'pending' : 'overdue';
}
