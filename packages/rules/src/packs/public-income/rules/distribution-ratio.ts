import type { Community } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, t, unknown } from '../../../engine/rule';

/** round(base × bp / 10000), half up, for non-negative integers; exact beyond 2^53. */
const shareOf = (base: number, bp: number) => Number((BigInt(base) * BigInt(bp) * 2n + 10000n) / 20000n);

/**
 * PI.C2.d: the distributable amount is split at the prescribed or agreed ratio (分配比例). The company's share
 * may differ from `round(base × companyShareBp / 10000)` by rounding only.
 */
export const distributionRatioRule = defineRule({
  id: 'PI-DISTRIBUTION-RATIO',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('公共收益按约定比例分配', 'Income split at the agreed ratio'),
  message: t(
    '{subject} {period} 公共收益未按约定比例分配',
    '{subject}: {period} public income not split at the agreed ratio',
  ),
  remediation: t(
    '责令物业服务企业按约定比例重新分配，将多分部分退回公共收益账户',
    'Order the company to redo the split at the agreed ratio and repay any excess to the public-income account',
  ),
  clauseIds: ['PI.C2.d'],
  quote: ['未按规定或约定的比例进行分配'],
  severity: 'major',
  subjectKind: 'community-quarter',
  inForce: { from: '2023-07-01' },
  parameters: {
    roundingToleranceFen: {
      default: 1,
      unit: 'fen',
      description: t(
        '企业分得金额与约定比例计算值之间允许的舍入误差',
        'Rounding difference allowed between the company’s share and the agreed ratio',
      ),
      source: {
        kind: 'interpretation',
        reason:
          'The text allows no deviation from the ratio; the clause map allows rounding only, and one fen absorbs a host that truncates or rounds half-even.',
      },
    },
  },
  supervisingUnit: 'housing-authority',
  evaluate(ref, { index, params }) {
    const community = ref.record as Community;
    const quarter = ref.period as string;
    const found = index.disclosure(community.id, quarter);
    if (!found) return notApplicable();
    const agreement = community.distribution;
    if (!agreement)
      return unknown([
        {
          pointer: `${ref.pointer}/distribution`,
          observed: null,
          note: t('未登记分配比例约定', 'no distribution agreement registered'),
        },
      ]);
    const split = found.record.distribution;
    if (!split)
      return unknown([
        {
          pointer: `${found.pointer}/distribution`,
          observed: null,
          note: t('公示未列明分配情况', 'the disclosure shows no split'),
        },
      ]);
    const expected = shareOf(split.base, agreement.companyShareBp);
    const tolerance = params.roundingToleranceFen;
    if (Math.abs(split.companyShare - expected) <= tolerance) return pass();
    const range = `${expected} ± ${tolerance}`;
    return fail(
      [
        {
          clauseId: 'PI.C2.d',
          text: t(
            `企业分得金额与约定比例 ${agreement.companyShareBp / 100}% 不符`,
            `company share differs from the agreed ${agreement.companyShareBp / 100}%`,
          ),
          observed: split.companyShare,
          expected: range,
        },
      ],
      [
        {
          pointer: `${found.pointer}/distribution/companyShare`,
          observed: split.companyShare,
          expected: range,
        },
        {
          pointer: `${ref.pointer}/distribution/companyShareBp`,
          observed: agreement.companyShareBp,
          note: t(`分配基数 ${split.base} 分`, `distributable base ${split.base} fen`),
        },
      ],
    );
  },
});
