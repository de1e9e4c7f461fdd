import { type Bilingual, type Community, countyCodeOf, type Dataset, type Inspector } from '@rectify/schemas';
import { RulesError } from '../engine/check';
import { DatasetIndex } from '../engine/dataset-index';
import { t } from '../engine/rule';
import { communityYearIncome } from './community-income';
import type { PlannerDefinition } from './planner';
import { createRandom, type Seed, seedText } from './random';

/** A share of a county's communities, as an exact fraction. */
export interface SamplingShare {
  /** Numerator, an integer ≥ 0. */
  readonly numerator: number;
  /** Denominator, an integer ≥ 1 and ≥ the numerator. */
  readonly denominator: number;
}

/** Options of {@link planSampling}. */
export interface SamplingPlanOptions {
  /** The year sampled (its disclosures and petitions decide the priorities). */
  readonly year: number;
  /** Seed of the random draw; the same dataset, options and seed give the same plan. */
  readonly seed: Seed;
  /** Plan one county only (6-digit code). Defaults to every county of the dataset. */
  readonly countyCode?: string;
  /** Share of each county's communities to sample. Defaults to `{ numerator: 1, denominator: 2 }` (PI.M2: 不少于…50%). */
  readonly share?: SamplingShare;
  /** Inspectors drawn per picked community. Defaults to 2 (two law-enforcement officers, 行政处罚法 art. 42). */
  readonly inspectorsPerPick?: number;
}

/** Why a community is in the sample. */
export type SamplingReason = 'transferred-petition' | 'zero-income' | 'random';

/** One picked community with its reasons and inspectors. */
export interface SamplingPick {
  /** The community. */
  readonly communityId: string;
  /** The community's division (street or county). */
  readonly divisionCode: string;
  /** Priority reasons first, or `random` for a community drawn by lot. */
  readonly reasons: readonly SamplingReason[];
  /** Ids of the province- or city-transferred petitions behind `transferred-petition` (complaint ids). */
  readonly petitionIds: readonly string[];
  /** Drawn inspectors' ids (never names: personal data). */
  readonly inspectorIds: readonly string[];
  /** `assigned`: all inspectors drawn; `partial`: fewer unconflicted inspectors than wanted; `unassigned`: none. */
  readonly assignment: 'assigned' | 'partial' | 'unassigned';
  /** Why the community was picked and how its inspectors were drawn. */
  readonly explanation: Bilingual;
}

/** The sample of one county. */
export interface CountySamplingPlan {
  /** County-level code (6 digits). */
  readonly countyCode: string;
  /** County name from the dataset's division records, when known. */
  readonly name?: string;
  /** Communities of the county. */
  readonly total: number;
  /** Communities that must be sampled: ⌈share × total⌉. */
  readonly required: number;
  /** Priority communities (all taken, even beyond `required`). */
  readonly priorityCount: number;
  /** Communities drawn by lot. */
  readonly randomCount: number;
  /** Active inspectors of the county. */
  readonly inspectorsAvailable: number;
  /** Priority picks (by community id), then random picks (in draw order). */
  readonly picks: readonly SamplingPick[];
  /** How the county's numbers were reached. */
  readonly explanation: Bilingual;
}

/** A sampling-verification plan (抽查核实, PI.M2): priorities first, then a double-random (双随机) draw. */
export interface SamplingPlan {
  /** Planner id, {@link samplingPlanner}. */
  readonly planner: 'PI-SAMPLING-PLAN';
  /** Clauses served. */
  readonly clauseIds: readonly string[];
  /** The seed as given. */
  readonly seed: Seed;
  /** The year planned. */
  readonly year: number;
  /** The share applied. */
  readonly share: SamplingShare;
  /** One entry per county, by code. */
  readonly counties: readonly CountySamplingPlan[];
}

