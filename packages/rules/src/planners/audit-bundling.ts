import {
  type Bilingual,
  type Community,
  countyCodeOf,
  type Dataset,
  type OwnerObjection,
} from '@rectify/schemas';
import { RulesError } from '../engine/check';
import { DatasetIndex } from '../engine/dataset-index';
import { t } from '../engine/rule';
import { communityYearIncome } from './community-income';
import type { PlannerDefinition } from './planner';
import { formatYuan } from './yuan';

/** Options of {@link planAudits}. Thresholds the text leaves open are parameters (see {@link auditPlanner}). */
export interface AuditPlanOptions {
  /** The year audited. */
  readonly year: number;
  /** A community is small when its year income is below this, fen. Defaults to 5,000,000 (¥50,000). */
  readonly smallIncomeFen?: number;
  /** … and its building area is below this, m². Defaults to 30,000. */
  readonly smallAreaM2?: number;
  /** Most communities in one bundled audit. Defaults to 10. */
  readonly bundleMaxCommunities?: number;
  /** Share of households whose objection lets owners commission an audit, basis points. Defaults to 2000 (20%). */
  readonly objectionShareBp?: number;
}

/** How a community stands toward the year's third-party audit (PI.M5). */
export type AuditStatus = 'exempt' | 'owner-commissioned' | 'required';

/** One community's audit status. */
export interface AuditCommunityPlan {
  /** The community. */
  readonly communityId: string;
  /** Its county (6 digits). */
  readonly countyCode: string;
  /** Its division. */
  readonly divisionCode: string;
  /**
   * `exempt`: the year's disclosures show zero income and no owner objected; `owner-commissioned`: a qualifying
   * objection; `required`: otherwise.
   */
  readonly status: AuditStatus;
  /** Σ disclosed income of the year, fen; `null` when nothing was disclosed (income unknown). */
  readonly yearIncomeFen: number | null;
  /** Quarters of the year with a disclosure. */
  readonly disclosedQuarters: readonly string[];
  /** Building area, m². */
  readonly buildingArea: number;
  /** Small by both thresholds (income known and below, area below). */
  readonly small: boolean;
  /** Objections of the year (all of them, qualifying or not). */
  readonly objectionIds: readonly string[];
  /** The audit unit it belongs to; absent when exempt. */
  readonly unitId?: string;
  /** Why. */
  readonly explanation: Bilingual;
}

/** One audit engagement: a bundle of small communities of one county, or one community. */
export interface AuditUnit {
  /** `2023-350503-B01` for a bundle, `2023-S-<communityId>` for a single audit. */
  readonly unitId: string;
  /** Bundle of small communities, or a single community. */
  readonly kind: 'bundle' | 'single';
  /** County of its communities. */
  readonly countyCode: string;
  /** Who commissions it: the county authority, or the objecting owners' committee / owners. */
  readonly commissionedBy: 'county-authority' | 'owners-committee' | 'owners';
  /** Its communities, in audit order. */
  readonly communityIds: readonly string[];
  /** Why it is formed so. */
  readonly explanation: Bilingual;
}

/** The year's audit plan (PI.M5). */
export interface AuditPlan {
  /** Planner id, {@link auditPlanner}. */
  readonly planner: 'PI-AUDIT-PLAN';
  /** Clauses served. */
  readonly clauseIds: readonly string[];
  /** The year. */
  readonly year: number;
  /** The thresholds applied. */
  readonly parameters: {
    readonly smallIncomeFen: number;
    readonly smallAreaM2: number;
    readonly bundleMaxCommunities: number;
    readonly objectionShareBp: number;
  };
  /** Every community, by county then id. */
  readonly communities: readonly AuditCommunityPlan[];
  /** Audit units, by county, bundles first, then single audits by community id. */
  readonly units: readonly AuditUnit[];
}

const INTERPRETATION =
  'The text gives no number (公共收益较小，面积较小); the default is a documented interpretation.';

