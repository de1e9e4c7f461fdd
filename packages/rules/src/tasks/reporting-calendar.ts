import {
  type CivilDate,
  compareDates,
  dayOfMonthDeadline,
  formatCivilDate,
  formatMonth,
  type Month,
  monthOfDate,
  monthRange,
} from '../calendar';
import type { TaskCampaign } from './campaign-task';
import { assertCampaignYear, defaultCampaignStart } from './resolve-deadline';

/** One reporting deadline of a county to the city. */
export interface ReportingDeadline {
  /** The clause that sets it: `PI.Q1` (附件1 六（五）) or `WG.Q1` (附件2 五（四）). */
  readonly clauseId: 'PI.Q1' | 'WG.Q1';
  /** The campaign. */
  readonly campaign: TaskCampaign;
  /** `monthly-report` (the month's ledgers and progress) or `year-end-summary` (整治工作总结). */
  readonly kind: 'monthly-report' | 'year-end-summary';
  /** The month reported on (`2023-07`), or the year (`2023`) for the summary. */
  readonly period: Month;
  /** The last day in time (the day itself is in time). */
  readonly dueOn: CivilDate;
  /** The deadline as written, readable by `resolveDeadline`. */
  readonly deadlineText: string;
  /** The sentence of the campaign document that sets it, verbatim. */
  readonly sourceText: string;
}

/** Options of {@link reportingCalendar}. */
export interface ReportingCalendarOptions {
  /** The day the campaign started; monthly reports begin with its month. Defaults to `${campaignYear}-07-01`. */
  readonly campaignStart?: CivilDate;
}

const SOURCES = [
  {
    clauseId: 'PI.Q1',
    campaign: 'public-income',
    monthlyText: '每月23日前',
    monthlySource:
      '各县（市、区）物业管理主管部门应于每月23日前将问题（线索）台账、工作台账（含主管部门、街道办事处（乡镇人民政府）检查工作台账）、工作简报（工作进展情况、经验做法）、典型案例和当月整治进展情况报送市住建局',
    summarySource: '12月15日前，报送整治工作总结',
  },
  {
    clauseId: 'WG.Q1',
    campaign: 'wages',
    monthlyText: '于每月23日',
    monthlySource:
      '各县（市、区）住建部门会同人社部门于每月23日向市工作领导小组报送当月整治工作进展情况，并提供整治工作台账、线索台账、典型案例和整治工作进展情况',
    summarySource: '12月15日前报送深化整治工作总结报告和三项清单',
  },
] as const;

const MONTHLY_DAY = 23;
const SUMMARY_TEXT = '12月15日前';

/**
 * The reporting deadlines of both campaigns for a year (PI.Q1, WG.Q1): a monthly report on the 23rd of
 * each month from the campaign start's month to November, reporting on that month (当月整治进展情况), and the
 * year-end summary by 15 December, which takes the place of December's report. Sorted by due date, then
 * clause id.
 *
 * @throws CalendarError when `campaignYear` or `options.campaignStart` is invalid (misuse)
 */
export function reportingCalendar(
  campaignYear: number,
  options: ReportingCalendarOptions = {},
): ReportingDeadline[] {
  assertCampaignYear(campaignYear);
  const start = options.campaignStart ?? defaultCampaignStart(campaignYear);
  const months = monthRange(monthOfDate(start), formatMonth(campaignYear, 11));
  const deadlines: ReportingDeadline[] = [];
  for (const source of SOURCES) {
    for (const period of months) {
      deadlines.push({
        clauseId: source.clauseId,
        campaign: source.campaign,
        kind: 'monthly-report',
        period,
        dueOn: dayOfMonthDeadline(period, MONTHLY_DAY),
        deadlineText: source.monthlyText,
        sourceText: source.monthlySource,
      });
    }
    deadlines.push({
      clauseId: source.clauseId,
      campaign: source.campaign,
      kind: 'year-end-summary',
      period: String(campaignYear).padStart(4, '0'),
      dueOn: formatCivilDate(campaignYear, 12, 15),
      deadlineText: SUMMARY_TEXT,
      sourceText: source.summarySource,
    });
  }
  return deadlines.sort(
    (a, b) =>
      compareDates(a.dueOn, b.dueOn) || (a.clauseId < b.clauseId ? -1 : a.clauseId > b.clauseId ? 1 : 0),
  );
}
