import {
  type CheckResult,
  type CrossInspectionLevel,
  type CrossInspectionPlan,
  crossInspectionPlanner,
  planCrossInspection,
  type Seed,
} from '@rectify/rules';
import type { Dataset } from '@rectify/schemas';
import type { ReportDocument, Row, Section } from '../document';
import { formatDateEn, formatDateZh, formatPeriodEn, formatPeriodZh } from '../format/index';
import { bi } from './bilingual';
import { type BuildContext, buildContext } from './build-context';
import { isCityCode, withinDivision } from './division';
import { ReportBuildError } from './report-build-error';
import { inRange, type PeriodRange, type QuarterlyReportOptions, quarterRange } from './report-options';
import { column, labelledTotals, numbered, SEQ_COLUMN, totalsOf } from './table';

/** Report id of {@link buildCrossInspectionReport}. */
export const CROSS_INSPECTION_REPORT_ID = 'cross-inspection-report';

/** Options of {@link buildCrossInspectionReport}. */
export interface CrossInspectionReportOptions extends QuarterlyReportOptions {
  /** Seed of the draw; the same dataset, options and seed give the same groups. */
  seed: Seed;
  /**
   * The levels whose groups to plan. Defaults to `['county']` for a city and `['street', 'committee']` for a
   * county or street (PI.M3: county authorities, street offices and residents' committees each form groups).
   */
  levels?: readonly CrossInspectionLevel[];
}

/** Clauses the arrangement serves: the cross-inspection planner's (PI.M3, PI.X17, PI.X18). */
export const CROSS_INSPECTION_REPORT_CLAUSES: readonly string[] = [...crossInspectionPlanner.clauseIds];

const WHERE = 'buildCrossInspectionReport';
const LEVELS: readonly CrossInspectionLevel[] = ['county', 'street', 'committee'];
const LEVEL_TEXT: Record<CrossInspectionLevel, { zh: string; en: string }> = {
  county: { zh: '县（市、区）物业管理主管部门', en: 'County authorities' },
  street: { zh: '街道办事处（乡镇人民政府）', en: 'Street offices' },
  committee: { zh: '居（村）民委员会', en: "Residents' committees" },
};

function levelSections(plan: CrossInspectionPlan, ctx: BuildContext, range: PeriodRange): Section[] {
  const { lang } = ctx;
  const names = ctx.divisions[lang];
  const level = plan.level;
  const mine = (code: string) =>
    withinDivision(code, ctx.divisionCode) || withinDivision(ctx.divisionCode, code);
  const groups = plan.groups.filter(
    (g) =>
      withinDivision(g.fromAreaCode, ctx.divisionCode) ||
      withinDivision(g.inspectsAreaCode, ctx.divisionCode),
  );
  const crossInspections = (ctx.dataset.records.inspection ?? []).filter(
    (i) => i.kind === 'cross' && i.crossGroupId !== undefined && inRange(i.inspectedOn, range, ctx.asOf),
  );
  const rows: Row[] = groups.map((g) => {
    const held = crossInspections.filter((i) => i.crossGroupId === g.groupId).length;
    // PI.M3 每季度开展一次: due by the quarter's end; before then an unheld inspection is pending.
    const status = held > 0 ? 'done' : ctx.asOf <= range.to ? 'pending' : 'overdue';
    return {
      groupId: g.groupId,
      from: g.fromAreaName ?? names.label(g.fromAreaCode),
      inspects: g.inspectsAreaName ?? names.label(g.inspectsAreaCode),
      communities: g.communityIds.length,
      held,
      status,
      explanation: g.explanation[lang],
    };
  });
  const gaps = plan.gaps
    .filter((g) => mine(g.areaCode))
    .map((g) => ({ area: names.label(g.areaCode), reason: g.explanation[lang] }));
  const text = LEVEL_TEXT[level];
  return [
    {
      kind: 'table',
      id: `groups-${level}`,
      title: bi(`${text.zh}交叉检查组`, `${text.en}: cross-inspection groups`),
      columns: [
        SEQ_COLUMN,
        column('groupId', '检查组编号', 'Group', 'code', 22),
        column('from', '组成单位所在地', 'Formed by', 'text', 16),
        column('inspects', '交叉检查区域', 'Inspects', 'text', 16),
        column('communities', '小区数', 'Communities', 'integer', 8),
        column('held', '本季度已检查次数', 'Inspections held', 'integer', 10),
        column('status', '开展情况', 'Status', 'status', 10),
        column('explanation', '说明', 'Explanation', 'text', 40),
      ],
      rows: numbered(rows),
      totals: labelledTotals(totalsOf(rows, ['communities', 'held']), 'from', lang),
    },
    {
      kind: 'table',
      id: `gaps-${level}`,
      title: bi(`${text.zh}未能交叉的区域`, `${text.en}: areas left out of the exchange`),
      columns: [column('area', '区域', 'Area', 'text', 16), column('reason', '原因', 'Reason', 'text', 60)],
      rows: gaps,
    },
  ];
}

