// Helpers shared by the wages rules (附件2): which projects are judged, the money owed by the builder (FIFO over
// the payment schedule), the pay and labour-cost deadlines, and the month-by-month wage analysis.
import type {
  ConstructionProject,
  LabourCostTransfer,
  PaymentMilestone,
  PayrollLine,
  ProjectPayment,
  WorkerAttendance,
} from '@rectify/schemas';
import {
  dayOfMonthDeadline,
  daysBetween,
  monthEnd,
  monthOfDate,
  monthStart,
  nextMonth,
  previousMonth,
} from '../../calendar/index';
import type { DatasetIndex, Located } from '../../engine/dataset-index';
import { t } from '../../engine/rule';
import type { Evidence, ParameterDefinition } from '../../engine/types';

/** 《保障农民工工资支付条例》, cited by article in parameter sources. */
export const WAGE_REGULATIONS = '《保障农民工工资支付条例》（国务院令第724号，2020年5月1日施行）';
/** 《工程建设领域农民工工资保证金规定》. */
export const DEPOSIT_RULES = '《工程建设领域农民工工资保证金规定》（人社部发〔2021〕65号）';
/** 《工程建设领域农民工工资专用账户管理暂行办法》. */
export const ACCOUNT_MEASURES = '《工程建设领域农民工工资专用账户管理暂行办法》（人社部发〔2021〕53号）';
/** 《建筑工人实名制管理办法（试行）》. */
export const REAL_NAME_MEASURES = '《建筑工人实名制管理办法（试行）》（建市〔2019〕18号）';

/** Verbatim sentences of 附件2 the wages rules quote (each a substring of the campaign document). */
export const WG_QUOTES = {
  /** WG.T1 */
  guaranteeCoverage: '努力实现在建项目工程款支付担保全覆盖',
  /** WG.T2 */
  realNameUpdate: '实名制项目更新率达到90%以上',
  /** WG.F1 */
  institutions: '工程款支付担保、实名制信息化管理、农民工工资专用账户、工资保证金等制度落实不到位问题',
  /** WG.F2 */
  builderArrears: '建设单位拖欠工程款问题',
  /** WG.F3 */
  wageArrears: '施工企业拖欠农民工工资问题，特别是因甲指分包导致拖欠农民工工资问题',
  /** WG.M2: the real-name platform linked to wage payment. */
  realNamePayment: '强化实名制成果运用，利用市实名制平台，挂钩农民工工资发放',
  /** WG.M2: the institution checklist. */
  checklist:
    '持续督促全市所有在建房建、市政项目落实关键岗位人员和建筑工人实名制管理、工程款支付担保、农民工工资支付、工资专户、工资保证金、劳资专管员配备、维权信息公示等制度',
  /** WG.M2: the builder's primary responsibility for the guarantee. */
  guaranteeCheck: '全面核查工程款支付担保落实情况，压实建设单位首要责任',
  /** WG.M2: early warning of payment arrears. */
  earlyWarning: '延伸建立工程款拖欠预警机制，全流程监控拨付情况，主动处置欠款隐患',
  /** WG.S2: platform warnings. */
  platformWarning: '充分利用平台大数据分析功能，及时预警欠款欠薪隐患并督促立整立改。',
  /** WG.S2: verifying guarantee, deposit and account. */
  verifyInstitutions: '全面核查在建项目工程款支付担保、工资保证金、工资专户制度落实情况',
  /** WG.M4: the builder's wage-clearance duty. */
  builderDuty: '建设单位应当落实工资清欠责任。',
} as const;

/** True when the project is under construction (the campaign's scope, WG.F0: 在建项目). */
export function isUnderConstruction(project: ConstructionProject): boolean {
  return project.status === 'under-construction';
}

/**
 * True when a rule judges the project: under construction, and also suspended when `suspended` is set (a
 * suspended project still owes money and wages, so arrears rules judge it; institution rules do not).
 *
 * @param options.suspended - Judge suspended projects too. Defaults to false.
 */
export function isJudged(project: ConstructionProject, options: { suspended?: boolean } = {}): boolean {
  return (
    project.status === 'under-construction' || (options.suspended === true && project.status === 'suspended')
  );
}

