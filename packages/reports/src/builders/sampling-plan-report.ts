import {
  type CheckResult,
  planSampling,
  type SamplingShare,
  type Seed,
  samplingPlanner,
} from '@rectify/rules';
import { countyCodeOf, type Dataset } from '@rectify/schemas';
import type { ReportDocument, Row } from '../document';
import { formatDateEn, formatDateZh } from '../format/index';
import { bi } from './bilingual';
import { buildContext } from './build-context';
import { isCityCode, withinDivision } from './division';
import { joinList, mapLabel, SAMPLING_REASON_LABELS } from './labels';
import { ReportBuildError } from './report-build-error';
import { type YearlyReportOptions, yearRange } from './report-options';
import { taskDueOn } from './reporting-dates';
import { ASSIGNMENT_STATUSES } from './statuses';
import { column, labelledTotals, numbered, SEQ_COLUMN, totalsOf } from './table';

/** Report id of {@link buildSamplingPlanReport}. */
export const SAMPLING_PLAN_REPORT_ID = 'sampling-plan-report';

/** Options of {@link buildSamplingPlanReport}. */
export interface SamplingPlanReportOptions extends YearlyReportOptions {
  /** Seed of the double-random draw (双随机); the same dataset, options and seed give the same plan. */
  seed: Seed;
  /** Share of each county's communities to sample. Defaults to the planner's `1/2` (PI.M2). */
  share?: SamplingShare;
  /** Inspectors drawn per picked community. Defaults to the planner's 2. */
  inspectorsPerPick?: number;
}

/** Clauses the plan serves: the sampling planner's (PI.M2, PI.T2, PI.X19) and the task that sets its date (PI.X13). */
export const SAMPLING_PLAN_REPORT_CLAUSES: readonly string[] = [...samplingPlanner.clauseIds, 'PI.X13'];

const WHERE = 'buildSamplingPlanReport';

/**
 * The year's on-site sampling verification plan (实地抽查核实, PI.M2, PI.T2) of a county, or of every county of
 * the city: per county, the communities that must be sampled (at least half), priorities (province- or
 * city-transferred petitions, zero public income) and the draw by lot; per picked community, why it was picked
 * and the inspectors drawn for it (by id: names are personal data), from `planSampling` of `@rectify/rules`.
 * Due by the date of task PI.X13 (按照整治方案完成抽查核实指标, 9月底前).
 *
 * @throws ReportBuildError `INVALID_OPTION` for malformed options; a `RulesError` from the planner for a
 * malformed seed, share or inspector count.
 */
