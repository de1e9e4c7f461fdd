import type { IndicatorDefinition } from '../../../engine/indicator';
import { t } from '../../../engine/rule';
import { averageAttendanceIndicator } from './average-attendance';
import { NATIONAL_ASSESSMENT_QUOTE } from './national-assessment-quote';

/** 国考 panel — 项目平均上班人数: WG.T3's indicator and target under the panel's id. */
export const gkAverageOnDutyIndicator: IndicatorDefinition = {
  ...averageAttendanceIndicator,
  id: 'GK-AVERAGE-ON-DUTY',
  clauseIds: ['WG.S3', 'WG.T3'],
  quote: [NATIONAL_ASSESSMENT_QUOTE, ...averageAttendanceIndicator.quote],
  title: t('项目平均上班人数（国考）', 'Average workers on duty per project (national assessment)'),
};
