import type { CheckResult, CrossInspectionLevel } from '@rectify/rules';
import type { Bilingual, Campaign, Dataset } from '@rectify/schemas';
import type { ReportDocument } from '../document';
import type { ReportLang } from '../format/index';
import type { RenderFormat } from '../render/index';
import { AUDIT_LIST_CLAUSES, AUDIT_LIST_ID, buildAuditList } from './audit-list';
import { bi } from './bilingual';
import { buildCityBulletin, CITY_BULLETIN_CLAUSES, CITY_BULLETIN_ID } from './city-bulletin';
import {
  buildCreditExport,
  CREDIT_EXPORT_CLAUSES,
  CREDIT_EXPORT_ID,
  type CreditActionKind,
} from './credit-export';
import {
  buildCrossInspectionReport,
  CROSS_INSPECTION_REPORT_CLAUSES,
  CROSS_INSPECTION_REPORT_ID,
} from './cross-inspection-report';
import { buildDisclosureNotice, DISCLOSURE_NOTICE_CLAUSES, DISCLOSURE_NOTICE_ID } from './disclosure-notice';
import { buildInspectionLedger, INSPECTION_LEDGER_CLAUSES, INSPECTION_LEDGER_ID } from './inspection-ledger';
import {
  buildPiMonthlyPackage,
  PI_MONTHLY_PACKAGE_CLAUSES,
  PI_MONTHLY_PACKAGE_ID,
} from './pi-monthly-package';
import { ReportBuildError } from './report-build-error';
import {
  buildSamplingPlanReport,
  SAMPLING_PLAN_REPORT_CLAUSES,
  SAMPLING_PLAN_REPORT_ID,
} from './sampling-plan-report';
import {
  buildSelfInspectionNotice,
  SELF_INSPECTION_NOTICE_CLAUSES,
  SELF_INSPECTION_NOTICE_ID,
} from './self-inspection-notice';
import {
  buildWgMonthlyPackage,
  WG_MONTHLY_PACKAGE_CLAUSES,
  WG_MONTHLY_PACKAGE_ID,
} from './wg-monthly-package';
import {
  buildWgYearEndPackage,
  WG_YEAR_END_PACKAGE_CLAUSES,
  WG_YEAR_END_PACKAGE_ID,
} from './wg-year-end-package';
import { buildYearEndSummary, YEAR_END_SUMMARY_CLAUSES, YEAR_END_SUMMARY_ID } from './year-end-summary';

export type { AuditListOptions } from './audit-list';
export { AUDIT_LIST_CLAUSES, AUDIT_LIST_ID, auditStatus, buildAuditList } from './audit-list';
export type { CityBulletinOptions } from './city-bulletin';
export { buildCityBulletin, CITY_BULLETIN_CLAUSES, CITY_BULLETIN_ID } from './city-bulletin';
export type { CreditActionKind, CreditExportOptions } from './credit-export';
export {
  buildCreditExport,
  CREDIT_EXPORT_CLAUSES,
  CREDIT_EXPORT_COLUMNS,
  CREDIT_EXPORT_ID,
} from './credit-export';
export type { CrossInspectionReportOptions } from './cross-inspection-report';
export {
  buildCrossInspectionReport,
  CROSS_INSPECTION_REPORT_CLAUSES,
  CROSS_INSPECTION_REPORT_ID,
} from './cross-inspection-report';
export type { DisclosureNoticeOptions } from './disclosure-notice';
export { buildDisclosureNotice, DISCLOSURE_NOTICE_CLAUSES, DISCLOSURE_NOTICE_ID } from './disclosure-notice';
export type { InspectionLedgerOptions } from './inspection-ledger';
export { buildInspectionLedger, INSPECTION_LEDGER_CLAUSES, INSPECTION_LEDGER_ID } from './inspection-ledger';
export type { PiMonthlyPackageOptions } from './pi-monthly-package';
export {
  buildPiMonthlyPackage,
  PI_MONTHLY_PACKAGE_CLAUSES,
  PI_MONTHLY_PACKAGE_ID,
} from './pi-monthly-package';
export type { ProblemStatus } from './problem-ledger';
export { problemStatus } from './problem-ledger';
export type { RankInput, RankPlace } from './ranking';
export { rankDivisions } from './ranking';
export type { ReportBuildErrorCode } from './report-build-error';
export { REPORT_BUILD_ERROR_CODES, ReportBuildError } from './report-build-error';
export type {
  MonthlyReportOptions,
  PeriodReportOptions,
  QuarterlyReportOptions,
  ReportOptions,
  YearlyReportOptions,
} from './report-options';
export type { SamplingPlanReportOptions } from './sampling-plan-report';
export {
  buildSamplingPlanReport,
  SAMPLING_PLAN_REPORT_CLAUSES,
  SAMPLING_PLAN_REPORT_ID,
} from './sampling-plan-report';
export type { SelfInspectionNoticeOptions } from './self-inspection-notice';
export {
  buildSelfInspectionNotice,
  SELF_INSPECTION_NOTICE_CLAUSES,
  SELF_INSPECTION_NOTICE_ID,
} from './self-inspection-notice';
export type { SurveyComparison, SurveyMeasure } from './survey-comparison';
export { compareSurveys, DEFAULT_SURVEY_RISE_BP } from './survey-comparison';
export type { WgMonthlyPackageOptions } from './wg-monthly-package';
export {
  buildWgMonthlyPackage,
  WG_MONTHLY_PACKAGE_CLAUSES,
  WG_MONTHLY_PACKAGE_ID,
} from './wg-monthly-package';
export type { WgYearEndPackageOptions } from './wg-year-end-package';
export {
  buildWgYearEndPackage,
  inPlaceStatus,
  WG_YEAR_END_PACKAGE_CLAUSES,
  WG_YEAR_END_PACKAGE_ID,
} from './wg-year-end-package';
export type { YearEndSummaryOptions } from './year-end-summary';
export { buildYearEndSummary, YEAR_END_SUMMARY_CLAUSES, YEAR_END_SUMMARY_ID } from './year-end-summary';

