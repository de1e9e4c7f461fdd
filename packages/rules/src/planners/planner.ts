import type { Bilingual } from '@rectify/schemas';
import type { ParameterDefinition } from '../engine/types';

/**
 * What a planner is, as data: the clauses it serves with their verbatim quotes, and its documented
 * parameters. The catalog's coverage matrix and the generated rule catalog read it.
 */
export interface PlannerDefinition {
  /** Stable id (`PI-SAMPLING-PLAN`). */
  readonly id: string;
  /** Name of the function that makes the plan. */
  readonly functionName: string;
  /** Title in both languages. */
  readonly title: Bilingual;
  /** Clause IDs of CLAUSES.md it serves. */
  readonly clauseIds: readonly string[];
  /** Verbatim sentence(s) of the seed text it implements. */
  readonly quote: readonly string[];
  /** Its options that carry a default, with the default's source. */
  readonly parameters: Readonly<Record<string, ParameterDefinition>>;
}
