import { findCampaignTask, reportingCalendar, resolveDeadline } from '@rectify/rules';

/**
 * The due date of a county's monthly report (PI.Q1, WG.Q1: the 23rd) from the reporting calendar; `undefined`
 * for a month the calendar has no report for (before the campaign start, or December, whose report is the
 * year-end summary).
 */
export function monthlyDueOn(clauseId: 'PI.Q1' | 'WG.Q1', month: string): string | undefined {
  const year = Number(month.slice(0, 4));
  return reportingCalendar(year).find(
    (d) => d.clauseId === clauseId && d.kind === 'monthly-report' && d.period === month,
  )?.dueOn;
}

/** The due date of the year-end summary (PI.Q1, WG.Q1: 12月15日前) from the reporting calendar. */
export function yearEndDueOn(clauseId: 'PI.Q1' | 'WG.Q1', year: number): string | undefined {
  return reportingCalendar(year).find((d) => d.clauseId === clauseId && d.kind === 'year-end-summary')?.dueOn;
}

/** The date a one-off campaign task is due in `year` (`9月底前` → `YYYY-09-30`); `undefined` for other tasks. */
export function taskDueOn(taskId: string, year: number): string | undefined {
  const task = findCampaignTask(taskId);
  if (task === undefined) return undefined;
  const deadline = resolveDeadline(task.deadlineText, year);
  return deadline.kind === 'by' ? deadline.date : deadline.kind === 'continuous' ? deadline.until : undefined;
}

/** The date a deadline written as in the campaign text falls on in `year` (`7月30日前` → `YYYY-07-30`). */
export function textDueOn(deadlineText: string, year: number): string | undefined {
  const deadline = resolveDeadline(deadlineText, year);
  return deadline.kind === 'by' ? deadline.date : undefined;
}
