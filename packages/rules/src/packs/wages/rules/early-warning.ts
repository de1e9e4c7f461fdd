import type { Bilingual, ConstructionProject } from '@rectify/schemas';
import type { DatasetIndex } from '../../../engine/dataset-index';
import { defineRule, fail, notApplicable, pass, t, unknown } from '../../../engine/rule';
import type { Evidence } from '../../../engine/types';
import { formatYuan } from '../../../planners/yuan';
import {
  analyseLabourCost,
  analyseWageMonth,
  builderArrears,
  isActiveInMonth,
  isJudged,
  monthsBefore,
  WAGE_REGULATIONS,
  WG_QUOTES,
} from '../shared';

/** The arrears early-warning levels, lowest first (蓝、黄、橙、红); `none` when no signal. */
export const WARNING_LEVELS = ['none', 'blue', 'yellow', 'orange', 'red'] as const;
/** An arrears early-warning level. */
export type WarningLevel = (typeof WARNING_LEVELS)[number];

const LEVEL_ZH: Record<WarningLevel, string> = {
  none: '无预警',
  blue: '蓝色预警',
  yellow: '黄色预警',
  orange: '橙色预警',
  red: '红色预警',
};

/** The kind of signal behind a warning. */
export type WarningSignal = 'labour-cost-late' | 'labour-cost-missing' | 'builder-arrears' | 'payroll-gap';

/** One reason for a warning level, with its clause, the level it alone gives, and evidence pointers. */
export interface WarningReason {
  signal: WarningSignal;
  level: WarningLevel;
  clauseId: string;
  text: Bilingual;
  observed: unknown;
  expected: unknown;
  evidence: Evidence[];
}

/** Thresholds of {@link arrearsWarning}; the rule's parameters of the same names. */
export interface ArrearsWarningParams {
  /** Whole months before asOf's month looked at. Defaults to 3. */
  windowMonths: number;
  /** Day of the following month wages are due (art. 15). Defaults to 15. */
  payDay: number;
  /** Months after a month by whose end its labour cost is due (art. 24). Defaults to 1. */
  transferLagMonths: number;
  /** Builder arrears this many days old or more give yellow. Defaults to 30. */
  arrearsYellowDays: number;
  /** … orange. Defaults to 60. */
  arrearsOrangeDays: number;
  /** … red. Defaults to 90. */
  arrearsRedDays: number;
}

/** The defaults of {@link ArrearsWarningParams}. */
export const ARREARS_WARNING_DEFAULTS: ArrearsWarningParams = {
  windowMonths: 3,
  payDay: 15,
  transferLagMonths: 1,
  arrearsYellowDays: 30,
  arrearsOrangeDays: 60,
  arrearsRedDays: 90,
};

const rank = (l: WarningLevel) => WARNING_LEVELS.indexOf(l);
const max = (a: WarningLevel, b: WarningLevel) => (rank(b) > rank(a) ? b : a);
const byCount = (n: number, levels: readonly WarningLevel[]): WarningLevel =>
  levels[Math.min(n, levels.length) - 1] ?? 'none';

/**
 * The arrears early-warning level of a project on `asOf` (WG.M2: 工程款拖欠预警机制; WG.S2: 及时预警欠款欠薪隐患),
 * from the `windowMonths` whole months before asOf and the builder's payment record. Pure; reused by widgets
 * and reports. Each signal gives a level, the project's level is the highest, raised one step when two or more
 * kinds of signal are each at least yellow (they compound: money is not reaching the site).
 *
 * - labour cost transferred late but in full, any month: blue;
 * - labour cost missing or short after its deadline: 1 month yellow, 2 orange, 3 or more red (a month nobody
 *   worked in — a suspended site standing idle — has no labour cost, so nothing missing);
 * - builder arrears: blue under `arrearsYellowDays` days old, then yellow, orange (`arrearsOrangeDays`), red
 *   (`arrearsRedDays`), by the age of the oldest unpaid instalment;
 * - payroll gaps (underpaid, worked not paid, paid not worked, month missed) after the pay day: 1 month orange,
 *   2 or more red.
 *
 * @param params - Defaults to {@link ARREARS_WARNING_DEFAULTS}.
 * @returns `{ level: 'none', reasons: [] }` for an unknown project or no signal.
 */
