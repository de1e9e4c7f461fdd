import type { CheckResult } from '@rectify/rules';
import type { Dataset } from '@rectify/schemas';
import type { ReportDocument } from '../document';
import { formatPeriodEn, formatPeriodZh } from '../format/index';
import { bi } from './bilingual';
import { buildContext, rowContextOf } from './build-context';
import { indicatorRow, ratioValue } from './indicator-figures';
import { communityInspections, inspectionColumns, inspectionRow, isStreetLevel } from './inspection-rows';
import { type PeriodReportOptions, periodRange } from './report-options';
import { labelledTotals, numbered } from './table';

/** Report id of {@link buildInspectionLedger}. */
export const INSPECTION_LEDGER_ID = 'inspection-ledger';

/** Options of {@link buildInspectionLedger}: a division and a month, quarter or year. */
export type InspectionLedgerOptions = PeriodReportOptions;

/** Clauses the ledger serves: inspection ledgers (PI.M2, PI.C5.e), sampling (PI.C5.a), street supervision (PI.R6). */
export const INSPECTION_LEDGER_CLAUSES: readonly string[] = ['PI.M2', 'PI.C5.e', 'PI.C5.a', 'PI.R6'];

const WHERE = 'buildInspectionLedger';

/**
 * The inspection ledger (检查工作台账, PI.M2 建立健全检查工作台账; PI.C5.e 未…建立检查工作台账) of a division for a
 * period: every inspection of a community in the division dated in the period (and known on `asOf`), with the
 * inspecting unit, the inspectors (names masked unless `reveal`), whether it verified on site (counts toward
 * PI.T2), what was seen and the problems found; headed by the counts by level and the year's sampling
 * verification rate (PI.T2) and street inspection coverage (PI.C5.e) for the division from the check.
 *
 * @throws ReportBuildError `INVALID_OPTION` for malformed options.
 */
export function buildInspectionLedger(
  dataset: Dataset,
  result: CheckResult,
  options: InspectionLedgerOptions,
): ReportDocument {
  const ctx = buildContext(dataset, result, options, WHERE);
  const range = periodRange(options.period, WHERE);
  const inspections = communityInspections(dataset.records.inspection, ctx.divisionCode, range, ctx.asOf);
  const street = inspections.filter(isStreetLevel).length;
  const verified = inspections.filter((i) => i.onSiteVerified).length;
  const rate = (id: string) => {
    const indicator = result.indicators.find((i) => i.id === id);
    const row = indicator === undefined ? undefined : indicatorRow(indicator, ctx.divisionCode);
    return row === undefined ? null : ratioValue(row.numerator, row.denominator);
  };
  const rowContext = rowContextOf(ctx);
  const rows = numbered(inspections.map((i) => inspectionRow(i, rowContext)));
  const periodZh = formatPeriodZh(range.period);
  const periodEn = formatPeriodEn(range.period);
  return {
    id: INSPECTION_LEDGER_ID,
    title: bi(
      `${ctx.divisionName.zh}物业小区检查工作台账（${periodZh}）`,
      `Inspection ledger, ${ctx.divisionName.en}, ${periodEn}`,
    ),
    meta: {
      campaign: 'public-income',
      clauseIds: [...INSPECTION_LEDGER_CLAUSES],
      period: range.period,
      divisionCode: ctx.divisionCode,
      divisionName: ctx.divisionName.zh,
      asOf: ctx.asOf,
    },
    sections: [
      {
        kind: 'key-values',
        id: 'summary',
        title: bi('检查情况汇总', 'Summary'),
        items: [
          { label: bi('检查次数', 'Inspections'), value: inspections.length, type: 'integer' },
          {
            label: bi('其中主管部门', 'By the authority'),
            value: inspections.length - street,
            type: 'integer',
          },
          {
            label: bi('其中街道（乡镇）、居（村）委会', 'By street offices and committees'),
            value: street,
            type: 'integer',
          },
          { label: bi('实地核实次数', 'Verified on site'), value: verified, type: 'integer' },
          {
            label: bi('检查小区数', 'Communities inspected'),
            value: new Set(inspections.map((i) => i.communityId)).size,
            type: 'integer',
          },
          {
            label: bi('年度抽查核实率（PI.T2）', 'Sampling verification rate (PI.T2)'),
            value: rate('PI-T2-SAMPLING'),
            type: 'ratio',
          },
          {
            label: bi('街道检查覆盖率（PI.C5.e）', 'Street inspection coverage (PI.C5.e)'),
            value: rate('PI-C5E-STREET-INSPECTION'),
            type: 'ratio',
          },
        ],
      },
      {
        kind: 'table',
        id: 'ledger',
        title: bi('检查工作台账', 'Inspection ledger'),
        columns: inspectionColumns(),
        rows,
        totals: labelledTotals(
          { problems: inspections.reduce((n, i) => n + i.problemIds.length, 0) },
          'kind',
          ctx.lang,
        ),
        note: bi(
          `比率为检查结果截至${result.asOf}的全年数据。`,
          `Rates are the year's figures from the check as of ${result.asOf}.`,
        ),
      },
    ],
  };
}
