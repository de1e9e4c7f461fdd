import type { ProblemKind } from '@rectify/schemas';
import type { IndicatorDefinition, IndicatorItem } from '../../../engine/indicator';
import { t } from '../../../engine/rule';

/** Problem kinds of misappropriation: PI.C3 (companies) and PI.C4 (companies with owners' committees). */
export const MISAPPROPRIATION_KINDS: readonly ProblemKind[] = [
  'common-part-business',
  'embezzlement',
  'unauthorised-lease',
  'inflated-repair',
  'inflated-operating-cost',
];

/** A ledger date counts once it has happened: a date after asOf is not yet known on asOf. */
const by = (date: string | undefined, asOf: string) => (date !== undefined && date <= asOf ? 1 : 0);

/**
 * PI.T3 侵占行为得到有效纠正和查处: public-income problems of the misappropriation kinds found in the campaign
 * year up to asOf, counted as opened, rectified, punished and referred (parts). The value is rectified ÷
 * opened; the text sets no number, so there is no target.
 */
export const misappropriationIndicator: IndicatorDefinition = {
  id: 'PI-T3-MISAPPROPRIATION',
  campaign: 'public-income',
  clauseIds: ['PI.T3', 'PI.C3.a', 'PI.C3.b', 'PI.C4.a', 'PI.C4.b', 'PI.C4.c'],
  quote: ['物业服务企业违法违规侵占业主公共收益行为得到有效纠正和查处'],
  title: t('侵占公共收益问题纠正查处情况', 'Misappropriation corrected and punished'),
  definition: t(
    '当年发现的侵占公共收益问题中已整改的数量 ÷ 发现数量；另列已处罚、已移送数量',
    'Misappropriation problems found this year that were rectified ÷ those found; punished and referred counted alongside',
  ),
  unit: 'count',
  compute({ asOf, campaignYear, index }) {
    const year = `${campaignYear}-`;
    const items: IndicatorItem[] = [];
    for (const { record: p } of index.all('problem')) {
      if (p.campaign !== 'public-income' || !MISAPPROPRIATION_KINDS.includes(p.kind)) continue;
      if (!p.foundOn.startsWith(year) || p.foundOn > asOf) continue;
      const rectified = by(p.rectifiedOn, asOf);
      items.push({
        divisionCode: p.divisionCode,
        numerator: rectified,
        denominator: 1,
        parts: { opened: 1, rectified, punished: by(p.punishedOn, asOf), referred: by(p.referredOn, asOf) },
      });
    }
    return items;
  },
};
