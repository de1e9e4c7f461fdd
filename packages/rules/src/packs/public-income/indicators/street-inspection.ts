import type { IndicatorDefinition } from '../../../engine/indicator';
import { t } from '../../../engine/rule';

/**
 * PI.C5.e street inspection coverage (PI.M2): communities with a street office's full inspection
 * (`street-full`) dated in the campaign year up to asOf ÷ all registered communities, broken down by street.
 * The target is 100%, so the city meets it only when every street does.
 */
export const streetInspectionIndicator: IndicatorDefinition = {
  id: 'PI-C5E-STREET-INSPECTION',
  campaign: 'public-income',
  clauseIds: ['PI.C5.e', 'PI.M2'],
  quote: ['街道办事处（乡镇人民政府）应对辖区物业“点题整治”情况进行全面检查', '未能全面开展检查'],
  title: t('街道全面检查覆盖率', 'Street full-inspection coverage'),
  definition: t(
    '当年（截至统计日）经街道办事处（乡镇人民政府）全面检查的小区数 ÷ 辖区物业小区总数',
    'Communities inspected by their street office this year (up to asOf) ÷ all communities',
  ),
  unit: 'ratio',
  target: { op: '>=', numerator: 1, denominator: 1, scope: 'city' },
  compute({ asOf, campaignYear, index }) {
    const year = `${campaignYear}-`;
    const inspected = new Set<string>();
    for (const { record } of index.all('inspection'))
      if (
        record.kind === 'street-full' &&
        record.communityId !== undefined &&
        record.inspectedOn.startsWith(year) &&
        record.inspectedOn <= asOf
      )
        inspected.add(record.communityId);
    return index.all('community').map(({ record: c }) => ({
      divisionCode: c.divisionCode,
      numerator: inspected.has(c.id) ? 1 : 0,
      denominator: 1,
    }));
  },
};