/** PI.M5's audit planner, as data. */
export const auditPlanner: PlannerDefinition = {
  id: 'PI-AUDIT-PLAN',
  functionName: 'planAudits',
  title: t('公共收益第三方审计计划（打包审计）', 'Third-party audit plan (bundled audits)'),
  clauseIds: ['PI.M5'],
  quote: [
    '按照《福建省住宅小区公共收益管理办法（试行）》开展公共收益第三方审计工作',
    '探索将公共收益较小，面积较小的物业小区整合打包进行统一审计',
    '公共收益为零且无业主提出异议的，可不纳入审计',
    '业委会或20%以上业主对公共收益公示结果有异议的，可聘请第三方审计机构对公示结果进行审计',
  ],
  parameters: {
    smallIncomeFen: {
      default: 5_000_000,
      unit: 'fen',
      description: t(
        '年度公共收益低于该数（5万元）视为“公共收益较小”',
        'Year income below this (¥50,000) is "small income"',
      ),
      source: { kind: 'interpretation', reason: INTERPRETATION },
    },
    smallAreaM2: {
      default: 30_000,
      unit: 'm2',
      description: t('建筑面积低于该数视为“面积较小”', 'Building area below this is "small area"'),
      source: { kind: 'interpretation', reason: INTERPRETATION },
    },
    bundleMaxCommunities: {
      default: 10,
      unit: 'communities',
      description: t('一次打包审计最多包含的小区数', 'Most communities in one bundled audit'),
      source: {
        kind: 'interpretation',
        reason:
          'The text allows bundling without a size; ten keeps one engagement within a usual audit scope.',
      },
    },
    objectionShareBp: {
      default: 2000,
      unit: 'basis-points',
      description: t(
        '提出异议的业主占总户数达到该比例，可自行聘请审计',
        'Objecting owners at or above this share of households may commission an audit',
      ),
      source: { kind: 'clause', clauseId: 'PI.M5', quote: '业委会或20%以上业主对公共收益公示结果有异议的' },
    },
  },
};

interface Thresholds {
  smallIncomeFen: number;
  smallAreaM2: number;
  bundleMaxCommunities: number;
  objectionShareBp: number;
}

function assertOptions(options: AuditPlanOptions): Thresholds {
  const { year } = options;
  if (!Number.isInteger(year) || year < 1 || year > 9999)
    throw new RulesError('INVALID_OPTION', `year must be an integer 1–9999, got ${String(year)}`);
  const out: Thresholds = {
    smallIncomeFen: options.smallIncomeFen ?? 5_000_000,
    smallAreaM2: options.smallAreaM2 ?? 30_000,
    bundleMaxCommunities: options.bundleMaxCommunities ?? 10,
    objectionShareBp: options.objectionShareBp ?? 2000,
  };
  if (!Number.isSafeInteger(out.smallIncomeFen) || out.smallIncomeFen < 0)
    throw new RulesError('INVALID_OPTION', 'smallIncomeFen must be an integer number of fen ≥ 0');
  if (!Number.isFinite(out.smallAreaM2) || out.smallAreaM2 < 0)
    throw new RulesError('INVALID_OPTION', 'smallAreaM2 must be a number ≥ 0');
  if (!Number.isInteger(out.bundleMaxCommunities) || out.bundleMaxCommunities < 1)
    throw new RulesError('INVALID_OPTION', 'bundleMaxCommunities must be an integer ≥ 1');
  if (!Number.isInteger(out.objectionShareBp) || out.objectionShareBp < 0 || out.objectionShareBp > 10_000)
    throw new RulesError('INVALID_OPTION', 'objectionShareBp must be an integer 0–10000');
  return out;
}

const percent = (bp: number) => `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`;

/** Whether an objection lets the owners commission the audit themselves ("以上" includes the bound). */
function qualifies(objection: OwnerObjection, community: Community, shareBp: number): boolean {
  if (objection.raisedBy === 'owners-committee') return true;
  return community.households > 0 && objection.ownersCount * 10_000 >= shareBp * community.households;
}

/**
 * Splits n items into ⌈n / max⌉ bundles whose sizes differ by at most one, so no bundle is left with a
 * straggler or two.
 */
function bundleSizes(n: number, max: number): number[] {
  const k = Math.ceil(n / max);
  return Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
}

/**
 * Plans the year's third-party audits of public income (PI.M5). Each community is `exempt` (every disclosure of
 * the year shows zero public income, and no owner objected: 可不纳入审计), `owner-commissioned` (an objection by the owners' committee,
 * or by owners who are at least `objectionShareBp` of its households: they may commission the audit), or
 * `required`. Required communities that are small by both thresholds (year income below `smallIncomeFen` and
 * building area below `smallAreaM2`) are bundled per county, in division-then-id order, into bundles of at most
 * `bundleMaxCommunities` with sizes as even as possible; the others are audited singly. Every non-exempt
 * community is in exactly one audit unit.
 *
 * Pure and deterministic (no randomness). Throws a `RulesError` only for a malformed option.
 *
 * @example
 * const plan = planAudits(dataset, { year: 2023 });
 */
