import { z } from 'zod';
import { PROBLEM_KINDS } from '../codelists/categories';
import { Amount, CivilDate, DivisionCode, Extension, Id, Text, Uscc } from './primitives';
import { EvidenceRef, PersonRef, UnitRef } from './records';

/** The two campaigns. */
export const Campaign = z.enum(['public-income', 'wages']);
/** A campaign code. */
export type Campaign = z.infer<typeof Campaign>;

/**
 * A problem (clue) in a ledger (问题（线索）台账) of either campaign: found by an inspection, audit, complaint,
 * screening or data comparison, and followed to its end. PI.C5.b: every problem has a handling step and a
 * date. WG.M1: a responsible person, and rectification, handling and accountability each in place.
 */
export const Problem = z
  .strictObject({
    id: Id,
    campaign: Campaign,
    kind: z.enum(PROBLEM_KINDS.codes),
    communityId: Id.optional(),
    projectId: Id.optional(),
    enterpriseUscc: Uscc.optional(),
    divisionCode: DivisionCode,
    source: z.enum([
      'inspection',
      'audit',
      'complaint',
      'screening',
      'data-comparison',
      'self-inspection',
      'covert-visit',
      'other',
    ]),
    sourceId: Id.optional(),
    foundOn: CivilDate,
    description: Text(2000),
    amountInvolved: Amount.optional(),
    responsiblePerson: PersonRef.optional(),
    responsibleUnit: UnitRef.optional(),
    deadline: CivilDate.optional().meta({ description: 'Rectification time limit (整改时限).' }),
    escalation: z
      .enum(['street', 'county', 'city'])
      .optional()
      .meta({ description: 'PI.M6: resolved on the spot or escalated.' }),
    rectifiedOn: CivilDate.optional(),
    handledOn: CivilDate.optional().meta({
      description: 'Handled (处理): penalty decided or closed with reasons.',
    }),
    accountabilityOn: CivilDate.optional().meta({ description: 'Accountability (问责) in place.' }),
    interviewedOn: CivilDate.optional().meta({ description: 'Company interviewed (约谈).' }),
    punishedOn: CivilDate.optional(),
    exposedOn: CivilDate.optional().meta({ description: 'Exposed as a typical case (通报曝光).' }),
    referredOn: CivilDate.optional().meta({
      description: 'Referred to public security or another authority (移送).',
    }),
    referredTo: z.enum(['public-security', 'market-regulation', 'discipline-commission', 'other']).optional(),
    closedOn: CivilDate.optional(),
    typicalCase: z.boolean().optional(),
    evidence: z.array(EvidenceRef).default([]),
    ext: Extension.optional(),
  })
  .meta({
    id: 'Problem',
    title: 'Problem 问题（线索）',
    description: 'validate() also checks: at least one of communityId, projectId, enterpriseUscc.',
  });
/** A problem ledger item. */
export type Problem = z.infer<typeof Problem>;

/** A credit action on an enterprise: deduction, penalty, inspection result, joint punishment (PI.R1/R2/R5, WG.M6). */
export const CreditAction = z
  .strictObject({
    id: Id,
    campaign: Campaign,
    uscc: Uscc,
    enterpriseName: Text(200),
    kind: z.enum([
      'credit-deduction',
      'administrative-penalty',
      'inspection-result',
      'joint-punishment',
      'serious-dishonesty-list',
    ]),
    decidedOn: CivilDate,
    decisionNumber: Text(100).meta({ description: 'Document number of the decision (文号).' }),
    decidingUnit: UnitRef,
    points: z.int().min(0).optional().meta({ description: 'Credit points deducted.' }),
    fine: Amount.optional(),
    reason: Text(1000),
    legalBasis: Text(500).optional(),
    problemId: Id.optional(),
    publicUntil: CivilDate.optional(),
    ext: Extension.optional(),
  })
  .meta({ id: 'CreditAction', title: 'Credit action 信用惩戒' });
/** A credit action. */
export type CreditAction = z.infer<typeof CreditAction>;

/** A wave of the owners' / public survey (PI.T4, WG.S5): support, awareness, satisfaction. */
export const SurveyWave = z
  .strictObject({
    id: Id,
    campaign: Campaign,
    divisionCode: DivisionCode,
    wave: Text(50),
    surveyedOn: CivilDate,
    baseline: z.boolean(),
    respondents: z.int().min(1),
    supportive: z.int().min(0),
    aware: z.int().min(0),
    satisfied: z.int().min(0),
    ext: Extension.optional(),
  })
  .meta({
    id: 'SurveyWave',
    title: 'Survey wave 满意度调查',
    description: 'validate() also checks: each count ≤ respondents.',
  });
/** A survey wave. */
export type SurveyWave = z.infer<typeof SurveyWave>;

/** Progress reported on a campaign task (任务清单) by a unit. */
export const TaskProgress = z
  .strictObject({
    id: Id,
    taskId: z.string().regex(/^(PI\.X[0-9]{1,2}|WG\.X[CK][0-9]{1,2})$/),
    unitCode: z.string().min(1).max(64).optional(),
    divisionCode: DivisionCode,
    period: z
      .string()
      .regex(/^[0-9]{4}(-(0[1-9]|1[0-2])|Q[1-4])?$/)
      .optional()
      .meta({
        description: 'For recurring tasks: the month or quarter this report covers.',
      }),
    status: z.enum(['not-started', 'in-progress', 'done']),
    completedOn: CivilDate.optional(),
    reportedOn: CivilDate,
    note: Text(1000).optional(),
    evidence: z.array(EvidenceRef).default([]),
    ext: Extension.optional(),
  })
  .meta({ id: 'TaskProgress', title: 'Task progress 任务进展' });
/** Task progress. */
export type TaskProgress = z.infer<typeof TaskProgress>;