/** PI.M2's sampling planner, as data. */
export const samplingPlanner: PlannerDefinition = {
  id: 'PI-SAMPLING-PLAN',
  functionName: 'planSampling',
  title: t('实地抽查核实计划（“双随机”）', 'On-site sampling verification plan (double random)'),
  clauseIds: ['PI.M2', 'PI.T2', 'PI.X19'],
  quote: [
    '特别对所有省市级转办挂号的信访件、公共收益为零的小区要作为抽查核实的重点',
    '各县（市、区）实地抽查比例不少于辖区物业小区总数的50%',
    '物业小区公共收益年度抽查核实率达到50%',
    '结合整治开展“双随机”检查工作',
  ],
  parameters: {
    share: {
      default: '1/2',
      unit: 'ratio',
      description: t(
        '每个县（市、区）须抽查的小区比例（下限）',
        "Least share of each county's communities to sample",
      ),
      source: {
        kind: 'clause',
        clauseId: 'PI.M2',
        quote: '各县（市、区）实地抽查比例不少于辖区物业小区总数的50%',
      },
    },
    inspectorsPerPick: {
      default: 2,
      unit: 'people',
      description: t(
        '每个抽中小区随机抽派的检查人员数',
        'Inspectors drawn at random for each picked community',
      ),
      source: { kind: 'law', citation: '《中华人民共和国行政处罚法》第四十二条：执法人员不得少于两人' },
    },
  },
};

const DEFAULT_SHARE: SamplingShare = { numerator: 1, denominator: 2 };