export function planAudits(dataset: Dataset | DatasetIndex, options: AuditPlanOptions): AuditPlan {
  const p = assertOptions(options);
  const { year } = options;
  const index = dataset instanceof DatasetIndex ? dataset : new DatasetIndex(dataset);
  const yearText = String(year).padStart(4, '0');
  const communities = [...index.byId('community').values()]
    .map((l) => l.record)
    .sort((a, b) => {
      const ka = `${countyCodeOf(a.divisionCode)}|${a.id}`;
      const kb = `${countyCodeOf(b.divisionCode)}|${b.id}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });

  interface Draft extends Omit<AuditCommunityPlan, 'explanation' | 'unitId'> {
    why: Bilingual;
    commissionedBy?: AuditUnit['commissionedBy'];
  }
  const drafts: Draft[] = communities.map((community): Draft => {
    const income = communityYearIncome(index, community, year);
    // An exemption is a relief: zero income must be shown by the year's disclosures, as PI-AUDIT-REQUIRED asks;
    // the registry alone does not prove it.
    const disclosedZero = income.basis === 'disclosures' && income.zero;
    const yearIncomeFen = income.basis === 'disclosures' ? income.totalFen : null;
    const objections = index
      .of('ownerObjection', 'communityId', community.id)
      .map((l) => l.record)
      .filter((o) => o.quarter.startsWith(`${yearText}Q`) || o.raisedOn.startsWith(`${yearText}-`))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const qualifying = objections.filter((o) => qualifies(o, community, p.objectionShareBp));
    const small =
      yearIncomeFen !== null && yearIncomeFen < p.smallIncomeFen && community.buildingArea < p.smallAreaM2;
    const base = {
      communityId: community.id,
      countyCode: countyCodeOf(community.divisionCode),
      divisionCode: community.divisionCode,
      yearIncomeFen,
      disclosedQuarters: income.disclosedQuarters,
      buildingArea: community.buildingArea,
      small,
      objectionIds: objections.map((o) => o.id),
    };
    const incomeText =
      income.basis === 'disclosures'
        ? t(
            `${year}年已公示 ${income.disclosedQuarters.length} 个季度，公共收益合计 ${formatYuan(income.totalFen)}`,
            `${income.disclosedQuarters.length} quarter(s) of ${year} disclosed, public income ${formatYuan(income.totalFen)} in all`,
          )
        : income.zero
          ? t(
              `${year}年无公示，登记的公共收益来源为空，但收入为零未经公示证实`,
              `nothing disclosed in ${year} and no income source registered, so zero income is not shown`,
            )
          : t(
              `${year}年无公示，但登记有公共收益来源，收入未知`,
              `nothing disclosed in ${year} although income sources are registered: income unknown`,
            );

    if (qualifying.length > 0) {
      const byCommittee = qualifying.filter((o) => o.raisedBy === 'owners-committee');
      const commissionedBy = byCommittee.length > 0 ? 'owners-committee' : 'owners';
      const first = qualifying[0] as OwnerObjection;
      const why =
        byCommittee.length > 0
          ? t(
              `业委会对公示结果提出异议（${byCommittee.map((o) => o.id).join('、')}），可聘请第三方审计机构审计。`,
              `The owners' committee objected to the disclosure (${byCommittee.map((o) => o.id).join(', ')}): it may commission a third-party audit.`,
            )
          : t(
              `${first.ownersCount} 户业主提出异议（${first.id}），占总户数 ${percent(Math.floor((first.ownersCount * 10_000) / community.households))}，达到 ${percent(p.objectionShareBp)}，可聘请第三方审计机构审计。`,
              `${first.ownersCount} owners objected (${first.id}), ${percent(Math.floor((first.ownersCount * 10_000) / community.households))} of households, at least ${percent(p.objectionShareBp)}: they may commission a third-party audit.`,
            );
      return { ...base, status: 'owner-commissioned', why, commissionedBy };
    }
    if (disclosedZero && objections.length === 0)
      return {
        ...base,
        status: 'exempt',
        why: t(
          `公共收益为零（${incomeText['zh-CN']}）且无业主异议，可不纳入审计。`,
          `Zero public income (${incomeText.en}) and no owners' objection: may be left out of the audit.`,
        ),
      };
    const objectionNote =
      objections.length > 0
        ? t(
            `；有业主异议（${objections.map((o) => o.id).join('、')}）但未达到自行聘请审计的条件`,
            `; owners objected (${objections.map((o) => o.id).join(', ')}) without reaching the share that lets them commission an audit`,
          )
        : t('', '');
    return {
      ...base,
      status: 'required',
      why: t(
        `须开展第三方审计：${incomeText['zh-CN']}${objectionNote['zh-CN']}。`,
        `Third-party audit required: ${incomeText.en}${objectionNote.en}.`,
      ),
      commissionedBy: 'county-authority',
    };
  });

  const units: AuditUnit[] = [];
  const unitOf = new Map<string, { unitId: string; text: Bilingual }>();
  const counties = [...new Set(drafts.map((d) => d.countyCode))].sort();
  for (const countyCode of counties) {
    const inCounty = drafts.filter((d) => d.countyCode === countyCode);
    const smallOnes = inCounty
      .filter((d) => d.status === 'required' && d.small)
      .sort((a, b) => {
        const ka = `${a.divisionCode}|${a.communityId}`;
        const kb = `${b.divisionCode}|${b.communityId}`;
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      });
    const singles: Draft[] = inCounty.filter(
      (d) => d.status !== 'exempt' && !(d.status === 'required' && d.small),
    );
    const sizes = bundleSizes(smallOnes.length, p.bundleMaxCommunities);
    const bundles = sizes.filter((size) => size > 1).length;
    const width = Math.max(2, String(bundles).length);
    let at = 0;
    sizes.forEach((size, i) => {
      const members = smallOnes.slice(at, at + size);
      at += size;
      // A bundle of one is a single audit (one small community in the county, or a bundle limit of 1).
      if (size === 1) {
        singles.push(members[0] as Draft);
        return;
      }
      const unitId = `${yearText}-${countyCode}-B${String(i + 1).padStart(width, '0')}`;
      const explanation = t(
        `本县 ${smallOnes.length} 个公共收益较小（年收益低于 ${formatYuan(p.smallIncomeFen)}）且面积较小（低于 ${p.smallAreaM2} 平方米）的小区，按街道、编号顺序均分为 ${bundles} 包（每包不超过 ${p.bundleMaxCommunities} 个）统一审计；本包第 ${i + 1} 包，${size} 个小区。`,
        `The county's ${smallOnes.length} communities with small income (below ${formatYuan(p.smallIncomeFen)} a year) and small area (below ${p.smallAreaM2} m²) are split in street-then-id order into ${bundles} even bundle(s) of at most ${p.bundleMaxCommunities}; this is bundle ${i + 1}, ${size} communities.`,
      );
      units.push({
        unitId,
        kind: 'bundle',
        countyCode,
        commissionedBy: 'county-authority',
        communityIds: members.map((m) => m.communityId),
        explanation,
      });
      for (const m of members)
        unitOf.set(m.communityId, {
          unitId,
          text: t(`纳入打包审计 ${unitId}。`, `Audited in bundle ${unitId}.`),
        });
    });
    singles.sort((a, b) => (a.communityId < b.communityId ? -1 : a.communityId > b.communityId ? 1 : 0));
    for (const d of singles) {
      const unitId = `${yearText}-S-${d.communityId}`;
      const reason =
        d.status === 'owner-commissioned'
          ? t('由业主方自行聘请，单独审计', 'commissioned by the owners, audited on its own')
          : d.small
            ? t(
                '小型小区，但无可合并打包的其他小区，单独审计',
                'small, but with no other community to bundle it with: audited on its own',
              )
            : d.yearIncomeFen === null
              ? t(
                  '无公示，收入未知，不能认定为小型小区，单独审计',
                  'nothing disclosed, income unknown, so not shown to be small: audited on its own',
                )
              : t(
                  '不属于公共收益较小且面积较小的小区，单独审计',
                  'not small by both income and area: audited on its own',
                );
      units.push({
        unitId,
        kind: 'single',
        countyCode,
        commissionedBy: d.commissionedBy ?? 'county-authority',
        communityIds: [d.communityId],
        explanation: t(`${d.communityId}：${reason['zh-CN']}。`, `${d.communityId}: ${reason.en}.`),
      });
      unitOf.set(d.communityId, {
        unitId,
        text: t(`单独审计（${unitId}）：${reason['zh-CN']}。`, `Single audit ${unitId}: ${reason.en}.`),
      });
    }
  }

  const planned: AuditCommunityPlan[] = drafts.map(({ why, commissionedBy: _by, ...rest }) => {
    const unit = unitOf.get(rest.communityId);
    if (!unit) return { ...rest, explanation: why };
    return {
      ...rest,
      unitId: unit.unitId,
      explanation: { 'zh-CN': `${why['zh-CN']}${unit.text['zh-CN']}`, en: `${why.en} ${unit.text.en}` },
    };
  });

  return {
    planner: 'PI-AUDIT-PLAN',
    clauseIds: auditPlanner.clauseIds,
    year,
    parameters: p,
    communities: planned,
    units,
  };
}
