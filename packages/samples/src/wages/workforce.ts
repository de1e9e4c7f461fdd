import type {
  DailyAttendance,
  KeyPersonnelPresence,
  LabourCostTransfer,
  PayrollLine,
  RosterUpdate,
  Worker,
  WorkerAttendance,
} from '@rectify/schemas';
import {
  dayOf,
  formatDay,
  monthEnd,
  monthIndexOfDay,
  monthLabel,
  monthStart,
  weekdayOf,
  weekdaysBetween,
} from '../calendar';
import { HOME_AREA_CODES, TRADES } from '../data/name-parts';
import { mobilePhone, residentId } from '../identity';
import { personName } from '../naming';
import { createRng, hashInt, hashUnit } from '../prng';
import type { ProjectModel } from './model';

// A project's workforce is never stored: every worker-month is recomputed from stateless hashes of the
// project's seed, so the streaming generator can emit millions of payroll lines in constant memory.

/** What the workforce records of one worker derive from. */
export interface WorkerCore {
  readonly n: number;
  readonly id: string;
  readonly joined: number;
  /** Last day on the roster; absent = still there. */
  readonly left?: number;
  readonly employerUscc: string;
  readonly tradeIndex: number;
  /** Daily wage, fen. */
  readonly dailyWage: number;
  readonly local: boolean;
}

/**
 * The roster of a project (empty when the site did not work in the campaign year). Each of the project's
 * slots is held either by one core worker for the whole window (about 70 %), or by a succession of workers
 * staying one and a half to six months each, so that a month has about as many workers as the project has
 * slots.
 */
export function workerCores(p: ProjectModel): WorkerCore[] {
  const w = p.window;
  const started = p.record.startedOn;
  if (!w || !started) return [];
  const start = dayOf(Number(started.slice(0, 4)), Number(started.slice(5, 7)), Number(started.slice(8, 10)));
  const endOfProject = p.record.status === 'under-construction' ? undefined : w.to;
  const out: WorkerCore[] = [];
  const s = p.seedHash;
  const add = (joined: number, left: number | undefined) => {
    const n = out.length + 1;
    let l = left;
    if (endOfProject !== undefined && (l === undefined || l > endOfProject)) l = endOfProject;
    const tradeIndex = hashInt(s, 0, TRADES.length - 1, n, 5);
    const trade = TRADES[tradeIndex] ?? TRADES[0];
    out.push({
      n,
      id: `${p.record.id}-W${String(n).padStart(4, '0')}`,
      joined,
      ...(l !== undefined ? { left: Math.max(l, joined) } : {}),
      employerUscc: p.employers[hashInt(s, 0, p.employers.length - 1, n, 6)] ?? p.employers[0] ?? '',
      tradeIndex,
      dailyWage: hashInt(s, trade.wage[0] / 100, trade.wage[1] / 100, n, 7) * 100,
      local: hashUnit(s, n, 8) < 0.3,
    });
  };
  const ramp = Math.min(45, Math.max(0, w.to - w.from));
  // Slot 1 is filled from the window's first day, so the month works start in has attendance and payroll.
  for (let slot = 1; slot <= p.workerCount; slot++) {
    if (hashUnit(s, slot, 1) < 0.7) {
      // Core workers: on the roster before the window, or arriving while a new site ramps up.
      const joined =
        w.from > start
          ? start + Math.floor(hashUnit(s, slot, 2) * (w.from - start))
          : slot === 1
            ? w.from
            : w.from + Math.floor(hashUnit(s, slot, 2) * ramp);
      add(joined, undefined);
      continue;
    }
    let cursor = slot === 1 ? w.from : w.from + Math.floor(hashUnit(s, slot, 3) * ramp);
    for (let k = 0; cursor <= w.to && k < 24; k++) {
      const stay = 45 + Math.floor(hashUnit(s, slot, k, 4) * 135);
      const left = cursor + stay;
      add(cursor, left < w.to ? left : undefined);
      cursor = left + 1 + Math.floor(hashUnit(s, slot, k, 5) * 10);
    }
  }
  return out;
}

/** Months of the project's window, as month indexes. */
export function windowMonths(p: ProjectModel): number[] {
  if (!p.window) return [];
  const out: number[] = [];
  for (let mi = monthIndexOfDay(p.window.from); mi <= monthIndexOfDay(p.window.to); mi++) out.push(mi);
  return out;
}

/** Weekdays a worker was on the roster in a month of the window, and the days actually worked. */
export function workerMonth(
  p: ProjectModel,
  w: WorkerCore,
  mi: number,
): { onRoster: number; worked: number } {
  const win = p.window;
  if (!win) return { onRoster: 0, worked: 0 };
  const from = Math.max(w.joined, monthStart(mi), win.from);
  const to = Math.min(w.left ?? win.to, monthEnd(mi), win.to);
  const onRoster = weekdaysBetween(from, to);
  if (onRoster === 0) return { onRoster, worked: 0 };
  // A worker on the roster works at least one of the month's weekdays.
  const absent = hashInt(p.seedHash, 0, Math.min(3, onRoster - 1), w.n, mi, 9);
  return { onRoster, worked: onRoster - absent };
}

