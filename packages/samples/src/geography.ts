import { type Division, QUANZHOU_COUNTY_CODES, QUANZHOU_DIVISIONS } from '@rectify/schemas';
import {
  COUNTY_COMMUNITY_WEIGHTS,
  COUNTY_PROJECT_WEIGHTS,
  QUANZHOU_STREETS,
  type StreetEntry,
} from './data/quanzhou-streets';
import { committeeName } from './naming';
import type { Rng } from './prng';

/** Where one community lies. */
export interface CommunitySlot {
  /** County-level code (6 digits). */
  readonly countyCode: string;
  /** The street or township. */
  readonly street: StreetEntry;
  /** Residents' committee code (12 digits). */
  readonly committeeCode: string;
}

/** The divisions of the dataset and where each community and project lies. */
export interface Geography {
  /** Division records: the city, its county-level divisions, streets, residents' committees. */
  readonly divisions: Division[];
  /** One slot per community, in community order (by county, then street). */
  readonly communitySlots: CommunitySlot[];
  /** One street per project, in project order. */
  readonly projectStreets: StreetEntry[];
  /** Chinese name of a county-level code. */
  countyName(code: string): string;
  /** Streets of a county (empty for Jinmen). */
  streetsOf(countyCode: string): readonly StreetEntry[];
}

/** Largest-remainder apportionment of `total` over weighted keys, in key order; deterministic. */
export function apportion(
  total: number,
  weights: readonly (readonly [string, number])[],
): Map<string, number> {
  const sum = weights.reduce((s, [, w]) => s + w, 0);
  const out = new Map<string, number>();
  if (sum <= 0 || total <= 0) {
    for (const [k] of weights) out.set(k, 0);
    return out;
  }
  const rows = weights.map(([k, w], i) => {
    const exact = (total * w) / sum;
    return { k, i, floor: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = total - rows.reduce((s, r) => s + r.floor, 0);
  const byRest = [...rows].sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const r of byRest) {
    if (left <= 0) break;
    if (r.rest > 0) {
      r.floor++;
      left--;
    }
  }
  for (const r of rows) out.set(r.k, r.floor);
  return out;
}

/** Builds the divisions and places `communities` communities and `projects` projects. */
export function buildGeography(rng: Rng, communities: number, projects: number): Geography {
  const streetsByCounty = new Map<string, StreetEntry[]>();
  for (const s of QUANZHOU_STREETS) {
    const list = streetsByCounty.get(s.countyCode) ?? [];
    list.push(s);
    streetsByCounty.set(s.countyCode, list);
  }
  const names = new Map(QUANZHOU_DIVISIONS.entries.map((e) => [e.code as string, e.zh]));
  const counties = QUANZHOU_COUNTY_CODES as readonly string[];

  const perCounty = apportion(
    communities,
    counties.map((c) => [c, COUNTY_COMMUNITY_WEIGHTS[c] ?? 0] as const),
  );
  const slotsStreets: StreetEntry[] = [];
  const crng = rng.fork('community-streets');
  for (const county of counties) {
    const streets = streetsByCounty.get(county) ?? [];
    const n = perCounty.get(county) ?? 0;
    if (streets.length === 0 || n === 0) continue;
    const counts = apportion(
      n,
      streets.map((s) => [s.code, s.weight * (0.6 + crng.next() * 0.8)] as const),
    );
    for (const s of streets) for (let i = 0; i < (counts.get(s.code) ?? 0); i++) slotsStreets.push(s);
  }

  // Residents' committees: about four communities each, numbered within their street.
  const divisions: Division[] = [{ code: '350500', name: '泉州市', level: 'city', parentCode: '350000' }];
  for (const county of counties) {
    divisions.push({
      code: county,
      name: names.get(county) ?? county,
      level: 'county',
      parentCode: '350500',
      ...(county === '350598' || county === '350599' ? { localExtension: true } : {}),
    });
  }
  for (const s of QUANZHOU_STREETS) {
    divisions.push({
      code: s.code,
      name: s.name,
      level: 'street',
      parentCode: s.countyCode,
      ...(s.countyCode === '350598' || s.countyCode === '350599' ? { localExtension: true } : {}),
    });
  }
  const communitySlots: CommunitySlot[] = [];
  const byStreet = new Map<string, number>();
  for (const s of slotsStreets) byStreet.set(s.code, (byStreet.get(s.code) ?? 0) + 1);
  const committeeCodes = new Map<string, string[]>();
  const krng = rng.fork('committees');
  for (const s of QUANZHOU_STREETS) {
    const n = byStreet.get(s.code) ?? 0;
    if (n === 0) continue;
    const used = new Set<string>();
    const codes: string[] = [];
    const count = Math.max(1, Math.ceil(n / 4));
    for (let k = 1; k <= count; k++) {
      const code = s.code + String(k).padStart(3, '0');
      codes.push(code);
      divisions.push({ code, name: committeeName(krng, used), level: 'committee', parentCode: s.code });
    }
    committeeCodes.set(s.code, codes);
  }
  const seen = new Map<string, number>();
  for (const s of slotsStreets) {
    const k = seen.get(s.code) ?? 0;
    seen.set(s.code, k + 1);
    const codes = committeeCodes.get(s.code) ?? [s.code];
    communitySlots.push({
      countyCode: s.countyCode,
      street: s,
      committeeCode: codes[k % codes.length] ?? s.code,
    });
  }

  const perCountyProjects = apportion(
    projects,
    counties.map((c) => [c, COUNTY_PROJECT_WEIGHTS[c] ?? 0] as const),
  );
  const projectStreets: StreetEntry[] = [];
  const prng = rng.fork('project-streets');
  for (const county of counties) {
    const streets = streetsByCounty.get(county) ?? [];
    const n = perCountyProjects.get(county) ?? 0;
    if (streets.length === 0) continue;
    const weighted = streets.map((s) => [s, s.weight] as const);
    for (let i = 0; i < n; i++) projectStreets.push(prng.weighted(weighted));
  }

  return {
    divisions,
    communitySlots,
    projectStreets,
    countyName: (code) => names.get(code) ?? code,
    streetsOf: (code) => streetsByCounty.get(code) ?? [],
  };
}
