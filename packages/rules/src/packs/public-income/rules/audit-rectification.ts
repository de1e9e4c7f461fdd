import type { Audit } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, pending, t, unknown } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';
import { knownBy } from '../../handling-clock';
import { CHANNELS } from '../shared';

/** The channels of PI.C1.c by name, for the failed conditions. */
const CHANNEL_NAMES: Record<(typeof CHANNELS)[number], { zh: string; en: string }> = {
  'notice-board': { zh: '小区公示牌', en: 'notice board' },
  'provincial-system': { zh: '省住宅小区公共收益信息管理系统', en: 'provincial public-income system' },
  'quanzhou-system': { zh: '泉州市物业项目管理系统', en: 'Quanzhou property project system' },
};

/**
 * PI.M5: when an audit finds problems, the rectification is disclosed on the notice board and both systems by
 * the audit's rectification date. Every rectification disclosure recorded for the audit must carry all three
 * channels; one disclosure per audit suffices, since the audit (not each bundled community) records the finding.
 */
export const auditRectificationRule = defineRule({
  id: 'PI-AUDIT-RECTIFICATION',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('审计问题整改情况公示', 'Audit rectification disclosed'),
  message: t(
    '审计 {subject} 发现的问题整改情况未在 {deadline} 前于公示牌及两个系统公示',
    'Audit {subject}: the rectification was not disclosed on the board and both systems by {deadline}',
  ),
  remediation: t(
    '县级物业主管部门会同街道督促物业服务企业或业委会整改，并在小区公示牌和两个系统公示整改情况',
    'Have the county authority and street office see the problems rectified and the rectification posted on the board and both systems',
  ),
  clauseIds: ['PI.M5'],
  quote: [
    '经审计，物业小区公共收益使用、分配确实存在问题的，县（市、区）物业主管部门要会同物业小区所在地街道办事处(乡镇人民政府)督促物业服务企业或业委会进行整改',
    '并将整改情况在小区公示牌等醒目位置，以及省住宅小区公共收益信息管理系统和泉州市物业项目管理系统公示',
  ],
  severity: 'major',
  subjectKind: 'audit',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-authority',
  evaluate(ref, { asOf, index }) {
    const audit = ref.record as Audit;
    if (audit.problemsFound === false) return notApplicable();
    if (audit.problemsFound === undefined) {
      // Not yet reported: nothing to rectify yet. Reported without saying whether it found problems: evidence missing.
      if (knownBy(audit.reportedOn, asOf) === undefined) return pending(undefined);
      return unknown([{ pointer: `${ref.pointer}/problemsFound`, observed: null, expected: 'true | false' }]);
    }
    const due = audit.rectificationDueOn;
    const disclosures = index.of('rectificationDisclosure', 'auditId', audit.id);

    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    const missing: Evidence[] = [];
    for (const d of disclosures) {
      for (const channel of CHANNELS) {
        const i = d.record.channels.findIndex((c) => c.channel === channel);
        const postedOn = knownBy(d.record.channels[i]?.postedOn, asOf);
        if (postedOn === undefined)
          missing.push({ pointer: `${d.pointer}/channels`, observed: null, expected: channel });
        else if (due !== undefined && postedOn > due) {
          const name = CHANNEL_NAMES[channel];
          why.push({
            clauseId: 'PI.M5',
            text: t(`${name.zh}整改公示晚于整改期限`, `${name.en} posting after the rectification date`),
            observed: postedOn,
            expected: `≤ ${due}`,
          });
          evidence.push({
            pointer: `${d.pointer}/channels/${i}/postedOn`,
            observed: postedOn,
            expected: `≤ ${due}`,
          });
        }
      }
    }
    const complete = disclosures.length > 0 && missing.length === 0;
    if (due === undefined) {
      if (complete) return pass();
      return unknown([
        { pointer: `${ref.pointer}/rectificationDueOn`, observed: null, expected: 'rectification date' },
        ...missing,
      ]);
    }
    if (asOf > due) {
      if (disclosures.length === 0) {
        why.push({
          clauseId: 'PI.M5',
          text: t('无整改公示记录', 'no rectification disclosure'),
          observed: null,
          expected: `≤ ${due}`,
        });
        evidence.push({ pointer: ref.pointer, observed: null, expected: `rectificationDisclosure ≤ ${due}` });
      }
      for (const m of missing) {
        const name = CHANNEL_NAMES[m.expected as (typeof CHANNELS)[number]];
        why.push({
          clauseId: 'PI.M5',
          text: t(`${name.zh}未公示整改情况`, `rectification not posted on the ${name.en}`),
          observed: null,
          expected: m.expected,
        });
        evidence.push(m);
      }
    }
    if (why.length > 0) return fail(why, evidence, { deadline: due });
    if (!complete) return pending(due);
    return pass([], { deadline: due });
  },
});
