import type { PublicityRecord, SurveyWave, TaskProgress } from '@rectify/schemas';
import { dayOf, formatDay, monthEnd, monthIndex, monthIndexOfDay, monthLabel, monthStart } from '../calendar';
import type { GenContext } from '../context';

type Deadline = readonly [month: number, day: number];

// Completion dates of the task lists (附件1.1, 附件2.1, 附件2.2) that are not "持续推进至12月底".
const PI_FIXED: Readonly<Record<number, Deadline>> = {
  1: [7, 31],
  2: [7, 31],
  3: [7, 31],
  8: [7, 20],
  9: [7, 31],
  11: [9, 30],
  13: [9, 30],
  15: [9, 30],
  30: [7, 10],
  35: [11, 30],
  39: [8, 31],
  40: [7, 31],
  44: [7, 31],
  45: [7, 31],
};
// PI.X7 "每月30日前" and PI.X36 "每月25日前" recur monthly.
const PI_MONTHLY: Readonly<Record<number, number>> = { 7: 30, 36: 25 };
const PI_CONTINUING = [4, 5, 6, 10, 12, 14, 17, 18, 19, 23, 31, 37, 43, 48];
const WG_CITY_FIXED: Readonly<Record<number, Deadline>> = {
  1: [6, 30],
  2: [7, 31],
  3: [7, 31],
  4: [7, 10],
  13: [7, 31],
  16: [10, 31],
  19: [10, 31],
  21: [7, 31],
};
const WG_CITY_CONTINUING = [5, 6, 7, 8, 10, 11, 14, 17, 22];
const WG_COUNTY_FIXED: Readonly<Record<number, Deadline>> = {
  1: [7, 31],
  2: [7, 31],
  3: [7, 31],
  4: [7, 31],
  14: [10, 31],
  18: [7, 31],
};
const WG_COUNTY_CONTINUING = [5, 6, 7, 8, 10, 11, 13, 15, 19];

/** Survey waves, publicity records and task progress of both campaigns. */
export interface CampaignRecords {
  readonly surveyWaves: SurveyWave[];
  readonly publicityRecords: PublicityRecord[];
  readonly taskProgress: TaskProgress[];
}

