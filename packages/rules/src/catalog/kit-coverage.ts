import type { RulePack } from '../engine/types';
import { PLANNERS } from '../planners/index';
import { type CoverageMatrix, coverageMatrix } from './coverage';
import { OTHER_SERVICES } from './other-services';
import { type ClauseServer, TASK_SERVICES } from './task-services';

/** Rule packs and indicators to put into {@link kitCoverage}. */
export interface KitCoverageInput {
  /** Rule packs. Defaults to none. */
  readonly packs?: readonly RulePack[];
  /** Indicator definitions (anything with an id and clause IDs). Defaults to none. */
  readonly indicators?: readonly ClauseServer[];
}

/**
 * The kit's coverage matrix: the given packs' rules and indicators, with the kit's planners (`PLANNERS`),
 * task tracker (`TASK_SERVICES`) and schema fields and roles (`OTHER_SERVICES`).
 *
 * @example
 * const matrix = kitCoverage({ packs: [publicIncomePack, wagesPack], indicators: [...PUBLIC_INCOME_INDICATORS, ...WAGES_INDICATORS] });
 */
export function kitCoverage(input: KitCoverageInput): CoverageMatrix {
  return coverageMatrix({
    rules: (input.packs ?? []).flatMap((pack) => pack.rules),
    indicators: input.indicators ?? [],
    planners: PLANNERS,
    tasks: TASK_SERVICES,
    other: OTHER_SERVICES,
  });
}
