import type { ConstructionProject } from '@rectify/schemas';
import { addDays } from '../../../calendar/index';
import { defineRule, fail, notApplicable, pass, pending, t } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';
import { isUnderConstruction, projectStart, REAL_NAME_MEASURES, rosterOn, WG_QUOTES } from '../shared';

/** WG.F1 / WG.M2: real-name management — a non-empty roster on the platform, updated within the last month. */
export const realNameRule = defineRule({
  id: 'WG-REAL-NAME',
  version: '1.0.0',
  campaign: 'wages',
  title: t('实名制信息化管理落实', 'Real-name management in place'),
  message: t(
    '{subject} 实名制花名册缺失或未及时更新',
    '{subject}: real-name roster missing or not kept up to date',
  ),
  remediation: t(
    '督促施工总承包单位在市实名制平台登记全部在场建筑工人，并按月更新花名册',
    'Have the general contractor register every worker on site on the city real-name platform and update the roster monthly',
  ),
  clauseIds: ['WG.F1', 'WG.M2'],
  quote: [WG_QUOTES.institutions, WG_QUOTES.realNamePayment, WG_QUOTES.realNameUpdate],
  severity: 'major',
  subjectKind: 'project',
  inForce: { from: '2023-07-01' },
  parameters: {
    rosterUpdateDays: {
      default: 30,
      unit: 'days',
      description: t(
        '花名册最近一次更新距核查日的最长天数（“实名制更新”）',
        'Longest time, in days, since the roster was last updated ("real-name update")',
      ),
      source: {
        kind: 'interpretation',
        reason: `附件2 sets a real-name update rate (实名制项目更新率) without a period; the national assessment counts updates monthly, so a roster not updated within 30 days is stale. ${REAL_NAME_MEASURES} requires registration before workers enter the site.`,
      },
    },
  },
  supervisingUnit: 'housing-construction-bureau',
  evaluate(ref, { asOf, index, params }) {
    const project = ref.record as ConstructionProject;
    if (!isUnderConstruction(project)) return notApplicable();
    const start = projectStart(project);
    if (start !== undefined && start > asOf) return notApplicable();
    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    const roster = rosterOn(project.id, index, asOf);
    if (roster.length === 0) {
      why.push({
        clauseId: 'WG.F1',
        text: t('实名制花名册无在场人员', 'no worker on the real-name roster'),
        observed: 0,
        expected: '≥ 1',
      });
      evidence.push({ pointer: ref.pointer, observed: 0, expected: 'worker on the roster' });
    }
    const windowStart = addDays(asOf, -params.rosterUpdateDays);
    const updates = index
      .of('rosterUpdate', 'projectId', project.id)
      .filter((u) => u.record.updatedOn <= asOf);
    const latest = updates.reduce<(typeof updates)[number] | undefined>(
      (a, b) => (a === undefined || b.record.updatedOn > a.record.updatedOn ? b : a),
      undefined,
    );
    const deadline = latest ? addDays(latest.record.updatedOn, params.rosterUpdateDays) : undefined;
    if (latest === undefined || latest.record.updatedOn < windowStart) {
      // A project that started within the window has not yet owed its first monthly update.
      if (latest === undefined && start !== undefined && start >= windowStart && why.length === 0)
        return pending(addDays(start, params.rosterUpdateDays));
      why.push({
        clauseId: 'WG.M2',
        text: t(
          `花名册超过 ${params.rosterUpdateDays} 天未更新`,
          `roster not updated in the last ${params.rosterUpdateDays} days`,
        ),
        observed: latest?.record.updatedOn ?? null,
        expected: `≥ ${windowStart}`,
      });
      evidence.push(
        latest
          ? {
              pointer: `${latest.pointer}/updatedOn`,
              observed: latest.record.updatedOn,
              expected: `≥ ${windowStart}`,
            }
          : { pointer: ref.pointer, observed: null, expected: 'rosterUpdate' },
      );
    }
    const extra = deadline === undefined ? {} : { deadline };
    if (why.length > 0) return fail(why, evidence, extra);
    return pass(
      latest
        ? [
            {
              pointer: `${latest.pointer}/updatedOn`,
              observed: latest.record.updatedOn,
              expected: `≥ ${windowStart}`,
            },
          ]
        : [],
      extra,
    );
  },
});
