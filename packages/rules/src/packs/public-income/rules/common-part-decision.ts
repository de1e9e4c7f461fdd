import type { CommonPartContract } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, t, unknown } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';
import { art278 } from '../shared';

/** The decision field an art. 278 shortfall is about (`approving owners` → `approvingOwners`). */
const thresholdField = (en: string) => {
  const m = /^(participating|approving) (area|owners)/.exec(en);
  return m ? `${m[1]}${m[2] === 'area' ? 'Area' : 'Owners'}` : '';
};

/** Decision matters that authorise business on, or lease of, common parts (Civil Code art. 278 (8)). */
const MATTERS = ['common-part-business', 'lease-common-parts'] as const;

/** Civil Code art. 278 (1)(8) and (2): the matter and its participation and approval thresholds. */
const CIVIL_CODE_278 =
  '《中华人民共和国民法典》第二百七十八条 下列事项由业主共同决定：……（八）改变共有部分的用途或者利用共有部分从事经营活动；…… 业主共同决定事项，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决。决定前款第六项至第八项规定的事项，应当经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意。决定前款其他事项，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。';

/**
 * PI.C3.a (the company alone) and PI.C4.a (with the owners' committee): a contract that uses common parts for
 * business rests on an owners' joint decision of the same community, taken before signing, on that matter, and
 * meeting Civil Code art. 278's threshold for major matters.
 */
export const commonPartDecisionRule = defineRule({
  id: 'PI-COMMON-PART-DECISION',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('利用共有部分经营经业主共同决定', 'Business on common parts authorised by the owners'),
  message: t(
    '{subject} 未经业主依法共同决定利用共有部分经营',
    '{subject}: common parts used for business without a valid owners’ decision',
  ),
  remediation: t(
    '责令停止擅自经营或出租共有部分，依法提请业主共同决定，所得收益全部计入公共收益',
    'Order the unauthorised business or lease to stop, put it to an owners’ decision as the law requires, and book all its income as public income',
  ),
  clauseIds: ['PI.C3.a', 'PI.C4.a'],
  quote: ['擅自利用共有部分进行经营', '将共有部分擅自出租给第三方经营'],
  severity: 'critical',
  subjectKind: 'common-part-contract',
  inForce: { from: '2023-07-01' },
  parameters: {
    threshold: {
      default: 'major' as string,
      unit: 'enum',
      description: t(
        '适用的表决门槛：major（双四分之三同意）或 ordinary（双过半数同意）；参与表决均须双三分之二',
        'Voting threshold: major (3/4 of participating area and owners approve) or ordinary (more than 1/2); participation is 2/3 of area and owners either way',
      ),
      source: { kind: 'law', citation: CIVIL_CODE_278 },
    },
  },
  supervisingUnit: 'housing-authority',
  evaluate(ref, { campaignYear, index, params }) {
    const k = ref.record as CommonPartContract;
    const clauseId =
      k.lessor === 'owners-committee' || k.lessor === 'property-company-and-owners-committee'
        ? 'PI.C4.a'
        : 'PI.C3.a';
    const clauseIds = [clauseId];
    if (k.endsOn < `${campaignYear}-01-01` || k.startsOn > `${campaignYear}-12-31`)
      return notApplicable({ clauseIds });
    if (k.decisionId === undefined)
      return fail(
        [
          {
            clauseId,
            text: t('合同无业主共同决定', 'no owners’ decision behind the contract'),
            observed: null,
            expected: 'owners decision',
          },
        ],
        [{ pointer: `${ref.pointer}/decisionId`, observed: null, expected: 'owners decision' }],
        { clauseIds },
      );
    const found = index.byId('ownersDecision').get(k.decisionId);
    if (!found)
      return unknown(
        [
          {
            pointer: `${ref.pointer}/decisionId`,
            observed: k.decisionId,
            note: t('数据集中无此业主共同决定', 'no such owners’ decision in the dataset'),
          },
        ],
        { clauseIds },
      );
    const d = found.record;
    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    const defect = (text: ReturnType<typeof t>, field: string, observed: unknown, expected: unknown) => {
      why.push({ clauseId, text, observed, expected });
      evidence.push({ pointer: `${found.pointer}/${field}`, observed, expected });
    };
    if (d.communityId !== k.communityId)
      defect(
        t('业主共同决定属于其他小区', 'the decision belongs to another community'),
        'communityId',
        d.communityId,
        k.communityId,
      );
    if (d.decidedOn > k.signedOn)
      defect(
        t('业主共同决定晚于合同签订', 'the decision was taken after the contract was signed'),
        'decidedOn',
        d.decidedOn,
        `≤ ${k.signedOn}`,
      );
    if (!d.matters.some((m) => (MATTERS as readonly string[]).includes(m)))
      defect(
        t(
          '业主共同决定未涉及利用或出租共有部分',
          'the decision is not about business on or lease of common parts',
        ),
        'matters',
        d.matters,
        MATTERS,
      );
    for (const f of art278(d, params.threshold === 'ordinary' ? 'ordinary' : 'major').failed)
      defect(
        t(`${f.zh}（民法典第二百七十八条）`, `${f.en} (Civil Code art. 278)`),
        thresholdField(f.en),
        f.observed,
        f.expected,
      );
    if (why.length > 0)
      return fail(
        why,
        [
          { pointer: `${ref.pointer}/decisionId`, observed: k.decisionId, expected: 'valid owners decision' },
          ...evidence,
        ],
        { clauseIds },
      );
    return pass([], { clauseIds });
  },
});
