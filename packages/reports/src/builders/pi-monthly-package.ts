import { type CheckResult, findCampaignTask, PI_CITY_COUNTY_TASKS } from '@rectify/rules';
import type { Bilingual, Dataset } from '@rectify/schemas';
import type { ReportDocument, Section } from '../document';
import { formatDateEn, formatDateZh, formatPeriodEn, formatPeriodZh } from '../format/index';
import { bi } from './bilingual';
import { type BuildContext, filingMeta, rowContextOf } from './build-context';
import { withinDivision } from './division';
import { indicatorSentence, indicatorsOf } from './indicator-figures';
import { PI_TARGET_INDICATOR_IDS } from './indicator-sets';
import { communityInspections, inspectionColumns, inspectionRow, isStreetLevel } from './inspection-rows';
import { monthlyFiling, monthProblems } from './monthly-filing';
import { freeText } from './personal-data';
import { problemLedgerSection, typicalCasesSection } from './problem-ledger';
import { inRange, type MonthlyReportOptions, type PeriodRange } from './report-options';
import { labelledTotals, numbered } from './table';
import { divisionTaskTable } from './task-progress';

/** Report id of {@link buildPiMonthlyPackage}. */
export const PI_MONTHLY_PACKAGE_ID = 'pi-monthly-package';

/** Clauses the package serves: the monthly report (PI.Q1), the ledgers it holds and the bulletin it feeds. */
export const PI_MONTHLY_PACKAGE_CLAUSES: readonly string[] = [
  'PI.Q1',
  'PI.M2',
  'PI.C5.b',
  'PI.C5.e',
  'PI.S3',
  'PI.X7',
];

/** Options of {@link buildPiMonthlyPackage}: a county and the month reported on. */
export type PiMonthlyPackageOptions = MonthlyReportOptions;

const WHERE = 'buildPiMonthlyPackage';

function practiceParagraphs(ctx: BuildContext, range: PeriodRange, taskPrefix: string): Bilingual[] {
  const notes = (ctx.dataset.records.taskProgress ?? [])
    .filter(
      (p) =>
        p.taskId.startsWith(taskPrefix) &&
        p.note !== undefined &&
        withinDivision(p.divisionCode, ctx.divisionCode) &&
        inRange(p.reportedOn, range, ctx.asOf),
    )
    .sort((a, b) =>
      a.reportedOn < b.reportedOn ? -1 : a.reportedOn > b.reportedOn ? 1 : a.id < b.id ? -1 : 1,
    );
  if (notes.length === 0) return [bi('本月未报送经验做法。', 'No practice was reported this month.')];
  return notes.map((p) => {
    const task = findCampaignTask(p.taskId);
    const note = freeText(p.note ?? '', ctx.reveal);
    const content = task?.content ?? '';
    return bi(`【${p.taskId}】${content}：${note}`, `[${p.taskId}] ${content}: ${note}`);
  });
}

/**
 * The monthly report package a county's property authority files with the city bureau by the 23rd (PI.Q1,
 * 附件1 六（五）): the problem (clue) ledger (问题（线索）台账) — every public-income problem of the county found
 * up to the end of the month, then the rule engine's failed findings as clues to verify; the work ledgers
 * (工作台账) — the month's inspections by the authority (主管部门) and by street offices and residents'
 * committees (街道办事处（乡镇人民政府）检查工作台账); the briefing (工作简报) — the month's figures and the
 * indicators for the county, then the practices (经验做法) reported in task progress notes; the typical cases
 * (典型案例) flagged in the ledger; and the month's progress (当月整治进展情况) on the county's PI.X tasks.
 *
 * The due date comes from the reporting calendar (absent for a month the calendar has none for: before the
 * campaign, or December, whose report is the year-end summary). Nothing dated after `asOf` is shown.
 *
 * @throws ReportBuildError `INVALID_OPTION` for malformed options.
 */
