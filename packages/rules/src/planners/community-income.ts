import type { Community } from '@rectify/schemas';
import type { DatasetIndex } from '../engine/dataset-index';

/** A community's public income over a year, as far as the data tells it. */
export interface CommunityYearIncome {
  /** Quarters of the year with a disclosure, in order. */
  readonly disclosedQuarters: readonly string[];
  /** Σ incomeTotal of those disclosures, fen. */
  readonly totalFen: number;
  /**
   * Whether the community's public income is zero (公共收益为零, PI.M2 / PI.M5): every disclosed quarter of the
   * year has incomeTotal 0; with no disclosure in the year, the registry lists no income source.
   */
  readonly zero: boolean;
  /** What `zero` was judged from: the year's disclosures, or (none disclosed) the registry's income sources. */
  readonly basis: 'disclosures' | 'registry';
}

/**
 * Reads a community's public income for a year. A disclosure, when there is one, is the better evidence of
 * what was earned; the registry's income sources decide only when nothing was disclosed, so a community whose
 * disclosures show income is never "zero" merely because its registry entry is incomplete.
 */
export function communityYearIncome(
  index: DatasetIndex,
  community: Community,
  year: number,
): CommunityYearIncome {
  const disclosedQuarters: string[] = [];
  let totalFen = 0;
  let allZero = true;
  for (const q of [1, 2, 3, 4]) {
    const quarter = `${year}Q${q}`;
    const found = index.disclosure(community.id, quarter);
    if (!found) continue;
    disclosedQuarters.push(quarter);
    totalFen += found.record.incomeTotal;
    if (found.record.incomeTotal !== 0) allZero = false;
  }
  if (disclosedQuarters.length > 0)
    return { disclosedQuarters, totalFen, zero: allZero, basis: 'disclosures' };
  return { disclosedQuarters, totalFen, zero: community.knownIncomeSources.length === 0, basis: 'registry' };
}
