import type { Problem } from '@rectify/schemas';
import { addDays } from '../../../calendar/index';
import { defineRule, fail, notApplicable, pass, pending, t, unknown } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';
import { knownBy } from '../../handling-clock';

/** 三个到位: rectification, handling and accountability, each in place by the problem's time limit. */
const STEPS = [
  { field: 'rectifiedOn', zh: '整改', en: 'rectification' },
  { field: 'handledOn', zh: '处理', en: 'handling' },
  { field: 'accountabilityOn', zh: '问责', en: 'accountability' },
] as const;

/**
 * WG.M1 一个明确二个清单三个到位: every problem of the wages problem list has a responsible person (一个明确) from
 * the day it is listed, and by its time limit (整改时限; `closureDays` after it was found when it has none)
 * rectification, handling and accountability are each in place (三个到位). Each missing step is its own
 * condition.
 */
export const problemListRule = defineRule({
  id: 'WG-PROBLEM-LIST',
  version: '1.0.0',
  campaign: 'wages',
  title: t(
    '问题清单“一个明确三个到位”',
    'Problem list: a responsible person, and rectification, handling and accountability in place',
  ),
  message: t(
    '问题 {subject} 未明确责任人，或在 {deadline} 前整改、处理、问责未全部到位',
    'Problem {subject}: no responsible person, or rectification, handling and accountability not all in place by {deadline}',
  ),
  remediation: t(
    '明确责任人，密切跟踪整改、处理、问责到位情况，逐项销号',
    'Name the responsible person and follow rectification, handling and accountability until each is in place',
  ),
  clauseIds: ['WG.M1'],
  quote: [
    '按照“一个明确二个清单三个到位”排查法，明确责任人，建立排查清单和问题清单，密切跟踪整改、处理、问责到位情况',
  ],
  severity: 'major',
  subjectKind: 'problem',
  inForce: { from: '2023-07-01' },
  parameters: {
    closureDays: {
      default: 60,
      unit: 'days',
      description: t(
        '问题未设整改时限时，自发现之日起整改、处理、问责全部到位的期限（日）',
        'Days from discovery by which rectification, handling and accountability must all be in place when the problem has no time limit of its own',
      ),
      source: {
        kind: 'interpretation',
        reason:
          'WG.M1 and WG.S2 ask for a time limit on every problem (明确化解时限，责任到人) without a number; 60 days is two monthly reporting cycles (WG.Q1), used only when the ledger gives no time limit.',
      },
    },
  },
  supervisingUnit: 'housing-construction-bureau',
  evaluate(ref, { asOf, params }) {
    const problem = ref.record as Problem;
    const { closureDays } = params;
    if (!Number.isSafeInteger(closureDays) || closureDays < 0)
      return unknown([
        {
          pointer: ref.pointer,
          note: t('期限参数须为非负整数天数', 'the day limit must be a whole number ≥ 0'),
        },
      ]);
    // A problem found after asOf was not yet on the list on asOf.
    if (problem.foundOn > asOf) return notApplicable();
    const dueBy = problem.deadline ?? addDays(problem.foundOn, closureDays);
    const why: Condition[] = [];
    const evidence: Evidence[] = [];

    if (problem.responsiblePerson === undefined) {
      why.push({
        clauseId: 'WG.M1',
        text: t('未明确责任人', 'no responsible person named'),
        observed: null,
        expected: 'responsiblePerson',
      });
      evidence.push({
        pointer: `${ref.pointer}/responsiblePerson`,
        observed: null,
        expected: 'a named responsible person',
      });
    }
    if (asOf > dueBy)
      for (const step of STEPS) {
        const done = knownBy(problem[step.field], asOf);
        if (done !== undefined && done <= dueBy) continue;
        why.push({
          clauseId: 'WG.M1',
          text:
            done === undefined
              ? t(`${step.zh}未到位`, `${step.en} not in place`)
              : t(`${step.zh}逾期到位`, `${step.en} in place late`),
          observed: done ?? null,
          expected: `≤ ${dueBy}`,
        });
        evidence.push({
          pointer: `${ref.pointer}/${step.field}`,
          observed: done ?? null,
          expected: `≤ ${dueBy}`,
        });
      }
    if (why.length > 0) return fail(why, evidence, { deadline: dueBy });
    if (STEPS.some((step) => knownBy(problem[step.field], asOf) === undefined)) return pending(dueBy);
    return pass([], { deadline: dueBy });
  },
});
