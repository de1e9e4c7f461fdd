import type { Community } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, t, unknown } from '../../../engine/rule';
import type { Evidence } from '../../../engine/types';
import { mulDivFloor } from '../shared';

/**
 * PI.C4.c: the costs of running public income (经营管理费用) stay within the agreed share of the quarter's
 * income, `floor(incomeTotal × operatingCostCapBp / 10000)`, give or take `roundingToleranceFen`.
 */
export const operatingCostRule = defineRule({
  id: 'PI-OPERATING-COST',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('公共收益经营管理费用不超约定比例', 'Operating costs within the agreed share'),
  message: t(
    '{subject} {period} 公共收益经营管理费用超出约定比例',
    '{subject}: {period} operating costs of public income above the agreed share',
  ),
  remediation: t(
    '责令物业服务企业核减超出约定比例的经营管理费用并退回公共收益账户',
    'Order the company to cut the operating costs above the agreed share and repay them to the public-income account',
  ),
  clauseIds: ['PI.C4.c'],
  quote: ['虚增公共收益经营管理费用'],
  severity: 'critical',
  subjectKind: 'community-quarter',
  inForce: { from: '2023-07-01' },
  parameters: {
    roundingToleranceFen: {
      default: 1,
      unit: 'fen',
      description: t('经营管理费用超出上限的允许舍入误差', 'Rounding allowed above the operating-cost cap'),
      source: {
        kind: 'interpretation',
        reason:
          'The text sets no tolerance; the cap is floored to whole fen, and one fen absorbs a host that rounds it instead.',
      },
    },
  },
  supervisingUnit: 'housing-authority',
  evaluate(ref, { index, params }) {
    const community = ref.record as Community;
    const quarter = ref.period as string;
    const found = index.disclosure(community.id, quarter);
    if (!found) return notApplicable();
    const capBp = community.operatingCostCapBp;
    if (capBp === undefined)
      return unknown([
        {
          pointer: `${ref.pointer}/operatingCostCapBp`,
          observed: null,
          note: t('未登记经营管理费用约定比例', 'no agreed operating-cost share registered'),
        },
      ]);
    const cap = mulDivFloor(found.record.incomeTotal, capBp, 10000);
    const lines: Evidence[] = [];
    let spent = 0;
    found.record.expenseLines.forEach((l, i) => {
      if (l.category !== 'operating-cost') return;
      spent += l.amount;
      lines.push({ pointer: `${found.pointer}/expenseLines/${i}/amount`, observed: l.amount });
    });
    const limit = cap + params.roundingToleranceFen;
    if (spent <= limit) return pass();
    return fail(
      [
        {
          clauseId: 'PI.C4.c',
          text: t(
            `经营管理费用超出收入的 ${capBp / 100}%`,
            `operating costs above ${capBp / 100}% of income`,
          ),
          observed: spent,
          expected: `≤ ${cap}`,
        },
      ],
      [
        {
          pointer: `${found.pointer}/expenseLines`,
          observed: spent,
          expected: `≤ ${cap}`,
          note: t('经营管理费用合计（分）', 'operating costs in total (fen)'),
        },
        { pointer: `${found.pointer}/incomeTotal`, observed: found.record.incomeTotal },
        { pointer: `${ref.pointer}/operatingCostCapBp`, observed: capBp },
        ...lines,
      ],
    );
  },
});
