import type { IndicatorDefinition } from '../../../engine/indicator';
import { t } from '../../../engine/rule';
import { NATIONAL_ASSESSMENT_QUOTE } from './national-assessment-quote';
import { realNameUpdateIndicator } from './real-name-update';

/** 国考 panel — 实名制更新率: WG.T2's indicator and target under the panel's id. */
export const gkRealNameUpdateIndicator: IndicatorDefinition = {
  ...realNameUpdateIndicator,
  id: 'GK-REAL-NAME-UPDATE',
  clauseIds: ['WG.S3', 'WG.T2'],
  quote: [NATIONAL_ASSESSMENT_QUOTE, ...realNameUpdateIndicator.quote],
  title: t('实名制更新率（国考）', 'Real-name update rate (national assessment)'),
};
