import type { IndicatorDefinition } from '../../../engine/indicator';
import { awarenessRateIndicator } from './awareness-rate';
import { disclosureRateIndicator } from './disclosure-rate';
import { misappropriationIndicator } from './misappropriation';
import { samplingRateIndicator } from './sampling-rate';
import { satisfactionRateIndicator } from './satisfaction-rate';
import { streetInspectionIndicator } from './street-inspection';
import { supportRateIndicator } from './support-rate';

export { awarenessRateIndicator } from './awareness-rate';
export { disclosureRateIndicator, latestDueQuarter } from './disclosure-rate';
export { MISAPPROPRIATION_KINDS, misappropriationIndicator } from './misappropriation';
export { samplingRateIndicator } from './sampling-rate';
export { satisfactionRateIndicator } from './satisfaction-rate';
export { streetInspectionIndicator } from './street-inspection';
export { supportRateIndicator } from './support-rate';
export type { SurveyMeasure } from './survey-rate';
export { DEFAULT_MINIMUM_RISE_BP, surveyRateIndicator, surveyRiseMet } from './survey-rate';

/** Every indicator of the public-income campaign (附件1 整治目标, and PI.C5.e), in target order. */
export const PUBLIC_INCOME_INDICATORS: readonly IndicatorDefinition[] = [
  disclosureRateIndicator,
  samplingRateIndicator,
  misappropriationIndicator,
  supportRateIndicator,
  awarenessRateIndicator,
  satisfactionRateIndicator,
  streetInspectionIndicator,
];
