import { auditPlanner } from './audit-bundling';
import { crossInspectionPlanner } from './cross-inspection';
import type { PlannerDefinition } from './planner';
import { samplingPlanner } from './sampling-plan';

export type {
  AuditCommunityPlan,
  AuditPlan,
  AuditPlanOptions,
  AuditStatus,
  AuditUnit,
} from './audit-bundling';
export { auditPlanner, planAudits } from './audit-bundling';
export type { CommunityYearIncome } from './community-income';
export { communityYearIncome } from './community-income';
export type {
  CrossInspectionGap,
  CrossInspectionGroup,
  CrossInspectionLevel,
  CrossInspectionOptions,
  CrossInspectionPlan,
  CrossInspectionScope,
} from './cross-inspection';
export { crossInspectionPlanner, planCrossInspection } from './cross-inspection';
export type { PlannerDefinition } from './planner';
export type { Random, Seed } from './random';
export { createRandom, seedText } from './random';
export type {
  CountySamplingPlan,
  SamplingPick,
  SamplingPlan,
  SamplingPlanOptions,
  SamplingReason,
  SamplingShare,
} from './sampling-plan';
export { planSampling, samplingPlanner } from './sampling-plan';

/** Every planner, as data (clauses, quotes, parameters): sampling (PI.M2), cross-inspection (PI.M3), audits (PI.M5). */
export const PLANNERS: readonly PlannerDefinition[] = [samplingPlanner, crossInspectionPlanner, auditPlanner];
