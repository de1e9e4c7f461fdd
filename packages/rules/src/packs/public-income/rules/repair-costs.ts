import type { Community } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, t, unknown } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';

/**
 * PI.C4.b: repair, renewal and renovation paid from public income is not inflated. Every repair expense line
 * names a repair project of the same community, and what the disclosures have spent on a project so far (this
 * quarter and all before it) stays within its contracted amount.
 */
export const repairCostsRule = defineRule({
  id: 'PI-REPAIR-COSTS',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('维修改造支出真实、不超合同', 'Repair spending real and within contract'),
  message: t(
    '{subject} {period} 维修、更新和改造支出无对应项目或超出合同金额',
    '{subject}: {period} repair spending without a project, or above the contracted amount',
  ),
  remediation: t(
    '核查维修改造项目及结算凭据，虚增部分退回公共收益账户，并依法查处',
    'Check the repair projects and their settlement; repay any inflated amount to the public-income account and deal with it according to law',
  ),
  clauseIds: ['PI.C4.b'],
  quote: ['虚增小区维修、更新和改造的项目和费用，套取公共收益'],
  severity: 'critical',
  subjectKind: 'community-quarter',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-authority',
  evaluate(ref, { index }) {
    const community = ref.record as Community;
    const quarter = ref.period as string;
    const found = index.disclosure(community.id, quarter);
    if (!found) return notApplicable();
    const projects = index.byId('repairProject');
    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    const missing: Evidence[] = [];
    const judged = new Set<string>();
    found.record.expenseLines.forEach((line, i) => {
      if (line.category !== 'repair') return;
      const at = `${found.pointer}/expenseLines/${i}/repairProjectId`;
      if (line.repairProjectId === undefined) {
        why.push({
          clauseId: 'PI.C4.b',
          text: t('维修支出无对应维修改造项目', 'repair expense without a repair project'),
          observed: line.amount,
          expected: 'repair project',
        });
        evidence.push({ pointer: at, observed: null, expected: `repair project of ${community.id}` });
        return;
      }
      const project = projects.get(line.repairProjectId);
      if (!project) {
        missing.push({
          pointer: at,
          observed: line.repairProjectId,
          note: t('数据集中无此维修改造项目', 'no such repair project in the dataset'),
        });
        return;
      }
      if (project.record.communityId !== community.id) {
        why.push({
          clauseId: 'PI.C4.b',
          text: t(
            `维修改造项目 ${project.record.id} 属于其他小区`,
            `repair project ${project.record.id} belongs to another community`,
          ),
          observed: project.record.communityId,
          expected: community.id,
        });
        evidence.push({
          pointer: at,
          observed: line.repairProjectId,
          expected: `repair project of ${community.id}`,
        });
        return;
      }
      if (judged.has(project.record.id)) return;
      judged.add(project.record.id);
      // Spent so far: repair lines on the project in this community's disclosures up to and including this quarter.
      let spent = 0;
      for (const d of index.of('quarterlyDisclosure', 'communityId', community.id)) {
        if (d.record.quarter > quarter) continue;
        for (const l of d.record.expenseLines)
          if (l.category === 'repair' && l.repairProjectId === project.record.id) spent += l.amount;
      }
      const cap = project.record.contractedAmount;
      if (spent <= cap) return;
      why.push({
        clauseId: 'PI.C4.b',
        text: t(
          `维修改造项目 ${project.record.id} 累计列支超出合同金额`,
          `spending on repair project ${project.record.id} exceeds the contracted amount`,
        ),
        observed: spent,
        expected: `≤ ${cap}`,
      });
      evidence.push({
        pointer: `${project.pointer}/contractedAmount`,
        observed: spent,
        expected: `≤ ${cap}`,
        note: t(`截至 ${quarter} 累计列支（分）`, `spent up to ${quarter} (fen)`),
      });
    });
    if (why.length > 0) return fail(why, evidence);
    if (missing.length > 0) return unknown(missing);
    return pass();
  },
});
