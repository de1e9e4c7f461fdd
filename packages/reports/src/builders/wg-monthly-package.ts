import { type CheckResult, WG_COUNTY_TASKS } from '@rectify/rules';
import type { Dataset } from '@rectify/schemas';
import type { ReportDocument, Row, Section } from '../document';
import { formatDateEn, formatDateZh, formatPeriodEn, formatPeriodZh } from '../format/index';
import { bi } from './bilingual';
import { filingMeta, rowContextOf } from './build-context';
import { withinDivision } from './division';
import { indicatorSentence, indicatorsOf } from './indicator-figures';
import { WG_TARGET_INDICATOR_IDS } from './indicator-sets';
import { monthlyFiling, monthProblems } from './monthly-filing';
import { problemLedgerSection, typicalCasesSection } from './problem-ledger';
import { inRange, type MonthlyReportOptions } from './report-options';
import { byText, labelledTotals, numbered } from './table';
import { divisionTaskTable } from './task-progress';
import { inspectionWorkRow, projectDivision, screeningWorkRow, wageWorkColumns } from './wage-work-rows';

/** Report id of {@link buildWgMonthlyPackage}. */
export const WG_MONTHLY_PACKAGE_ID = 'wg-monthly-package';

/** Clauses the package serves: the monthly report (WG.Q1) and the screening it records (WG.M1, WG.S2, WG.F5). */
export const WG_MONTHLY_PACKAGE_CLAUSES: readonly string[] = ['WG.Q1', 'WG.M1', 'WG.S2', 'WG.F5', 'WG.XK8'];

/** Options of {@link buildWgMonthlyPackage}: a county and the month reported on. */
export type WgMonthlyPackageOptions = MonthlyReportOptions;

const WHERE = 'buildWgMonthlyPackage';

/**
 * The monthly report a county's housing bureau, with the HRSS bureau, files with the city leading group on the
 * 23rd (WG.Q1, 附件2 五（四）): the month's progress (当月整治工作进展情况: figures and the WG.T1–T5 indicators
 * for the county); the work ledger (整治工作台账: the month's arrears screenings and project site checks); the
 * clue ledger (线索台账: wage problems of the county found up to the end of the month, then the rule engine's
 * failed wage findings as clues to verify); the typical cases; and the progress on the county task list
 * (附件2.2, WG.XK rows).
 *
 * The due date comes from the reporting calendar. Nothing dated after `asOf` is shown.
 *
 * @throws ReportBuildError `INVALID_OPTION` for malformed options.
 */
export function buildWgMonthlyPackage(
  dataset: Dataset,
  result: CheckResult,
  options: WgMonthlyPackageOptions,
): ReportDocument {
  const filing = monthlyFiling(dataset, result, options, 'WG.Q1', WHERE);
  const { ctx, range, until, ledger, dueOn } = filing;
  const rowContext = rowContextOf(ctx);
  const inDivision = (code: string | undefined) =>
    code !== undefined && withinDivision(code, ctx.divisionCode);

  const screenings = (dataset.records.screeningItem ?? []).filter(
    (s) => inDivision(projectDivision(ctx.subjects, s.projectId)) && inRange(s.screenedOn, range, ctx.asOf),
  );
  const checks = (dataset.records.inspection ?? []).filter(
    (i) => i.projectId !== undefined && inDivision(i.divisionCode) && inRange(i.inspectedOn, range, ctx.asOf),
  );
  const work: { date: string; id: string; row: Row }[] = [
    ...screenings.map((s) => ({ date: s.screenedOn, id: s.id, row: screeningWorkRow(s, rowContext) })),
    ...checks.map((i) => ({ date: i.inspectedOn, id: i.id, row: inspectionWorkRow(i, rowContext) })),
  ].sort((a, b) => byText(a.date, b.date) || byText(a.id, b.id));

  const { problems, clues, foundInMonth, counts: all, kinds } = monthProblems(filing, 'wages');
  const monthZh = formatPeriodZh(range.period);
  const monthEn = formatPeriodEn(range.period);
  const withProblems = screenings.filter((s) => s.result === 'problem-found').length;
  const summary = bi(
    `${monthZh}，排查在建项目 ${screenings.length} 个次（发现问题 ${withProblems} 个次），现场核查 ${checks.length} 次；新发现问题 ${foundInMonth.length} 个${kinds['zh-CN'] ? `（${kinds['zh-CN']}）` : ''}。截至${formatDateZh(until)}，累计发现问题 ${all.opened} 个，整改到位 ${all.rectified} 个、处理到位 ${all.handled} 个、问责到位 ${all.accountability} 个，尚未整改 ${all.open} 个，其中逾期 ${all.overdue} 个；规则核查待核实线索 ${clues.length} 条。`,
    `In ${monthEn}, ${screenings.length} project screening(s) (${withProblems} with problems) and ${checks.length} site check(s); ${foundInMonth.length} new problem(s)${kinds.en ? ` (${kinds.en})` : ''}. As of ${formatDateEn(until)}, ${all.opened} problems found in all: ${all.rectified} rectified, ${all.handled} handled, ${all.accountability} with accountability in place, ${all.open} open of which ${all.overdue} overdue; ${clues.length} rule-check clues to verify.`,
  );
  const figures = indicatorsOf(result, WG_TARGET_INDICATOR_IDS).map((i) =>
    indicatorSentence(i, ctx.divisionCode),
  );

  const sections: Section[] = [
    {
      kind: 'paragraphs',
      id: 'progress',
      title: bi('当月整治工作进展情况', "The month's progress"),
      paragraphs: [summary, ...figures],
    },
    {
      kind: 'table',
      id: 'work-ledger',
      title: bi('整治工作台账', 'Work ledger'),
      columns: wageWorkColumns(),
      rows: numbered(work.map((w) => w.row)),
      totals: labelledTotals(
        { problems: work.reduce((n, w) => n + (w.row.problems as number), 0) },
        'work',
        ctx.lang,
      ),
    },
    problemLedgerSection(
      'clue-ledger',
      bi('线索台账', 'Clue ledger'),
      problems,
      clues,
      ledger,
      bi(
        `截至${formatDateZh(until)}本辖区发现的欠款欠薪问题线索，以及规则核查发现、待核实的线索。`,
        `Arrears problems of the division found up to ${formatDateEn(until)}, then clues raised by the rule check, to verify.`,
      ),
    ),
    typicalCasesSection(problems, ledger),
    divisionTaskTable(ctx, {
      id: 'task-progress',
      title: bi('整治工作进展情况（县（市、区）工作任务清单）', 'Progress on the county task list'),
      tasks: WG_COUNTY_TASKS,
      campaignYear: range.year,
      month: range.period,
    }),
  ];

  return {
    id: WG_MONTHLY_PACKAGE_ID,
    title: bi(
      `${ctx.divisionName.zh}“点题整治”（拖欠工程款、农民工工资）${monthZh}工作报送材料`,
      `Construction payment and wage campaign: monthly report, ${ctx.divisionName.en}, ${monthEn}`,
    ),
    subtitle: bi(
      `整治工作进展情况、整治工作台账、线索台账、典型案例${dueOn ? `（${formatDateZh(dueOn)}报送市工作领导小组）` : ''}`,
      `Progress, work ledger, clue ledger, typical cases${dueOn ? ` (due to the city leading group on ${formatDateEn(dueOn)})` : ''}`,
    ),
    meta: filingMeta(ctx, 'wages', WG_MONTHLY_PACKAGE_CLAUSES, range.period, dueOn),
    sections,
  };
}
