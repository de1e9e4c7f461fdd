import type { IndicatorDefinition } from '../../../engine/indicator';
import { t } from '../../../engine/rule';
import { surveyRateIndicator } from './survey-rate';

/** PI.T4 知晓率: aware respondents ÷ respondents of the latest survey wave, with the baseline in its parts. */
export const awarenessRateIndicator: IndicatorDefinition = surveyRateIndicator({
  id: 'PI-T4-AWARENESS',
  measure: 'aware',
  title: t('业主对物业“点题整治”的知晓率', "Owners' awareness of the campaign"),
  definition: t(
    '最近一轮调查中表示知晓的人数 ÷ 受访人数（与基线轮次比较）',
    'Aware ÷ respondents in the latest survey wave (compared with the baseline wave)',
  ),
});