/** Builds survey waves, publicity records and task-list progress for the divisions that have data. */
export function buildCampaignRecords(
  ctx: GenContext,
  piCounties: readonly string[],
  wgCounties: readonly string[],
): CampaignRecords {
  const rng = ctx.rng.fork('campaign-records');
  const { year, asOfDay } = ctx;
  const surveyWaves: SurveyWave[] = [];
  const publicityRecords: PublicityRecord[] = [];
  const taskProgress: TaskProgress[] = [];

  // PI.T4, WG.S5: a baseline wave in July and a later wave in November, support/awareness/satisfaction rising.
  for (const [campaign, counties] of [
    ['public-income', piCounties],
    ['wages', wgCounties],
  ] as const) {
    if (counties.length === 0) continue;
    for (const division of ['350500', ...counties]) {
      const waves = [
        { wave: `${year}年7月基线调查`, day: dayOf(year, 7, rng.int(10, 20)), baseline: true, lift: 0 },
        { wave: `${year}年11月调查`, day: dayOf(year, 11, rng.int(10, 20)), baseline: false, lift: 0.12 },
      ];
      for (const [k, w] of waves.entries()) {
        if (w.day > asOfDay) continue;
        const respondents = rng.int(300, 1200);
        const rate = (lo: number, hi: number) =>
          Math.min(
            respondents,
            Math.round(respondents * Math.min(0.99, lo + w.lift + rng.next() * (hi - lo))),
          );
        surveyWaves.push({
          id: `SW-${campaign === 'wages' ? 'WG' : 'PI'}-${division}-${k + 1}`,
          campaign,
          divisionCode: division,
          wave: w.wave,
          surveyedOn: formatDay(w.day),
          baseline: w.baseline,
          respondents,
          supportive: rate(0.72, 0.85),
          aware: rate(0.45, 0.6),
          satisfied: rate(0.58, 0.72),
        });
      }
    }
  }

  // PI.M1: publicity each month of the campaign, by channel.
  const firstMonth = monthIndex(year, 7);
  const lastMonth = monthIndexOfDay(asOfDay);
  for (const [campaign, counties] of [
    ['public-income', piCounties],
    ['wages', wgCounties],
  ] as const) {
    for (const division of counties) {
      for (let mi = firstMonth; mi <= lastMonth && mi < monthIndex(year + 1, 1); mi++) {
        const channels = rng.sample(
          [
            'tv',
            'newspaper',
            'poster',
            'website',
            'wechat',
            'douyin',
            'sms',
            'lift-screen',
            'event',
          ] as const,
          rng.int(2, 4),
        );
        for (const channel of channels.sort()) {
          publicityRecords.push({
            id: `PR-${campaign === 'wages' ? 'WG' : 'PI'}-${division}-${monthLabel(mi).replace('-', '')}-${channel}`,
            divisionCode: division,
            month: monthLabel(mi),
            channel,
            count: rng.int(1, 20),
            campaign,
          });
        }
      }
    }
  }

  // Task lists: fixed-date tasks done by their date once it has passed, monthly reports each month,
  // continuing tasks in progress.
  const campaignStart = dayOf(year, 7, 1);
  if (asOfDay >= campaignStart) {
    const fixed = (taskId: string, division: string, unitCode: string, [month, day]: Deadline) => {
      const deadline = dayOf(year, month, day);
      const done = deadline <= asOfDay;
      const completed = Math.max(Math.min(deadline, campaignStart + 3) - 20, deadline - rng.int(0, 10));
      const reported = done ? Math.min(asOfDay, completed + rng.int(0, 3)) : asOfDay - rng.int(0, 6);
      taskProgress.push({
        id: `TP-${taskId}-${division}`,
        taskId,
        unitCode,
        divisionCode: division,
        status: done ? 'done' : 'in-progress',
        ...(done ? { completedOn: formatDay(completed) } : {}),
        reportedOn: formatDay(Math.max(reported, campaignStart)),
        evidence: done
          ? [{ kind: 'document', ref: `WJ-${taskId}-${division}`, date: formatDay(completed) }]
          : [],
      });
    };
    const continuing = (taskId: string, division: string, unitCode: string) => {
      taskProgress.push({
        id: `TP-${taskId}-${division}`,
        taskId,
        unitCode,
        divisionCode: division,
        status: asOfDay >= dayOf(year, 12, 31) ? 'done' : 'in-progress',
        ...(asOfDay >= dayOf(year, 12, 31) ? { completedOn: formatDay(dayOf(year, 12, 31)) } : {}),
        reportedOn: formatDay(Math.max(campaignStart, asOfDay - rng.int(0, 10))),
        evidence: [],
      });
    };
    for (const division of piCounties.length > 0 ? ['350500', ...piCounties] : []) {
      for (const [n, d] of Object.entries(PI_FIXED)) fixed(`PI.X${n}`, division, 'housing-authority', d);
      for (const [n, day] of Object.entries(PI_MONTHLY)) {
        for (let mi = firstMonth; mi < monthIndex(year + 1, 1); mi++) {
          const due = Math.min(monthStart(mi) + day - 1, monthEnd(mi));
          if (due > asOfDay) break;
          const completed = due - rng.int(0, 3);
          taskProgress.push({
            id: `TP-PI.X${n}-${division}-${monthLabel(mi)}`,
            taskId: `PI.X${n}`,
            unitCode: 'housing-authority',
            divisionCode: division,
            period: monthLabel(mi),
            status: 'done',
            completedOn: formatDay(completed),
            reportedOn: formatDay(completed),
            evidence: [],
          });
        }
      }
      for (const n of PI_CONTINUING) continuing(`PI.X${n}`, division, 'housing-authority');
    }
    if (wgCounties.length > 0) {
      for (const [n, d] of Object.entries(WG_CITY_FIXED))
        fixed(`WG.XC${n}`, '350500', 'housing-construction-bureau', d);
      for (const n of WG_CITY_CONTINUING) continuing(`WG.XC${n}`, '350500', 'housing-construction-bureau');
    }
    for (const division of wgCounties) {
      for (const [n, d] of Object.entries(WG_COUNTY_FIXED))
        fixed(`WG.XK${n}`, division, 'housing-construction-bureau', d);
      for (const n of WG_COUNTY_CONTINUING) continuing(`WG.XK${n}`, division, 'housing-construction-bureau');
    }
  }
  return { surveyWaves, publicityRecords, taskProgress };
}
