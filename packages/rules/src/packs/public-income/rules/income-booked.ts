import type { Community } from '@rectify/schemas';
import { compareDates, daysBetween, quarterEnd, quarterStart } from '../../../calendar/index';
import { defineRule, fail, notApplicable, pass, t } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';
import { mulDivFloor } from '../shared';

/**
 * PI.C2.c: every common-part contract's income is booked in full (不入账、少入账), and no expense is invented
 * (虚增项目列支). A contract active for part of the quarter owes `floor(quarterlyIncome × activeDays /
 * daysInQuarter)`; an expense line with no evidence at all counts as invented.
 */
export const incomeBookedRule = defineRule({
  id: 'PI-INCOME-BOOKED',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('公共收益足额入账、支出真实', 'Income booked in full, expenses real'),
  message: t(
    '{subject} {period} 公共收益未入账、少入账或支出列支无凭据',
    '{subject}: {period} public income not (fully) booked, or expenses without evidence',
  ),
  remediation: t(
    '责令物业服务企业按合同足额补记公共收益，核销无凭据支出并退回公共收益账户',
    'Order the company to book the contracts’ income in full and to write back expenses without evidence to the public-income account',
  ),
  clauseIds: ['PI.C2.c'],
  quote: ['公共收益不入账、少入账、虚增项目列支'],
  severity: 'major',
  subjectKind: 'community-quarter',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-authority',
  evaluate(ref, { index }) {
    const community = ref.record as Community;
    const quarter = ref.period as string;
    // A missing disclosure is PI-DISCLOSURE-DEADLINE's finding; there is nothing booked to compare.
    const found = index.disclosure(community.id, quarter);
    if (!found) return notApplicable();
    const start = quarterStart(quarter);
    const end = quarterEnd(quarter);
    const daysInQuarter = daysBetween(start, end) + 1;
    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    for (const contract of index.of('commonPartContract', 'communityId', community.id)) {
      const k = contract.record;
      const from = compareDates(k.startsOn, start) > 0 ? k.startsOn : start;
      const to = compareDates(k.endsOn, end) < 0 ? k.endsOn : end;
      if (from > to) continue;
      const activeDays = daysBetween(from, to) + 1;
      const expected = mulDivFloor(k.quarterlyIncome, activeDays, daysInQuarter);
      const lines = found.record.incomeLines
        .map((l, i) => ({ l, i }))
        .filter(({ l }) => l.contractId === k.id);
      const booked = lines.reduce((s, { l }) => s + l.amount, 0);
      if (booked >= expected) continue;
      const only = lines.length === 1 ? lines[0] : undefined;
      why.push({
        clauseId: 'PI.C2.c',
        text:
          booked === 0
            ? t(`合同 ${k.id} 的收益未入账`, `income of contract ${k.id} not booked`)
            : t(`合同 ${k.id} 的收益少入账`, `income of contract ${k.id} under-booked`),
        observed: booked,
        expected: `≥ ${expected}`,
      });
      evidence.push(
        {
          pointer: only ? `${found.pointer}/incomeLines/${only.i}/amount` : `${found.pointer}/incomeLines`,
          observed: booked,
          expected: `≥ ${expected}`,
          note: t(
            `合同 ${k.id} 本季度应入账金额（分）`,
            `amount due under contract ${k.id} this quarter (fen)`,
          ),
        },
        {
          pointer: `${contract.pointer}/quarterlyIncome`,
          observed: k.quarterlyIncome,
          note: t(
            `本季度履行 ${activeDays}/${daysInQuarter} 天`,
            `active ${activeDays} of ${daysInQuarter} days this quarter`,
          ),
        },
      );
    }
    found.record.expenseLines.forEach((line, i) => {
      if (line.evidence.length > 0) return;
      why.push({
        clauseId: 'PI.C2.c',
        text: t('支出无任何凭据（虚增列支）', 'expense without any evidence (invented)'),
        observed: line.amount,
        expected: 'evidence',
      });
      evidence.push({
        pointer: `${found.pointer}/expenseLines/${i}/evidence`,
        observed: [],
        expected: 'receipt, invoice or contract',
      });
    });
    return why.length > 0 ? fail(why, evidence) : pass();
  },
});
