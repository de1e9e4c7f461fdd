import type { Rng } from '../prng';
import type { PlantContext, PlantedItem, Planter, PlantWorld } from './planter';

/** What was planted: the list the rules' findings must equal, and the counts asked for and achieved. */
export interface PlantManifest {
  /** The seed of the dataset. */
  readonly seed: string;
  /** The as-of date the violations are due against. */
  readonly asOf: string;
  /** The campaign year. */
  readonly campaignYear: number;
  /** Violations asked for, by rule id (only rules with a positive count). */
  readonly requested: Readonly<Record<string, number>>;
  /** Violations planted, by rule id; below `requested` when too few subjects were eligible. */
  readonly planted: Readonly<Record<string, number>>;
  /** Every planted violation, sorted by rule id, subject kind, subject id and period. */
  readonly items: readonly PlantedItem[];
}

/** Sorts planted items deterministically: rule id, subject kind, subject id, period. */
export function comparePlantedItems(a: PlantedItem, b: PlantedItem): number {
  const key = (x: PlantedItem) => [x.ruleId, x.subject.kind, x.subject.id, x.period ?? ''];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i] ?? '';
    const y = kb[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Runs the planters over the world, keeping violations apart, and returns the manifest. */
export function plantViolations(
  world: PlantWorld,
  planters: readonly Planter[],
  counts: Readonly<Record<string, number>>,
  rate: number,
  rng: Rng,
): PlantManifest {
  const wholeCommunities = new Set<string>();
  const quarterClaims = new Set<string>();
  const communitiesWithQuarters = new Set<string>();
  const keys = new Set<string>();
  const requested: Record<string, number> = {};
  const planted: Record<string, number> = {};
  const items: PlantedItem[] = [];
  const quarterFree = (id: string, quarter: string) =>
    !wholeCommunities.has(id) && !quarterClaims.has(`${id}|${quarter}`);
  for (const planter of planters) {
    const count = counts[planter.ruleId] ?? (rate > 0 ? Math.round(rate * planter.universe(world)) : 0);
    if (count <= 0) continue;
    const ctx: PlantContext = {
      world,
      rng: rng.fork(planter.ruleId),
      claimCommunity(id) {
        if (wholeCommunities.has(id) || communitiesWithQuarters.has(id)) return false;
        wholeCommunities.add(id);
        return true;
      },
      quarterFree,
      claimQuarter(id, quarter) {
        if (!quarterFree(id, quarter)) return false;
        quarterClaims.add(`${id}|${quarter}`);
        communitiesWithQuarters.add(id);
        return true;
      },
      claim(key) {
        if (keys.has(key)) return false;
        keys.add(key);
        return true;
      },
    };
    const done = planter.plant(ctx, count);
    requested[planter.ruleId] = count;
    // A planter may also list the findings its violation causes in other rules; it planted its own.
    planted[planter.ruleId] = done.filter((i) => i.ruleId === planter.ruleId).length;
    items.push(...done);
  }
  const sortedKeys = (r: Record<string, number>) =>
    Object.fromEntries(
      Object.keys(r)
        .sort()
        .map((k) => [k, r[k] ?? 0]),
    );
  const { ctx } = world;
  return {
    seed: ctx.options.seed,
    asOf: ctx.options.asOf,
    campaignYear: ctx.year,
    requested: sortedKeys(requested),
    planted: sortedKeys(planted),
    items: items.sort(comparePlantedItems),
  };
}
