import type { Community, OwnersDecision } from '@rectify/schemas';
import { quarterEnd } from '../../../calendar/index';
import type { Located } from '../../../engine/dataset-index';
import { defineRule, fail, notApplicable, pass, t, unknown } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';
import { art278 } from '../shared';

/** The decision field an art. 278 shortfall is about (`participating area` → `participatingArea`). */
const thresholdField = (en: string) => {
  const m = /^(participating|approving) (area|owners)/.exec(en);
  return m ? `${m[1]}${m[2] === 'area' ? 'Area' : 'Owners'}` : '';
};

/**
 * PI.C2.b: public income is spent only on an owners' joint decision (业主共同决定) or in a category the service
 * contract or management rules pre-authorise. A decision counts when it is the community's own, taken by the end
 * of the quarter, and meets Civil Code art. 278's ordinary threshold.
 */
export const expenseAuthorisedRule = defineRule({
  id: 'PI-EXPENSE-AUTHORISED',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('公共收益支出经业主共同决定', 'Expenditure authorised by the owners'),
  message: t(
    '{subject} {period} 有公共收益支出未经业主共同决定',
    '{subject}: {period} public income spent without an owners’ decision',
  ),
  remediation: t(
    '责令物业服务企业停止擅自支出，补正业主共同决定或将款项退回公共收益账户',
    'Order the company to stop unauthorised spending and obtain an owners’ decision or repay the amount to the public-income account',
  ),
  clauseIds: ['PI.C2.b'],
  quote: ['未按规定经业主共同决定擅自使用公共收益'],
  severity: 'major',
  subjectKind: 'community-quarter',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-authority',
  evaluate(ref, { index }) {
    const community = ref.record as Community;
    const quarter = ref.period as string;
    // A missing disclosure is PI-DISCLOSURE-DEADLINE's finding; there are no lines to judge here.
    const found = index.disclosure(community.id, quarter);
    if (!found) return notApplicable();
    const end = quarterEnd(quarter);
    const preAuthorised = new Set<string>(community.preAuthorisedExpenseCategories);
    const decisions = index.byId('ownersDecision');
    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    const missing: Evidence[] = [];
    found.record.expenseLines.forEach((line, i) => {
      if (preAuthorised.has(line.category)) return;
      const at = `${found.pointer}/expenseLines/${i}`;
      if (line.decisionId === undefined) {
        why.push({
          clauseId: 'PI.C2.b',
          text: t(
            '支出既非预先授权类别，也无业主共同决定',
            'expense neither pre-authorised nor backed by an owners’ decision',
          ),
          observed: line.category,
          expected: 'owners decision',
        });
        evidence.push({
          pointer: `${at}/decisionId`,
          observed: null,
          expected: 'owners decision or pre-authorised category',
          note: t(`支出类别 ${line.category}`, `expense category ${line.category}`),
        });
        return;
      }
      const located = decisions.get(line.decisionId);
      if (!located) {
        missing.push({
          pointer: `${at}/decisionId`,
          observed: line.decisionId,
          note: t('数据集中无此业主共同决定', 'no such owners’ decision in the dataset'),
        });
        return;
      }
      const lineWhy = decisionDefects(located, community.id, end, line.decisionId);
      if (lineWhy.why.length === 0) return;
      why.push(...lineWhy.why);
      evidence.push(
        { pointer: `${at}/decisionId`, observed: line.decisionId, expected: 'valid owners decision' },
        ...lineWhy.evidence,
      );
    });
    if (why.length > 0) return fail(why, evidence);
    if (missing.length > 0) return unknown(missing);
    return pass();
  },
});

/** What makes a cited decision fail to authorise an expense of the quarter ending on `end`. */
function decisionDefects(
  found: Located<OwnersDecision>,
  communityId: string,
  end: string,
  id: string,
): { why: Condition[]; evidence: Evidence[] } {
  const d = found.record;
  const why: Condition[] = [];
  const evidence: Evidence[] = [];
  if (d.communityId !== communityId) {
    why.push({
      clauseId: 'PI.C2.b',
      text: t(`业主共同决定 ${id} 属于其他小区`, `owners’ decision ${id} belongs to another community`),
      observed: d.communityId,
      expected: communityId,
    });
    evidence.push({
      pointer: `${found.pointer}/communityId`,
      observed: d.communityId,
      expected: communityId,
    });
  }
  if (d.decidedOn > end) {
    why.push({
      clauseId: 'PI.C2.b',
      text: t(`业主共同决定 ${id} 晚于本季度末作出`, `owners’ decision ${id} taken after the quarter ended`),
      observed: d.decidedOn,
      expected: `≤ ${end}`,
    });
    evidence.push({ pointer: `${found.pointer}/decidedOn`, observed: d.decidedOn, expected: `≤ ${end}` });
  }
  for (const f of art278(d, 'ordinary').failed) {
    const text = t(
      `业主共同决定 ${id}：${f.zh}（民法典第二百七十八条）`,
      `owners’ decision ${id}: ${f.en} (Civil Code art. 278)`,
    );
    why.push({ clauseId: 'PI.C2.b', text, observed: f.observed, expected: f.expected });
    evidence.push({
      pointer: `${found.pointer}/${thresholdField(f.en)}`,
      observed: f.observed,
      expected: f.expected,
    });
  }
  return { why, evidence };
}
