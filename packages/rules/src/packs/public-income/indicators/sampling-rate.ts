import type { IndicatorDefinition } from '../../../engine/indicator';
import { t } from '../../../engine/rule';

/**
 * PI.T2 年度抽查核实率 (PI.M2, PI.C5.a): communities with an on-site sampling verification (`sampling`,
 * `onSiteVerified`) dated in the campaign year up to asOf ÷ all registered communities. The target holds in
 * every county: one county below half fails the city, whatever the city total.
 */
export const samplingRateIndicator: IndicatorDefinition = {
  id: 'PI-T2-SAMPLING',
  campaign: 'public-income',
  clauseIds: ['PI.T2', 'PI.M2', 'PI.C5.a'],
  quote: ['物业小区公共收益年度抽查核实率达到50%', '各县（市、区）实地抽查比例不少于辖区物业小区总数的50%'],
  title: t('物业小区公共收益年度抽查核实率', 'Annual on-site sampling verification rate'),
  definition: t(
    '当年（截至统计日）经实地抽查核实的小区数 ÷ 辖区物业小区总数，各县（市、区）均不少于50%',
    'Communities verified on site by sampling this year (up to asOf) ÷ all communities; at least 50% in every county',
  ),
  unit: 'ratio',
  target: { op: '>=', numerator: 1, denominator: 2, scope: 'county' },
  compute({ asOf, campaignYear, index }) {
    const year = `${campaignYear}-`;
    const verified = new Set<string>();
    for (const { record } of index.all('inspection'))
      if (
        record.kind === 'sampling' &&
        record.onSiteVerified &&
        record.communityId !== undefined &&
        record.inspectedOn.startsWith(year) &&
        record.inspectedOn <= asOf
      )
        verified.add(record.communityId);
    return index.all('community').map(({ record: c }) => ({
      divisionCode: c.divisionCode,
      numerator: verified.has(c.id) ? 1 : 0,
      denominator: 1,
    }));
  },
};
