import type { Bilingual, ConstructionProject } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, pending, t, unknown } from '../../../engine/rule';
import { formatYuan } from '../../../planners/yuan';
import {
  analyseWageMonth,
  isActiveInMonth,
  isJudgedMonth,
  payDayParameter,
  WAGE_REGULATIONS,
  type WageGap,
  WG_QUOTES,
} from '../shared';

/** The words of each wage gap; counts and amounts only, never a worker. */
function gapText(gap: WageGap): Bilingual {
  switch (gap.kind) {
    case 'underpaid':
      return t(
        `${gap.count} 条工资未足额支付，少付 ${formatYuan(gap.amount)}`,
        `${gap.count} payroll line(s) underpaid by ${formatYuan(gap.amount)}`,
      );
    case 'worked-not-paid':
      return t(
        `${gap.count} 名当月有考勤的工人无工资发放记录`,
        `${gap.count} worker(s) with attendance this month have no payroll line`,
      );
    case 'paid-not-worked':
      return t(
        `${gap.count} 条工资发放给当月无考勤且不在花名册的人员（${formatYuan(gap.amount)}），疑似虚列工资`,
        `${gap.count} payroll line(s) (${formatYuan(gap.amount)}) pay people with no attendance who are not on the roster: possible fake payroll`,
      );
    case 'month-missed':
      return t(
        `当月 ${gap.count} 人有考勤但无任何工资发放记录`,
        `${gap.count} worker(s) attended but no payroll at all for the month`,
      );
  }
}

/**
 * WG.F3: wages of the month paid in full by the pay day (art. 15), checked against real-name attendance and the
 * roster (WG.M2: 挂钩农民工工资发放): underpaid, worked but not paid, paid but never worked, month missed.
 */
export const wageArrearsRule = defineRule({
  id: 'WG-WAGE-ARREARS',
  version: '1.0.0',
  campaign: 'wages',
  title: t('农民工工资按月足额支付', 'Wages paid monthly in full'),
  message: t(
    '{subject} {period} 存在拖欠或异常发放农民工工资（截止 {deadline}）：{summary}',
    '{subject} {period}: wage arrears or irregular payroll (deadline {deadline}): {summary}',
  ),
  remediation: t(
    '责令施工总承包单位限期清偿拖欠工资；核查虚列工资人员；分包单位拖欠的由总包先行清偿（第三十条），因建设单位未足额拨付工程款所致的由建设单位先行垫付（第二十九条）',
    'Order the general contractor to pay the arrears within a time limit; investigate the payroll lines without a worker; the general contractor pays for its subcontractors (art. 30), the builder advances wages where its late payment caused the arrears (art. 29)',
  ),
  clauseIds: ['WG.F3'],
  quote: [WG_QUOTES.wageArrears, WG_QUOTES.realNamePayment],
  severity: 'critical',
  subjectKind: 'project-month',
  inForce: { from: '2023-07-01' },
  parameters: {
    payDay: payDayParameter(
      `${WAGE_REGULATIONS}第十二条：用人单位应当按照与农民工书面约定或者依法制定的规章制度规定的工资支付周期和具体支付日期足额支付工资；第十四条：具体支付日期可以在农民工提供劳动的当期或者次期. The 15th stands for the agreed pay day where none is recorded.`,
    ),
  },
  supervisingUnit: 'hrss-bureau',
  evaluate(ref, { asOf, index, params }) {
    const project = ref.record as ConstructionProject;
    const month = ref.period as string;
    if (!isJudgedMonth(project, month, asOf)) return notApplicable();
    const w = analyseWageMonth(project.id, month, index, asOf, params.payDay);
    const deadline = w.deadline;
    const hasData = w.lines.length > 0 || w.attendance.length > 0;
    if (!hasData) {
      if (!isActiveInMonth(project, month)) return notApplicable();
      if (asOf <= deadline) return pending(deadline);
      // An active month with neither attendance nor payroll: the real-name data needed to judge it is missing.
      return unknown(
        [
          {
            pointer: ref.pointer,
            observed: null,
            expected: `workerAttendance and payrollLine ${month}`,
            note: t('当月无考勤和工资数据', 'no attendance and no payroll for the month'),
          },
        ],
        { deadline },
      );
    }
    const counts = {
      lines: w.lines.length,
      due: formatYuan(w.dueTotal),
      paid: formatYuan(w.paidTotal),
      summary: '—',
    };
    if (w.gaps.length === 0) return pass([], { deadline, params: counts });
    if (asOf <= deadline) return pending(deadline, [], { params: counts });
    const why = w.gaps.map((g) => ({
      clauseId: 'WG.F3',
      text: gapText(g),
      observed: g.kind === 'underpaid' ? w.paidTotal : g.count,
      expected: g.kind === 'underpaid' ? w.dueTotal : 0,
    }));
    const summary = w.gaps.map((g) => `${g.kind} ×${g.count}`).join(', ');
    return fail(
      why,
      w.gaps.flatMap((g) => g.evidence),
      { deadline, params: { ...counts, summary } },
    );
  },
});