/** Suspended projects are judged too: hoisted so the per-subject check allocates nothing. */
const WITH_SUSPENDED = { suspended: true } as const;

/**
 * True when a project-month rule of wages (pay, payment channel, labour cost) judges the month on `asOf`: the
 * project is under construction or suspended (a suspended site still owes the wages and labour cost of the
 * months it worked) and the month has begun by `asOf`.
 */
export function isJudgedMonth(project: ConstructionProject, month: string, asOf: string): boolean {
  return isJudged(project, WITH_SUSPENDED) && monthStart(month) <= asOf;
}

/** The day works began: `startedOn`, else the construction permit date; undefined when neither is known. */
export function projectStart(project: ConstructionProject): string | undefined {
  return project.startedOn ?? project.permitOn;
}

/**
 * True when the project was on site during the month: the month ends on or after the start and begins on or
 * before completion. With no start date known, every month counts (the rule then judges on the data).
 */
export function isActiveInMonth(project: ConstructionProject, month: string): boolean {
  const start = projectStart(project);
  if (start !== undefined && monthEnd(month) < start) return false;
  if (project.completedOn !== undefined && monthStart(month) > project.completedOn) return false;
  return true;
}

/**
 * The `n` whole months before the month of `asOf`, oldest first: (`2023-11-30`, 3) → 2023-08, 2023-09,
 * 2023-10. The current month is left out because none of its deadlines can have passed.
 */
export function monthsBefore(asOf: string, n: number): string[] {
  const out: string[] = [];
  let m = monthOfDate(asOf);
  for (let i = 0; i < n; i++) {
    m = previousMonth(m);
    out.unshift(m);
  }
  return out;
}

/**
 * The wage pay deadline of a month's work (art. 15: wages paid monthly on the agreed pay day, at the latest in
 * the following month): day `payDay` of the month after, clamped to that month's last day.
 */
export function payDeadline(month: string, payDay: number): string {
  return dayOfMonthDeadline(nextMonth(month), payDay);
}

/**
 * The `payDay` parameter of a rule that judges a month's wages against {@link payDeadline}: the 15th of the
 * following month, standing for the agreed pay day (art. 12, 14), which the data does not hold. The rules that
 * judge the month's own wages (WG-WAGE-ARREARS, WG-PAYROLL-ACCOUNT) declare it alike; each cites its own articles.
 *
 * @param citation - The law the rule cites for the pay day.
 */
export function payDayParameter(citation: string): ParameterDefinition<number> {
  return {
    default: 15,
    unit: 'day-of-month',
    description: t('次月工资支付日（工资支付截止日）', 'Day of the following month by which wages are paid'),
    source: { kind: 'law', citation },
  };
}

/**
 * The labour-cost transfer deadline of a month (art. 24; the account measures: 拨付周期不得超过1个月): the last
 * day of the month `lagMonths` after it. `lagMonths` 0 is the month's own last day.
 */
export function labourCostDeadline(month: string, lagMonths: number): string {
  let m = month;
  for (let i = 0; i < lagMonths; i++) m = nextMonth(m);
  return monthEnd(m);
}

/** What a payroll line had paid by `asOf`: a payment dated after `asOf` has not happened yet. */
export function paidAsOf(line: PayrollLine, asOf: string): number {
  return line.paidOn !== undefined && line.paidOn > asOf ? 0 : line.amountPaid;
}

