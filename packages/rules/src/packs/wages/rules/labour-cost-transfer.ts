import type { ConstructionProject } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, pending, t } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';
import { formatYuan } from '../../../planners/yuan';
import {
  ACCOUNT_MEASURES,
  analyseLabourCost,
  attendanceOf,
  isJudgedMonth,
  payrollOf,
  WAGE_REGULATIONS,
  WG_QUOTES,
} from '../shared';

/**
 * WG.M2: the builder transfers each month's labour cost (人工费用) into the wage special account on time (art. 24)
 * and at least enough for the month's payroll. A month with no payroll, no attendance and no transfer (nobody
 * worked: before the start, after completion, a suspended site standing idle) is not applicable.
 */
export const labourCostTransferRule = defineRule({
  id: 'WG-LABOUR-COST-TRANSFER',
  version: '1.0.0',
  campaign: 'wages',
  title: t('人工费用按月拨付至专用账户', 'Labour cost transferred monthly into the special account'),
  message: t(
    '{subject} {period} 人工费用未在 {deadline} 前足额拨付至农民工工资专用账户',
    '{subject} {period}: labour cost not transferred in full into the wage special account by {deadline}',
  ),
  remediation: t(
    '督促建设单位按合同约定按月足额将人工费用拨付至农民工工资专用账户',
    'Have the builder transfer the labour cost in full into the wage special account every month as contracted',
  ),
  clauseIds: ['WG.M2'],
  quote: [WG_QUOTES.checklist, WG_QUOTES.earlyWarning],
  severity: 'major',
  subjectKind: 'project-month',
  inForce: { from: '2023-07-01' },
  parameters: {
    lagMonths: {
      default: 1,
      unit: 'months',
      description: t(
        '某月人工费用最迟于其后第几个月月底前拨付（1 = 次月月底）',
        "How many months after the month its labour cost is due, by that month's last day (1 = end of the following month)",
      ),
      source: {
        kind: 'law',
        citation: `${WAGE_REGULATIONS}第二十四条（建设单位按合同约定及时将人工费用拨付到专用账户）；${ACCOUNT_MEASURES}：人工费用拨付周期不得超过1个月。`,
      },
    },
  },
  supervisingUnit: 'hrss-bureau',
  evaluate(ref, { asOf, index, params }) {
    const project = ref.record as ConstructionProject;
    const month = ref.period as string;
    if (!isJudgedMonth(project, month, asOf)) return notApplicable();
    const lc = analyseLabourCost(project.id, month, index, asOf, params.lagMonths);
    const hasWork =
      payrollOf(project.id, month, index).length > 0 ||
      attendanceOf(project.id, month, index).some((a) => a.record.daysWorked > 0);
    // A month nobody worked in (before the start, after completion, or while a suspended site stands idle)
    // has no labour cost to transfer (art. 24 concerns the labour cost of the works).
    if (lc.transfers.length === 0 && !hasWork) return notApplicable();
    const deadline = lc.deadline;
    const messageParams = {
      required: formatYuan(lc.payrollDue),
      transferred: formatYuan(lc.onTime + lc.late),
    };
    const amounts: Evidence[] = lc.transfers.map((x) => ({
      pointer: `${x.pointer}/amount`,
      observed: x.record.amount,
      expected: `Σ ≥ ${lc.required}`,
    }));
    if (lc.onTime >= lc.required) return pass(amounts, { deadline, params: messageParams });
    if (asOf <= deadline) return pending(deadline, amounts, { params: messageParams });
    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    const expected = lc.payrollDue > 0 ? `≥ ${lc.payrollDue}` : '> 0';
    if (lc.transfers.length === 0) {
      why.push({
        clauseId: 'WG.M2',
        text: t('截止日前未拨付人工费用', 'no labour cost transferred by the deadline'),
        observed: 0,
        expected,
      });
      evidence.push({
        pointer: ref.pointer,
        observed: null,
        expected: `labourCostTransfer ${month} ≤ ${deadline}`,
      });
    } else {
      const late = lc.transfers.filter((x) => x.record.transferredOn > deadline);
      if (late.length > 0) {
        why.push({
          clauseId: 'WG.M2',
          text: t('人工费用逾期拨付', 'labour cost transferred after the deadline'),
          observed: late.map((x) => x.record.transferredOn),
          expected: `≤ ${deadline}`,
        });
        for (const x of late)
          evidence.push({
            pointer: `${x.pointer}/transferredOn`,
            observed: x.record.transferredOn,
            expected: `≤ ${deadline}`,
          });
      }
      if (lc.onTime + lc.late < lc.required) {
        why.push({
          clauseId: 'WG.M2',
          text: t(
            `人工费用拨付不足当月应发工资（差 ${formatYuan(lc.required - lc.onTime - lc.late)}）`,
            `labour cost short of the month's payroll by ${formatYuan(lc.required - lc.onTime - lc.late)}`,
          ),
          observed: lc.onTime + lc.late,
          expected,
        });
        evidence.push(...amounts);
      }
    }
    return fail(why, evidence, { deadline, params: messageParams });
  },
});
