import type { IndicatorDefinition } from '../../../engine/indicator';
import { t } from '../../../engine/rule';
import { surveyRateIndicator } from './survey-rate';

/** PI.T4 支持率: supportive respondents ÷ respondents of the latest survey wave, with the baseline in its parts. */
export const supportRateIndicator: IndicatorDefinition = surveyRateIndicator({
  id: 'PI-T4-SUPPORT',
  measure: 'supportive',
  title: t('业主对物业“点题整治”的支持率', "Owners' support for the campaign"),
  definition: t(
    '最近一轮调查中表示支持的人数 ÷ 受访人数（与基线轮次比较）',
    'Supportive ÷ respondents in the latest survey wave (compared with the baseline wave)',
  ),
});
