import { type AuditPlanOptions, auditPlanner, type CheckResult, planAudits } from '@rectify/rules';
import type { Audit, Dataset } from '@rectify/schemas';
import type { ReportDocument, Row } from '../document';
import { formatYuan } from '../format/index';
import { bi, say } from './bilingual';
import { buildContext } from './build-context';
import { withinDivision } from './division';
import { COMMISSIONED_BY_LABELS, joinList, mapLabel } from './labels';
import { type YearlyReportOptions, yearRange } from './report-options';
import { AUDIT_PLAN_STATUSES, AUDIT_STATUSES } from './statuses';
import { byText, column, labelledTotals, numbered, SEQ_COLUMN, totalsOf } from './table';

/** Report id of {@link buildAuditList}. */
export const AUDIT_LIST_ID = 'audit-list';

/** Options of {@link buildAuditList}: a division, the year, and the planner's thresholds. */
export interface AuditListOptions extends YearlyReportOptions {
  /** Passed to `planAudits`. Defaults to the planner's 5,000,000 fen (¥50,000). */
  smallIncomeFen?: AuditPlanOptions['smallIncomeFen'];
  /** Passed to `planAudits`. Defaults to the planner's 30,000 m². */
  smallAreaM2?: AuditPlanOptions['smallAreaM2'];
  /** Passed to `planAudits`. Defaults to the planner's 10. */
  bundleMaxCommunities?: AuditPlanOptions['bundleMaxCommunities'];
  /** Passed to `planAudits`. Defaults to the planner's 2000 basis points (20%). */
  objectionShareBp?: AuditPlanOptions['objectionShareBp'];
}

/** Clauses the list serves: the audit planner's (PI.M5). */
export const AUDIT_LIST_CLAUSES: readonly string[] = [...auditPlanner.clauseIds];

const WHERE = 'buildAuditList';

/** How an audit on record stands on `asOf`. */
export function auditStatus(
  audit: Audit,
  asOf: string,
): 'not-reported' | 'no-problem' | 'rectified' | 'open' | 'overdue' {
  const known = (d: string | undefined) => d !== undefined && d <= asOf;
  if (!known(audit.reportedOn)) return 'not-reported';
  if (audit.problemsFound !== true) return 'no-problem';
  if (known(audit.rectifiedOn)) return 'rectified';
  return audit.rectificationDueOn !== undefined && audit.rectificationDueOn < asOf ? 'overdue' : 'open';
}

/**
 * The year's third-party audit list of a division (PI.M5 开展公共收益第三方审计…整合打包进行统一审计): the audit
 * units from `planAudits` of `@rectify/rules` (small communities bundled, others single, owner-commissioned
 * audits), every community's standing (required, owner-commissioned, or exempt: zero income and no objection),
 * and the audits on record for the year with their rectification.
 *
 * @throws ReportBuildError `INVALID_OPTION` for malformed options; a `RulesError` from the planner for a
 * malformed threshold.
 */
