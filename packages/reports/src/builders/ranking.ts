import { compareRatios } from './indicator-figures';

/** A division's figures on one indicator. */
export interface RankInput {
  /** Division code. */
  readonly code: string;
  /** The indicator's numerator for the division. */
  readonly numerator: number;
  /** 0 when there is nothing to measure: such a division is not ranked. */
  readonly denominator: number;
}

/** A division's place on one indicator. */
export interface RankPlace {
  /** 1 for the best; divisions with equal values share a place (1, 2, 2, 4); `null` when not ranked. */
  readonly rank: number | null;
  /**
   * Among the bottom `bottomCount`: fewer than `bottomCount` ranked divisions do worse, and the division does
   * worse than the best (when every division is equal, none is at the bottom).
   */
  readonly bottom: boolean;
}

/**
 * Ranks divisions on an indicator where a higher value is better, comparing `numerator / denominator` exactly.
 * Divisions without data (denominator 0) are not ranked and never at the bottom: they cannot be judged.
 *
 * @param bottomCount - how many places from the bottom count as lagging. Defaults to 3 (the bulletin's reading
 * of 推进较慢: the last three).
 */
export function rankDivisions(rows: readonly RankInput[], bottomCount = 3): Map<string, RankPlace> {
  const ranked = rows.filter((r) => r.denominator > 0);
  const places = new Map<string, RankPlace>();
  for (const row of rows) {
    if (row.denominator <= 0) {
      places.set(row.code, { rank: null, bottom: false });
      continue;
    }
    let better = 0;
    let worse = 0;
    for (const other of ranked) {
      const c = compareRatios(other.numerator, other.denominator, row.numerator, row.denominator);
      if (c > 0) better++;
      else if (c < 0) worse++;
    }
    places.set(row.code, { rank: better + 1, bottom: better > 0 && worse < bottomCount });
  }
  return places;
}
