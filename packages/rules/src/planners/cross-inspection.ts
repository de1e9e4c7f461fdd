import { type Bilingual, countyCodeOf, type Dataset } from '@rectify/schemas';
import { RulesError } from '../engine/check';
import { DatasetIndex } from '../engine/dataset-index';
import { t } from '../engine/rule';
import type { PlannerDefinition } from './planner';
import { createRandom, type Seed, seedText } from './random';

/** The level whose units form cross-inspection groups (PI.M3). */
export type CrossInspectionLevel = 'county' | 'street' | 'committee';

/** The area within which groups are exchanged. `parent` is the level above the groups' level. */
export type CrossInspectionScope = 'parent' | 'city' | 'county' | 'street';

/** Options of {@link planCrossInspection}. */
export interface CrossInspectionOptions {
  /** The quarter of the cross-inspection (`2023Q3`); PI.M3 asks for one per quarter. */
  readonly quarter: string;
  /** Seed of the draw; the same dataset, options and seed give the same plan. */
  readonly seed: Seed;
  /** County authorities, street offices or residents' committees. */
  readonly level: CrossInspectionLevel;
  /**
   * Where groups are exchanged. Defaults to `parent`: counties across the city, streets within their county,
   * committees within their street. A scope must lie above the level.
   */
  readonly within?: CrossInspectionScope;
}

/** One cross-inspection group and the area it inspects. */
export interface CrossInspectionGroup {
  /** Stable id, usable as `inspection.crossGroupId`: `2023Q3-street-350503001`. */
  readonly groupId: string;
  /** The pool (city, county or street code) the exchange happens in. */
  readonly poolCode: string;
  /** The unit kind that forms the group (units codelist). */
  readonly unit: 'housing-authority' | 'street-office' | 'residents-committee';
  /** The area whose units form the group. */
  readonly fromAreaCode: string;
  /** Its name, when the dataset's divisions know it. */
  readonly fromAreaName?: string;
  /** The area the group inspects: never `fromAreaCode`. */
  readonly inspectsAreaCode: string;
  /** Its name, when known. */
  readonly inspectsAreaName?: string;
  /** Communities of the inspected area, by id. */
  readonly communityIds: readonly string[];
  /** Why this assignment. */
  readonly explanation: Bilingual;
}

/** An area left without an exchange partner, or with nothing to inspect. */
export interface CrossInspectionGap {
  /** The pool the area is in. */
  readonly poolCode: string;
  /** The area. */
  readonly areaCode: string;
  /** `alone`: the only area of its pool; `no-communities`: no community to inspect (not put into the exchange). */
  readonly reason: 'alone' | 'no-communities';
  /** In words. */
  readonly explanation: Bilingual;
}

/** A quarter's cross-inspection plan at one level. */
export interface CrossInspectionPlan {
  /** Planner id, {@link crossInspectionPlanner}. */
  readonly planner: 'PI-CROSS-INSPECTION-PLAN';
  /** Clauses served. */
  readonly clauseIds: readonly string[];
  /** The seed as given. */
  readonly seed: Seed;
  /** The quarter. */
  readonly quarter: string;
  /** The groups' level. */
  readonly level: CrossInspectionLevel;
  /** The scope of the exchange, resolved (`parent` replaced by the level it stands for). */
  readonly within: Exclude<CrossInspectionScope, 'parent'>;
  /** Groups by pool, then by their own area. */
  readonly groups: readonly CrossInspectionGroup[];
  /** Areas that could not be put in the exchange. */
  readonly gaps: readonly CrossInspectionGap[];
}