export function buildPiMonthlyPackage(
  dataset: Dataset,
  result: CheckResult,
  options: PiMonthlyPackageOptions,
): ReportDocument {
  const filing = monthlyFiling(dataset, result, options, 'PI.Q1', WHERE);
  const { ctx, range, until, ledger, dueOn } = filing;
  const { problems, clues, foundInMonth, counts: all, kinds } = monthProblems(filing, 'public-income');

  const inspections = communityInspections(dataset.records.inspection, ctx.divisionCode, range, ctx.asOf);
  const rowContext = rowContextOf(ctx);
  const authority = inspections.filter((i) => !isStreetLevel(i));
  const street = inspections.filter(isStreetLevel);

  const monthZh = formatPeriodZh(range.period);
  const monthEn = formatPeriodEn(range.period);
  const rectifiedInMonth = problems.filter((p) => inRange(p.rectifiedOn, range, ctx.asOf)).length;
  const closedInMonth = problems.filter((p) => inRange(p.closedOn, range, ctx.asOf)).length;
  const progress = bi(
    `${monthZh}，共开展检查 ${inspections.length} 次，其中主管部门 ${authority.length} 次、街道办事处（乡镇人民政府）和居（村）民委员会 ${street.length} 次；新发现问题 ${foundInMonth.length} 个${kinds['zh-CN'] ? `（${kinds['zh-CN']}）` : ''}，当月整改到位 ${rectifiedInMonth} 个、办结 ${closedInMonth} 个。截至${formatDateZh(until)}，累计发现问题 ${all.opened} 个，已整改 ${all.rectified} 个，尚未整改 ${all.open} 个，其中逾期 ${all.overdue} 个；规则核查待核实线索 ${clues.length} 条。`,
    `In ${monthEn}, ${inspections.length} inspection(s): ${authority.length} by the authority, ${street.length} by street offices and residents' committees; ${foundInMonth.length} new problem(s)${kinds.en ? ` (${kinds.en})` : ''}, ${rectifiedInMonth} rectified and ${closedInMonth} closed in the month. As of ${formatDateEn(until)}, ${all.opened} problems found in all, ${all.rectified} rectified, ${all.open} open of which ${all.overdue} overdue; ${clues.length} rule-check clues to verify.`,
  );
  const figures = indicatorsOf(result, PI_TARGET_INDICATOR_IDS).map((i) =>
    indicatorSentence(i, ctx.divisionCode),
  );

  const sections: Section[] = [
    problemLedgerSection(
      'problem-ledger',
      bi('问题（线索）台账', 'Problem (clue) ledger'),
      problems,
      clues,
      ledger,
      bi(
        `截至${formatDateZh(until)}本辖区发现的问题，以及规则核查发现、待核实的线索。`,
        `Problems of the division found up to ${formatDateEn(until)}, then clues raised by the rule check, to verify.`,
      ),
    ),
    {
      kind: 'table',
      id: 'authority-inspections',
      title: bi('主管部门检查工作台账', "Authority's inspection ledger"),
      columns: inspectionColumns(),
      rows: numbered(authority.map((i) => inspectionRow(i, rowContext))),
      totals: labelledTotals(
        { problems: authority.reduce((n, i) => n + i.problemIds.length, 0) },
        'kind',
        ctx.lang,
      ),
    },
    {
      kind: 'table',
      id: 'street-inspections',
      title: bi('街道办事处（乡镇人民政府）检查工作台账', "Street offices' inspection ledger"),
      columns: inspectionColumns(),
      rows: numbered(street.map((i) => inspectionRow(i, rowContext))),
      totals: labelledTotals(
        { problems: street.reduce((n, i) => n + i.problemIds.length, 0) },
        'kind',
        ctx.lang,
      ),
    },
    {
      kind: 'paragraphs',
      id: 'briefing-progress',
      title: bi('工作简报：工作进展情况', 'Briefing: progress'),
      paragraphs: [progress, ...figures],
    },
    {
      kind: 'paragraphs',
      id: 'briefing-practices',
      title: bi('工作简报：经验做法', 'Briefing: practices'),
      paragraphs: practiceParagraphs(ctx, range, 'PI.X'),
    },
    typicalCasesSection(problems, ledger),
    divisionTaskTable(ctx, {
      id: 'task-progress',
      title: bi('当月整治进展情况（市、县工作任务清单）', "The month's progress on the task list"),
      tasks: PI_CITY_COUNTY_TASKS.filter((t) => t.levels.includes('county')),
      campaignYear: range.year,
      month: range.period,
    }),
  ];

  return {
    id: PI_MONTHLY_PACKAGE_ID,
    title: bi(
      `${ctx.divisionName.zh}物业“点题整治”${monthZh}工作报送材料`,
      `Property public-income campaign: monthly report package, ${ctx.divisionName.en}, ${monthEn}`,
    ),
    subtitle: bi(
      `问题（线索）台账、工作台账、工作简报、典型案例和当月整治进展情况${dueOn ? `（${formatDateZh(dueOn)}前报送市住建局）` : ''}`,
      `Problem ledger, work ledgers, briefing, typical cases and the month's progress${dueOn ? ` (due to the city bureau by ${formatDateEn(dueOn)})` : ''}`,
    ),
    meta: filingMeta(ctx, 'public-income', PI_MONTHLY_PACKAGE_CLAUSES, range.period, dueOn),
    sections,
  };
}