export function buildAuditList(
  dataset: Dataset,
  result: CheckResult,
  options: AuditListOptions,
): ReportDocument {
  const ctx = buildContext(dataset, result, options, WHERE);
  const range = yearRange(options.year, WHERE);
  const plan = planAudits(dataset, {
    year: range.year,
    ...(options.smallIncomeFen === undefined ? {} : { smallIncomeFen: options.smallIncomeFen }),
    ...(options.smallAreaM2 === undefined ? {} : { smallAreaM2: options.smallAreaM2 }),
    ...(options.bundleMaxCommunities === undefined
      ? {}
      : { bundleMaxCommunities: options.bundleMaxCommunities }),
    ...(options.objectionShareBp === undefined ? {} : { objectionShareBp: options.objectionShareBp }),
  });
  const { lang } = ctx;
  const names = ctx.divisions[lang];
  const communityName = (id: string) => ctx.subjects.communities.get(id)?.name ?? id;
  const inDivision = (code: string) => withinDivision(code, ctx.divisionCode);

  const communities = plan.communities.filter((c) => inDivision(c.divisionCode));
  const units = plan.units.filter((u) =>
    u.communityIds.some((id) => {
      const c = ctx.subjects.communities.get(id);
      return c !== undefined && inDivision(c.divisionCode);
    }),
  );
  const unitRows: Row[] = units.map((u) => ({
    unitId: u.unitId,
    kind: u.kind === 'bundle' ? say(lang, '打包审计', 'Bundle') : say(lang, '单独审计', 'Single'),
    commissionedBy: mapLabel(COMMISSIONED_BY_LABELS, u.commissionedBy, lang),
    communities: joinList(u.communityIds.map(communityName), lang),
    count: u.communityIds.length,
    explanation: u.explanation[lang],
  }));
  const communityRows: Row[] = communities.map((c) => ({
    community: communityName(c.communityId),
    division: names.label(c.divisionCode),
    status: c.status,
    yearIncome: c.yearIncomeFen,
    quarters: joinList(c.disclosedQuarters, lang),
    small: c.small,
    unitId: c.unitId ?? '',
    explanation: c.explanation[lang],
  }));
  const audits = (dataset.records.audit ?? [])
    .filter(
      (a) =>
        a.year === range.year &&
        a.communityIds.some((id) => {
          const c = ctx.subjects.communities.get(id);
          return c !== undefined && inDivision(c.divisionCode);
        }),
    )
    .sort((a, b) => byText(a.id, b.id));
  const auditRows: Row[] = audits.map((a) => ({
    auditId: a.id,
    communities: joinList(a.communityIds.map(communityName), lang),
    commissionedBy: mapLabel(COMMISSIONED_BY_LABELS, a.commissionedBy, lang),
    auditor: a.auditor.name,
    reportedOn: a.reportedOn !== undefined && a.reportedOn <= ctx.asOf ? a.reportedOn : null,
    problemsFound: a.problemsFound ?? null,
    rectificationDueOn: a.rectificationDueOn ?? null,
    rectifiedOn: a.rectifiedOn !== undefined && a.rectifiedOn <= ctx.asOf ? a.rectifiedOn : null,
    status: auditStatus(a, ctx.asOf),
  }));

  return {
    id: AUDIT_LIST_ID,
    title: bi(
      `${ctx.divisionName.zh}${range.year}年物业小区公共收益第三方审计清单`,
      `Third-party audits of public income ${range.year}, ${ctx.divisionName.en}`,
    ),
    meta: {
      campaign: 'public-income',
      clauseIds: [...AUDIT_LIST_CLAUSES],
      period: range.period,
      divisionCode: ctx.divisionCode,
      divisionName: ctx.divisionName.zh,
      asOf: ctx.asOf,
    },
    sections: [
      {
        kind: 'table',
        id: 'units',
        title: bi('审计单元', 'Audit units'),
        columns: [
          SEQ_COLUMN,
          column('unitId', '审计单元编号', 'Unit', 'code', 22),
          column('kind', '审计方式', 'Kind', 'text', 10),
          column('commissionedBy', '委托方', 'Commissioned by', 'text', 14),
          column('communities', '小区', 'Communities', 'text', 30),
          column('count', '小区数', 'Count', 'integer', 8),
          column('explanation', '说明', 'Explanation', 'text', 44),
        ],
        rows: numbered(unitRows),
        totals: labelledTotals(totalsOf(unitRows, ['count']), 'kind', lang),
      },
      {
        kind: 'table',
        id: 'communities',
        title: bi('小区审计安排', 'Communities'),
        columns: [
          SEQ_COLUMN,
          column('community', '小区名称', 'Community', 'text', 16),
          column('division', '所在街道', 'Street', 'text', 12),
          column('status', '审计要求', 'Standing', 'status', 14, AUDIT_PLAN_STATUSES),
          column('yearIncome', '年度公共收益（元）', 'Year income (yuan)', 'money', 14),
          column('quarters', '已公示季度', 'Quarters disclosed', 'text', 18),
          column('small', '小型小区', 'Small', 'text', 8),
          column('unitId', '审计单元', 'Unit', 'code', 22),
          column('explanation', '说明', 'Explanation', 'text', 44),
        ],
        rows: numbered(communityRows),
        totals: labelledTotals(totalsOf(communityRows, ['yearIncome']), 'community', lang),
        note: bi(
          `小型小区：年度公共收益低于${formatYuan(plan.parameters.smallIncomeFen)}且建筑面积低于${plan.parameters.smallAreaM2}平方米；每包不超过${plan.parameters.bundleMaxCommunities}个小区。`,
          `Small: year income below ${formatYuan(plan.parameters.smallIncomeFen)} and building area below ${plan.parameters.smallAreaM2} m²; at most ${plan.parameters.bundleMaxCommunities} communities per bundle.`,
        ),
      },
      {
        kind: 'table',
        id: 'audits',
        title: bi('审计及整改情况', 'Audits and rectification'),
        columns: [
          SEQ_COLUMN,
          column('auditId', '审计编号', 'Audit', 'code', 12),
          column('communities', '小区', 'Communities', 'text', 24),
          column('commissionedBy', '委托方', 'Commissioned by', 'text', 14),
          column('auditor', '审计机构', 'Auditor', 'text', 22),
          column('reportedOn', '报告日期', 'Reported on', 'date', 11),
          column('problemsFound', '发现问题', 'Problems found', 'text', 8),
          column('rectificationDueOn', '整改期限', 'Rectify by', 'date', 11),
          column('rectifiedOn', '整改完成', 'Rectified on', 'date', 11),
          column('status', '状态', 'Status', 'status', 10, AUDIT_STATUSES),
        ],
        rows: numbered(auditRows),
      },
    ],
  };
}
