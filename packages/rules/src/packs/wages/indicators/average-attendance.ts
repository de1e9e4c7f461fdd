import type { IndicatorContext, IndicatorDefinition, IndicatorItem } from '../../../engine/indicator';
import { t } from '../../../engine/rule';
import { indicatorMonth, MONTH_PARAMETER } from './month-parameter';

/**
 * A project's average daily attendance in hundredths of a person, rounded half up:
 * `round(100 × headcountSum ÷ days)`, in integers only.
 */
export function averageHundredths(headcountSum: number, days: number): number {
  if (days <= 0) return 0;
  return Math.floor((headcountSum * 200 + days) / (2 * days));
}

/**
 * WG.T3 (and WG.S3 项目平均上班人数): for every project with attendance in the month (a day with a headcount
 * above 0), its average daily headcount over those days, rounded to 1/100 person. Each project adds that
 * average in hundredths to the numerator and 100 to the denominator, so numerator ÷ denominator is the mean of
 * the project averages and stays an exact integer ratio. The rounding is the only approximation: a true
 * average of 81.004 counts as 81.00 (not above 81), one of 81.005 as 81.01. A day recorded twice for a
 * project counts once (the first record, as everywhere in the index).
 */
export function computeAverageAttendance({ asOf, index, params }: IndicatorContext): IndicatorItem[] {
  const month = indicatorMonth(asOf, params.month);
  const byProject = new Map<string, Map<string, number>>();
  for (const { record: a } of index.all('dailyAttendance')) {
    if (a.headcount <= 0 || a.date > asOf || a.date.slice(0, 7) !== month) continue;
    const days = byProject.get(a.projectId) ?? new Map<string, number>();
    byProject.set(a.projectId, days);
    if (!days.has(a.date)) days.set(a.date, a.headcount);
  }
  const projects = index.byId('constructionProject');
  const items: IndicatorItem[] = [];
  for (const [projectId, days] of byProject) {
    const project = projects.get(projectId)?.record;
    if (!project) continue;
    let headcount = 0;
    for (const n of days.values()) headcount += n;
    items.push({
      divisionCode: project.divisionCode,
      numerator: averageHundredths(headcount, days.size),
      denominator: 100,
      parts: { projects: 1, attendanceDays: days.size, headcount },
    });
  }
  return items;
}

/** WG.T3 有考勤项目的平均考勤人数超81人: mean of the average daily headcount of projects with attendance, target > 81. */
export const averageAttendanceIndicator: IndicatorDefinition = {
  id: 'WG-AVERAGE-ATTENDANCE',
  campaign: 'wages',
  clauseIds: ['WG.T3'],
  quote: ['有考勤项目的平均考勤人数超81人'],
  title: t('有考勤项目平均考勤人数', 'Average attendance of projects with attendance'),
  definition: t(
    '统计月内有考勤的项目，各项目日均考勤人数（Σ每日人数 ÷ 有考勤天数，精确到0.01人）的平均值；分子为各项目日均人数×100之和，分母为项目数×100',
    'For projects with attendance in the month, the mean of each project’s average daily headcount (Σ daily headcount ÷ days with attendance, to 0.01 person); numerator Σ averages × 100, denominator projects × 100',
  ),
  unit: 'people',
  target: { op: '>', numerator: 81, denominator: 1, scope: 'city' },
  parameters: MONTH_PARAMETER,
  compute: computeAverageAttendance,
};
