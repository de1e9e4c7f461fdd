import type { CheckResult } from '@rectify/rules';
import { type Dataset, PROBLEM_KINDS, type Problem, type ScreeningItem } from '@rectify/schemas';
import type { ReportDocument, Row, Section } from '../document';
import { formatDateEn, formatDateZh } from '../format/index';
import { bi } from './bilingual';
import { type BuildContext, buildContext, filingMeta, ledgerContext } from './build-context';
import { withinDivision } from './division';
import { indicatorSentence, indicatorsOf, ratioValue } from './indicator-figures';
import { WG_TARGET_INDICATOR_IDS } from './indicator-sets';
import { codeLabel, INSTITUTION_LABELS, joinList, mapLabel, SCREENING_RESULT_LABELS } from './labels';
import { personText } from './personal-data';
import { failedFindings, problemCounts, problemLedgerSection, problemsOf } from './problem-ledger';
import { knownUntil, type YearlyReportOptions, yearRange } from './report-options';
import { yearEndDueOn } from './reporting-dates';
import { IN_PLACE_STATUSES } from './statuses';
import { subjectName } from './subject-names';
import { byText, column, numbered, SEQ_COLUMN } from './table';
import { projectDivision } from './wage-work-rows';

/** Report id of {@link buildWgYearEndPackage}. */
export const WG_YEAR_END_PACKAGE_ID = 'wg-year-end-package';

/** Clauses the package serves: the year-end filing (WG.Q1) and the three lists it carries (WG.M1, WG.S2). */
export const WG_YEAR_END_PACKAGE_CLAUSES: readonly string[] = ['WG.Q1', 'WG.M1', 'WG.S2', 'WG.S5', 'WG.F5'];

/** Options of {@link buildWgYearEndPackage}: a county and the campaign year. */
export type WgYearEndPackageOptions = YearlyReportOptions;

const WHERE = 'buildWgYearEndPackage';

/** WG.M1 三个到位: rectification, handling and accountability each in place by `asOf`. */
export function inPlaceStatus(problem: Problem, asOf: string): 'in-place' | 'open' | 'overdue' {
  const done = (d: string | undefined) => d !== undefined && d <= asOf;
  if (done(problem.rectifiedOn) && done(problem.handledOn) && done(problem.accountabilityOn))
    return 'in-place';
  return problem.deadline !== undefined && problem.deadline < asOf ? 'overdue' : 'open';
}

function screeningRow(item: ScreeningItem, ctx: BuildContext): Row {
  const project = ctx.subjects.projects.get(item.projectId);
  return {
    id: item.id,
    project: project?.name ?? item.projectId,
    division: project === undefined ? '' : ctx.divisions[ctx.lang].label(project.divisionCode),
    screenedOn: item.screenedOn,
    responsible: personText(item.responsiblePerson, ctx.reveal),
    institutions: joinList(
      item.institutionsChecked.map((c) => mapLabel(INSTITUTION_LABELS, c, ctx.lang)),
      ctx.lang,
    ),
    result: mapLabel(SCREENING_RESULT_LABELS, item.result, ctx.lang),
    problemIds: joinList(item.problemIds, ctx.lang),
  };
}

function rectificationRow(problem: Problem, ctx: BuildContext, until: string): Row {
  const known = (d: string | undefined) => (d !== undefined && d <= until ? d : null);
  return {
    id: problem.id,
    subject: subjectName(ctx.subjects, problem),
    kind: codeLabel(PROBLEM_KINDS, problem.kind, ctx.lang),
    responsible: personText(problem.responsiblePerson, ctx.reveal),
    deadline: problem.deadline ?? null,
    rectifiedOn: known(problem.rectifiedOn),
    handledOn: known(problem.handledOn),
    accountabilityOn: known(problem.accountabilityOn),
    status: inPlaceStatus(problem, until),
  };
}

