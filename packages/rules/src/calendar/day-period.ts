import { CALENDAR_ERROR_CODES, CalendarError } from './calendar-error';
import { addDays, type CivilDate, fromEpochDay, toEpochDay } from './civil-date';

function assertDayCount(days: number): void {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new CalendarError(
      CALENDAR_ERROR_CODES.invalidArgument,
      `A period length must be a whole number ≥ 0, got ${days}.`,
    );
  }
}

/**
 * The last day of a period of `days` days that starts on `start`. Civil Code art. 201: the starting day is
 * not counted, the period runs from the next day and ends at the end of day start + days (posted on
 * 2023-07-01 for 30 days → ends at the end of 2023-07-31).
 *
 * @param days - a whole number ≥ 0
 * @throws CalendarError when `start` is invalid or `days` is not a whole number ≥ 0
 */
export function periodEnd(start: CivilDate, days: number): CivilDate {
  assertDayCount(days);
  return addDays(start, days);
}

/** How a display period stands on the as-of date. */
export type DisplayCoverageStatus = 'complete' | 'in-progress' | 'short';

/** Options of {@link coversDays}. */
export interface CoversDaysOptions {
  /**
   * Whether the day a notice is taken down counts as a day on display. When `true`, a notice posted on D
   * and taken down on D+N covers N days (it was up during the last day of the period); when `false`, only
   * days before the take-down day count, so it must stay up until D+N+1. Defaults to `true`.
   */
  readonly takenDownCountsAsDisplayed?: boolean;
}

/** The result of {@link coversDays}. */
export interface DisplayCoverage {
  /**
   * `complete` when the notice was on display through the last day of its period; `in-progress` when it is
   * still up (or not yet posted) on the as-of date and the period has not yet been covered; `short` when it
   * came down before the period was covered.
   */
  readonly status: DisplayCoverageStatus;
  /** Days counted on display (art. 201: from the day after posting), as of the as-of date; never negative. */
  readonly observedDays: number;
  /** The required number of days. */
  readonly requiredDays: number;
  /** The last day of the required period ({@link periodEnd}). */
  readonly periodEnd: CivilDate;
}

/**
 * Whether a notice posted on `postedOn` was on display for `days` days (PI.C1.d: 公示时间少于30日 is a
 * violation; PI.S2: self-inspection results 公示日期不少于30日), judged as of `asOf`.
 *
 * The notice must be on display through the last day of the period, day postedOn + days (Civil Code art.
 * 201). A take-down date after `asOf` is not yet known on `asOf`, so the notice counts as still up; before
 * `postedOn` the notice is not yet up and the period is `in-progress` with zero days. A take-down date
 * before the posting date is bad data and counts as zero days (`short`).
 *
 * @param postedOn - the day the notice went up (not itself counted)
 * @param takenDownOn - the day it came down, or `undefined` while it is still up
 * @param days - the required number of days, a whole number ≥ 0
 * @param asOf - the day of the judgement
 * @throws CalendarError when a date is invalid or `days` is not a whole number ≥ 0
 */
export function coversDays(
  postedOn: CivilDate,
  takenDownOn: CivilDate | undefined,
  days: number,
  asOf: CivilDate,
  options: CoversDaysOptions = {},
): DisplayCoverage {
  assertDayCount(days);
  const coverage = coversEpochDays(
    toEpochDay(postedOn),
    takenDownOn === undefined ? undefined : toEpochDay(takenDownOn),
    days,
    toEpochDay(asOf),
    options.takenDownCountsAsDisplayed ?? true,
  );
  return {
    status: coverage.status,
    observedDays: coverage.observedDays,
    requiredDays: days,
    periodEnd: fromEpochDay(coverage.periodEndDay),
  };
}

/**
 * @internal {@link coversDays} on days since 1970-01-01, for hot loops (no date is read or written). `days` must
 * already be a whole number ≥ 0.
 */
export function coversEpochDays(
  postedOn: number,
  takenDownOn: number | undefined,
  days: number,
  asOf: number,
  takenDownCountsAsDisplayed: boolean,
): { status: DisplayCoverageStatus; observedDays: number; periodEndDay: number } {
  const periodEndDay = postedOn + days;
  if (asOf < postedOn) return { status: 'in-progress', observedDays: 0, periodEndDay };
  const stillUp = takenDownOn === undefined || takenDownOn > asOf;
  const lastDay = stillUp ? asOf : takenDownOn;
  // A day still running on asOf, like the take-down day in the strict reading, is not yet a full day shown.
  const observedDays = Math.max(0, lastDay - postedOn - (takenDownCountsAsDisplayed ? 0 : 1));
  const status: DisplayCoverageStatus = observedDays >= days ? 'complete' : stillUp ? 'in-progress' : 'short';
  return { status, observedDays, periodEndDay };
}