/**
 * The quarter's cross-inspection arrangement (交叉检查, PI.M3 每季度开展一次交叉检查): per level, the groups drawn by
 * `planCrossInspection` of `@rectify/rules` — no group inspects its own area — with how many cross-inspections
 * each group has recorded in the quarter (`inspection.crossGroupId`) and whether the quarter's inspection is
 * done, pending (the quarter has not ended) or overdue; then the areas that could not be exchanged.
 *
 * @throws ReportBuildError `INVALID_OPTION` for malformed options; a `RulesError` from the planner for a
 * malformed seed.
 */
export function buildCrossInspectionReport(
  dataset: Dataset,
  result: CheckResult,
  options: CrossInspectionReportOptions,
): ReportDocument {
  const ctx = buildContext(dataset, result, options, WHERE);
  const range = quarterRange(options.quarter, WHERE);
  const levels: readonly CrossInspectionLevel[] =
    options.levels ?? (isCityCode(ctx.divisionCode) ? ['county'] : ['street', 'committee']);
  if (!Array.isArray(levels as unknown) || levels.length === 0 || levels.some((l) => !LEVELS.includes(l)))
    throw new ReportBuildError(
      'INVALID_OPTION',
      `${WHERE}: levels must be a non-empty list of county, street, committee`,
    );
  const sections = levels.flatMap((level) =>
    levelSections(
      planCrossInspection(dataset, { quarter: range.period, seed: options.seed, level }),
      ctx,
      range,
    ),
  );
  const quarterZh = formatPeriodZh(range.period);
  const quarterEn = formatPeriodEn(range.period);
  return {
    id: CROSS_INSPECTION_REPORT_ID,
    title: bi(
      `${ctx.divisionName.zh}物业“点题整治”${quarterZh}交叉检查安排`,
      `Cross-inspection arrangement, ${ctx.divisionName.en}, ${quarterEn}`,
    ),
    subtitle: bi(
      `${formatDateZh(range.to)}前完成本季度交叉检查`,
      `The quarter's cross-inspection is due by ${formatDateEn(range.to)}`,
    ),
    meta: {
      campaign: 'public-income',
      clauseIds: [...CROSS_INSPECTION_REPORT_CLAUSES],
      period: range.period,
      divisionCode: ctx.divisionCode,
      divisionName: ctx.divisionName.zh,
      asOf: ctx.asOf,
      dueOn: range.to,
    },
    sections: [
      {
        kind: 'key-values',
        id: 'parameters',
        title: bi('分组参数', 'Parameters'),
        items: [
          { label: bi('随机种子', 'Seed'), value: String(options.seed), type: 'code' },
          {
            label: bi('检查层级', 'Levels'),
            value: levels
              .map((l) => (ctx.lang === 'en' ? LEVEL_TEXT[l].en : LEVEL_TEXT[l].zh))
              .join(ctx.lang === 'en' ? ', ' : '、'),
          },
        ],
      },
      ...sections,
    ],
  };
}