/**
 * The year-end filing of a county to the city leading group by 15 December (WG.Q1, 附件2 五（四）: 深化整治工作总结
 * 报告和三项清单): a summary (key figures, narrative and the WG.T1–T5 indicators for the county), then the three
 * lists of WG.M1 (一个明确二个清单三个到位): the screening list (排查清单, the year's screening items of the
 * county's projects, each with its responsible person), the problem list (问题清单, the year's wage problems and
 * the rule engine's failed findings), and the rectification list (整改清单, each problem's responsible person,
 * time limit and the dates rectification, handling and accountability were in place).
 *
 * @throws ReportBuildError `INVALID_OPTION` for malformed options.
 */
export function buildWgYearEndPackage(
  dataset: Dataset,
  result: CheckResult,
  options: WgYearEndPackageOptions,
): ReportDocument {
  const ctx = buildContext(dataset, result, options, WHERE);
  const range = yearRange(options.year, WHERE);
  const until = knownUntil(range, ctx.asOf);
  const inDivision = (code: string | undefined) =>
    code !== undefined && withinDivision(code, ctx.divisionCode);

  const projects = (dataset.records.constructionProject ?? []).filter(
    (p) => p.status === 'under-construction' && inDivision(p.divisionCode),
  );
  const screenings = (dataset.records.screeningItem ?? [])
    .filter(
      (s) =>
        inDivision(projectDivision(ctx.subjects, s.projectId)) &&
        s.screenedOn >= range.from &&
        s.screenedOn <= until,
    )
    .sort((a, b) => byText(a.screenedOn, b.screenedOn) || byText(a.id, b.id));
  const screenedProjects = new Set(screenings.map((s) => s.projectId));
  const screenedUnderConstruction = projects.filter((p) => screenedProjects.has(p.id)).length;
  const problems = problemsOf(dataset.records.problem, 'wages', ctx.divisionCode, until, range.from);
  const clues = failedFindings(result.findings, 'wages', ctx.divisionCode);
  const counts = problemCounts(problems, until);
  const inPlace = problems.filter((p) => inPlaceStatus(p, until) === 'in-place').length;
  const yearZh = `${range.year}年`;

  const sections: Section[] = [
    {
      kind: 'key-values',
      id: 'summary-figures',
      title: bi('主要数据', 'Key figures'),
      items: [
        { label: bi('在建项目数', 'Projects under construction'), value: projects.length, type: 'integer' },
        {
          label: bi('已排查在建项目数', 'Projects under construction screened'),
          value: screenedUnderConstruction,
          type: 'integer',
        },
        {
          label: bi('排查覆盖率', 'Screening coverage'),
          value: ratioValue(screenedUnderConstruction, projects.length),
          type: 'ratio',
        },
        { label: bi('排查记录数', 'Screening records'), value: screenings.length, type: 'integer' },
        { label: bi('发现问题数', 'Problems found'), value: counts.opened, type: 'integer' },
        { label: bi('整改到位', 'Rectified'), value: counts.rectified, type: 'integer' },
        { label: bi('处理到位', 'Handled'), value: counts.handled, type: 'integer' },
        { label: bi('问责到位', 'Accountability in place'), value: counts.accountability, type: 'integer' },
        { label: bi('三个到位全部完成', 'All three in place'), value: inPlace, type: 'integer' },
        { label: bi('尚未整改', 'Open'), value: counts.open, type: 'integer' },
        { label: bi('其中逾期', 'Of which overdue'), value: counts.overdue, type: 'integer' },
        {
          label: bi('规则核查待核实线索', 'Rule-check clues to verify'),
          value: clues.length,
          type: 'integer',
        },
      ],
    },
    {
      kind: 'paragraphs',
      id: 'summary',
      title: bi('深化整治工作总结', 'Summary'),
      paragraphs: [
        bi(
          `${yearZh}，本辖区在建项目 ${projects.length} 个，已排查 ${screenedUnderConstruction} 个，形成排查记录 ${screenings.length} 条；发现问题 ${counts.opened} 个，整改到位 ${counts.rectified} 个、处理到位 ${counts.handled} 个、问责到位 ${counts.accountability} 个，“三个到位”全部完成 ${inPlace} 个；截至${formatDateZh(until)}尚未整改 ${counts.open} 个，其中逾期 ${counts.overdue} 个。`,
          `In ${range.year}, ${projects.length} projects under construction, ${screenedUnderConstruction} screened, ${screenings.length} screening records; ${counts.opened} problems found: ${counts.rectified} rectified, ${counts.handled} handled, ${counts.accountability} with accountability in place, ${inPlace} with all three in place; ${counts.open} open as of ${formatDateEn(until)}, ${counts.overdue} of them overdue.`,
        ),
        ...indicatorsOf(result, WG_TARGET_INDICATOR_IDS).map((i) => indicatorSentence(i, ctx.divisionCode)),
      ],
    },
    {
      kind: 'table',
      id: 'screening-list',
      title: bi('排查清单', 'Screening list'),
      columns: [
        SEQ_COLUMN,
        column('id', '编号', 'Id', 'code', 14),
        column('project', '项目名称', 'Project', 'text', 24),
        column('division', '所在地', 'Division', 'text', 10),
        column('screenedOn', '排查日期', 'Screened on', 'date', 11),
        column('responsible', '责任人', 'Responsible', 'text', 16),
        column('institutions', '排查内容', 'Institutions checked', 'text', 34),
        column('result', '排查结果', 'Result', 'text', 12),
        column('problemIds', '问题编号', 'Problems', 'code', 16),
      ],
      rows: numbered(screenings.map((s) => screeningRow(s, ctx))),
    },
    problemLedgerSection('problem-list', bi('问题清单', 'Problem list'), problems, clues, ledgerContext(ctx)),
    {
      kind: 'table',
      id: 'rectification-list',
      title: bi('整改清单', 'Rectification list'),
      columns: [
        SEQ_COLUMN,
        column('id', '问题编号', 'Problem', 'code', 16),
        column('subject', '项目/企业', 'Project / enterprise', 'text', 22),
        column('kind', '问题类型', 'Kind', 'text', 16),
        column('responsible', '责任人', 'Responsible', 'text', 16),
        column('deadline', '整改时限', 'Time limit', 'date', 11),
        column('rectifiedOn', '整改到位', 'Rectified on', 'date', 11),
        column('handledOn', '处理到位', 'Handled on', 'date', 11),
        column('accountabilityOn', '问责到位', 'Accountability on', 'date', 11),
        column('status', '状态', 'Status', 'status', 12, IN_PLACE_STATUSES),
      ],
      rows: numbered(problems.map((p) => rectificationRow(p, ctx, until))),
      note: bi(
        '“三个到位”：整改到位、处理到位、问责到位（附件2 三（一））。',
        'All three in place: rectification, handling and accountability (附件2 三（一）).',
      ),
    },
  ];

  const dueOn = yearEndDueOn('WG.Q1', range.year);
  return {
    id: WG_YEAR_END_PACKAGE_ID,
    title: bi(
      `${ctx.divisionName.zh}深化“点题整治”（拖欠工程款、农民工工资）${yearZh}工作总结报告和三项清单`,
      `Construction payment and wage campaign: ${range.year} summary and the three lists, ${ctx.divisionName.en}`,
    ),
    subtitle: bi(
      `排查清单、问题清单、整改清单${dueOn ? `（${formatDateZh(dueOn)}前报送）` : ''}`,
      `Screening list, problem list, rectification list${dueOn ? ` (due by ${formatDateEn(dueOn)})` : ''}`,
    ),
    meta: filingMeta(ctx, 'wages', WG_YEAR_END_PACKAGE_CLAUSES, range.period, dueOn),
    sections,
  };
}