/** The period a report covers: a month `2023-07`, a quarter `2023Q2`, a year `2023`, or any of them. */
export type ReportPeriodKind = 'month' | 'quarter' | 'year' | 'any';

/** A report-specific parameter of a registry entry, passed in {@link ReportRequest.params}. */
export interface ReportParam {
  /** Its name in `params`. */
  readonly name: string;
  /** Its type: a string, a whole number, or a comma-separated list. */
  readonly type: 'string' | 'integer' | 'list';
  /** Whether the report cannot be built without it. */
  readonly required: boolean;
  /** What it is, in both languages. */
  readonly description: Bilingual;
}

/** A uniform request for any report of the registry (a CLI, the HTTP service). */
export interface ReportRequest {
  /** The division the report is for. For a notice, optional: the community's division is used. */
  readonly divisionCode?: string;
  /** The period, of the report's {@link ReportPeriodKind}. */
  readonly period: string;
  /** The as-of date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The language of cell words. Defaults to `'zh-CN'`. */
  readonly lang?: ReportLang;
  /** Print personal data unmasked. Defaults to `false`. */
  readonly reveal?: boolean;
  /** The report's own parameters, by {@link ReportParam.name}. */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}

/** A report the kit builds: what it is, what it serves, how to build it and how it is usually rendered. */
export interface ReportDefinition {
  /** Stable id, the `id` of the documents it builds. */
  readonly id: string;
  /** Its name in both languages. */
  readonly title: Bilingual;
  /** The campaign it belongs to. */
  readonly campaign: Campaign | 'both';
  /** The clauses it serves (CLAUSES.md). */
  readonly clauseIds: readonly string[];
  /** The period it covers. */
  readonly periodKind: ReportPeriodKind;
  /** Its own parameters beyond the request's common fields. */
  readonly params: readonly ReportParam[];
  /** The format it is usually filed or posted in. */
  readonly defaultFormat: RenderFormat;
  /**
   * Builds the report from a uniform request.
   *
   * @throws ReportBuildError `INVALID_OPTION` for a missing or malformed request field or parameter, and what the
   * report's builder throws.
   */
  build(dataset: Dataset, result: CheckResult, request: ReportRequest): ReportDocument;
}

function param(request: ReportRequest, name: string): string | number | boolean | undefined {
  const value = request.params?.[name];
  return value === undefined || value === '' ? undefined : value;
}

function required(request: ReportRequest, name: string, where: string): string | number | boolean {
  const value = param(request, name);
  if (value === undefined)
    throw new ReportBuildError('INVALID_OPTION', `${where}: parameter ${name} is required`);
  return value;
}