export function arrearsWarning(
  projectId: string,
  index: DatasetIndex,
  asOf: string,
  params: Partial<ArrearsWarningParams> = {},
): { level: WarningLevel; reasons: WarningReason[] } {
  const p = { ...ARREARS_WARNING_DEFAULTS, ...params };
  const found = index.byId('constructionProject').get(projectId);
  if (!found) return { level: 'none', reasons: [] };
  const project = found.record;
  const months = monthsBefore(asOf, p.windowMonths).filter((m) => isActiveInMonth(project, m));
  const reasons: WarningReason[] = [];

  const late: string[] = [];
  const lateEvidence: Evidence[] = [];
  const missing: string[] = [];
  const missingEvidence: Evidence[] = [];
  const gaps: string[] = [];
  const gapEvidence: Evidence[] = [];
  for (const m of months) {
    const lc = analyseLabourCost(projectId, m, index, asOf, p.transferLagMonths);
    const w = analyseWageMonth(projectId, m, index, asOf, p.payDay);
    // A month nobody worked in (a suspended site standing idle) has no labour cost to transfer.
    const worked = w.lines.length > 0 || w.attendance.some((a) => a.record.daysWorked > 0);
    if (lc.deadline < asOf && lc.onTime < lc.required && (worked || lc.transfers.length > 0)) {
      if (lc.onTime + lc.late >= lc.required) {
        late.push(m);
        for (const x of lc.transfers)
          if (x.record.transferredOn > lc.deadline)
            lateEvidence.push({
              pointer: `${x.pointer}/transferredOn`,
              observed: x.record.transferredOn,
              expected: `≤ ${lc.deadline}`,
            });
      } else {
        missing.push(m);
        missingEvidence.push(
          lc.transfers.length === 0
            ? { pointer: found.pointer, observed: null, expected: `labourCostTransfer ${m} ≤ ${lc.deadline}` }
            : {
                pointer: `${lc.transfers[0]?.pointer}/amount`,
                observed: lc.onTime + lc.late,
                expected: `≥ ${lc.required}`,
              },
        );
      }
    }
    if (w.deadline < asOf && w.gaps.length > 0) {
      gaps.push(m);
      gapEvidence.push(...w.gaps.flatMap((g) => g.evidence.slice(0, 1)));
    }
  }
  if (late.length > 0)
    reasons.push({
      signal: 'labour-cost-late',
      level: 'blue',
      clauseId: 'WG.M2',
      text: t(`人工费用逾期拨付（${late.join('、')}）`, `labour cost transferred late (${late.join(', ')})`),
      observed: late,
      expected: `on time within ${p.transferLagMonths} month(s)`,
      evidence: lateEvidence,
    });
  if (missing.length > 0)
    reasons.push({
      signal: 'labour-cost-missing',
      level: byCount(missing.length, ['yellow', 'orange', 'red']),
      clauseId: 'WG.M2',
      text: t(
        `人工费用未拨付或拨付不足（${missing.join('、')}）`,
        `labour cost not transferred or short (${missing.join(', ')})`,
      ),
      observed: missing,
      expected: [],
      evidence: missingEvidence,
    });
  const a = builderArrears(project, index, asOf);
  if (a.arrears > 0 && a.oldest) {
    const age = a.oldest.ageDays;
    const level: WarningLevel =
      age >= p.arrearsRedDays
        ? 'red'
        : age >= p.arrearsOrangeDays
          ? 'orange'
          : age >= p.arrearsYellowDays
            ? 'yellow'
            : 'blue';
    reasons.push({
      signal: 'builder-arrears',
      level,
      clauseId: 'WG.F2',
      text: t(
        `建设单位拖欠工程款 ${formatYuan(a.arrears)}，最早一笔已逾期 ${age} 天`,
        `the builder owes ${formatYuan(a.arrears)}, the oldest instalment ${age} days overdue`,
      ),
      observed: { arrears: a.arrears, ageDays: age },
      expected: { arrears: 0 },
      evidence: [
        {
          pointer: `${a.oldest.milestone.pointer}/amount`,
          observed: a.oldest.covered,
          expected: a.oldest.milestone.record.amount,
        },
      ],
    });
  }
  if (gaps.length > 0)
    reasons.push({
      signal: 'payroll-gap',
      level: byCount(gaps.length, ['orange', 'red']),
      clauseId: 'WG.F3',
      text: t(
        `工资发放异常或拖欠（${gaps.join('、')}）`,
        `wage arrears or payroll gaps (${gaps.join(', ')})`,
      ),
      observed: gaps,
      expected: [],
      evidence: gapEvidence,
    });

  let level = reasons.reduce<WarningLevel>((l, r) => max(l, r.level), 'none');
  if (reasons.filter((r) => rank(r.level) >= rank('yellow')).length >= 2)
    level = WARNING_LEVELS[Math.min(rank(level) + 1, rank('red'))] ?? 'red';
  return { level, reasons };
}

/**
 * WG.M2: arrears early warning (工程款拖欠预警): a project fails at `failLevel` or above, with the reasons in why;
 * a lower level passes with the level in the finding's params.
 */
