import type { PayrollLine, WageComplaint } from '@rectify/schemas';
import { addDays, isMonth } from '../../calendar/index';
import type { DatasetIndex, Located } from '../../engine/dataset-index';
import { payDeadline } from './shared';

/** Options of {@link arrearsSignals}. */
export interface ArrearsSignalOptions {
  /** The as-of date: a payment or a complaint outcome dated after it is not yet known. */
  asOf: string;
  /** Only arrears established in this calendar year count (the campaign year). */
  campaignYear: number;
  /** Day of the month after the work month by which the month's wages are due. Defaults to 15. */
  payDay?: number;
}

/** One sign that an enterprise owed wages: an unpaid or late payroll line, or a complaint upheld by payment. */
export interface ArrearsSignal {
  /** `payroll`: a payroll line unpaid or paid late; `complaint`: a wage complaint closed with the wages paid. */
  kind: 'payroll' | 'complaint';
  /** The project the arrears arose on, when known. */
  projectId?: string;
  /** JSON Pointer of the payroll line or complaint. */
  pointer: string;
  /** The first day the arrears could be seen: the day after the pay deadline, or the complaint's receipt. */
  since: string;
  /** The day the arrears is established: the day after the pay deadline, or the day the complaint was closed. */
  on: string;
  /** What the record shows (amounts in fen; no personal data). */
  observed: Record<string, string | number | null>;
}

/**
 * Whether a payroll line shows arrears on `asOf`: its pay deadline has passed and the worker was not paid in
 * full by then — either less than the amount due was paid, or the payment is dated after the deadline. A
 * payment dated after `asOf` is not yet known and so does not count as paid.
 *
 * @param payDay - Day of the month after the work month by which wages are due (see `payDeadline`).
 * @throws CalendarError when `payDay` is not an integer 1–31 (API misuse: rules check their parameter first)
 */
export function payrollInArrears(line: PayrollLine, asOf: string, payDay: number): boolean {
  if (!isMonth(line.month) || line.amountDue <= 0) return false;
  const deadline = payDeadline(line.month, payDay);
  if (asOf <= deadline) return false;
  if (line.amountPaid < line.amountDue) return true;
  return line.paidOn !== undefined && line.paidOn > deadline;
}

/** The projects each general contractor holds, built once per dataset index. */
const contractorProjects = new WeakMap<DatasetIndex, Map<string, string[]>>();

function projectsContractedBy(index: DatasetIndex, uscc: string): string[] {
  let map = contractorProjects.get(index);
  if (!map) {
    map = new Map();
    for (const { record } of index.all('constructionProject')) {
      const list = map.get(record.generalContractor.uscc);
      if (list) list.push(record.id);
      else map.set(record.generalContractor.uscc, [record.id]);
    }
    contractorProjects.set(index, map);
  }
  return map.get(uscc) ?? [];
}

function payrollSignal(found: Located<PayrollLine>, payDay: number): ArrearsSignal {
  const line = found.record;
  const on = addDays(payDeadline(line.month, payDay), 1);
  return {
    kind: 'payroll',
    projectId: line.projectId,
    pointer: found.pointer,
    since: on,
    on,
    observed: {
      month: line.month,
      amountDue: line.amountDue,
      amountPaid: line.amountPaid,
      paidOn: line.paidOn ?? null,
    },
  };
}

function complaintSignal(found: Located<WageComplaint>): ArrearsSignal {
  const c = found.record;
  return {
    kind: 'complaint',
    ...(c.projectId === undefined ? {} : { projectId: c.projectId }),
    pointer: found.pointer,
    since: c.receivedOn,
    on: c.closedOn ?? c.acceptedOn ?? c.receivedOn,
    observed: { receivedOn: c.receivedOn, closedOn: c.closedOn ?? null, outcome: c.outcome ?? null },
  };
}

/**
 * The wage-arrears signals of an enterprise established in the campaign year up to `asOf` (WG.M3 双倒查:
 * "对于发生欠款欠薪行为的企业"), earliest first. A general contractor answers for every payroll line and every
 * complaint of its projects, because it bears the clearance duty for its subcontractors (《保障农民工工资支付条例》
 * 第三十条); any enterprise answers for the payroll lines where it is the employer and the complaints naming it.
 * A complaint counts once it was closed with the wages paid (outcome `paid`: the arrears was substantiated).
 *
 * @throws CalendarError when `options.payDay` is not an integer 1–31 (API misuse)
 */
export function arrearsSignals(
  index: DatasetIndex,
  uscc: string,
  options: ArrearsSignalOptions,
): ArrearsSignal[] {
  const payDay = options.payDay ?? 15;
  const year = String(options.campaignYear);
  const lines = new Map<string, Located<PayrollLine>>();
  const complaints = new Map<string, Located<WageComplaint>>();
  for (const projectId of projectsContractedBy(index, uscc)) {
    for (const l of index.of('payrollLine', 'projectId', projectId)) lines.set(l.pointer, l);
    for (const c of index.of('wageComplaint', 'projectId', projectId)) complaints.set(c.pointer, c);
  }
  for (const l of index.of('payrollLine', 'employerUscc', uscc)) lines.set(l.pointer, l);
  for (const c of index.of('wageComplaint', 'enterpriseUscc', uscc)) complaints.set(c.pointer, c);

  const signals: ArrearsSignal[] = [];
  for (const l of lines.values())
    if (payrollInArrears(l.record, options.asOf, payDay)) signals.push(payrollSignal(l, payDay));
  for (const c of complaints.values()) if (c.record.outcome === 'paid') signals.push(complaintSignal(c));
  return signals
    .filter((s) => s.on <= options.asOf && s.on.slice(0, 4) === year)
    .sort((a, b) =>
      a.on < b.on ? -1 : a.on > b.on ? 1 : a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0,
    );
}
