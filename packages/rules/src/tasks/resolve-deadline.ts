import {
  CALENDAR_ERROR_CODES,
  CalendarError,
  type CivilDate,
  formatCivilDate,
  formatMonth,
  lastDayOfMonth,
  MAX_YEAR,
  MIN_YEAR,
  monthEnd,
} from '../calendar';

/**
 * A task's 完成时间 read for a campaign year:
 * - `by`: one deadline day (`7月底前` → 07-31, `7月10日前` → 07-10; the day itself is in time);
 * - `monthly`: due every month on `day` (`每月30日前`), clamped to the month's end;
 * - `continuous`: ongoing until a month end (`持续推进至12月底` → 12-31);
 * - `unresolved`: text the kit cannot read; kept, never guessed.
 */
export type ResolvedDeadline =
  | { readonly kind: 'by'; readonly date: CivilDate; readonly text: string }
  | { readonly kind: 'monthly'; readonly day: number; readonly text: string }
  | { readonly kind: 'continuous'; readonly until: CivilDate; readonly text: string }
  | { readonly kind: 'unresolved'; readonly text: string };

/** @internal Throws unless the campaign year is an integer 1–9999. */
export function assertCampaignYear(campaignYear: number): void {
  if (!Number.isInteger(campaignYear) || campaignYear < MIN_YEAR || campaignYear > MAX_YEAR) {
    throw new CalendarError(
      CALENDAR_ERROR_CODES.invalidArgument,
      `Campaign year must be an integer 1–9999, got ${campaignYear}.`,
    );
  }
}

/**
 * The day the campaigns started in a year: both 2023 campaign documents were issued for July (mobilisation
 * by 30 July; PI.S1, WG.S1), so `${year}-07-01`.
 *
 * @throws CalendarError when `campaignYear` is not an integer 1–9999
 */
export function defaultCampaignStart(campaignYear: number): CivilDate {
  return formatCivilDate(campaignYear, 7, 1);
}

const MONTH_END = /^([0-9]{1,2})月底前$/;
const MONTH_DAY = /^([0-9]{1,2})月([0-9]{1,2})日前$/;
const MONTHLY = /^于?每月([0-9]{1,2})日前?$/;
const CONTINUOUS = /^持续推进至([0-9]{1,2})月底$/;

const isMonthNumber = (n: number) => n >= 1 && n <= 12;

/**
 * Reads a task's 完成时间 for a campaign year. Never throws on the text: anything it cannot read, or a
 * day that does not exist (`2月30日前`), is `unresolved` with the text kept.
 *
 * @param deadlineText - the 完成时间 cell, e.g. `7月底前`, `7月10日前`, `每月30日前`, `于每月23日`, `持续推进至12月底`
 * @param campaignYear - the year the month-days fall in
 * @throws CalendarError when `campaignYear` is not an integer 1–9999 (misuse)
 */
export function resolveDeadline(deadlineText: string, campaignYear: number): ResolvedDeadline {
  assertCampaignYear(campaignYear);
  const text = typeof deadlineText === 'string' ? deadlineText : String(deadlineText);
  const t = text.trim();
  let m = MONTH_END.exec(t);
  if (m && isMonthNumber(Number(m[1]))) {
    return { kind: 'by', date: monthEnd(formatMonth(campaignYear, Number(m[1]))), text };
  }
  m = MONTH_DAY.exec(t);
  if (m && isMonthNumber(Number(m[1]))) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (day >= 1 && day <= lastDayOfMonth(campaignYear, month)) {
      return { kind: 'by', date: formatCivilDate(campaignYear, month, day), text };
    }
  }
  m = MONTHLY.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 31) return { kind: 'monthly', day: Number(m[1]), text };
  m = CONTINUOUS.exec(t);
  if (m && isMonthNumber(Number(m[1]))) {
    return { kind: 'continuous', until: monthEnd(formatMonth(campaignYear, Number(m[1]))), text };
  }
  return { kind: 'unresolved', text };
}
