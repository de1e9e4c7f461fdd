import type { ConstructionProject } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, pending, t, unknown } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';
import { formatYuan } from '../../../planners/yuan';
import { builderArrears, hasWageArrears, isJudged, WAGE_REGULATIONS, WG_QUOTES } from '../shared';

/**
 * WG.F2: the builder (建设单位) owes the general contractor no project money: Σ milestones due before asOf minus
 * Σ progress and settlement payments made. Payments settle the oldest milestone first (FIFO), so the age is that
 * of the oldest milestone still not covered.
 */
export const builderArrearsRule = defineRule({
  id: 'WG-BUILDER-ARREARS',
  version: '1.0.0',
  campaign: 'wages',
  title: t('建设单位拖欠工程款', 'Builder owes project money'),
  message: t(
    '{subject} 建设单位拖欠工程款 {arrears}，最早一笔逾期 {ageDays} 天',
    '{subject}: the builder owes {arrears} of project money, the oldest instalment {ageDays} days overdue',
  ),
  remediation: t(
    '督促建设单位按合同约定支付到期工程款；因此造成拖欠农民工工资的，由建设单位以未结清的工程款为限先行垫付（第二十九条）',
    'Have the builder pay the instalments due under the contract; where this caused wage arrears, the builder advances the wages up to the unpaid project money (art. 29)',
  ),
  clauseIds: ['WG.F2'],
  quote: [WG_QUOTES.builderArrears, WG_QUOTES.builderDuty],
  severity: 'critical',
  subjectKind: 'project',
  inForce: { from: '2023-07-01' },
  parameters: {
    payDay: {
      default: 15,
      unit: 'day-of-month',
      description: t(
        '判断项目是否同时欠薪所用的次月工资支付日',
        'Pay day of the following month used to tell whether the project also has wage arrears',
      ),
      source: {
        kind: 'law',
        citation: `${WAGE_REGULATIONS}第十二条、第十四条（按约定支付日支付，当期或者次期）；第二十九条（建设单位先行垫付）.`,
      },
    },
  },
  supervisingUnit: 'housing-construction-bureau',
  evaluate(ref, { asOf, index, params }) {
    const project = ref.record as ConstructionProject;
    if (!isJudged(project, { suspended: true })) return notApplicable();
    const a = builderArrears(project, index, asOf);
    if (a.milestones === 0)
      return unknown(
        [
          {
            pointer: ref.pointer,
            observed: null,
            expected: 'paymentMilestone',
            note: t('无工程款支付计划，无法判断', 'no payment schedule: arrears cannot be judged'),
          },
        ],
        {
          params: { arrears: '—', ageDays: '—' },
        },
      );
    const oldest = a.oldest;
    if (a.arrears === 0 || oldest === undefined) {
      const today = a.dueToday[0];
      // Due today and not yet paid: the due day is the last day to pay, so it is not arrears yet.
      if (today)
        return pending(
          asOf,
          [
            {
              pointer: `${today.milestone.pointer}/amount`,
              observed: today.covered,
              expected: today.milestone.record.amount,
            },
          ],
          { params: { arrears: formatYuan(0), ageDays: 0 } },
        );
      return pass([], { params: { arrears: formatYuan(0), ageDays: 0 } });
    }
    const why: Condition[] = [
      {
        clauseId: 'WG.F2',
        text: t(
          `建设单位拖欠到期工程款 ${formatYuan(a.arrears)}（${a.overdue.length} 笔），最早一笔 ${oldest.milestone.record.dueOn} 到期，已逾期 ${oldest.ageDays} 天`,
          `the builder owes ${formatYuan(a.arrears)} on ${a.overdue.length} instalment(s) due; the oldest fell due on ${oldest.milestone.record.dueOn}, ${oldest.ageDays} days ago`,
        ),
        observed: a.paidTotal,
        expected: `≥ ${a.dueTotal}`,
      },
    ];
    const clauseIds = ['WG.F2'];
    if (hasWageArrears(project.id, index, asOf, params.payDay)) {
      // Art. 29: the builder's late payment makes it advance the wages, up to what it still owes.
      clauseIds.push('WG.M4');
      why.push({
        clauseId: 'WG.M4',
        text: t(
          `项目同时存在拖欠农民工工资：建设单位应以未结清的工程款（${formatYuan(a.arrears)}）为限先行垫付（《保障农民工工资支付条例》第二十九条）`,
          `the project also has wage arrears: the builder must advance the wages up to the unpaid project money (${formatYuan(a.arrears)}) (wage payment regulations art. 29)`,
        ),
        observed: 'wage arrears on the project',
        expected: `builder advances wages ≤ ${a.arrears}`,
      });
    }
    const evidence: Evidence[] = a.overdue.map((o) => ({
      pointer: `${o.milestone.pointer}/amount`,
      observed: o.covered,
      expected: o.milestone.record.amount,
      note: t(
        `未付 ${formatYuan(o.outstanding)}，${o.milestone.record.dueOn} 到期`,
        `${formatYuan(o.outstanding)} unpaid, due ${o.milestone.record.dueOn}`,
      ),
    }));
    return fail(why, evidence, {
      deadline: oldest.milestone.record.dueOn,
      clauseIds,
      params: { arrears: formatYuan(a.arrears), arrearsFen: a.arrears, ageDays: oldest.ageDays },
    });
  },
});
