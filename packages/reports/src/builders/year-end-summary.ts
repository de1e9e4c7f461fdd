import {
  type CheckResult,
  type Finding,
  PI_CITY_COUNTY_TASKS,
  PUBLIC_INCOME_RULES,
  WAGES_RULES,
  WG_COUNTY_TASKS,
} from '@rectify/rules';
import { type Campaign, type Dataset, PROBLEM_KINDS } from '@rectify/schemas';
import type { ReportDocument, Row, Section } from '../document';
import { formatDateEn, formatDateZh } from '../format/index';
import { bi, say } from './bilingual';
import { buildContext, filingMeta, ledgerContext } from './build-context';
import { withinDivision } from './division';
import {
  indicatorRow,
  indicatorsOf,
  indicatorValueText,
  targetStatus,
  targetText,
} from './indicator-figures';
import { PI_TARGET_INDICATOR_IDS, WG_TARGET_INDICATOR_IDS } from './indicator-sets';
import { problemCounts, problemsOf, typicalCasesSection } from './problem-ledger';
import { ReportBuildError } from './report-build-error';
import { knownUntil, type YearlyReportOptions, yearRange } from './report-options';
import { yearEndDueOn } from './reporting-dates';
import { TARGET_STATUSES } from './statuses';
import { compareSurveys, type SurveyMeasure } from './survey-comparison';
import { column, totalsOf } from './table';
import { divisionTaskTable } from './task-progress';

/** Report id of {@link buildYearEndSummary}. */
export const YEAR_END_SUMMARY_ID = 'year-end-summary';

/** Options of {@link buildYearEndSummary}. */
export interface YearEndSummaryOptions extends YearlyReportOptions {
  /** The campaign summarised: public income (PI.S4) or wages (WG.S5). */
  campaign: Campaign;
  /** The rise over the baseline that counts as marked (显著提高), basis points. Defaults to 500 (5 points). */
  minimumRiseBp?: number;
}

/** Clauses the summary serves, by campaign: the year-end acceptance and its filing, and the targets it reports. */
export const YEAR_END_SUMMARY_CLAUSES: Readonly<Record<Campaign, readonly string[]>> = {
  'public-income': ['PI.S4', 'PI.Q1', 'PI.T1', 'PI.T2', 'PI.T3', 'PI.T4'],
  wages: ['WG.S5', 'WG.Q1', 'WG.T1', 'WG.T2', 'WG.T3', 'WG.T4', 'WG.T5'],
};

const WHERE = 'buildYearEndSummary';

const MEASURE_TEXT: Record<SurveyMeasure, { zh: string; en: string }> = {
  supportive: { zh: '支持率', en: 'Support rate' },
  aware: { zh: '知晓率', en: 'Awareness rate' },
  satisfied: { zh: '满意率', en: 'Satisfaction rate' },
};

const RISE_STATUSES = {
  risen: { icon: '✓', label: bi('显著提高', 'Marked rise') },
  'not-risen': { icon: '✗', label: bi('未显著提高', 'No marked rise') },
  'no-data': { icon: '？', label: bi('无对比数据', 'Nothing to compare') },
};

function findingsByRule(
  findings: readonly Finding[],
  campaign: Campaign,
  divisionCode: string,
  lang: 'zh-CN' | 'en',
): Row[] {
  const rules = campaign === 'public-income' ? PUBLIC_INCOME_RULES : WAGES_RULES;
  const prefix = campaign === 'public-income' ? 'PI-' : 'WG-';
  const counts = new Map<string, { fail: number; pending: number; unknown: number }>();
  for (const f of findings) {
    if (!(f.pack.id === campaign || f.ruleId.startsWith(prefix))) continue;
    if (!withinDivision(f.subject.divisionCode, divisionCode)) continue;
    if (f.outcome !== 'fail' && f.outcome !== 'pending' && f.outcome !== 'unknown') continue;
    const c = counts.get(f.ruleId) ?? { fail: 0, pending: 0, unknown: 0 };
    c[f.outcome]++;
    counts.set(f.ruleId, c);
  }
  const known = new Set(rules.map((r) => r.id));
  const ids = [...rules.map((r) => r.id), ...[...counts.keys()].filter((id) => !known.has(id)).sort()];
  return ids.map((id) => {
    const rule = rules.find((r) => r.id === id);
    const c = counts.get(id) ?? { fail: 0, pending: 0, unknown: 0 };
    return {
      ruleId: id,
      title: rule?.title[lang] ?? id,
      clauses: (rule?.clauseIds ?? []).join(lang === 'en' ? ', ' : '、'),
      fail: c.fail,
      pending: c.pending,
      unknown: c.unknown,
    };
  });
}

