import type { IndicatorContext, IndicatorDefinition, IndicatorItem } from '../../../engine/indicator';
import { t } from '../../../engine/rule';
import { isUnderConstruction } from '../shared';
import { NATIONAL_ASSESSMENT_QUOTE } from './national-assessment-quote';

/**
 * WG.S3 一体化平台占比: each project under construction counts 1 in the denominator and 1 in the numerator when
 * it is linked to the ministry–province–city integrated platform. Part `notRecorded`: projects whose host did
 * not record the link (counted as not linked).
 */
export function computeIntegratedPlatform({ index }: IndicatorContext): IndicatorItem[] {
  return index
    .all('constructionProject')
    .filter(({ record }) => isUnderConstruction(record))
    .map(({ record: p }) => ({
      divisionCode: p.divisionCode,
      numerator: p.onIntegratedPlatform === true ? 1 : 0,
      denominator: 1,
      parts: { notRecorded: p.onIntegratedPlatform === undefined ? 1 : 0 },
    }));
}

/** 国考 panel — 一体化平台占比: projects under construction on the integrated platform (the text sets no figure). */
export const gkIntegratedPlatformIndicator: IndicatorDefinition = {
  id: 'GK-INTEGRATED-PLATFORM',
  campaign: 'wages',
  clauseIds: ['WG.S3'],
  quote: [NATIONAL_ASSESSMENT_QUOTE, '推进部、省、市三级工资支付监控平台数据对接'],
  title: t('一体化平台占比（国考）', 'Integrated platform share (national assessment)'),
  definition: t(
    '已接入部、省、市一体化工资支付监控平台的在建项目数 ÷ 在建项目数',
    'Projects under construction linked to the ministry–province–city integrated wage-monitoring platform ÷ projects under construction',
  ),
  unit: 'ratio',
  compute: computeIntegratedPlatform,
};
