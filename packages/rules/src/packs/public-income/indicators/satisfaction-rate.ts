import type { IndicatorDefinition } from '../../../engine/indicator';
import { t } from '../../../engine/rule';
import { surveyRateIndicator } from './survey-rate';

/** PI.T4 满意率: satisfied respondents ÷ respondents of the latest survey wave, with the baseline in its parts. */
export const satisfactionRateIndicator: IndicatorDefinition = surveyRateIndicator({
  id: 'PI-T4-SATISFACTION',
  measure: 'satisfied',
  title: t('业主对物业“点题整治”的满意率', "Owners' satisfaction with the campaign"),
  definition: t(
    '最近一轮调查中表示满意的人数 ÷ 受访人数（与基线轮次比较）',
    'Satisfied ÷ respondents in the latest survey wave (compared with the baseline wave)',
  ),
});