/**
 * The year-end summary of a campaign for a division (PI.S4 总结验收; WG.S5 验收巩固, 知晓率、满意率、支持率; filed
 * by 15 December under PI.Q1 / WG.Q1): the figures of the year, the campaign's target indicators at year end,
 * the rule engine's findings by rule (fail, pending, unknown), the problems opened and closed by kind, the survey
 * rates against the baseline, the typical cases, and where the campaign tasks stand for the division.
 *
 * @throws ReportBuildError `INVALID_OPTION` for malformed options.
 */
export function buildYearEndSummary(
  dataset: Dataset,
  result: CheckResult,
  options: YearEndSummaryOptions,
): ReportDocument {
  const ctx = buildContext(dataset, result, options, WHERE);
  const range = yearRange(options.year, WHERE);
  const campaign = options.campaign;
  if (campaign !== 'public-income' && campaign !== 'wages')
    throw new ReportBuildError('INVALID_OPTION', `${WHERE}: campaign must be public-income or wages`);
  const minimumRiseBp = options.minimumRiseBp ?? 500;
  if (!Number.isInteger(minimumRiseBp) || minimumRiseBp < 0)
    throw new ReportBuildError('INVALID_OPTION', `${WHERE}: minimumRiseBp must be a whole number ≥ 0`);
  const { lang } = ctx;
  const pi = campaign === 'public-income';
  const until = knownUntil(range, ctx.asOf);
  const problems = problemsOf(dataset.records.problem, campaign, ctx.divisionCode, until, range.from);
  const counts = problemCounts(problems, until);
  const indicators = indicatorsOf(result, pi ? PI_TARGET_INDICATOR_IDS : WG_TARGET_INDICATOR_IDS);

  const indicatorRows: Row[] = indicators.map((i) => {
    const row = indicatorRow(i, ctx.divisionCode);
    const numerator = row?.numerator ?? 0;
    const denominator = row?.denominator ?? 0;
    return {
      title: i.title[lang],
      clauses: i.clauseIds.join(lang === 'en' ? ', ' : '、'),
      numerator: i.unit === 'ratio' ? numerator : null,
      denominator: i.unit === 'ratio' ? denominator : null,
      value:
        i.unit === 'count'
          ? `${row?.parts?.opened ?? 0}${say(lang, ' 个发现，', ' found, ')}${row?.parts?.rectified ?? 0}${say(lang, ' 个整改', ' rectified')}`
          : indicatorValueText(numerator, denominator, i.unit, lang),
      target: targetText(i.target, i.unit, lang),
      met: targetStatus(row, i.target),
    };
  });
  const ruleRows = findingsByRule(result.findings, campaign, ctx.divisionCode, lang);
  const kindRows: Row[] = PROBLEM_KINDS.entries
    .map((e) => {
      const c = problemCounts(
        problems.filter((p) => p.kind === e.code),
        until,
      );
      return {
        kind: lang === 'en' ? e.en : e.zh,
        opened: c.opened,
        rectified: c.rectified,
        handled: c.handled,
        closed: c.closed,
        open: c.open,
        overdue: c.overdue,
      };
    })
    .filter((r) => r.opened > 0);
  const surveys = compareSurveys(
    dataset.records.surveyWave,
    campaign,
    ctx.divisionCode,
    ctx.asOf,
    minimumRiseBp,
  );
  const surveyRows: Row[] = surveys.map((s) => ({
    measure: lang === 'en' ? MEASURE_TEXT[s.measure].en : MEASURE_TEXT[s.measure].zh,
    baselineWave: s.baseline.waves.join(lang === 'en' ? ', ' : '、'),
    baselineRate: s.baseline.respondents === 0 ? null : s.baseline.count / s.baseline.respondents,
    latestWave: s.latest.waves.join(lang === 'en' ? ', ' : '、'),
    latestRate: s.latest.respondents === 0 ? null : s.latest.count / s.latest.respondents,
    change:
      s.baseline.respondents === 0 || s.latest.respondents === 0
        ? null
        : s.latest.count / s.latest.respondents - s.baseline.count / s.baseline.respondents,
    risen: s.risen === null ? 'no-data' : s.risen ? 'risen' : 'not-risen',
  }));
  const yearZh = `${range.year}年`;
  const campaignZh = pi ? '物业“点题整治”' : '深化“点题整治”（拖欠工程款、农民工工资）';
  const campaignEn = pi ? 'property public-income campaign' : 'construction payment and wage campaign';
  const failing = ruleRows.reduce((n, r) => n + (r.fail as number), 0);

  const sections: Section[] = [
    {
      kind: 'paragraphs',
      id: 'overview',
      title: bi('总体情况', 'Overview'),
      paragraphs: [
        bi(
          `${yearZh}，${ctx.divisionName.zh}${campaignZh}共发现问题 ${counts.opened} 个，已整改 ${counts.rectified} 个、处理 ${counts.handled} 个、办结 ${counts.closed} 个；截至${formatDateZh(until)}尚未整改 ${counts.open} 个，其中逾期 ${counts.overdue} 个。规则核查不合格 ${failing} 项。`,
          `In ${range.year}, the ${campaignEn} in ${ctx.divisionName.en} found ${counts.opened} problems: ${counts.rectified} rectified, ${counts.handled} handled, ${counts.closed} closed; ${counts.open} open as of ${formatDateEn(until)}, ${counts.overdue} of them overdue. The rule check failed ${failing} times.`,
        ),
      ],
    },
    {
      kind: 'table',
      id: 'indicators',
      title: bi('整治目标完成情况', 'Targets at year end'),
      columns: [
        column('title', '指标', 'Indicator', 'text', 24),
        column('clauses', '条款', 'Clauses', 'text', 14),
        column('numerator', '分子', 'Numerator', 'integer', 9),
        column('denominator', '分母', 'Denominator', 'integer', 9),
        column('value', '数值', 'Value', 'text', 14),
        column('target', '目标', 'Target', 'text', 10),
        column('met', '完成情况', 'Met', 'status', 10, TARGET_STATUSES),
      ],
      rows: indicatorRows,
      note: bi(`指标为检查结果截至${result.asOf}的数据。`, `Indicators from the check as of ${result.asOf}.`),
    },
    {
      kind: 'table',
      id: 'findings-by-rule',
      title: bi('规则核查结果', 'Rule check results'),
      columns: [
        column('ruleId', '规则编号', 'Rule', 'code', 24),
        column('title', '规则名称', 'Title', 'text', 30),
        column('clauses', '条款', 'Clauses', 'text', 14),
        column('fail', '不合格', 'Fail', 'integer', 8),
        column('pending', '未到期', 'Pending', 'integer', 8),
        column('unknown', '证据不足', 'Unknown', 'integer', 8),
      ],
      rows: ruleRows,
      totals: totalsOf(ruleRows, ['fail', 'pending', 'unknown']),
    },
    {
      kind: 'table',
      id: 'problems-by-kind',
      title: bi('问题整改情况', 'Problems by kind'),
      columns: [
        column('kind', '问题类型', 'Kind', 'text', 24),
        column('opened', '发现', 'Found', 'integer', 8),
        column('rectified', '已整改', 'Rectified', 'integer', 8),
        column('handled', '已处理', 'Handled', 'integer', 8),
        column('closed', '已办结', 'Closed', 'integer', 8),
        column('open', '未整改', 'Open', 'integer', 8),
        column('overdue', '其中逾期', 'Overdue', 'integer', 8),
      ],
      rows: kindRows,
      totals: totalsOf(kindRows, ['opened', 'rectified', 'handled', 'closed', 'open', 'overdue']),
    },
    {
      kind: 'table',
      id: 'surveys',
      title: bi('群众支持率、知晓率、满意率', 'Support, awareness and satisfaction'),
      columns: [
        column('measure', '指标', 'Measure', 'text', 12),
        column('baselineWave', '基线调查', 'Baseline wave', 'text', 18),
        column('baselineRate', '基线比率', 'Baseline', 'ratio', 10),
        column('latestWave', '最近调查', 'Latest wave', 'text', 18),
        column('latestRate', '最近比率', 'Latest', 'ratio', 10),
        column('change', '变化', 'Change', 'ratio', 10),
        column('risen', '是否显著提高', 'Marked rise', 'status', 12, RISE_STATUSES),
      ],
      rows: surveyRows,
      note: bi(
        `“显著提高”按较基线上升不少于${minimumRiseBp / 100}个百分点计。`,
        `A marked rise is read as at least ${minimumRiseBp / 100} percentage points over the baseline.`,
      ),
    },
    typicalCasesSection(problems, ledgerContext(ctx)),
    divisionTaskTable(ctx, {
      id: 'tasks',
      title: bi('工作任务完成情况', 'Campaign tasks'),
      tasks: pi ? PI_CITY_COUNTY_TASKS.filter((t) => t.levels.includes('county')) : WG_COUNTY_TASKS,
      campaignYear: range.year,
    }),
  ];

  const dueOn = yearEndDueOn(pi ? 'PI.Q1' : 'WG.Q1', range.year);
  return {
    id: YEAR_END_SUMMARY_ID,
    title: bi(
      `${ctx.divisionName.zh}${campaignZh}${yearZh}工作总结`,
      `${range.year} summary of the ${campaignEn}, ${ctx.divisionName.en}`,
    ),
    meta: filingMeta(ctx, campaign, YEAR_END_SUMMARY_CLAUSES[campaign], range.period, dueOn),
    sections,
  };
}
