import type { Planter } from './planter';
import { PUBLIC_INCOME_PLANTERS } from './public-income-planters';
import { WAGES_PLANTERS } from './wages-planters';

/**
 * Every registered planter, one per rule id. A rule pack adds its planters in a file of its own
 * (`wages-planters.ts` next to `public-income-planters.ts`) and appends them here.
 */
export const PLANTERS: readonly Planter[] = [...PUBLIC_INCOME_PLANTERS, ...WAGES_PLANTERS];

/** The rule ids planters exist for. */
export const PLANTABLE_RULE_IDS: readonly string[] = PLANTERS.map((p) => p.ruleId);
