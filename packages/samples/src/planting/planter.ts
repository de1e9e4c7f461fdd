import type { GenContext } from '../context';
import type { Rng } from '../prng';
import type { CommunityModel } from '../public-income/model';
import type { PublicIncomeOversight } from '../public-income/oversight';
import type { WagesOversight } from '../wages/projects';

/** One planted violation, as listed in the manifest. */
export interface PlantedItem {
  /** The rule whose finding this is (`PI-ARITHMETIC`, …). */
  readonly ruleId: string;
  /** The clauses the rule serves for this subject. */
  readonly clauseIds: readonly string[];
  /** What the rule judges: `community`, `community-quarter`, `common-part-contract`, `complaint`, `problem`, `audit`, `project`, … */
  readonly subject: { readonly kind: string; readonly id: string };
  /** The period judged (`2023Q2`, `2023-07`, `2023`), when the subject has one. */
  readonly period?: string;
  /** What was changed, in English. */
  readonly note: string;
}

/** Everything a planter may look at and change: the drafts before their amounts are derived. */
export interface PlantWorld {
  /** Shared generator context (as-of day, campaign year, …). */
  readonly ctx: GenContext;
  /** Communities with their quarter drafts, contracts, decisions and repair projects. */
  readonly communities: readonly CommunityModel[];
  /** Public-income oversight records. */
  readonly publicIncome: PublicIncomeOversight;
  /** Construction projects (with their patch hooks) and wage oversight records. */
  readonly wages: WagesOversight;
}

/**
 * What a planter gets: the world, its own random source, and claims that keep planted violations apart —
 * at most one violation per community-quarter, and a community broken as a whole (board, account,
 * self-inspection) gets no quarter violation, and the other way round.
 */
export interface PlantContext {
  readonly world: PlantWorld;
  /** The planter's own random source (forked by rule id, so adding a planter does not move the others). */
  readonly rng: Rng;
  /** Claims a community as a whole; false when it or any of its quarters is taken. */
  claimCommunity(communityId: string): boolean;
  /** Claims a community-quarter; false when it or its community is taken. */
  claimQuarter(communityId: string, quarter: string): boolean;
  /** Whether a community-quarter could still be claimed. */
  quarterFree(communityId: string, quarter: string): boolean;
  /** Claims any other subject by key (`contract:…`, `complaint:…`); false when taken. */
  claim(key: string): boolean;
}

/** Plants the violations of one rule. Register new planters in `planting/registry.ts`. */
export interface Planter {
  /** The rule id of `@rectify/rules` whose findings this planter creates. */
  readonly ruleId: string;
  /** The campaign of the rule. */
  readonly campaign: 'public-income' | 'wages';
  /** Clause ids the rule serves (a planter may narrow them per subject). */
  readonly clauseIds: readonly string[];
  /** The kind of subject the rule judges. */
  readonly subjectKind: string;
  /** How many subjects the rule judges in this world; `plantRate` is a share of it. */
  universe(world: PlantWorld): number;
  /** Breaks up to `count` eligible subjects, deterministically, and returns what it planted. */
  plant(ctx: PlantContext, count: number): PlantedItem[];
}

/**
 * Tries candidates in a random (seeded) order until `count` are planted: `attempt` returns the planted item,
 * or undefined when the candidate is not eligible or could not be claimed.
 */
export function plantSome<T>(
  ctx: PlantContext,
  candidates: readonly T[],
  count: number,
  attempt: (candidate: T) => PlantedItem | undefined,
): PlantedItem[] {
  const out: PlantedItem[] = [];
  if (count <= 0) return out;
  for (const c of ctx.rng.shuffle([...candidates])) {
    if (out.length >= count) break;
    const item = attempt(c);
    if (item) out.push(item);
  }
  return out;
}