/** Sum of integer fen. */
export function sumFen(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * `floor(amount × numerator / denominator)` exactly, in BigInt: contract values in fen times basis points
 * times percent exceed 2^53.
 */
export function shareOf(amount: number, numerator: number, denominator: number): number {
  if (denominator <= 0) return 0;
  return Number(
    (BigInt(Math.trunc(amount)) * BigInt(Math.trunc(numerator))) / BigInt(Math.trunc(denominator)),
  );
}

/** The payment milestones of a project, ordered by due date then id (the FIFO order). */
export function milestonesOf(projectId: string, index: DatasetIndex): Located<PaymentMilestone>[] {
  return [...index.of('paymentMilestone', 'projectId', projectId)].sort((a, b) =>
    a.record.dueOn < b.record.dueOn
      ? -1
      : a.record.dueOn > b.record.dueOn
        ? 1
        : a.record.id < b.record.id
          ? -1
          : a.record.id > b.record.id
            ? 1
            : 0,
  );
}

/**
 * Payments of project money from the builder to the general contractor (purpose `progress` or `settlement`)
 * made by `asOf`, ordered by date. Labour-cost transfers, advanced wages and payments to anyone else are not
 * project money paid to the contractor.
 */
export function builderPayments(
  project: ConstructionProject,
  index: DatasetIndex,
  asOf: string,
): Located<ProjectPayment>[] {
  return index
    .of('projectPayment', 'projectId', project.id)
    .filter(
      ({ record: p }) =>
        p.payerUscc === project.builder.uscc &&
        p.payeeUscc === project.generalContractor.uscc &&
        (p.purpose === 'progress' || p.purpose === 'settlement') &&
        p.paidOn <= asOf,
    )
    .sort((a, b) => (a.record.paidOn < b.record.paidOn ? -1 : a.record.paidOn > b.record.paidOn ? 1 : 0));
}

/** One milestone after FIFO allocation: how much of it the payments covered and what is still outstanding. */
export interface MilestoneAllocation {
  milestone: Located<PaymentMilestone>;
  covered: number;
  outstanding: number;
}

/**
 * Allocates a paid total to milestones first-in first-out (oldest due first), whatever milestone a payment
 * names: money paid settles the oldest debt, so what stays outstanding is the most recent and the age of
 * the arrears is the age of the oldest milestone not fully covered.
 */
export function allocateFifo(
  milestones: readonly Located<PaymentMilestone>[],
  paid: number,
): MilestoneAllocation[] {
  let left = Math.max(0, paid);
  return milestones.map((milestone) => {
    const covered = Math.min(left, milestone.record.amount);
    left -= covered;
    return { milestone, covered, outstanding: milestone.record.amount - covered };
  });
}

/** The builder's arrears to the general contractor on a date (WG.F2). */
export interface BuilderArrears {
  /** Number of milestones in the schedule (0: no schedule, nothing can be judged). */
  milestones: number;
  /** Σ milestones due before `asOf`. */
  dueTotal: number;
  /** Σ builder payments (progress, settlement) made by `asOf`. */
  paidTotal: number;
  /** Outstanding on milestones due before `asOf` (0 when none). */
  arrears: number;
  /** The overdue milestones with an outstanding amount, oldest first. */
  overdue: MilestoneAllocation[];
  /** The oldest overdue milestone and its age in days on `asOf`. */
  oldest?: MilestoneAllocation & { ageDays: number };
  /** Milestones due on `asOf` itself and not covered: not late yet (the due day is the last day to pay). */
  dueToday: MilestoneAllocation[];
  /** The payments counted. */
  payments: Located<ProjectPayment>[];
}

/**
 * The builder's arrears to the general contractor on `asOf`: the payments made by `asOf` are allocated FIFO to
 * the schedule; what stays outstanding on milestones due before `asOf` is arrears.
 */
export function builderArrears(
  project: ConstructionProject,
  index: DatasetIndex,
  asOf: string,
): BuilderArrears {
  const milestones = milestonesOf(project.id, index);
  const payments = builderPayments(project, index, asOf);
  const paidTotal = sumFen(payments.map((p) => p.record.amount));
  const allocation = allocateFifo(milestones, paidTotal);
  const overdue = allocation.filter((a) => a.milestone.record.dueOn < asOf && a.outstanding > 0);
  const dueToday = allocation.filter((a) => a.milestone.record.dueOn === asOf && a.outstanding > 0);
  const first = overdue[0];
  return {
    milestones: milestones.length,
    dueTotal: sumFen(milestones.filter((m) => m.record.dueOn < asOf).map((m) => m.record.amount)),
    paidTotal,
    arrears: sumFen(overdue.map((a) => a.outstanding)),
    overdue,
    ...(first ? { oldest: { ...first, ageDays: daysBetween(first.milestone.record.dueOn, asOf) } } : {}),
    dueToday,
    payments,
  };
}

/** True when the worker was on the project's roster at some time during the month. */
export function onRosterInMonth(
  worker: { joinedOn: string; leftOn?: string | undefined },
  month: string,
): boolean {
  return (
    worker.joinedOn <= monthEnd(month) && (worker.leftOn === undefined || worker.leftOn >= monthStart(month))
  );
}

/** The workers on a project's roster on a day (joined by then and not yet left). */
export function rosterOn(projectId: string, index: DatasetIndex, day: string) {
  return index
    .of('worker', 'projectId', projectId)
    .filter(({ record: w }) => w.joinedOn <= day && (w.leftOn === undefined || w.leftOn >= day));
}

/** The kinds of wage gap of WG.F3, each a separate condition. */
export type WageGapKind = 'underpaid' | 'worked-not-paid' | 'paid-not-worked' | 'month-missed';

/** One kind of wage gap in a project-month, with counts, amounts and pointers (never names). */
export interface WageGap {
  kind: WageGapKind;
  /** Number of payroll lines or workers concerned. */
  count: number;
  /** Money concerned, fen: the shortfall for `underpaid`, the amount paid for `paid-not-worked`. */
  amount: number;
  evidence: Evidence[];
}

/** A project-month of wages analysed (WG.F3, WG.M2). */
export interface WageMonth {
  month: string;
  /** The pay deadline (art. 15). */
  deadline: string;
  lines: Located<PayrollLine>[];
  attendance: Located<WorkerAttendance>[];
  /** Σ amountDue of the month's payroll. */
  dueTotal: number;
  /** Σ paid by `asOf`. */
  paidTotal: number;
  /** The gaps found, in the order of {@link WageGapKind}. Empty when the month is clean. */
  gaps: WageGap[];
}

/** The payroll lines of a project for one month. */
export function payrollOf(projectId: string, month: string, index: DatasetIndex): Located<PayrollLine>[] {
  return index.of('payrollLine', 'projectId', projectId).filter((l) => l.record.month === month);
}

/** The worker attendance of a project for one month. */
export function attendanceOf(
  projectId: string,
  month: string,
  index: DatasetIndex,
): Located<WorkerAttendance>[] {
  return index.of('workerAttendance', 'projectId', projectId).filter((a) => a.record.month === month);
}

/**
 * Analyses a project-month of wages against attendance and the roster (WG.F3; real-name data linked to wage
 * payment, WG.M2): (a) lines paid less than due by `asOf`; (b) workers with days worked and no payroll line;
 * (c) lines paying a worker with no attendance who was not on the roster that month (possible fake payroll);
 * (d) attendance but no payroll at all. Whether a gap is a failure depends on the pay deadline: the caller
 * decides.
 *
 * @param payDay - Day of the following month wages are due. Defaults to 15.
 */
export function analyseWageMonth(
  projectId: string,
  month: string,
  index: DatasetIndex,
  asOf: string,
  payDay = 15,
): WageMonth {
  const deadline = payDeadline(month, payDay);
  const lines = payrollOf(projectId, month, index);
  const attendance = attendanceOf(projectId, month, index);
  const worked = attendance.filter((a) => a.record.daysWorked > 0);
  const workedIds = new Set(worked.map((a) => a.record.workerId));
  const paidIds = new Set(lines.map((l) => l.record.workerId));
  const workers = index.byId('worker');
  const gaps: WageGap[] = [];

  const under = lines.filter((l) => paidAsOf(l.record, asOf) < l.record.amountDue);
  if (under.length > 0)
    gaps.push({
      kind: 'underpaid',
      count: under.length,
      amount: sumFen(under.map((l) => l.record.amountDue - paidAsOf(l.record, asOf))),
      evidence: under.map((l) => ({
        pointer: `${l.pointer}/amountPaid`,
        observed: paidAsOf(l.record, asOf),
        expected: `≥ ${l.record.amountDue}`,
      })),
    });

  if (lines.length > 0) {
    const unpaid = worked.filter((a) => !paidIds.has(a.record.workerId));
    if (unpaid.length > 0)
      gaps.push({
        kind: 'worked-not-paid',
        count: unpaid.length,
        amount: 0,
        evidence: unpaid.map((a) => ({
          pointer: `${a.pointer}/daysWorked`,
          observed: a.record.daysWorked,
          expected: 'payrollLine',
        })),
      });
  }

  const ghost = lines.filter((l) => {
    if (l.record.amountDue === 0 && l.record.amountPaid === 0) return false;
    if (workedIds.has(l.record.workerId)) return false;
    const w = workers.get(l.record.workerId)?.record;
    return !(w && w.projectId === projectId && onRosterInMonth(w, month));
  });
  if (ghost.length > 0)
    gaps.push({
      kind: 'paid-not-worked',
      count: ghost.length,
      amount: sumFen(ghost.map((l) => paidAsOf(l.record, asOf))),
      evidence: ghost.map((l) => ({
        pointer: `${l.pointer}/workerId`,
        observed: 'no attendance, not on roster',
        expected: 'attendance or roster entry',
      })),
    });

  if (lines.length === 0 && worked.length > 0)
    gaps.push({
      kind: 'month-missed',
      count: worked.length,
      amount: 0,
      evidence: worked.map((a) => ({
        pointer: `${a.pointer}/daysWorked`,
        observed: a.record.daysWorked,
        expected: 'payrollLine',
      })),
    });

  return {
    month,
    deadline,
    lines,
    attendance,
    dueTotal: sumFen(lines.map((l) => l.record.amountDue)),
    paidTotal: sumFen(lines.map((l) => paidAsOf(l.record, asOf))),
    gaps,
  };
}

/** Labour-cost transfers for one month of a project (art. 24) against the deadline and the month's payroll. */
export interface LabourCostMonth {
  month: string;
  deadline: string;
  transfers: Located<LabourCostTransfer>[];
  /** Σ transferred on or before the deadline (and by `asOf`). */
  onTime: number;
  /** Σ transferred after the deadline, by `asOf`. */
  late: number;
  /** What must be transferred: the month's payroll amountDue total, or 1 fen (anything) when there is no payroll. */
  required: number;
  /** Σ amountDue of the month's payroll. */
  payrollDue: number;
}

/**
 * The labour-cost transfers of a project-month: on time (by the last day of the month `lagMonths` after), late,
 * and the amount required (the month's payroll total, or any amount when there is no payroll).
 *
 * @param lagMonths - Defaults to 1 (by the end of the following month).
 */
export function analyseLabourCost(
  projectId: string,
  month: string,
  index: DatasetIndex,
  asOf: string,
  lagMonths = 1,
): LabourCostMonth {
  const deadline = labourCostDeadline(month, lagMonths);
  const transfers = index
    .of('labourCostTransfer', 'projectId', projectId)
    .filter((t) => t.record.forMonth === month && t.record.transferredOn <= asOf);
  const payrollDue = sumFen(payrollOf(projectId, month, index).map((l) => l.record.amountDue));
  return {
    month,
    deadline,
    transfers,
    onTime: sumFen(transfers.filter((t) => t.record.transferredOn <= deadline).map((t) => t.record.amount)),
    late: sumFen(transfers.filter((t) => t.record.transferredOn > deadline).map((t) => t.record.amount)),
    required: payrollDue > 0 ? payrollDue : 1,
    payrollDue,
  };
}

/**
 * True when the project has wage arrears on `asOf`: a month whose pay deadline has passed with any wage gap
 * (WG.F3). Looks at every month with payroll or attendance data.
 *
 * @param payDay - Defaults to 15.
 */
export function hasWageArrears(projectId: string, index: DatasetIndex, asOf: string, payDay = 15): boolean {
  const months = new Set<string>();
  for (const l of index.of('payrollLine', 'projectId', projectId)) months.add(l.record.month);
  for (const a of index.of('workerAttendance', 'projectId', projectId)) months.add(a.record.month);
  for (const m of months)
    if (payDeadline(m, payDay) < asOf && analyseWageMonth(projectId, m, index, asOf, payDay).gaps.length > 0)
      return true;
  return false;
}
