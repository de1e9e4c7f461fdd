import type { Bilingual, Campaign } from '@rectify/schemas';
import type { DatasetIndex } from './dataset-index';
import type { Periods } from './subjects';

/**
 * A campaign target: `numerator / denominator  op  target.numerator / target.denominator`, compared exactly
 * by cross-multiplication. `op` follows the text: "达到…以上" is `>=`, "超" is `>`.
 */
export interface IndicatorTarget {
  op: '>=' | '>' | '<=' | '<' | '=';
  numerator: number;
  denominator: number;
  /** `county`: the target holds in every county (PI.T2 "各县（市、区）…不少于50%"); `city`: in the city total. */
  scope: 'city' | 'county';
}

/** One subject's contribution to an indicator. */
export interface IndicatorItem {
  /** Street (9 digits) or county (6 digits) code of the subject. */
  divisionCode: string;
  numerator: number;
  denominator: number;
  /** Extra counts summed alongside (e.g. opened / rectified / punished / referred). */
  parts?: Record<string, number>;
}

/** What an indicator's compute function receives. */
export interface IndicatorContext {
  asOf: string;
  campaignYear: number;
  index: DatasetIndex;
  periods: Periods;
  params: Record<string, number | string | boolean>;
}

/** An indicator definition: a campaign target computed from the data. */
export interface IndicatorDefinition {
  id: string;
  campaign: Campaign;
  clauseIds: string[];
  /** Verbatim quote of the seed text that sets the target. */
  quote: string[];
  title: Bilingual;
  /** Numerator and denominator in words. */
  definition: Bilingual;
  unit: 'ratio' | 'people' | 'count';
  target?: IndicatorTarget;
  parameters?: Record<string, { default: number | string | boolean; description: Bilingual; source: string }>;
  compute(context: IndicatorContext): IndicatorItem[];
}

/** A row of an indicator's breakdown. */
export interface IndicatorRow {
  level: 'city' | 'county' | 'street';
  divisionCode: string;
  name?: string;
  numerator: number;
  denominator: number;
  /** numerator / denominator, rounded to 6 decimals for display; `null` when the denominator is 0. */
  value: number | null;
  met: boolean | null;
  parts?: Record<string, number>;
}

/** A computed indicator with its city → county → street breakdown. */
export interface Indicator extends Omit<IndicatorRow, 'level' | 'divisionCode' | 'name'> {
  id: string;
  campaign: Campaign;
  clauseIds: string[];
  title: Bilingual;
  definition: Bilingual;
  unit: IndicatorDefinition['unit'];
  target?: IndicatorTarget;
  breakdown: IndicatorRow[];
}

/** Whether a ratio meets a target, exactly (cross-multiplied); `null` when there is nothing to measure. */
export function meets(
  numerator: number,
  denominator: number,
  target: IndicatorTarget | undefined,
): boolean | null {
  if (!target || denominator === 0) return null;
  const left = numerator * target.denominator;
  const right = target.numerator * denominator;
  switch (target.op) {
    case '>=':
      return left >= right;
    case '>':
      return left > right;
    case '<=':
      return left <= right;
    case '<':
      return left < right;
    case '=':
      return left === right;
  }
}

function row(
  level: IndicatorRow['level'],
  divisionCode: string,
  items: readonly IndicatorItem[],
  target: IndicatorTarget | undefined,
  name: string | undefined,
): IndicatorRow {
  let numerator = 0;
  let denominator = 0;
  let parts: Record<string, number> | undefined;
  for (const it of items) {
    numerator += it.numerator;
    denominator += it.denominator;
    if (it.parts) {
      parts ??= {};
      for (const [k, v] of Object.entries(it.parts)) parts[k] = (parts[k] ?? 0) + v;
    }
  }
  const value = denominator === 0 ? null : Math.round((numerator / denominator) * 1e6) / 1e6;
  return {
    level,
    divisionCode,
    ...(name === undefined ? {} : { name }),
    numerator,
    denominator,
    value,
    met: meets(numerator, denominator, target),
    ...(parts ? { parts } : {}),
  };
}

/** Aggregates items into the city total and county and street rows, sorted by code. */
export function aggregate(
  definition: IndicatorDefinition,
  items: readonly IndicatorItem[],
  cityCode: string,
  nameOf: (code: string) => string | undefined,
): Indicator {
  const byCounty = new Map<string, IndicatorItem[]>();
  const byStreet = new Map<string, IndicatorItem[]>();
  for (const it of items) {
    const county = it.divisionCode.slice(0, 6);
    (byCounty.get(county) ?? byCounty.set(county, []).get(county))?.push(it);
    if (it.divisionCode.length >= 9) {
      const street = it.divisionCode.slice(0, 9);
      (byStreet.get(street) ?? byStreet.set(street, []).get(street))?.push(it);
    }
  }
  const sorted = <T>(m: Map<string, T>) => [...m.keys()].sort();
  const breakdown: IndicatorRow[] = [];
  for (const county of sorted(byCounty)) {
    breakdown.push(row('county', county, byCounty.get(county) ?? [], definition.target, nameOf(county)));
    for (const street of sorted(byStreet))
      if (street.startsWith(county))
        breakdown.push(row('street', street, byStreet.get(street) ?? [], definition.target, nameOf(street)));
  }
  const city = row('city', cityCode, items, definition.target, nameOf(cityCode));
  let met = city.met;
  if (definition.target?.scope === 'county') {
    const counties = breakdown.filter((r) => r.level === 'county' && r.met !== null);
    met = counties.length === 0 ? null : counties.every((r) => r.met === true);
  }
  return {
    id: definition.id,
    campaign: definition.campaign,
    clauseIds: definition.clauseIds,
    title: definition.title,
    definition: definition.definition,
    unit: definition.unit,
    ...(definition.target ? { target: definition.target } : {}),
    numerator: city.numerator,
    denominator: city.denominator,
    value: city.value,
    met,
    ...(city.parts ? { parts: city.parts } : {}),
    breakdown,
  };
}
