import type { Problem } from '@rectify/schemas';
import { addDays } from '../../../calendar/index';
import { defineRule, fail, notApplicable, pass, pending, t, unknown } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';
import { knownBy } from '../../handling-clock';

/** The dates of a problem that show it was dealt with (约谈、整改、处理、处罚、曝光、移送、办结), in ledger order. */
const HANDLING_STEPS = [
  'interviewedOn',
  'rectifiedOn',
  'handledOn',
  'punishedOn',
  'exposedOn',
  'referredOn',
  'closedOn',
] as const;

/**
 * PI.C5.b: every problem of the public-income ledger gets a first handling step within `handlingDays` of being
 * found, and is rectified or closed by its own rectification time limit (整改时限) when it has one.
 */
export const problemHandlingRule = defineRule({
  id: 'PI-PROBLEM-HANDLING',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('发现问题及时查处', 'Problems found are handled in time'),
  message: t(
    '问题 {subject} 未在发现后 {handlingDays} 日内查处，或逾期未整改',
    'Problem {subject} not handled within {handlingDays} days of being found, or not rectified by its time limit',
  ),
  remediation: t(
    '对问题企业及时约谈、查处、曝光或移送，并督促在整改时限内整改到位',
    'Interview, penalise, expose or refer the company now and see the problem rectified within its time limit',
  ),
  clauseIds: ['PI.C5.b'],
  quote: ['对抽查检查中发现的问题企业，未及时查处、曝光、移送处理'],
  severity: 'major',
  subjectKind: 'problem',
  inForce: { from: '2023-07-01' },
  parameters: {
    handlingDays: {
      default: 30,
      unit: 'days',
      description: t(
        '自发现问题之日起采取首个处置措施（约谈、整改、处理、处罚、曝光、移送或办结）的期限（日）',
        'Days from discovery within which a first handling step (interview, rectification, handling, penalty, exposure, referral or closure) must be taken',
      ),
      source: {
        kind: 'interpretation',
        reason:
          'The text asks for timely handling (未及时查处、曝光、移送) without a number; 30 days matches the monthly ledger reporting cycle (PI.Q1).',
      },
    },
  },
  supervisingUnit: 'housing-authority',
  evaluate(ref, { asOf, params }) {
    const problem = ref.record as Problem;
    const { handlingDays } = params;
    if (!Number.isSafeInteger(handlingDays) || handlingDays < 0)
      return unknown([
        {
          pointer: ref.pointer,
          note: t('期限参数须为非负整数天数', 'the day limit must be a whole number ≥ 0'),
        },
      ]);
    // A problem found after asOf was not yet in the ledger on asOf.
    if (problem.foundOn > asOf) return notApplicable();
    const handleBy = addDays(problem.foundOn, handlingDays);
    const templateParams = { handlingDays };

    const first = HANDLING_STEPS.map((field) => ({ field, date: knownBy(problem[field], asOf) }))
      .filter(
        (step): step is { field: (typeof HANDLING_STEPS)[number]; date: string } => step.date !== undefined,
      )
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
    const done = [knownBy(problem.rectifiedOn, asOf), knownBy(problem.closedOn, asOf)]
      .filter((d): d is string => d !== undefined)
      .sort()[0];

    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    const deadlines: string[] = [];
    if (first !== undefined ? first.date > handleBy : asOf > handleBy) {
      const observed = first?.date ?? null;
      why.push({
        clauseId: 'PI.C5.b',
        text: t(
          `发现后 ${handlingDays} 日内无任何处置措施`,
          `no handling step within ${handlingDays} days of being found`,
        ),
        observed,
        expected: `≤ ${handleBy}`,
      });
      evidence.push({
        pointer: `${ref.pointer}/${first?.field ?? 'foundOn'}`,
        observed: observed ?? problem.foundOn,
        expected: `handling step ≤ ${handleBy}`,
      });
      deadlines.push(handleBy);
    }
    const limit = problem.deadline;
    if (limit !== undefined && (done !== undefined ? done > limit : asOf > limit)) {
      why.push({
        clauseId: 'PI.C5.b',
        text: t('整改时限届满未整改到位', 'not rectified or closed by the rectification time limit'),
        observed: done ?? null,
        expected: `≤ ${limit}`,
      });
      evidence.push({
        pointer: `${ref.pointer}/deadline`,
        observed: done ?? null,
        expected: `rectifiedOn or closedOn ≤ ${limit}`,
      });
      deadlines.push(limit);
    }
    if (why.length > 0)
      return fail(why, evidence, { deadline: deadlines[0] as string, params: templateParams });
    if (first === undefined) return pending(handleBy, [], { params: templateParams });
    if (limit !== undefined && done === undefined) return pending(limit, [], { params: templateParams });
    return pass([], { deadline: handleBy, params: templateParams });
  },
});
