import type { Community } from '@rectify/schemas';
import { nextQuarter, quarterEnd } from '../../../calendar/index';
import { defineRule, fail, notApplicable, pass, pending, t, unknown } from '../../../engine/rule';
import type { Evidence } from '../../../engine/types';

/**
 * PI.C2.e: the owners' share of a quarter's surplus goes into the maintenance-fund account (维修资金专户) in time,
 * unless the owners decided to keep it. "In time" ends with the quarter `surplusDepositQuartersAfter` quarters
 * after the one that produced it; transfers are counted from every disclosure of the community.
 */
export const surplusDepositedRule = defineRule({
  id: 'PI-SURPLUS-DEPOSITED',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('公共收益结余及时存入维修资金专户', 'Surplus paid into the maintenance fund in time'),
  message: t(
    '{subject} {period} 公共收益结余未在 {deadline} 前存入维修资金专户',
    '{subject}: {period} surplus not paid into the maintenance-fund account by {deadline}',
  ),
  remediation: t(
    '督促物业服务企业将结余足额存入维修资金专户，或提请业主共同决定留存',
    'Have the company pay the surplus in full into the maintenance-fund account, or put its retention to an owners’ decision',
  ),
  clauseIds: ['PI.C2.e'],
  quote: ['未将公共收益结余及时存入维修资金专户'],
  severity: 'major',
  subjectKind: 'community-quarter',
  inForce: { from: '2023-07-01' },
  parameters: {
    surplusDepositQuartersAfter: {
      default: 1,
      unit: 'quarters',
      description: t(
        '结余应在产生季度之后第几个季度末前存入维修资金专户',
        'The surplus is due by the end of this many quarters after the quarter that produced it',
      ),
      source: {
        kind: 'interpretation',
        reason:
          '"及时" is undefined in the text; by default the surplus is due within the quarter after the one that produced it.',
      },
    },
  },
  supervisingUnit: 'housing-authority',
  evaluate(ref, { asOf, index, params }) {
    const community = ref.record as Community;
    const quarter = ref.period as string;
    const found = index.disclosure(community.id, quarter);
    if (!found) return notApplicable();
    const split = found.record.distribution;
    if (!split)
      return unknown([
        {
          pointer: `${found.pointer}/distribution`,
          observed: null,
          note: t('公示未列明业主分得结余', 'the disclosure shows no owners’ share'),
        },
      ]);
    if (split.ownersShare <= 0) return notApplicable();
    const retainedBy = found.record.surplusRetainedByDecisionId;
    if (retainedBy !== undefined) {
      if (index.byId('ownersDecision').has(retainedBy)) return notApplicable();
      return unknown([
        {
          pointer: `${found.pointer}/surplusRetainedByDecisionId`,
          observed: retainedBy,
          note: t('数据集中无此业主共同决定', 'no such owners’ decision in the dataset'),
        },
      ]);
    }
    // A bad override must not throw: fewer than zero or fractional quarters fall back to whole quarters ≥ 0.
    const after = Math.max(
      0,
      Math.floor(
        Number.isFinite(params.surplusDepositQuartersAfter) ? params.surplusDepositQuartersAfter : 1,
      ),
    );
    let due = quarter;
    for (let i = 0; i < after; i++) due = nextQuarter(due);
    const deadline = quarterEnd(due);
    const counted: Evidence[] = [];
    let deposited = 0;
    for (const d of index.of('quarterlyDisclosure', 'communityId', community.id))
      d.record.maintenanceFundTransfers.forEach((tr, i) => {
        if (tr.forQuarter !== quarter || tr.transferredOn > deadline) return;
        deposited += tr.amount;
        counted.push({
          pointer: `${d.pointer}/maintenanceFundTransfers/${i}`,
          observed: { amount: tr.amount, transferredOn: tr.transferredOn },
        });
      });
    if (deposited >= split.ownersShare) return pass(counted, { deadline });
    if (deadline >= asOf) return pending(deadline, counted);
    return fail(
      [
        {
          clauseId: 'PI.C2.e',
          text: t('截止日前存入维修资金专户的结余不足', 'less than the surplus deposited by the deadline'),
          observed: deposited,
          expected: `≥ ${split.ownersShare}`,
        },
      ],
      [
        {
          pointer: `${found.pointer}/distribution/ownersShare`,
          observed: deposited,
          expected: `≥ ${split.ownersShare}`,
          note: t(`截至 ${deadline} 已存入金额（分）`, `deposited by ${deadline} (fen)`),
        },
        ...counted,
      ],
      { deadline },
    );
  },
});