/** Last day of paying a month's wages: the 15th of the next month (the rights board's pay day). */
export function payDeadline(mi: number): number {
  return monthStart(mi + 1) + 14;
}

/** Whether a month's payroll is due and paid by the as-of date. */
export function payrollMonths(p: ProjectModel, asOfDay: number): number[] {
  return windowMonths(p).filter((mi) => payDeadline(mi) <= asOfDay);
}

/** Real-name roster of a project. */
export function* workers(p: ProjectModel): Generator<Worker> {
  const teams: Readonly<Record<string, string>> = {
    钢筋工: '钢筋班组',
    木工: '木工班组',
    泥水工: '泥水班组',
    架子工: '架子班组',
    电工: '水电班组',
    焊工: '钢结构班组',
  };
  for (const w of workerCores(p)) {
    const rng = createRng(`${p.seedHash}/worker/${w.n}`);
    const male = rng.chance(0.88);
    const area = rng.pick(w.local ? HOME_AREA_CODES.local : HOME_AREA_CODES.migrant);
    const year = Number(formatDay(w.joined).slice(0, 4));
    const birth = dayOf(year - rng.int(20, 58), rng.int(1, 12), rng.int(1, 28));
    yield {
      id: w.id,
      projectId: p.record.id,
      person: {
        name: personName(rng, w.local),
        idNumber: residentId(rng, area, birth, male),
        phone: mobilePhone(rng),
      },
      employerUscc: w.employerUscc,
      team: teams[TRADES[w.tradeIndex]?.trade ?? ''] ?? '综合班组',
      trade: TRADES[w.tradeIndex]?.trade ?? '普工',
      joinedOn: formatDay(w.joined),
      ...(w.left !== undefined ? { leftOn: formatDay(w.left) } : {}),
      contractSigned: true,
    };
  }
}

/** Monthly roster updates (WG.T2): the roster as it stood on the update day, with joiners and leavers. */
export function* rosterUpdates(p: ProjectModel): Generator<RosterUpdate> {
  const win = p.window;
  if (!win) return;
  const cores = workerCores(p);
  let prev = win.from - 1;
  for (const mi of windowMonths(p)) {
    const lo = Math.max(monthStart(mi), win.from);
    const hi = Math.min(monthEnd(mi), win.to);
    const day = Math.min(hi, Math.max(lo, monthStart(mi) + hashInt(p.seedHash, 19, 26, mi, 10)));
    let onRoster = 0;
    let added = 0;
    let removed = 0;
    for (const w of cores) {
      if (w.joined <= day && (w.left === undefined || w.left >= day)) onRoster++;
      if (w.joined > prev && w.joined <= day) added++;
      if (w.left !== undefined && w.left > prev && w.left <= day) removed++;
    }
    yield {
      id: `RU-${p.record.id}-${monthLabel(mi).replace('-', '')}`,
      projectId: p.record.id,
      updatedOn: formatDay(day),
      workersOnRoster: onRoster,
      added,
      removed,
    };
    prev = day;
  }
}

/**
 * Daily headcount on weekdays (WG.T3). Each month's absences are spread over its days, so the headcounts of a
 * month add up exactly to the days its workers worked.
 */
export function* dailyAttendance(p: ProjectModel): Generator<DailyAttendance> {
  const win = p.window;
  if (!win) return;
  const cores = workerCores(p);
  const span = win.to - win.from + 2;
  const diff = new Int32Array(span + 1);
  for (const w of cores) {
    const a = Math.max(w.joined, win.from);
    const b = Math.min(w.left ?? win.to, win.to);
    if (b < a) continue;
    diff[a - win.from] = (diff[a - win.from] ?? 0) + 1;
    diff[b - win.from + 1] = (diff[b - win.from + 1] ?? 0) - 1;
  }
  const employed = new Int32Array(span);
  let run = 0;
  for (let i = 0; i < span; i++) {
    run += diff[i] ?? 0;
    employed[i] = run;
  }
  for (const mi of windowMonths(p)) {
    let absences = 0;
    for (const w of cores) {
      const { onRoster, worked } = workerMonth(p, w, mi);
      absences += onRoster - worked;
    }
    const days: number[] = [];
    for (let d = Math.max(monthStart(mi), win.from); d <= Math.min(monthEnd(mi), win.to); d++) {
      const wd = weekdayOf(d);
      if (wd !== 0 && wd !== 6 && (employed[d - win.from] ?? 0) > 0) days.push(d);
    }
    const share = new Int32Array(days.length);
    let left = absences;
    for (let pass = 0; left > 0 && pass < 64; pass++) {
      for (let i = 0; i < days.length && left > 0; i++) {
        const day = days[i] ?? 0;
        const cap = (employed[day - win.from] ?? 0) - (share[i] ?? 0);
        const want = Math.min(cap, Math.ceil(left / (days.length - i)), left);
        if (want > 0) {
          share[i] = (share[i] ?? 0) + want;
          left -= want;
        }
      }
    }
    for (let i = 0; i < days.length; i++) {
      const day = days[i] ?? 0;
      yield {
        projectId: p.record.id,
        date: formatDay(day),
        headcount: (employed[day - win.from] ?? 0) - (share[i] ?? 0),
      };
    }
  }
}