/** PI.M3's cross-inspection planner, as data. */
export const crossInspectionPlanner: PlannerDefinition = {
  id: 'PI-CROSS-INSPECTION-PLAN',
  functionName: 'planCrossInspection',
  title: t('交叉检查分组计划', 'Cross-inspection group plan'),
  clauseIds: ['PI.M3', 'PI.X17', 'PI.X18'],
  quote: [
    '各县（市、区）物业管理主管部门、街道办事处（乡镇人民政府）、居（村）民委员会成立交叉检查组，每季度开展一次交叉检查',
  ],
  parameters: {
    within: {
      default: 'parent',
      unit: 'level',
      description: t(
        '交叉检查组互换的范围：默认为上一级（县级在全市、街道在本县、居委会在本街道）',
        'Where groups are exchanged: by default the level above (counties in the city, streets in their county, committees in their street)',
      ),
      source: {
        kind: 'interpretation',
        reason:
          'The text sets up groups at three levels without naming the area of exchange; each level is organised by the one above it (属地管理).',
      },
    },
  },
};

const LEVEL_TEXT: Record<
  CrossInspectionLevel,
  { zh: string; en: string; unit: CrossInspectionGroup['unit'] }
> = {
  county: { zh: '县（市、区）', en: 'county', unit: 'housing-authority' },
  street: { zh: '街道（乡镇）', en: 'street', unit: 'street-office' },
  committee: { zh: '居（村）委会', en: 'committee', unit: 'residents-committee' },
};
const DEPTH = { city: 0, county: 1, street: 2, committee: 3 } as const;
const PARENT: Record<CrossInspectionLevel, Exclude<CrossInspectionScope, 'parent'>> = {
  county: 'city',
  street: 'county',
  committee: 'street',
};
const CODE_LENGTH = { county: 6, street: 9, committee: 12 } as const;

function poolOf(areaCode: string, within: Exclude<CrossInspectionScope, 'parent'>): string {
  if (within === 'city') return `${areaCode.slice(0, 4)}00`;
  return within === 'county' ? countyCodeOf(areaCode) : areaCode.slice(0, 9);
}

function assertOptions(options: CrossInspectionOptions): Exclude<CrossInspectionScope, 'parent'> {
  if (typeof options.quarter !== 'string' || !/^[0-9]{4}Q[1-4]$/.test(options.quarter))
    throw new RulesError('INVALID_OPTION', `quarter must be YYYYQn, got ${String(options.quarter)}`);
  seedText(options.seed);
  if (!(options.level in LEVEL_TEXT))
    throw new RulesError(
      'INVALID_OPTION',
      `level must be county, street or committee, got ${String(options.level)}`,
    );
  const within =
    options.within === undefined || options.within === 'parent' ? PARENT[options.level] : options.within;
  if (!(within in DEPTH) || DEPTH[within] >= DEPTH[options.level])
    throw new RulesError(
      'INVALID_OPTION',
      `within (${String(options.within)}) must be a level above ${options.level}`,
    );
  return within;
}

/**
 * Plans a quarter's cross-inspection (交叉检查, PI.M3): each area of the level (county, street or residents'
 * committee) forms a group from its own units, and each group is sent to inspect another area of the same pool.
 *
 * The assignment is a seeded random single cycle over the pool's areas (Sattolo's algorithm): no group
 * inspects its own area, every area is inspected by exactly one group and every group inspects exactly one
 * area, and with three or more areas no two areas inspect each other. An area alone in its pool is reported as a
 * gap rather than paired with itself. Areas come from the dataset's division records of the level and from the
 * communities' `divisionCode` / `committeeCode`; an area without communities is a gap, not a destination.
 *
 * Pure and reproducible: each pool draws from its own stream of the seed. Throws a `RulesError` only for a
 * malformed option.
 *
 * @example
 * const plan = planCrossInspection(dataset, { quarter: '2023Q3', seed: 7, level: 'street' });
 */
