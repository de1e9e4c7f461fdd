import {
  COMMITTEE_FIRST,
  COMMITTEE_SECOND,
  COMMUNITY_SUFFIXES,
  COMPANY_FIRST,
  COMPANY_SECOND,
  DEVELOPER_BRANDS,
  GIVEN_NAME_CHARS,
  LOCAL_SURNAMES,
  MIGRANT_SURNAMES,
  PHASE_SUFFIXES,
  PLACE_WORDS,
  POETIC_WORDS,
} from './data/name-parts';
import type { Rng } from './prng';

/** Keeps names unique: tries a few candidates, then appends phase suffixes, then a number. */
export function uniqueName(used: Set<string>, base: string, rng: Rng, suffixes = PHASE_SUFFIXES): string {
  let name = base;
  if (used.has(name)) {
    const start = rng.int(0, suffixes.length - 1);
    for (let i = 0; i < suffixes.length && used.has(name); i++) {
      name = base + suffixes[(start + i) % suffixes.length];
    }
    // Numbered names start at a random point, so many collisions on one base stay cheap.
    for (let n = rng.int(2, 40); used.has(name); n += rng.int(1, 9)) name = `${base}${n}期`;
  }
  used.add(name);
  return name;
}

/**
 * A unique organisation name: draws up to 30 candidates, then inserts 一, 二, … before the legal form
 * (有限公司, 中心, 事务所) of the last one.
 */
export function uniqueOrganisationName(used: Set<string>, generate: () => string): string {
  let name = generate();
  for (let i = 0; i < 30 && used.has(name); i++) name = generate();
  if (used.has(name)) {
    const at = name.search(/(建设集团|建工集团|集团|股份有限公司|有限公司|会计师事务所|中心)/);
    const head = at > 0 ? name.slice(0, at) : name;
    const tail = at > 0 ? name.slice(at) : '';
    for (let n = 1; used.has(name); n++)
      name = `${head}${NUMERALS[n % NUMERALS.length]}${n >= NUMERALS.length ? n : ''}${tail}`;
  }
  used.add(name);
  return name;
}

const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A fictional person's name; `local` picks southern-Fujian surnames. */
export function personName(rng: Rng, local: boolean): string {
  const surname = rng.pick(local ? LOCAL_SURNAMES : MIGRANT_SURNAMES);
  const given = rng.pick(GIVEN_NAME_CHARS) + (rng.chance(0.75) ? rng.pick(GIVEN_NAME_CHARS) : '');
  return surname + given;
}

/** A two-syllable fictional business word (鑫泉, 嘉润…). */
export function companyWord(rng: Rng): string {
  return rng.pick(COMPANY_FIRST) + rng.pick(COMPANY_SECOND);
}

/** A community name in the styles of Quanzhou's real ones: 中骏·天峰, 世茂云图, 万科城, 东湖花园. */
export function communityName(rng: Rng, localPlaces: readonly string[]): string {
  const brand = () => rng.pick(DEVELOPER_BRANDS);
  const poetic = () => rng.pick(POETIC_WORDS);
  const place = () =>
    localPlaces.length > 0 && rng.chance(0.6) ? rng.pick(localPlaces) : rng.pick(PLACE_WORDS);
  const suffix = () => rng.pick(COMMUNITY_SUFFIXES);
  const style = rng.weighted<number>([
    [0, 25],
    [1, 20],
    [2, 5],
    [3, 25],
    [4, 15],
    [5, 10],
  ]);
  switch (style) {
    case 0:
      return `${brand()}·${poetic()}`;
    case 1:
      return brand() + poetic();
    case 2:
      return brand() + rng.pick(['城', '广场', '天地', '中心', '公园里']);
    case 3:
      return place() + suffix();
    case 4:
      return poetic() + suffix();
    default:
      return poetic() + rng.pick(['华府', '雅苑', '名邸', '公馆', '府']);
  }
}

/** A residents' committee name, e.g. 金山社区居民委员会. */
export function committeeName(rng: Rng, used: Set<string>): string {
  let base = '';
  for (let tries = 0; tries < 20; tries++) {
    base = rng.pick(COMMITTEE_FIRST) + rng.pick(COMMITTEE_SECOND);
    if (!used.has(base)) break;
  }
  return `${uniqueName(used, base, rng, ['一', '二', '三', '新', '东', '西'])}社区居民委员会`;
}