function text(value: string | number | boolean | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

function integer(
  value: string | number | boolean | undefined,
  name: string,
  where: string,
): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'number' ? value : /^-?[0-9]+$/.test(String(value)) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n))
    throw new ReportBuildError('INVALID_OPTION', `${where}: parameter ${name} must be a whole number`);
  return n;
}

function list(value: string | number | boolean | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : String(value)
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}

function year(request: ReportRequest, where: string): number {
  if (!/^[0-9]{4}$/.test(request.period))
    throw new ReportBuildError(
      'INVALID_OPTION',
      `${where}: period must be a year YYYY, got ${String(request.period)}`,
    );
  return Number(request.period);
}

function common(request: ReportRequest, where: string) {
  if (request.divisionCode === undefined)
    throw new ReportBuildError('INVALID_OPTION', `${where}: divisionCode is required`);
  return {
    divisionCode: request.divisionCode,
    asOf: request.asOf,
    ...(request.lang === undefined ? {} : { lang: request.lang }),
    ...(request.reveal === undefined ? {} : { reveal: request.reveal }),
  };
}

function notice(request: ReportRequest) {
  return {
    asOf: request.asOf,
    ...(request.divisionCode === undefined ? {} : { divisionCode: request.divisionCode }),
    ...(request.lang === undefined ? {} : { lang: request.lang }),
    ...(request.reveal === undefined ? {} : { reveal: request.reveal }),
  };
}

const p = (
  name: string,
  type: ReportParam['type'],
  isRequired: boolean,
  zh: string,
  en: string,
): ReportParam => ({
  name,
  type,
  required: isRequired,
  description: bi(zh, en),
});

/**
 * Every report the kit builds, in the order of the campaign documents: the county's monthly packages, the
 * year-end filings, the city bulletin, the plans and ledgers of the measures, the notices and the credit export.
 */