export function buildSamplingPlanReport(
  dataset: Dataset,
  result: CheckResult,
  options: SamplingPlanReportOptions,
): ReportDocument {
  const ctx = buildContext(dataset, result, options, WHERE);
  const range = yearRange(options.year, WHERE);
  if (ctx.divisionCode.length !== 6)
    throw new ReportBuildError(
      'INVALID_OPTION',
      `${WHERE}: divisionCode must be a county or the city (6 digits)`,
    );
  const plan = planSampling(dataset, {
    year: range.year,
    seed: options.seed,
    ...(isCityCode(ctx.divisionCode) ? {} : { countyCode: countyCodeOf(ctx.divisionCode) }),
    ...(options.share === undefined ? {} : { share: options.share }),
    ...(options.inspectorsPerPick === undefined ? {} : { inspectorsPerPick: options.inspectorsPerPick }),
  });
  const lang = ctx.lang;
  const names = ctx.divisions[lang];
  // Inspectors are shown by id; with `reveal`, their names follow (PersonRef is personal data).
  const inspectors = new Map((dataset.records.inspector ?? []).map((i) => [i.id, i.person] as const));
  const counties = plan.counties.filter((c) => withinDivision(c.countyCode, ctx.divisionCode));
  const countyRows: Row[] = counties.map((c) => ({
    county: names.label(c.countyCode),
    total: c.total,
    required: c.required,
    priority: c.priorityCount,
    random: c.randomCount,
    picked: c.picks.length,
    inspectors: c.inspectorsAvailable,
    explanation: c.explanation[lang],
  }));
  const pickRows: Row[] = counties.flatMap((c) =>
    c.picks.map((p) => ({
      county: names.label(c.countyCode),
      community: ctx.subjects.communities.get(p.communityId)?.name ?? p.communityId,
      division: names.label(p.divisionCode),
      reasons: joinList(
        p.reasons.map((r) => mapLabel(SAMPLING_REASON_LABELS, r, lang)),
        lang,
      ),
      petitions: p.petitionIds.length,
      inspectors: joinList(
        p.inspectorIds.map((id) => {
          const person = ctx.reveal ? inspectors.get(id) : undefined;
          return person?.name === undefined ? id : `${id} ${person.name}`;
        }),
        lang,
      ),
      assignment: p.assignment,
      explanation: p.explanation[lang],
    })),
  );
  const dueOn = taskDueOn('PI.X13', range.year);
  return {
    id: SAMPLING_PLAN_REPORT_ID,
    title: bi(
      `${ctx.divisionName.zh}${range.year}年物业小区公共收益实地抽查核实计划`,
      `On-site sampling verification plan ${range.year}, ${ctx.divisionName.en}`,
    ),
    subtitle: bi(
      `重点小区优先，其余“双随机”抽取${dueOn ? `；${formatDateZh(dueOn)}前完成抽查核实指标` : ''}`,
      `Priorities first, the rest drawn at random${dueOn ? `; to be completed by ${formatDateEn(dueOn)}` : ''}`,
    ),
    meta: {
      campaign: 'public-income',
      clauseIds: [...SAMPLING_PLAN_REPORT_CLAUSES],
      period: range.period,
      divisionCode: ctx.divisionCode,
      divisionName: ctx.divisionName.zh,
      asOf: ctx.asOf,
      ...(dueOn ? { dueOn } : {}),
    },
    sections: [
      {
        kind: 'key-values',
        id: 'parameters',
        title: bi('抽取参数', 'Parameters'),
        items: [
          { label: bi('随机种子', 'Seed'), value: String(plan.seed), type: 'code' },
          {
            label: bi('抽查比例（下限）', 'Share (least)'),
            value: plan.share.numerator / plan.share.denominator,
            type: 'ratio',
          },
          {
            label: bi('每个小区抽派检查人员', 'Inspectors per community'),
            value: options.inspectorsPerPick ?? 2,
            type: 'integer',
          },
        ],
      },
      {
        kind: 'table',
        id: 'counties',
        title: bi('各县（市、区）抽查数量', 'Sample size by county'),
        columns: [
          column('county', '县（市、区）', 'County', 'text', 14),
          column('total', '小区总数', 'Communities', 'integer', 9),
          column('required', '应抽查数', 'Required', 'integer', 9),
          column('priority', '重点小区', 'Priority', 'integer', 9),
          column('random', '随机抽取', 'By lot', 'integer', 9),
          column('picked', '抽查合计', 'Picked', 'integer', 9),
          column('inspectors', '在岗检查人员', 'Inspectors', 'integer', 10),
          column('explanation', '说明', 'Explanation', 'text', 48),
        ],
        rows: countyRows,
        totals: totalsOf(countyRows, ['total', 'required', 'priority', 'random', 'picked', 'inspectors']),
      },
      {
        kind: 'table',
        id: 'picks',
        title: bi('抽查小区及检查人员', 'Picked communities and inspectors'),
        columns: [
          SEQ_COLUMN,
          column('county', '县（市、区）', 'County', 'text', 12),
          column('community', '小区名称', 'Community', 'text', 16),
          column('division', '所在街道', 'Street', 'text', 12),
          column('reasons', '抽取原因', 'Reasons', 'text', 16),
          column('petitions', '转办信访件', 'Petitions', 'integer', 8),
          column('inspectors', '检查人员编号', 'Inspector ids', 'code', 18),
          column('assignment', '分派情况', 'Assignment', 'status', 10, ASSIGNMENT_STATUSES),
          column('explanation', '说明', 'Explanation', 'text', 40),
        ],
        rows: numbered(pickRows),
        totals: labelledTotals(totalsOf(pickRows, ['petitions']), 'county', lang),
        note: ctx.reveal
          ? bi('检查人员以编号和姓名列示。', 'Inspectors are listed by id and name.')
          : bi(
              '检查人员以编号列示（姓名属个人信息）。',
              'Inspectors are listed by id (names are personal data).',
            ),
      },
    ],
  };
}