/** Days each worker worked per month (WG.F3). */
export function* workerAttendance(p: ProjectModel): Generator<WorkerAttendance> {
  const cores = workerCores(p);
  for (const mi of windowMonths(p)) {
    const month = monthLabel(mi);
    for (const w of cores) {
      const { worked } = workerMonth(p, w, mi);
      if (worked > 0) yield { projectId: p.record.id, workerId: w.id, month, daysWorked: worked };
    }
  }
}

/**
 * Project manager and chief supervisor presence per month (WG.T4): at least 70 % of the required days. A month
 * without a working weekday, and the months a suspended site stands idle, are recorded with no day required.
 */
export function* keyPersonnelPresence(p: ProjectModel): Generator<KeyPersonnelPresence> {
  const win = p.window;
  if (!win) return;
  const months = windowMonths(p);
  const last = months[months.length - 1];
  if (p.idleTo !== undefined && last !== undefined)
    for (let mi = last + 1; mi <= monthIndexOfDay(p.idleTo); mi++) months.push(mi);
  for (const mi of months) {
    const from = Math.max(monthStart(mi), win.from);
    const to = Math.min(monthEnd(mi), win.to);
    const required = weekdaysBetween(from, to);
    const roles = [
      ['project-manager', p.projectManager, p.record.generalContractor.uscc, 11],
      ['chief-supervisor', p.chiefSupervisor, p.supervisorUscc, 12],
    ] as const;
    for (const [role, person, employer, salt] of roles) {
      if (!person || !employer) continue;
      const present = Math.min(
        required,
        Math.ceil(required * (0.72 + 0.28 * hashUnit(p.seedHash, mi, salt))),
      );
      yield {
        id: `KP-${p.record.id}-${role === 'project-manager' ? 'PM' : 'CS'}-${monthLabel(mi).replace('-', '')}`,
        projectId: p.record.id,
        role,
        person: {
          ...(person.name ? { name: person.name } : {}),
          ...(person.idNumber ? { idNumber: person.idNumber } : {}),
        },
        month: monthLabel(mi),
        daysRequired: required,
        daysPresent: present,
        socialInsuranceEmployerUscc: employer,
        appointingEmployerUscc: employer,
      };
    }
  }
}

/** Payroll lines (WG.F3): paid in full through the special account, signed, by the 15th of the next month. */
export function* payrollLines(p: ProjectModel, asOfDay: number): Generator<PayrollLine> {
  const cores = workerCores(p);
  for (const mi of payrollMonths(p, asOfDay)) {
    const month = monthLabel(mi);
    const tag = month.replace('-', '');
    const next = monthStart(mi + 1);
    for (const w of cores) {
      const { worked } = workerMonth(p, w, mi);
      if (worked === 0) continue;
      const due = worked * w.dailyWage;
      yield {
        id: `PL-${w.id}-${tag}`,
        projectId: p.record.id,
        workerId: w.id,
        employerUscc: w.employerUscc,
        month,
        amountDue: due,
        amountPaid: due,
        paidOn: formatDay(next + hashInt(p.seedHash, 4, 14, w.n, mi, 13)),
        throughSpecialAccount: true,
        signed: true,
      };
    }
  }
}

/** Monthly labour-cost transfers by the builder into the wage account, covering each month's payroll (art. 24). */
export function* labourCostTransfers(p: ProjectModel, asOfDay: number): Generator<LabourCostTransfer> {
  const cores = workerCores(p);
  for (const mi of payrollMonths(p, asOfDay)) {
    let due = 0;
    for (const w of cores) due += workerMonth(p, w, mi).worked * w.dailyWage;
    if (due === 0) continue;
    yield {
      id: `LT-${p.record.id}-${monthLabel(mi).replace('-', '')}`,
      projectId: p.record.id,
      forMonth: monthLabel(mi),
      amount: Math.ceil(due / 100_000) * 100_000,
      transferredOn: formatDay(monthStart(mi + 1) + hashInt(p.seedHash, 0, 3, mi, 14)),
      payerUscc: p.builderUscc,
    };
  }
}