export const earlyWarningRule = defineRule({
  id: 'WG-EARLY-WARNING',
  version: '1.0.0',
  campaign: 'wages',
  title: t('欠款欠薪预警', 'Arrears early warning'),
  message: t('{subject} 欠款欠薪{levelZh}', '{subject}: arrears early warning, level {level}'),
  remediation: t(
    '按预警等级约谈建设单位和施工总承包单位，督促拨付人工费用、支付到期工程款并清偿欠薪，立整立改',
    'Meet the builder and the general contractor according to the warning level; have them transfer the labour cost, pay the instalments due and clear the wages now',
  ),
  clauseIds: ['WG.M2'],
  quote: [WG_QUOTES.earlyWarning, WG_QUOTES.platformWarning],
  severity: 'major',
  subjectKind: 'project',
  inForce: { from: '2023-07-01' },
  parameters: {
    failLevel: {
      default: 'yellow',
      unit: 'level',
      description: t(
        '达到该预警等级即判为不通过（blue、yellow、orange、red）',
        'Warning level from which the project fails (blue, yellow, orange, red)',
      ),
      source: {
        kind: 'interpretation',
        reason: 'Blue is a watch signal; yellow and above call for action (立整立改).',
      },
    },
    windowMonths: {
      default: 3,
      unit: 'months',
      description: t('考察核查日前的整月数', 'Whole months before the check date looked at'),
      source: {
        kind: 'interpretation',
        reason: '附件2 sets no window; three months show a pattern rather than a single slip.',
      },
    },
    payDay: {
      default: 15,
      unit: 'day-of-month',
      description: t('次月工资支付日', 'Pay day of the following month'),
      source: { kind: 'law', citation: `${WAGE_REGULATIONS}第十二条、第十四条` },
    },
    transferLagMonths: {
      default: 1,
      unit: 'months',
      description: t(
        '人工费用最迟于其后第几个月月底前拨付',
        'Months after a month by whose last day its labour cost is transferred',
      ),
      source: { kind: 'law', citation: `${WAGE_REGULATIONS}第二十四条；人工费用拨付周期不得超过1个月` },
    },
    arrearsYellowDays: {
      default: 30,
      unit: 'days',
      description: t('工程款逾期达到该天数为黄色', 'Builder arrears this many days old give yellow'),
      source: { kind: 'interpretation', reason: 'One monthly payment cycle missed.' },
    },
    arrearsOrangeDays: {
      default: 60,
      unit: 'days',
      description: t('工程款逾期达到该天数为橙色', 'Builder arrears this many days old give orange'),
      source: { kind: 'interpretation', reason: 'Two monthly payment cycles missed.' },
    },
    arrearsRedDays: {
      default: 90,
      unit: 'days',
      description: t('工程款逾期达到该天数为红色', 'Builder arrears this many days old give red'),
      source: {
        kind: 'interpretation',
        reason: 'A quarter without payment: wages are then at risk whatever the contractor does.',
      },
    },
  },
  supervisingUnit: 'housing-construction-bureau',
  evaluate(ref, { asOf, index, params }) {
    const project = ref.record as ConstructionProject;
    if (!isJudged(project, { suspended: true })) return notApplicable();
    const hasData =
      index.of('paymentMilestone', 'projectId', project.id).length > 0 ||
      index.of('labourCostTransfer', 'projectId', project.id).length > 0 ||
      index.of('payrollLine', 'projectId', project.id).length > 0;
    if (!hasData)
      return unknown(
        [
          {
            pointer: ref.pointer,
            observed: null,
            expected: 'paymentMilestone, labourCostTransfer or payrollLine',
            note: t(
              '无工程款计划、人工费拨付和工资数据',
              'no payment schedule, labour-cost transfers or payroll',
            ),
          },
        ],
        {
          params: { level: 'none', levelZh: LEVEL_ZH.none },
        },
      );
    const { level, reasons } = arrearsWarning(project.id, index, asOf, params);
    const failAt = (WARNING_LEVELS as readonly string[]).includes(params.failLevel)
      ? (params.failLevel as WarningLevel)
      : 'yellow';
    const evidence = reasons.flatMap((r) => r.evidence);
    const extra = { params: { level, levelZh: LEVEL_ZH[level] } };
    if (level === 'none' || rank(level) < rank(failAt)) return pass(evidence, extra);
    return fail(
      reasons.map((r) => ({
        clauseId: r.clauseId,
        text: r.text,
        observed: r.observed,
        expected: r.expected,
      })),
      evidence,
      { ...extra, clauseIds: [...new Set(['WG.M2', ...reasons.map((r) => r.clauseId)])] },
    );
  },
});
