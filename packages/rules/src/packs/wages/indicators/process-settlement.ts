import type { IndicatorContext, IndicatorDefinition, IndicatorItem } from '../../../engine/indicator';
import { t } from '../../../engine/rule';
import { isUnderConstruction } from '../shared';

/**
 * WG.M6: each SOE-funded project under construction counts 1 in the denominator and 1 in the numerator when it
 * adopts process settlement. Part `notRecorded`: projects whose host did not record it (counted as not adopted).
 */
export function computeProcessSettlement({ index }: IndicatorContext): IndicatorItem[] {
  return index
    .all('constructionProject')
    .filter(({ record: p }) => isUnderConstruction(p) && p.funding === 'state-owned')
    .map(({ record: p }) => ({
      divisionCode: p.divisionCode,
      numerator: p.processSettlement === true ? 1 : 0,
      denominator: 1,
      parts: { notRecorded: p.processSettlement === undefined ? 1 : 0 },
    }));
}

/** WG.M6 进一步推行项目过程结算，重点在国企项目推行: share of SOE projects under construction with process settlement (no target). */
export const processSettlementIndicator: IndicatorDefinition = {
  id: 'WG-PROCESS-SETTLEMENT',
  campaign: 'wages',
  clauseIds: ['WG.M6'],
  quote: ['进一步推行项目过程结算，重点在国企项目推行'],
  title: t('国企项目过程结算推行率', 'Process settlement on SOE projects'),
  definition: t(
    '推行过程结算的国企投资在建项目数 ÷ 国企投资在建项目数',
    'SOE-funded projects under construction adopting process settlement ÷ SOE-funded projects under construction',
  ),
  unit: 'ratio',
  compute: computeProcessSettlement,
};