function assertOptions(options: SamplingPlanOptions): { share: SamplingShare; perPick: number } {
  const { year, countyCode } = options;
  if (!Number.isInteger(year) || year < 1 || year > 9999)
    throw new RulesError('INVALID_OPTION', `year must be an integer 1–9999, got ${String(year)}`);
  seedText(options.seed);
  if (countyCode !== undefined && !/^[0-9]{6}$/.test(countyCode))
    throw new RulesError('INVALID_OPTION', `countyCode must be 6 digits, got ${String(countyCode)}`);
  const share = options.share ?? DEFAULT_SHARE;
  const { numerator, denominator } = share;
  if (
    !Number.isInteger(numerator) ||
    !Number.isInteger(denominator) ||
    denominator < 1 ||
    numerator < 0 ||
    numerator > denominator
  )
    throw new RulesError(
      'INVALID_OPTION',
      `share must be a fraction 0 ≤ n/d ≤ 1 of integers, got ${numerator}/${denominator}`,
    );
  const perPick = options.inspectorsPerPick ?? 2;
  if (!Number.isInteger(perPick) || perPick < 1)
    throw new RulesError(
      'INVALID_OPTION',
      `inspectorsPerPick must be an integer ≥ 1, got ${String(perPick)}`,
    );
  return { share: { numerator, denominator }, perPick };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const list = (ids: readonly string[], sep: string) => ids.join(sep);

/** Petitions transferred by the province or city that bear on the year: received by its end, not closed before it. */
function transferredPetitions(index: DatasetIndex, year: number): Map<string, string[]> {
  const start = `${String(year).padStart(4, '0')}-01-01`;
  const end = `${String(year).padStart(4, '0')}-12-31`;
  const out = new Map<string, string[]>();
  for (const { record: c } of index.all('complaint')) {
    if (c.transferredBy === undefined || c.communityId === undefined) continue;
    if (c.receivedOn > end || (c.closedOn !== undefined && c.closedOn < start)) continue;
    const ids = out.get(c.communityId) ?? [];
    ids.push(c.id);
    out.set(c.communityId, ids);
  }
  for (const ids of out.values()) ids.sort();
  return out;
}

function countyCodes(
  index: DatasetIndex,
  communities: readonly Community[],
  only: string | undefined,
): string[] {
  if (only !== undefined) return [only];
  const codes = new Set<string>();
  for (const c of communities) codes.add(countyCodeOf(c.divisionCode));
  for (const { record: d } of index.all('division'))
    if (d.level === 'county') codes.add(countyCodeOf(d.code));
  return [...codes].sort();
}

function isConflicted(inspector: Inspector, community: Community): boolean {
  return (
    inspector.conflictCommunityIds.includes(community.id) ||
    inspector.conflictCompanyUsccs.includes(community.companyUscc)
  );
}

interface Draw {
  inspectorIds: string[];
  assignment: SamplingPick['assignment'];
  text: Bilingual;
}

/**
 * Draws inspectors for one community: at random among those not conflicted with the community or its company,
 * preferring the least loaded so far so that no inspector carries the county alone. Updates `load`.
 */
function drawInspectors(
  community: Community,
  inspectors: readonly Inspector[],
  perPick: number,
  load: Map<string, number>,
  random: ReturnType<typeof createRandom>,
): Draw {
  const free = inspectors.filter((i) => !isConflicted(i, community));
  const excluded = inspectors.length - free.length;
  if (free.length === 0) {
    const text =
      inspectors.length === 0
        ? t('未分配检查人员：本县无在岗检查人员。', 'Unassigned: the county has no active inspector.')
        : t(
            `未分配检查人员：本县 ${inspectors.length} 名在岗检查人员均与该小区或其物业服务企业存在利害关系，须回避。`,
            `Unassigned: all ${inspectors.length} active inspectors of the county are conflicted with the community or its company.`,
          );
    return { inspectorIds: [], assignment: 'unassigned', text };
  }
  const shuffled = random.shuffle(free);
  // A stable sort keeps the random order among inspectors of equal load.
  const ordered = shuffled
    .map((inspector, i) => ({ inspector, i, load: load.get(inspector.id) ?? 0 }))
    .sort((a, b) => a.load - b.load || a.i - b.i);
  const chosen = ordered
    .slice(0, perPick)
    .map((o) => o.inspector.id)
    .sort();
  for (const id of chosen) load.set(id, (load.get(id) ?? 0) + 1);
  const avoided =
    excluded > 0
      ? { zh: `，已回避有利害关系的 ${excluded} 人`, en: `; ${excluded} conflicted inspector(s) excluded` }
      : { zh: '', en: '' };
  if (chosen.length < perPick)
    return {
      inspectorIds: chosen,
      assignment: 'partial',
      text: t(
        `检查人员 ${list(chosen, '、')} 随机抽取${avoided.zh}；无利害关系的检查人员只有 ${chosen.length} 名，少于 ${perPick} 名，须由上级补派。`,
        `Inspectors ${list(chosen, ', ')} drawn at random${avoided.en}; only ${chosen.length} unconflicted inspector(s), fewer than ${perPick}: the authority must add more.`,
      ),
    };
  return {
    inspectorIds: chosen,
    assignment: 'assigned',
    text: t(
      `检查人员 ${list(chosen, '、')} 从本县 ${free.length} 名无利害关系的在岗人员中随机抽取${avoided.zh}。`,
      `Inspectors ${list(chosen, ', ')} drawn at random from the county's ${free.length} unconflicted active inspectors${avoided.en}.`,
    ),
  };
}

/**
 * Plans the year's on-site sampling verification (实地抽查核实) of every county (PI.M2, PI.T2).
 *
 * Per county: every community with a province- or city-transferred petition (省市级转办挂号的信访件) bearing on
 * the year, and every community whose public income is zero (see {@link communityYearIncome}), is picked first;
 * then the other communities are drawn by lot until ⌈share × total⌉ are picked (priorities count toward it,
 * and are all taken even when they alone exceed it). Each picked community gets inspectors drawn by lot
 * (双随机), never one conflicted with the community or its company; a community for which no unconflicted
 * inspector exists is recorded `unassigned` with the reason.
 *
 * Pure and reproducible: the same dataset, options and seed give the same plan; each county draws from its own
 * seeded stream, so planning one county gives the same result as that county's part of the whole plan.
 * Throws a `RulesError` only for a malformed option.
 *
 * @example
 * const plan = planSampling(dataset, { year: 2023, seed: 'Q3-2023' });
 */
export function planSampling(dataset: Dataset | DatasetIndex, options: SamplingPlanOptions): SamplingPlan {
  const { share, perPick } = assertOptions(options);
  const { year, seed } = options;
  const index = dataset instanceof DatasetIndex ? dataset : new DatasetIndex(dataset);
  const communities = [...index.byId('community').values()].map((l) => l.record).sort(byId);
  const petitions = transferredPetitions(index, year);
  const inspectors = [...index.byId('inspector').values()].map((l) => l.record).sort(byId);

  const counties = countyCodes(index, communities, options.countyCode).map(
    (countyCode): CountySamplingPlan => {
      const inCounty = communities.filter((c) => countyCodeOf(c.divisionCode) === countyCode);
      const available = inspectors.filter(
        (i) => i.active && countyCodeOf(i.unit.divisionCode) === countyCode,
      );
      const total = inCounty.length;
      const required = Math.ceil((share.numerator * total) / share.denominator);
      const communityDraw = createRandom(seed, 'sampling', String(year), countyCode, 'communities');
      const inspectorDraw = createRandom(seed, 'sampling', String(year), countyCode, 'inspectors');

      const priority: {
        community: Community;
        reasons: SamplingReason[];
        petitionIds: string[];
        why: Bilingual[];
      }[] = [];
      const rest: Community[] = [];
      for (const community of inCounty) {
        const reasons: SamplingReason[] = [];
        const why: Bilingual[] = [];
        const petitionIds = petitions.get(community.id) ?? [];
        if (petitionIds.length > 0) {
          reasons.push('transferred-petition');
          why.push(
            t(
              `有省市级转办挂号的信访件（${list(petitionIds, '、')}），列为抽查核实重点。`,
              `Has petitions transferred and registered by the province or city (${list(petitionIds, ', ')}): a priority of sampling verification.`,
            ),
          );
        }
        const income = communityYearIncome(index, community, year);
        if (income.zero) {
          reasons.push('zero-income');
          why.push(
            income.basis === 'disclosures'
              ? t(
                  `公共收益为零：${year}年已公示的 ${income.disclosedQuarters.length} 个季度收入均为 0，列为抽查核实重点。`,
                  `Zero public income: income was 0 in all ${income.disclosedQuarters.length} quarter(s) disclosed in ${year}; a priority of sampling verification.`,
                )
              : t(
                  `公共收益为零：${year}年无公示记录，登记的公共收益来源为空，列为抽查核实重点。`,
                  `Zero public income: nothing disclosed in ${year} and no income source registered; a priority of sampling verification.`,
                ),
          );
        }
        if (reasons.length > 0) priority.push({ community, reasons, petitionIds, why });
        else rest.push(community);
      }

      const drawCount = Math.max(0, Math.min(rest.length, required - priority.length));
      const drawn = communityDraw.shuffle(rest).slice(0, drawCount);
      const load = new Map<string, number>();
      const picks: SamplingPick[] = [];
      const pick = (
        community: Community,
        reasons: SamplingReason[],
        petitionIds: string[],
        why: Bilingual[],
      ) => {
        const draw = drawInspectors(community, available, perPick, load, inspectorDraw);
        const parts = [...why, draw.text];
        picks.push({
          communityId: community.id,
          divisionCode: community.divisionCode,
          reasons,
          petitionIds,
          inspectorIds: draw.inspectorIds,
          assignment: draw.assignment,
          explanation: {
            'zh-CN': parts.map((p) => p['zh-CN']).join(''),
            en: parts.map((p) => p.en).join(' '),
          },
        });
      };
      for (const p of priority) pick(p.community, p.reasons, p.petitionIds, p.why);
      for (const community of drawn)
        pick(
          community,
          ['random'],
          [],
          [
            t(
              `“双随机”抽取：从其余 ${rest.length} 个非重点小区中随机抽取 ${drawCount} 个（种子 ${seedText(seed)}）。`,
              `Drawn by lot (double random): ${drawCount} of the ${rest.length} non-priority communities drawn at random (seed ${seedText(seed)}).`,
            ),
          ],
        );

      const ratio = `${share.numerator}/${share.denominator}`;
      const over =
        priority.length > required
          ? t(
              `重点小区 ${priority.length} 个已超过须抽查数，全部纳入。`,
              `The ${priority.length} priority communities exceed the required number and are all taken.`,
            )
          : t('', '');
      const explanation =
        total === 0
          ? t('本县无物业小区，无须抽查。', 'The county has no community to sample.')
          : t(
              `本县共 ${total} 个物业小区，按不少于 ${ratio} 须抽查 ${required} 个；重点小区 ${priority.length} 个，随机抽取 ${drawn.length} 个，共 ${picks.length} 个。${over['zh-CN']}`,
              `${total} communities; at least ${ratio} means ${required} to sample; ${priority.length} priority, ${drawn.length} drawn by lot, ${picks.length} in all.${over.en ? ` ${over.en}` : ''}`,
            );
      const name = index.divisionName(countyCode);
      return {
        countyCode,
        ...(name === undefined ? {} : { name }),
        total,
        required,
        priorityCount: priority.length,
        randomCount: drawn.length,
        inspectorsAvailable: available.length,
        picks,
        explanation,
      };
    },
  );

  return { planner: 'PI-SAMPLING-PLAN', clauseIds: samplingPlanner.clauseIds, seed, year, share, counties };
}
