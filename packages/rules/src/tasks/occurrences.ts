import {
  type CivilDate,
  compareDates,
  dayOfMonthDeadline,
  formatCivilDate,
  monthOfDate,
  monthRange,
} from '../calendar';
import { defaultCampaignStart, type ResolvedDeadline } from './resolve-deadline';

/**
 * The concrete due dates of a resolved deadline up to `to`, in order.
 *
 * A recurring (`monthly`) deadline has one due date per month from the month of `from` to the month of `to`,
 * each clamped to its month's end, keeping those within `from`…`to`. A one-off deadline (`by`,
 * `continuous`) has its single day when it is on or before `to`; `from` does not cut it off, because a
 * deadline set before the campaign started (WG.XC1 `6月底前`) still binds. `unresolved` has none.
 *
 * @param from - where recurring instances start. Defaults to the campaign start, `${campaignYear}-07-01`.
 * @param to - the last day considered. Defaults to `${campaignYear}-12-31`.
 * @throws CalendarError on an invalid year or date (misuse)
 */
export function occurrences(
  resolved: ResolvedDeadline,
  campaignYear: number,
  from: CivilDate = defaultCampaignStart(campaignYear),
  to: CivilDate = formatCivilDate(campaignYear, 12, 31),
): CivilDate[] {
  switch (resolved.kind) {
    case 'by':
      return compareDates(resolved.date, to) <= 0 ? [resolved.date] : [];
    case 'continuous':
      return compareDates(resolved.until, to) <= 0 ? [resolved.until] : [];
    case 'monthly':
      return monthRange(monthOfDate(from), monthOfDate(to))
        .map((month) => dayOfMonthDeadline(month, resolved.day))
        .filter((due) => compareDates(from, due) <= 0 && compareDates(due, to) <= 0);
    case 'unresolved':
      return [];
  }
}
