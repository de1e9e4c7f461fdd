import type { IndicatorContext, IndicatorDefinition, IndicatorItem } from '../../../engine/indicator';
import { t } from '../../../engine/rule';
import { indicatorMonth, MONTH_PARAMETER } from './month-parameter';

/**
 * WG.T4 (and WG.S3 管理人员到岗率): Σ days present ÷ Σ days required of the project-manager and
 * chief-supervisor presence records of the month, one item per project, with each role's days as parts. Days
 * present beyond the days required are capped, so no record can make up for another's absence.
 */
export function computeManagerOnSite({ asOf, index, params }: IndicatorContext): IndicatorItem[] {
  const month = indicatorMonth(asOf, params.month);
  const projects = index.byId('constructionProject');
  const items = new Map<string, IndicatorItem & { parts: Record<string, number> }>();
  for (const { record: r } of index.all('keyPersonnelPresence')) {
    if (r.month !== month || r.daysRequired <= 0) continue;
    const project = projects.get(r.projectId)?.record;
    if (!project) continue;
    let item = items.get(project.id);
    if (!item) {
      item = {
        divisionCode: project.divisionCode,
        numerator: 0,
        denominator: 0,
        parts: {
          projectManagerDaysPresent: 0,
          projectManagerDaysRequired: 0,
          chiefSupervisorDaysPresent: 0,
          chiefSupervisorDaysRequired: 0,
        },
      };
      items.set(project.id, item);
    }
    const present = Math.min(r.daysPresent, r.daysRequired);
    const role = r.role === 'project-manager' ? 'projectManager' : 'chiefSupervisor';
    item.numerator += present;
    item.denominator += r.daysRequired;
    item.parts[`${role}DaysPresent`] = (item.parts[`${role}DaysPresent`] ?? 0) + present;
    item.parts[`${role}DaysRequired`] = (item.parts[`${role}DaysRequired`] ?? 0) + r.daysRequired;
  }
  return [...items.values()];
}

/** WG.T4 项目经理和总监到岗率超60%: days on site ÷ days required of both roles, target > 60%. */
export const managerOnSiteIndicator: IndicatorDefinition = {
  id: 'WG-MANAGER-ON-SITE',
  campaign: 'wages',
  clauseIds: ['WG.T4'],
  quote: ['项目经理和总监到岗率超60%'],
  title: t('项目经理和总监到岗率', 'Project manager and chief supervisor on-site rate'),
  definition: t(
    '统计月内项目经理和总监理工程师到岗天数之和 ÷ 应到岗天数之和（单条记录到岗天数以应到岗天数为上限）',
    'Σ days on site ÷ Σ days required of project managers and chief supervising engineers in the month (each record capped at its days required)',
  ),
  unit: 'ratio',
  target: { op: '>', numerator: 6, denominator: 10, scope: 'city' },
  parameters: MONTH_PARAMETER,
  compute: computeManagerOnSite,
};
