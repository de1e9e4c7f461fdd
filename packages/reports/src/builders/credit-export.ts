import type { CheckResult } from '@rectify/rules';
import { type CreditAction, type Dataset, UNITS } from '@rectify/schemas';
import type { Column, ReportDocument, Row } from '../document';
import { formatPeriodEn, formatPeriodZh } from '../format/index';
import { bi } from './bilingual';
import { buildContext } from './build-context';
import { withinDivision } from './division';
import { CREDIT_KIND_LABELS, codeLabel, mapLabel } from './labels';
import { freeText } from './personal-data';
import { ReportBuildError } from './report-build-error';
import { inRange, type PeriodReportOptions, periodRange } from './report-options';
import { byText, column } from './table';

/** Report id of {@link buildCreditExport}. */
export const CREDIT_EXPORT_ID = 'credit-export';

/** A kind of credit action (`CreditAction.kind`). */
export type CreditActionKind = CreditAction['kind'];

/** Options of {@link buildCreditExport}. */
export interface CreditExportOptions extends PeriodReportOptions {
  /** Only actions of this campaign. Defaults to both. */
  campaign?: CreditAction['campaign'];
  /**
   * Only these kinds, e.g. `['administrative-penalty', 'inspection-result']` for the push to the national
   * enterprise credit publicity system (PI.R5). Defaults to every kind.
   */
  kinds?: readonly CreditActionKind[];
}

/** Clauses the export serves, by campaign: PI.R1/R2/R5 for public income, WG.M6 for wages. */
export const CREDIT_EXPORT_CLAUSES: Readonly<Record<CreditAction['campaign'], readonly string[]>> = {
  'public-income': ['PI.R2', 'PI.R5', 'PI.R1'],
  wages: ['WG.M6'],
};

const WHERE = 'buildCreditExport';

/**
 * The export's columns, in order: the layout documented in `docs/reference/credit-export.md`. Keys are stable;
 * headers are the Chinese column names the credit platforms take.
 */
export const CREDIT_EXPORT_COLUMNS: readonly Column[] = [
  column('uscc', '统一社会信用代码', 'Unified social credit code', 'code', 20),
  column('name', '主体名称', 'Entity name', 'text', 28),
  column('kind', '行为类别', 'Action kind', 'text', 14),
  column('decisionNumber', '决定文书号', 'Decision number', 'code', 22),
  column('decidedOn', '决定日期', 'Decided on', 'date', 11),
  column('decidingUnit', '决定机关', 'Deciding authority', 'text', 24),
  column('points', '扣分', 'Points deducted', 'integer', 6),
  column('fine', '罚款金额（元）', 'Fine (yuan)', 'money', 14),
  column('reason', '事由', 'Reason', 'text', 40),
  column('publicUntil', '公示截止日期', 'Public until', 'date', 11),
];

/**
 * Credit actions on enterprises for the credit platforms (PI.R2 信用中国（福建）; PI.R5 国家企业信用信息公示系统
 * （福建）; WG.M6 建筑施工企业信用平台): deductions, penalties, inspection results, joint punishment and the
 * serious-dishonesty list, keyed by Unified Social Credit Code, one row per action in the documented column
 * layout ({@link CREDIT_EXPORT_COLUMNS}). Actions decided in the period (and known on `asOf`) by a unit of the
 * division, sorted by USCC, decision date and id. The reason's ID and phone numbers are masked unless `reveal`.
 * The table is the first section, so a CSV rendering is the export file.
 *
 * @throws ReportBuildError `INVALID_OPTION` for malformed options.
 */
export function buildCreditExport(
  dataset: Dataset,
  result: CheckResult,
  options: CreditExportOptions,
): ReportDocument {
  const ctx = buildContext(dataset, result, options, WHERE);
  const range = periodRange(options.period, WHERE);
  if (options.campaign !== undefined && options.campaign !== 'public-income' && options.campaign !== 'wages')
    throw new ReportBuildError('INVALID_OPTION', `${WHERE}: campaign must be public-income or wages`);
  const kinds = options.kinds === undefined ? undefined : new Set<string>(options.kinds);
  const { lang, reveal } = ctx;
  const actions = (dataset.records.creditAction ?? [])
    .filter(
      (a) =>
        withinDivision(a.decidingUnit.divisionCode, ctx.divisionCode) &&
        inRange(a.decidedOn, range, ctx.asOf) &&
        (options.campaign === undefined || a.campaign === options.campaign) &&
        (kinds === undefined || kinds.has(a.kind)),
    )
    .sort((a, b) => byText(a.uscc, b.uscc) || byText(a.decidedOn, b.decidedOn) || byText(a.id, b.id));
  const rows: Row[] = actions.map((a) => ({
    uscc: a.uscc,
    name: a.enterpriseName,
    kind: mapLabel(CREDIT_KIND_LABELS, a.kind, lang),
    decisionNumber: a.decisionNumber,
    decidedOn: a.decidedOn,
    decidingUnit:
      a.decidingUnit.name ??
      `${ctx.divisions[lang].label(a.decidingUnit.divisionCode)}${codeLabel(UNITS, a.decidingUnit.unit, lang)}`,
    points: a.points ?? null,
    fine: a.fine ?? null,
    reason: freeText(a.reason, reveal),
    publicUntil: a.publicUntil ?? null,
  }));
  const campaign = options.campaign ?? 'both';
  const clauseIds =
    campaign === 'both'
      ? [...CREDIT_EXPORT_CLAUSES['public-income'], ...CREDIT_EXPORT_CLAUSES.wages]
      : [...CREDIT_EXPORT_CLAUSES[campaign]];
  return {
    id: CREDIT_EXPORT_ID,
    title: bi(
      `${ctx.divisionName.zh}信用信息报送表（${formatPeriodZh(range.period)}）`,
      `Credit records for the credit platforms, ${ctx.divisionName.en}, ${formatPeriodEn(range.period)}`,
    ),
    meta: {
      campaign,
      clauseIds,
      period: range.period,
      divisionCode: ctx.divisionCode,
      divisionName: ctx.divisionName.zh,
      asOf: ctx.asOf,
    },
    sections: [
      {
        kind: 'table',
        id: 'credit-records',
        title: bi('信用信息', 'Credit records'),
        columns: CREDIT_EXPORT_COLUMNS.map((c) => ({ ...c })),
        rows,
      },
      {
        kind: 'key-values',
        id: 'summary',
        title: bi('汇总', 'Summary'),
        items: [
          { label: bi('记录数', 'Records'), value: rows.length, type: 'integer' },
          {
            label: bi('涉及主体数', 'Entities'),
            value: new Set(actions.map((a) => a.uscc)).size,
            type: 'integer',
          },
          {
            label: bi('扣分合计', 'Points in all'),
            value: actions.reduce((n, a) => n + (a.points ?? 0), 0),
            type: 'integer',
          },
          {
            label: bi('罚款合计（元）', 'Fines in all (yuan)'),
            value: actions.reduce((n, a) => n + (a.fine ?? 0), 0),
            type: 'money',
          },
        ],
      },
    ],
  };
}