export function planCrossInspection(
  dataset: Dataset | DatasetIndex,
  options: CrossInspectionOptions,
): CrossInspectionPlan {
  const within = assertOptions(options);
  const { quarter, seed, level } = options;
  const index = dataset instanceof DatasetIndex ? dataset : new DatasetIndex(dataset);
  const length = CODE_LENGTH[level];

  const communitiesOf = new Map<string, string[]>();
  const known = new Set<string>();
  for (const { record: d } of index.all('division'))
    if (d.level === level && d.code.length === length) known.add(d.code);
  for (const { record: c } of index.byId('community').values()) {
    const code =
      level === 'committee'
        ? c.committeeCode
        : c.divisionCode.length >= length
          ? c.divisionCode.slice(0, length)
          : undefined;
    if (code === undefined || code.length !== length) continue;
    known.add(code);
    const ids = communitiesOf.get(code) ?? [];
    ids.push(c.id);
    communitiesOf.set(code, ids);
  }

  const pools = new Map<string, string[]>();
  const gaps: CrossInspectionGap[] = [];
  const levelText = LEVEL_TEXT[level];
  for (const code of [...known].sort()) {
    const poolCode = poolOf(code, within);
    if (!communitiesOf.has(code)) {
      gaps.push({
        poolCode,
        areaCode: code,
        reason: 'no-communities',
        explanation: t(
          `${index.divisionName(code) ?? code} 无物业小区，不作为被检查区域。`,
          `${code} has no community and is not a destination of the exchange.`,
        ),
      });
      continue;
    }
    const members = pools.get(poolCode) ?? [];
    members.push(code);
    pools.set(poolCode, members);
  }

  const groups: CrossInspectionGroup[] = [];
  for (const poolCode of [...pools.keys()].sort()) {
    const areas = pools.get(poolCode) ?? [];
    const poolName = index.divisionName(poolCode) ?? poolCode;
    if (areas.length < 2) {
      for (const areaCode of areas)
        gaps.push({
          poolCode,
          areaCode,
          reason: 'alone',
          explanation: t(
            `${poolName} 内仅有 1 个${levelText.zh}有物业小区，无法交叉检查；请由上级统筹或扩大互换范围（参数 within）。`,
            `The only ${levelText.en} with communities in ${poolCode}: no cross-inspection partner; widen the exchange (option within) or have the level above arrange it.`,
          ),
        });
      continue;
    }
    const target = createRandom(seed, 'cross-inspection', quarter, level, within, poolCode).cycle(
      areas.length,
    );
    const noMutual = areas.length >= 3;
    areas.forEach((fromAreaCode, i) => {
      const inspectsAreaCode = areas[target[i] as number] as string;
      const fromAreaName = index.divisionName(fromAreaCode);
      const inspectsAreaName = index.divisionName(inspectsAreaCode);
      const communityIds = [...(communitiesOf.get(inspectsAreaCode) ?? [])].sort();
      groups.push({
        groupId: `${quarter}-${level}-${fromAreaCode}`,
        poolCode,
        unit: levelText.unit,
        fromAreaCode,
        ...(fromAreaName === undefined ? {} : { fromAreaName }),
        inspectsAreaCode,
        ...(inspectsAreaName === undefined ? {} : { inspectsAreaName }),
        communityIds,
        explanation: t(
          `${fromAreaName ?? fromAreaCode} 交叉检查组检查 ${inspectsAreaName ?? inspectsAreaCode} 的 ${communityIds.length} 个小区。${poolName} 内 ${areas.length} 个${levelText.zh}按随机单循环轮换（种子 ${seedText(seed)}）：不查本区域，每个区域只被一个组检查${noMutual ? '，且没有两个区域互查' : ''}。`,
          `The group of ${fromAreaCode} inspects the ${communityIds.length} communities of ${inspectsAreaCode}. The ${areas.length} ${levelText.en} areas of ${poolCode} rotate in one random cycle (seed ${seedText(seed)}): no group inspects its own area, each area is inspected by one group${noMutual ? ', and no two areas inspect each other' : ''}.`,
        ),
      });
    });
  }
  gaps.sort((a, b) => (a.areaCode < b.areaCode ? -1 : a.areaCode > b.areaCode ? 1 : 0));

  return {
    planner: 'PI-CROSS-INSPECTION-PLAN',
    clauseIds: crossInspectionPlanner.clauseIds,
    seed,
    quarter,
    level,
    within,
    groups,
    gaps,
  };
}
