import type { ConstructionProject } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, t, unknown } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';
import { isActiveInMonth, isJudged } from '../shared';

/** 《建筑工程施工发包与承包违法行为认定查处管理办法》: a project manager without a labour and social-insurance tie to the contractor. */
const CONTRACTING_MEASURES =
  '《建筑工程施工发包与承包违法行为认定查处管理办法》（建市规〔2019〕1号）第八条第一款第（三）项、第十条';

/**
 * WG.M3: a suspected affiliation (挂靠) clue in a project-month — the project manager was on site less than
 * `presenceFloorBp` of the required days (WG.T4's 60%) AND their social insurance is paid by another
 * enterprise than the general contractor. Both together are the clue; either alone is not. A clue is a fact
 * about a past month, so it is never pending; with no presence record the month cannot be judged (unknown).
 */
export const affiliationClueRule = defineRule({
  id: 'WG-AFFILIATION-CLUE',
  version: '1.0.0',
  campaign: 'wages',
  title: t(
    '项目经理履职和社保线索（疑似挂靠）',
    'Project manager presence and social insurance (suspected affiliation)',
  ),
  message: t(
    '{subject} {period} 项目经理到岗率低于 {floor}，且社保由施工总承包单位以外的单位缴纳，疑似挂靠',
    '{subject} {period}: project manager on site under {floor} and insured by another enterprise than the general contractor — suspected affiliation',
  ),
  remediation: t(
    '以项目管理人员履职和社保缴交情况为线索，核查施工总承包单位是否存在挂靠、转包行为，并列入问题清单',
    'Treat the manager’s presence and social insurance as a clue: examine the general contractor for affiliation or contract transfer and enter the result in the problem list',
  ),
  clauseIds: ['WG.M3'],
  quote: ['以项目管理人员履职和社保缴交情况为线索，严厉打击建筑市场违法行为'],
  severity: 'major',
  subjectKind: 'project-month',
  inForce: { from: '2023-07-01' },
  parameters: {
    presenceFloorBp: {
      default: 6000,
      unit: 'basis-points',
      description: t(
        '项目经理到岗天数占应到岗天数的下限（基点，6000 = 60%）；低于该比例即为履职线索。',
        'Floor of the project manager’s days present over days required (basis points, 6000 = 60%); below it is a presence clue.',
      ),
      source: { kind: 'clause', clauseId: 'WG.T4', quote: '项目经理和总监到岗率超60%' },
    },
  },
  supervisingUnit: 'housing-construction-bureau',
  evaluate(ref, { params, index }) {
    const project = ref.record as ConstructionProject;
    const month = ref.period as string;
    const { presenceFloorBp } = params;
    const floor = `${presenceFloorBp / 100}%`;
    const templateParams = { floor };
    if (!isJudged(project, { suspended: true }) || !isActiveInMonth(project, month))
      return notApplicable({ params: templateParams });
    if (!Number.isSafeInteger(presenceFloorBp) || presenceFloorBp < 0 || presenceFloorBp > 10_000)
      return unknown(
        [
          {
            pointer: ref.pointer,
            note: t('到岗率下限须为 0–10000 基点', 'the presence floor must be 0–10000 basis points'),
          },
        ],
        { params: templateParams },
      );

    const records = index
      .of('keyPersonnelPresence', 'projectId', project.id)
      .filter((r) => r.record.role === 'project-manager' && r.record.month === month);
    if (records.length === 0)
      return unknown(
        [{ pointer: ref.pointer, observed: null, expected: `keyPersonnelPresence project-manager ${month}` }],
        { params: templateParams },
      );

    const contractor = project.generalContractor.uscc;
    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    let undetermined: Evidence | undefined;
    // A month may have several records (a manager replaced): each is a clue of its own.
    for (const { record: r, pointer } of records) {
      // Exact: daysPresent / daysRequired < floor / 10000, cross-multiplied. Nothing required, nothing missed.
      const low = r.daysRequired > 0 && r.daysPresent * 10_000 < presenceFloorBp * r.daysRequired;
      if (!low) continue;
      const insurer = r.socialInsuranceEmployerUscc;
      if (insurer === undefined) {
        undetermined ??= {
          pointer: `${pointer}/socialInsuranceEmployerUscc`,
          observed: null,
          expected: contractor,
        };
        continue;
      }
      if (insurer === contractor) continue;
      why.push(
        {
          clauseId: 'WG.M3',
          text: t(
            `项目经理到岗 ${r.daysPresent}/${r.daysRequired} 天，低于 ${floor}`,
            `project manager on site ${r.daysPresent}/${r.daysRequired} days, under ${floor}`,
          ),
          observed: `${r.daysPresent}/${r.daysRequired}`,
          expected: `≥ ${floor}`,
        },
        {
          clauseId: 'WG.M3',
          text: t(
            `项目经理社保由施工总承包单位以外的单位缴纳（参见${CONTRACTING_MEASURES}）`,
            `project manager insured by an enterprise other than the general contractor (see ${CONTRACTING_MEASURES})`,
          ),
          observed: insurer,
          expected: contractor,
        },
      );
      evidence.push(
        {
          pointer: `${pointer}/daysPresent`,
          observed: r.daysPresent,
          expected: `≥ ${floor} of ${r.daysRequired}`,
        },
        { pointer: `${pointer}/socialInsuranceEmployerUscc`, observed: insurer, expected: contractor },
      );
    }
    if (why.length > 0) return fail(why, evidence, { params: templateParams });
    // Absent, but who insures them is not recorded: the clue can be neither raised nor ruled out.
    if (undetermined) return unknown([undetermined], { params: templateParams });
    return pass([], { params: templateParams });
  },
});
