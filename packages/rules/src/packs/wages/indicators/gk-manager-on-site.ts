import type { IndicatorDefinition } from '../../../engine/indicator';
import { t } from '../../../engine/rule';
import { managerOnSiteIndicator } from './manager-on-site';
import { NATIONAL_ASSESSMENT_QUOTE } from './national-assessment-quote';

/** 国考 panel — 管理人员到岗率: WG.T4's indicator and target under the panel's id. */
export const gkManagerOnSiteIndicator: IndicatorDefinition = {
  ...managerOnSiteIndicator,
  id: 'GK-MANAGER-ON-SITE',
  clauseIds: ['WG.S3', 'WG.T4'],
  quote: [NATIONAL_ASSESSMENT_QUOTE, ...managerOnSiteIndicator.quote],
  title: t('管理人员到岗率（国考）', 'Managers on site rate (national assessment)'),
};
