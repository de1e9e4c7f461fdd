import type { ConstructionProject } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, pending, t, unknown } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';
import { formatYuan } from '../../../planners/yuan';
import {
  attendanceOf,
  isActiveInMonth,
  isJudgedMonth,
  paidAsOf,
  payDayParameter,
  payDeadline,
  payrollOf,
  sumFen,
  WAGE_REGULATIONS,
  WG_QUOTES,
} from '../shared';

/**
 * WG.M2: every wage of the month is paid through the special account (art. 31: the general contractor pays on
 * behalf of subcontractors) and the pay sheet is signed by the worker.
 */
export const payrollThroughAccountRule = defineRule({
  id: 'WG-PAYROLL-ACCOUNT',
  version: '1.0.0',
  campaign: 'wages',
  title: t('工资经专用账户代发并签字确认', 'Wages paid through the special account and signed'),
  message: t(
    '{subject} {period} 工资未全部通过专用账户代发或工资支付表未签字（截止 {deadline}）',
    '{subject} {period}: wages not all paid through the special account or pay sheets unsigned (deadline {deadline})',
  ),
  remediation: t(
    '督促施工总承包单位通过农民工工资专用账户直接将工资发放至农民工本人银行账户，并由农民工本人签字确认工资支付表',
    "Have the general contractor pay every wage from the special account straight into the worker's own bank account, with the pay sheet signed by the worker",
  ),
  clauseIds: ['WG.M2'],
  quote: [WG_QUOTES.realNamePayment, WG_QUOTES.checklist],
  severity: 'major',
  subjectKind: 'project-month',
  inForce: { from: '2023-07-01' },
  parameters: {
    payDay: payDayParameter(
      `${WAGE_REGULATIONS}第十二条、第十四条（按约定支付日足额支付，支付日在当期或者次期）、第三十一条（总包代发、工资支付表签字）；the 15th stands for the agreed pay day where none is recorded.`,
    ),
  },
  supervisingUnit: 'hrss-bureau',
  evaluate(ref, { asOf, index, params }) {
    const project = ref.record as ConstructionProject;
    const month = ref.period as string;
    if (!isJudgedMonth(project, month, asOf)) return notApplicable();
    const deadline = payDeadline(month, params.payDay);
    const lines = payrollOf(project.id, month, index).filter(
      (l) => l.record.amountDue > 0 || l.record.amountPaid > 0,
    );
    if (lines.length === 0) {
      if (!isActiveInMonth(project, month)) return notApplicable();
      if (asOf <= deadline) return pending(deadline);
      // Worked but no payroll at all: the payment channel cannot be judged (WG-WAGE-ARREARS reports the gap).
      const worked = attendanceOf(project.id, month, index).filter((a) => a.record.daysWorked > 0);
      return worked.length > 0
        ? unknown(
            [
              {
                pointer: ref.pointer,
                observed: null,
                expected: `payrollLine ${month}`,
                note: t('有考勤无工资发放记录', 'attendance but no payroll'),
              },
            ],
            { deadline },
          )
        : notApplicable({ deadline });
    }
    const paid = lines.filter((l) => paidAsOf(l.record, asOf) > 0);
    const outside = paid.filter((l) => !l.record.throughSpecialAccount);
    const unsigned = paid.filter((l) => !l.record.signed);
    const unpaid = lines.filter((l) => l.record.amountDue > 0 && paidAsOf(l.record, asOf) === 0);
    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    if (outside.length > 0) {
      const amount = sumFen(outside.map((l) => paidAsOf(l.record, asOf)));
      why.push({
        clauseId: 'WG.M2',
        text: t(
          `${outside.length} 笔工资（${formatYuan(amount)}）未通过专用账户发放`,
          `${outside.length} wage payment(s) (${formatYuan(amount)}) not made through the special account`,
        ),
        observed: outside.length,
        expected: 0,
      });
      for (const l of outside)
        evidence.push({ pointer: `${l.pointer}/throughSpecialAccount`, observed: false, expected: true });
    }
    // A payment made outside the account cannot be undone; the rest can still be put right until the pay day.
    if (asOf <= deadline)
      return why.length > 0
        ? fail(why, evidence, { deadline })
        : unsigned.length + unpaid.length > 0
          ? pending(deadline)
          : pass([], { deadline });
    if (unsigned.length > 0) {
      why.push({
        clauseId: 'WG.M2',
        text: t(
          `${unsigned.length} 条工资支付记录未经本人签字确认`,
          `${unsigned.length} pay-sheet line(s) not signed by the worker`,
        ),
        observed: unsigned.length,
        expected: 0,
      });
      for (const l of unsigned)
        evidence.push({ pointer: `${l.pointer}/signed`, observed: false, expected: true });
    }
    if (unpaid.length > 0) {
      why.push({
        clauseId: 'WG.M2',
        text: t(
          `${unpaid.length} 条工资截止日后仍未经专用账户发放`,
          `${unpaid.length} wage line(s) still not paid through the account after the deadline`,
        ),
        observed: unpaid.length,
        expected: 0,
      });
      for (const l of unpaid)
        evidence.push({ pointer: `${l.pointer}/amountPaid`, observed: 0, expected: `${l.record.amountDue}` });
    }
    if (why.length > 0) return fail(why, evidence, { deadline });
    return pass([], { deadline });
  },
});
