import type { IndicatorDefinition } from '../../../engine/indicator';
import { averageAttendanceIndicator } from './average-attendance';
import { complaintClosureIndicator } from './complaint-closure';
import { gkAverageOnDutyIndicator } from './gk-average-on-duty';
import { gkIntegratedPlatformIndicator } from './gk-integrated-platform';
import { gkManagerOnSiteIndicator } from './gk-manager-on-site';
import { gkRealNameUpdateIndicator } from './gk-real-name-update';
import { guaranteeCoverageIndicator } from './guarantee-coverage';
import { managerOnSiteIndicator } from './manager-on-site';
import { processSettlementIndicator } from './process-settlement';
import { realNameUpdateIndicator } from './real-name-update';

/** The State Council assessment (国考) panel of WG.S3, in the order of the text: its indicators' ids. */
export const NATIONAL_ASSESSMENT_PANEL: readonly string[] = [
  gkIntegratedPlatformIndicator.id,
  gkRealNameUpdateIndicator.id,
  gkAverageOnDutyIndicator.id,
  gkManagerOnSiteIndicator.id,
];

/** Every indicator of the wages campaign: the targets WG.T1–T5, process settlement (WG.M6), then the 国考 panel (WG.S3). */
export const WAGES_INDICATORS: readonly IndicatorDefinition[] = [
  guaranteeCoverageIndicator,
  realNameUpdateIndicator,
  averageAttendanceIndicator,
  managerOnSiteIndicator,
  complaintClosureIndicator,
  processSettlementIndicator,
  gkIntegratedPlatformIndicator,
  gkRealNameUpdateIndicator,
  gkAverageOnDutyIndicator,
  gkManagerOnSiteIndicator,
];