export const REPORTS: readonly ReportDefinition[] = [
  {
    id: PI_MONTHLY_PACKAGE_ID,
    title: bi('物业“点题整治”月度报送材料', 'Public-income monthly report package'),
    campaign: 'public-income',
    clauseIds: PI_MONTHLY_PACKAGE_CLAUSES,
    periodKind: 'month',
    params: [],
    defaultFormat: 'xlsx',
    build: (dataset, result, request) =>
      buildPiMonthlyPackage(dataset, result, {
        ...common(request, PI_MONTHLY_PACKAGE_ID),
        month: request.period,
      }),
  },
  {
    id: WG_MONTHLY_PACKAGE_ID,
    title: bi('欠款欠薪整治月度报送材料', 'Wages monthly report package'),
    campaign: 'wages',
    clauseIds: WG_MONTHLY_PACKAGE_CLAUSES,
    periodKind: 'month',
    params: [],
    defaultFormat: 'xlsx',
    build: (dataset, result, request) =>
      buildWgMonthlyPackage(dataset, result, {
        ...common(request, WG_MONTHLY_PACKAGE_ID),
        month: request.period,
      }),
  },
  {
    id: WG_YEAR_END_PACKAGE_ID,
    title: bi('欠款欠薪整治工作总结报告和三项清单', 'Wages year-end summary and the three lists'),
    campaign: 'wages',
    clauseIds: WG_YEAR_END_PACKAGE_CLAUSES,
    periodKind: 'year',
    params: [],
    defaultFormat: 'xlsx',
    build: (dataset, result, request) =>
      buildWgYearEndPackage(dataset, result, {
        ...common(request, WG_YEAR_END_PACKAGE_ID),
        year: year(request, WG_YEAR_END_PACKAGE_ID),
      }),
  },
  {
    id: YEAR_END_SUMMARY_ID,
    title: bi('“点题整治”年度工作总结', 'Year-end summary'),
    campaign: 'both',
    clauseIds: [...YEAR_END_SUMMARY_CLAUSES['public-income'], ...YEAR_END_SUMMARY_CLAUSES.wages],
    periodKind: 'year',
    params: [
      p('campaign', 'string', true, '整治项目：public-income 或 wages', 'Campaign: public-income or wages'),
      p(
        'minimumRiseBp',
        'integer',
        false,
        '“显著提高”的最低升幅（万分比），默认500',
        'Least marked rise, basis points; default 500',
      ),
    ],
    defaultFormat: 'html',
    build: (dataset, result, request) => {
      const where = YEAR_END_SUMMARY_ID;
      const minimumRiseBp = integer(param(request, 'minimumRiseBp'), 'minimumRiseBp', where);
      return buildYearEndSummary(dataset, result, {
        ...common(request, where),
        year: year(request, where),
        campaign: String(required(request, 'campaign', where)) as Campaign,
        ...(minimumRiseBp === undefined ? {} : { minimumRiseBp }),
      });
    },
  },
  {
    id: CITY_BULLETIN_ID,
    title: bi('“点题整治”工作晾晒通报', 'City bulletin on the counties'),
    campaign: 'both',
    clauseIds: CITY_BULLETIN_CLAUSES,
    periodKind: 'month',
    params: [
      p(
        'campaign',
        'string',
        false,
        '整治项目：public-income、wages 或 both（默认）',
        'Campaign: public-income, wages or both (default)',
      ),
      p(
        'bottomCount',
        'integer',
        false,
        '排名后几位列为约谈候选，默认3',
        'Places from the bottom that lag; default 3',
      ),
    ],
    defaultFormat: 'html',
    build: (dataset, result, request) => {
      const where = CITY_BULLETIN_ID;
      const campaign = text(param(request, 'campaign'));
      const bottomCount = integer(param(request, 'bottomCount'), 'bottomCount', where);
      return buildCityBulletin(dataset, result, {
        ...common(request, where),
        month: request.period,
        ...(campaign === undefined ? {} : { campaign: campaign as 'public-income' | 'wages' | 'both' }),
        ...(bottomCount === undefined ? {} : { bottomCount }),
      });
    },
  },
  {
    id: SAMPLING_PLAN_REPORT_ID,
    title: bi('物业小区公共收益实地抽查核实计划', 'Sampling verification plan'),
    campaign: 'public-income',
    clauseIds: SAMPLING_PLAN_REPORT_CLAUSES,
    periodKind: 'year',
    params: [
      p('seed', 'string', true, '“双随机”抽取的随机种子', 'Seed of the double-random draw'),
      p(
        'inspectorsPerPick',
        'integer',
        false,
        '每个小区抽派检查人员数，默认2',
        'Inspectors per community; default 2',
      ),
    ],
    defaultFormat: 'xlsx',
    build: (dataset, result, request) => {
      const where = SAMPLING_PLAN_REPORT_ID;
      const perPick = integer(param(request, 'inspectorsPerPick'), 'inspectorsPerPick', where);
      return buildSamplingPlanReport(dataset, result, {
        ...common(request, where),
        year: year(request, where),
        seed: String(required(request, 'seed', where)),
        ...(perPick === undefined ? {} : { inspectorsPerPick: perPick }),
      });
    },
  },
  {
    id: INSPECTION_LEDGER_ID,
    title: bi('物业小区检查工作台账', 'Inspection ledger'),
    campaign: 'public-income',
    clauseIds: INSPECTION_LEDGER_CLAUSES,
    periodKind: 'any',
    params: [],
    defaultFormat: 'xlsx',
    build: (dataset, result, request) =>
      buildInspectionLedger(dataset, result, {
        ...common(request, INSPECTION_LEDGER_ID),
        period: request.period,
      }),
  },
  {
    id: CROSS_INSPECTION_REPORT_ID,
    title: bi('交叉检查安排', 'Cross-inspection arrangement'),
    campaign: 'public-income',
    clauseIds: CROSS_INSPECTION_REPORT_CLAUSES,
    periodKind: 'quarter',
    params: [
      p('seed', 'string', true, '分组抽取的随机种子', 'Seed of the draw'),
      p(
        'levels',
        'list',
        false,
        '检查层级：county、street、committee，逗号分隔',
        'Levels: county, street, committee, comma-separated',
      ),
    ],
    defaultFormat: 'html',
    build: (dataset, result, request) => {
      const where = CROSS_INSPECTION_REPORT_ID;
      const levels = list(param(request, 'levels'));
      return buildCrossInspectionReport(dataset, result, {
        ...common(request, where),
        quarter: request.period,
        seed: String(required(request, 'seed', where)),
        ...(levels === undefined ? {} : { levels: levels as CrossInspectionLevel[] }),
      });
    },
  },
  {
    id: AUDIT_LIST_ID,
    title: bi('公共收益第三方审计清单', 'Third-party audit list'),
    campaign: 'public-income',
    clauseIds: AUDIT_LIST_CLAUSES,
    periodKind: 'year',
    params: [],
    defaultFormat: 'xlsx',
    build: (dataset, result, request) =>
      buildAuditList(dataset, result, {
        ...common(request, AUDIT_LIST_ID),
        year: year(request, AUDIT_LIST_ID),
      }),
  },
  {
    id: DISCLOSURE_NOTICE_ID,
    title: bi('小区公共收益收支情况公示', 'Quarterly public-income notice'),
    campaign: 'public-income',
    clauseIds: DISCLOSURE_NOTICE_CLAUSES,
    periodKind: 'quarter',
    params: [
      p('communityId', 'string', true, '小区编号', 'Community id'),
      p(
        'postedOn',
        'string',
        false,
        '公示日期 YYYY-MM-DD，默认取公示牌张贴日期',
        'Posting day YYYY-MM-DD; default the board posting',
      ),
    ],
    defaultFormat: 'html',
    build: (dataset, result, request) => {
      const where = DISCLOSURE_NOTICE_ID;
      const postedOn = text(param(request, 'postedOn'));
      return buildDisclosureNotice(dataset, result, {
        ...notice(request),
        communityId: String(required(request, 'communityId', where)),
        quarter: request.period,
        ...(postedOn === undefined ? {} : { postedOn }),
      });
    },
  },
  {
    id: SELF_INSPECTION_NOTICE_ID,
    title: bi('公共收益自查自纠情况公示', 'Self-inspection notice'),
    campaign: 'public-income',
    clauseIds: SELF_INSPECTION_NOTICE_CLAUSES,
    periodKind: 'year',
    params: [
      p('communityId', 'string', true, '小区编号', 'Community id'),
      p(
        'postedOn',
        'string',
        false,
        '公示日期 YYYY-MM-DD，默认取自查记录',
        'Posting day YYYY-MM-DD; default the record',
      ),
    ],
    defaultFormat: 'html',
    build: (dataset, result, request) => {
      const where = SELF_INSPECTION_NOTICE_ID;
      const postedOn = text(param(request, 'postedOn'));
      return buildSelfInspectionNotice(dataset, result, {
        ...notice(request),
        communityId: String(required(request, 'communityId', where)),
        year: year(request, where),
        ...(postedOn === undefined ? {} : { postedOn }),
      });
    },
  },
  {
    id: CREDIT_EXPORT_ID,
    title: bi('信用信息报送表', 'Credit records export'),
    campaign: 'both',
    clauseIds: [...CREDIT_EXPORT_CLAUSES['public-income'], ...CREDIT_EXPORT_CLAUSES.wages],
    periodKind: 'any',
    params: [
      p(
        'campaign',
        'string',
        false,
        '整治项目：public-income 或 wages，默认全部',
        'Campaign: public-income or wages; default both',
      ),
      p('kinds', 'list', false, '行为类别，逗号分隔，默认全部', 'Action kinds, comma-separated; default all'),
    ],
    defaultFormat: 'csv',
    build: (dataset, result, request) => {
      const where = CREDIT_EXPORT_ID;
      const campaign = text(param(request, 'campaign'));
      const kinds = list(param(request, 'kinds'));
      return buildCreditExport(dataset, result, {
        ...common(request, where),
        period: request.period,
        ...(campaign === undefined ? {} : { campaign: campaign as Campaign }),
        ...(kinds === undefined ? {} : { kinds: kinds as CreditActionKind[] }),
      });
    },
  },
];

/** The registry entry of a report id, or `undefined`. */
export function findReport(id: string): ReportDefinition | undefined {
  return REPORTS.find((r) => r.id === id);
}

/**
 * Builds a report of the registry by id.
 *
 * @throws ReportBuildError `NOT_FOUND` for an unknown id, and what the report's build throws.
 */
export function buildReport(
  id: string,
  dataset: Dataset,
  result: CheckResult,
  request: ReportRequest,
): ReportDocument {
  const definition = findReport(id);
  if (definition === undefined) {
    const known = REPORTS.map((r) => r.id).join(', ');
    throw new ReportBuildError(
      'NOT_FOUND',
      `buildReport: no report ${JSON.stringify(id)} (reports: ${known})`,
    );
  }
  return definition.build(dataset, result, request);
}
