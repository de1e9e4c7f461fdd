import type { Problem, RecordKind, WageComplaint } from '@rectify/schemas';
import {
  formatDay,
  monthEnd,
  monthIndex,
  monthIndexOfDay,
  monthLabel,
  monthStart,
  parseDay,
} from '../calendar';
import { mobilePhone } from '../identity';
import { personName } from '../naming';
import type { ProjectModel, RecordPatch } from '../wages/model';
import { payDeadline, payrollMonths, type WorkerCore, workerCores, workerMonth } from '../wages/workforce';
import { type PlantContext, type PlantedItem, type Planter, type PlantWorld, plantSome } from './planter';

// One planter per rule of the wages pack (附件2). Each breaks one subject so that exactly the planted rule fails
// for it — and, where a violation necessarily shows in a second rule (arrears raise the early warning), the
// planter lists that finding too. Every violation takes its project as a whole (`project:<id>`), so no
// project carries two violations the manifest does not list together.
//
// The rules judged against (their defaults): wages due on the 15th of the next month, labour cost by the end
// of the next month, an early warning at yellow (builder arrears ≥ 30 days, labour cost missing, any payroll
// gap in the 3 months before the as-of month), a reverse check within 30 days of any arrears of an enterprise,
// the wage account within 30 days of the permit, a deposit of 1 % of the contract value, the roster updated
// within 30 days, the project manager on site ≥ 60 %, complaints accepted in 7 days and closed in 84, problems
// with a responsible person and all three steps by their time limit.

const UNDER_CONSTRUCTION = 'under-construction';

/** What every wages planter needs to know about the dates. */
interface Dates {
  readonly asOf: string;
  readonly asOfDay: number;
  readonly yearStart: number;
  readonly yearEnd: number;
  /** Month indexes the engine judges: the campaign year's months up to the as-of month. */
  readonly months: ReadonlySet<number>;
  /** The months the early warning looks at: the three before the as-of month. */
  readonly warningMonths: ReadonlySet<number>;
}

function datesOf(world: PlantWorld): Dates {
  const { asOfDay, year } = world.ctx;
  const last = Math.min(monthIndex(year, 12), monthIndexOfDay(asOfDay));
  const months = new Set<number>();
  for (let mi = monthIndex(year, 1); mi <= last; mi++) months.add(mi);
  const current = monthIndexOfDay(asOfDay);
  return {
    asOf: world.ctx.options.asOf,
    asOfDay,
    yearStart: monthStart(monthIndex(year, 1)),
    yearEnd: monthEnd(monthIndex(year, 12)),
    months,
    warningMonths: new Set([current - 3, current - 2, current - 1]),
  };
}

// The rules are in force from the campaign's start (1 July): before it, nothing can fail.
function inForce(world: PlantWorld): boolean {
  return world.ctx.asOfDay >= world.ctx.campaignStartDay;
}

// Enterprises a planted violation gave wage arrears (WG-REVERSE-CHECK signals), per world.
const signalledCache = new WeakMap<PlantWorld, Set<string>>();
function signalled(world: PlantWorld): Set<string> {
  let s = signalledCache.get(world);
  if (!s) {
    s = new Set();
    signalledCache.set(world, s);
  }
  return s;
}

const tagOf = (mi: number) => monthLabel(mi).replace('-', '');
const dayOfRecord = (date: string | undefined) => (date === undefined ? Number.NaN : parseDay(date));
const isUnderConstruction = (p: ProjectModel) =>
  p.record.status === UNDER_CONSTRUCTION && p.window !== undefined;
// Arrears rules judge suspended projects too.
const isJudged = (p: ProjectModel) =>
  (p.record.status === UNDER_CONSTRUCTION || p.record.status === 'suspended') && p.window !== undefined;

function addPatch(p: ProjectModel, kind: RecordKind, patch: RecordPatch): void {
  const list = p.patches.get(kind);
  if (list) list.push(patch);
  else p.patches.set(kind, [patch]);
}

/** Changes the record with this id, leaves the others alone. */
function patchById(
  p: ProjectModel,
  kind: RecordKind,
  id: string,
  change: (r: Record<string, unknown>) => Record<string, unknown> | null,
): void {
  addPatch(p, kind, (r) => (r.id === id ? change(r) : r));
}

function projectItem(
  ruleId: string,
  clauseIds: readonly string[],
  p: ProjectModel,
  note: string,
): PlantedItem {
  return { ruleId, clauseIds, subject: { kind: 'project', id: p.record.id }, note };
}

function monthItem(
  ruleId: string,
  clauseIds: readonly string[],
  p: ProjectModel,
  mi: number,
  note: string,
): PlantedItem {
  return {
    ruleId,
    clauseIds,
    subject: { kind: 'project-month', id: p.record.id },
    period: monthLabel(mi),
    note,
  };
}

const claimProject = (ctx: PlantContext, p: ProjectModel) => ctx.claim(`project:${p.record.id}`);

/**
 * A planter judged per project: `eligible` must be side-effect free; `apply` makes the change once the project
 * is claimed and returns the note (and narrower clause ids when the violation is one of several).
 */
function projectPlanter(
  ruleId: string,
  clauseIds: readonly string[],
  judged: (p: ProjectModel) => boolean,
  eligible: (p: ProjectModel, d: Dates) => boolean,
  apply: (ctx: PlantContext, p: ProjectModel, d: Dates) => { note: string; clauseIds?: readonly string[] },
): Planter {
  return {
    ruleId,
    campaign: 'wages',
    clauseIds,
    subjectKind: 'project',
    universe: (world) => world.wages.projects.filter(judged).length,
    plant: (ctx, count) => {
      if (!inForce(ctx.world)) return [];
      const d = datesOf(ctx.world);
      return plantSome(ctx, ctx.world.wages.projects, count, (p) => {
        if (!judged(p) || !eligible(p, d) || !claimProject(ctx, p)) return undefined;
        const done = apply(ctx, p, d);
        return projectItem(ruleId, done.clauseIds ?? clauseIds, p, done.note);
      });
    },
  };
}

/**
 * A planter judged per project-month: `months` lists the eligible months of a project (side-effect free), one
 * of which is picked once the project is claimed.
 */
function monthPlanter(
  ruleId: string,
  clauseIds: readonly string[],
  months: (p: ProjectModel, d: Dates) => number[],
  apply: (ctx: PlantContext, p: ProjectModel, mi: number, d: Dates) => string,
): Planter {
  return {
    ruleId,
    campaign: 'wages',
    clauseIds,
    subjectKind: 'project-month',
    universe: (world) => {
      const d = datesOf(world);
      return world.wages.projects
        .filter(isJudged)
        .reduce((n, p) => n + payrollMonths(p, d.asOfDay).length, 0);
    },
    plant: (ctx, count) => {
      if (!inForce(ctx.world)) return [];
      const d = datesOf(ctx.world);
      return plantSome(ctx, ctx.world.wages.projects, count, (p) => {
        if (!isJudged(p)) return undefined;
        const candidates = months(p, d).filter((mi) => d.months.has(mi));
        if (candidates.length === 0 || !claimProject(ctx, p)) return undefined;
        const mi = ctx.rng.pick(candidates);
        return monthItem(ruleId, clauseIds, p, mi, apply(ctx, p, mi, d));
      });
    },
  };
}

/** The workers paid for a month, with what they were due. */
function paidWorkers(p: ProjectModel, mi: number): { w: WorkerCore; due: number }[] {
  const out: { w: WorkerCore; due: number }[] = [];
  for (const w of workerCores(p)) {
    const { worked } = workerMonth(p, w, mi);
    if (worked > 0) out.push({ w, due: worked * w.dailyWage });
  }
  return out;
}

/** The judged months whose payroll is out by the as-of date, with someone paid. */
function paidMonths(p: ProjectModel, d: Dates): number[] {
  return payrollMonths(p, d.asOfDay).filter((mi) => d.months.has(mi) && paidWorkers(p, mi).length > 0);
}

const lineId = (w: WorkerCore, mi: number) => `PL-${w.id}-${tagOf(mi)}`;

// --- WG.F1 institutions ----------------------------------------------------------------------------------------

const WG_PAYMENT_GUARANTEE = projectPlanter(
  'WG-PAYMENT-GUARANTEE',
  ['WG.F1', 'WG.T1'],
  isUnderConstruction,
  (p) => p.paymentGuarantees.length > 0,
  (ctx, p, d) => {
    if (ctx.rng.chance(0.5)) {
      p.paymentGuarantees.length = 0;
      return { note: 'no payment guarantee', clauseIds: ['WG.T1'] };
    }
    for (const g of p.paymentGuarantees) {
      const issued = parseDay(g.issuedOn);
      g.validUntil = formatDay(Math.max(issued, d.asOfDay - ctx.rng.int(1, 90)));
    }
    return { note: 'payment guarantee expired before the as-of date', clauseIds: ['WG.T1'] };
  },
);

const WG_REAL_NAME = projectPlanter(
  'WG-REAL-NAME',
  ['WG.F1', 'WG.M2'],
  isUnderConstruction,
  // Started more than 30 days ago, so a missing update is late rather than not yet due.
  (p, d) => dayOfRecord(p.record.startedOn) < d.asOfDay - 30,
  (_ctx, p, d) => {
    const windowStart = formatDay(d.asOfDay - 30);
    addPatch(p, 'rosterUpdate', (r) => ((r.updatedOn as string) >= windowStart ? null : r));
    return { note: `no roster update since ${windowStart}`, clauseIds: ['WG.M2'] };
  },
);

const WG_WAGE_ACCOUNT = projectPlanter(
  'WG-WAGE-ACCOUNT',
  ['WG.F1'],
  isUnderConstruction,
  // The 30-day limit from the permit has passed, so a missing account is late rather than pending.
  (p, d) => p.wageAccounts.length > 0 && dayOfRecord(p.record.permitOn) + 31 <= d.asOfDay,
  (ctx, p, d) => {
    const permit = dayOfRecord(p.record.permitOn);
    const variant = ctx.rng.int(0, 2);
    if (variant === 0) {
      p.wageAccounts.length = 0;
      return { note: 'no wage special account' };
    }
    if (variant === 1) {
      const opened = ctx.rng.int(permit + 31, Math.min(permit + 90, d.asOfDay));
      for (const a of p.wageAccounts) a.openedOn = formatDay(opened);
      return { note: `wage account opened on ${formatDay(opened)}, more than 30 days after the permit` };
    }
    for (const a of p.wageAccounts) {
      const opened = parseDay(a.openedOn);
      a.closedOn = formatDay(ctx.rng.int(Math.max(opened, d.asOfDay - 90), d.asOfDay));
    }
    return { note: 'wage account closed while the works go on' };
  },
);

const WG_WAGE_DEPOSIT = projectPlanter(
  'WG-WAGE-DEPOSIT',
  ['WG.F1'],
  isUnderConstruction,
  (p) => p.wageDeposits.length > 0,
  (ctx, p, d) => {
    const variant = ctx.rng.int(0, 2);
    if (variant === 0) {
      p.wageDeposits.length = 0;
      return { note: 'no wage deposit' };
    }
    if (variant === 1) {
      // Half of the 1 % required (the generator lodges 2 %).
      for (const dep of p.wageDeposits) dep.amount = Math.floor(p.record.contractValue / 200);
      return { note: 'wage deposit of 0.5 % of the contract value' };
    }
    for (const dep of p.wageDeposits) {
      const lodged = parseDay(dep.lodgedOn);
      dep.releasedOn = formatDay(ctx.rng.int(Math.max(lodged, d.asOfDay - 90), d.asOfDay));
    }
    return { note: 'wage deposit released while the works go on' };
  },
);

// --- WG.M2 institutions on site ------------------------------------------------------------------------------

const WG_LABOUR_WAGE_OFFICER = projectPlanter(
  'WG-LABOUR-WAGE-OFFICER',
  ['WG.M2'],
  isUnderConstruction,
  (p) => p.record.labourWageOfficer !== undefined,
  (_ctx, p) => {
    delete p.record.labourWageOfficer;
    return { note: 'no labour-wage officer' };
  },
);

const WG_RIGHTS_BOARD = projectPlanter(
  'WG-RIGHTS-BOARD',
  ['WG.M2'],
  isUnderConstruction,
  (p, d) => p.rightsBoards.some((b) => b.checkedOn <= d.asOf),
  (ctx, p) => {
    if (ctx.rng.chance(0.4)) {
      for (const b of p.rightsBoards) {
        b.present = false;
        b.items = [];
        delete b.minimumWage;
        delete b.payDay;
      }
      return { note: 'no rights-information board on site' };
    }
    const dropped = ctx.rng.sample(p.rightsBoards[0]?.items ?? [], ctx.rng.int(1, 3));
    for (const b of p.rightsBoards) b.items = b.items.filter((i) => !dropped.includes(i));
    return { note: `rights board lacks ${dropped.join(', ')}` };
  },
);

// --- WG.M2 money through the account ----------------------------------------------------------------------------

const WG_PAYROLL_ACCOUNT = monthPlanter(
  'WG-PAYROLL-ACCOUNT',
  ['WG.M2'],
  (p, d) => paidMonths(p, d),
  (ctx, p, mi, d) => {
    const { w } = ctx.rng.pick(paidWorkers(p, mi));
    // Unsigned pay sheets fail only once the pay day has passed; paid outside the account fails at once.
    if (payDeadline(mi) < d.asOfDay && ctx.rng.chance(0.5)) {
      patchById(p, 'payrollLine', lineId(w, mi), (r) => ({ ...r, signed: false }));
      return `pay sheet of ${w.id} not signed`;
    }
    patchById(p, 'payrollLine', lineId(w, mi), (r) => ({ ...r, throughSpecialAccount: false }));
    return `wages of ${w.id} paid outside the special account`;
  },
);

// Labour cost of a month is due by the end of the next month. Missing or short in one of the early warning's
// months would also raise it to yellow, so there the transfer is only late (blue, no warning).
const WG_LABOUR_COST_TRANSFER = monthPlanter(
  'WG-LABOUR-COST-TRANSFER',
  ['WG.M2'],
  (p, d) => paidMonths(p, d).filter((mi) => monthEnd(mi + 1) < d.asOfDay),
  (ctx, p, mi, d) => {
    const id = `LT-${p.record.id}-${tagOf(mi)}`;
    const deadline = monthEnd(mi + 1);
    const variant = d.warningMonths.has(mi) ? 0 : ctx.rng.int(0, 2);
    if (variant === 0) {
      const on = formatDay(ctx.rng.int(deadline + 1, Math.min(deadline + 40, d.asOfDay)));
      patchById(p, 'labourCostTransfer', id, (r) => ({ ...r, transferredOn: on }));
      return `labour cost of ${monthLabel(mi)} transferred on ${on}, after ${formatDay(deadline)}`;
    }
    if (variant === 1) {
      patchById(p, 'labourCostTransfer', id, () => null);
      return `no labour cost transferred for ${monthLabel(mi)}`;
    }
    const due = paidWorkers(p, mi).reduce((s, x) => s + x.due, 0);
    const short = Math.floor(due / 200) * 100;
    patchById(p, 'labourCostTransfer', id, (r) => ({ ...r, amount: short }));
    return `labour cost of ${monthLabel(mi)} transferred short (${short} of ${due} fen)`;
  },
);

// --- WG.F2 builder arrears ----------------------------------------------------------------------------------------

/** The milestones paid by the as-of date, oldest first, with their payment ids. */
function paidMilestones(p: ProjectModel, d: Dates) {
  return p.milestones
    .map((m) => ({ m, due: parseDay(m.dueOn), payment: p.payments.find((x) => x.milestoneId === m.id) }))
    .filter((x) => x.due < d.asOfDay && x.payment !== undefined);
}

// Leaves the instalment that fell due in the last 29 days unpaid: arrears under 30 days old are a blue
// warning, which does not fail WG-EARLY-WARNING. The next instalment falls due 91 days later.
const WG_BUILDER_ARREARS = projectPlanter(
  'WG-BUILDER-ARREARS',
  ['WG.F2'],
  isJudged,
  (p, d) => paidMilestones(p, d).some((x) => x.due >= d.asOfDay - 29),
  (_ctx, p, d) => {
    const recent = paidMilestones(p, d).find((x) => x.due >= d.asOfDay - 29);
    const payment = recent?.payment;
    if (payment) p.payments.splice(p.payments.indexOf(payment), 1);
    return { note: `instalment ${recent?.m.id} due ${recent?.m.dueOn} unpaid (under 30 days)` };
  },
);

// Builder arrears 30 days old or more raise the warning to yellow or beyond: the project fails both
// WG-EARLY-WARNING and WG-BUILDER-ARREARS, and the manifest lists both.
const WG_EARLY_WARNING: Planter = {
  ruleId: 'WG-EARLY-WARNING',
  campaign: 'wages',
  clauseIds: ['WG.M2', 'WG.F2'],
  subjectKind: 'project',
  universe: (world) => world.wages.projects.filter(isJudged).length,
  plant: (ctx, count) => {
    if (!inForce(ctx.world) || count <= 0) return [];
    const d = datesOf(ctx.world);
    const out: PlantedItem[] = [];
    let planted = 0;
    for (const p of ctx.rng.shuffle([...ctx.world.wages.projects])) {
      if (planted >= count) break;
      if (!isJudged(p)) continue;
      const old = paidMilestones(p, d).filter((x) => x.due <= d.asOfDay - 30);
      if (old.length === 0 || !claimProject(ctx, p)) continue;
      const from = ctx.rng.pick(old);
      const unpaid = p.milestones.filter((m) => parseDay(m.dueOn) >= from.due).map((m) => m.id);
      for (let i = p.payments.length - 1; i >= 0; i--) {
        const id = p.payments[i]?.milestoneId;
        if (id !== undefined && unpaid.includes(id)) p.payments.splice(i, 1);
      }
      const age = d.asOfDay - from.due;
      const level = age >= 90 ? 'red' : age >= 60 ? 'orange' : 'yellow';
      out.push(
        projectItem(
          'WG-EARLY-WARNING',
          ['WG.M2', 'WG.F2'],
          p,
          `${level} warning: builder arrears since ${from.m.dueOn} (${age} days)`,
        ),
        projectItem('WG-BUILDER-ARREARS', ['WG.F2'], p, `instalments from ${from.m.dueOn} on unpaid`),
      );
      planted++;
    }
    return out;
  },
};

// --- WG.F3 wage arrears -----------------------------------------------------------------------------------------

// A month before the early warning's window (a payroll gap there would raise it to orange), after its pay day.
// The arrears make the general contractor and the employer answer for a reverse check (WG.M3): a screening
// of the project opened within days keeps WG-REVERSE-CHECK passing for both.
const WG_WAGE_ARREARS = monthPlanter(
  'WG-WAGE-ARREARS',
  ['WG.F3'],
  (p, d) => paidMonths(p, d).filter((mi) => payDeadline(mi) < d.asOfDay && !d.warningMonths.has(mi)),
  (ctx, p, mi, d) => {
    const paid = paidWorkers(p, mi);
    const { w, due } = ctx.rng.pick(paid);
    let note: string;
    if (paid.length > 1 && ctx.rng.chance(0.4)) {
      patchById(p, 'payrollLine', lineId(w, mi), () => null);
      note = `${w.id} worked in ${monthLabel(mi)} and has no payroll line`;
    } else {
      const half = Math.floor(due / 2);
      patchById(p, 'payrollLine', lineId(w, mi), (r) => ({ ...r, amountPaid: half }));
      note = `${w.id} paid ${half} of ${due} fen for ${monthLabel(mi)}`;
      const on = payDeadline(mi) + 1;
      const marks = signalled(ctx.world);
      marks.add(p.record.generalContractor.uscc);
      marks.add(w.employerUscc);
      p.screeningItems.push({
        id: `SCR-${p.record.id}-RC${p.screeningItems.length + 1}`,
        projectId: p.record.id,
        screenedOn: formatDay(on + ctx.rng.int(0, Math.min(10, d.asOfDay - on))),
        responsiblePerson: { name: personName(ctx.rng, true), phone: mobilePhone(ctx.rng) },
        screeningUnit: 'housing-construction-bureau',
        institutionsChecked: ['real-name', 'wage-account', 'monthly-payment'],
        result: 'no-problem',
        problemIds: [],
      });
    }
    return note;
  },
);

// --- WG.M4 designated subcontracting ----------------------------------------------------------------------------

const WG_DESIGNATED_SUBCONTRACTING = projectPlanter(
  'WG-DESIGNATED-SUBCONTRACTING',
  ['WG.M4'],
  isJudged,
  (p, d) => p.subcontracts.some((s) => s.signedOn <= d.asOf),
  (ctx, p, d) => {
    const signed = p.subcontracts.filter((s) => s.signedOn <= d.asOf);
    const s = ctx.rng.pick(signed);
    const win = p.window;
    if (win && ctx.rng.chance(0.5)) {
      const from = Math.max(win.from, parseDay(s.signedOn));
      const paidOn = formatDay(ctx.rng.int(Math.min(from, win.to), win.to));
      p.payments.push({
        id: `PP-${s.id}-B`,
        projectId: p.record.id,
        payerUscc: p.record.builder.uscc,
        payeeUscc: s.subcontractorUscc,
        paidOn,
        amount: Math.floor(s.amount / 20 / 100) * 100,
        purpose: 'subcontract',
        subcontractId: s.id,
        evidence: [{ kind: 'bank-statement', ref: `LS-${s.id}-B`, date: paidOn }],
      });
      return { note: `builder paid subcontractor of ${s.id} directly` };
    }
    s.designatedByBuilder = true;
    return { note: `subcontractor of ${s.id} designated by the builder` };
  },
);

// --- WG.M3 affiliation clue -------------------------------------------------------------------------------------

const WG_AFFILIATION_CLUE = monthPlanter(
  'WG-AFFILIATION-CLUE',
  ['WG.M3'],
  (p) => {
    const win = p.window;
    if (!win || !p.projectManager) return [];
    const out: number[] = [];
    for (let mi = monthIndexOfDay(win.from); mi <= monthIndexOfDay(win.to); mi++) out.push(mi);
    return out;
  },
  (ctx, p, mi) => {
    const others = ctx.world.ctx.enterprises.filter(
      (e) => e.uscc !== p.record.generalContractor.uscc && e.roles.includes('general-contractor'),
    );
    const insurer = (others.length > 0 ? ctx.rng.pick(others) : undefined)?.uscc ?? p.builderUscc;
    patchById(p, 'keyPersonnelPresence', `KP-${p.record.id}-PM-${tagOf(mi)}`, (r) => {
      const required = r.daysRequired as number;
      return {
        ...r,
        // At least one day required, so the low presence counts.
        daysRequired: Math.max(1, required),
        daysPresent: Math.floor(Math.max(1, required) * 0.4),
        socialInsuranceEmployerUscc: insurer,
      };
    });
    return `project manager on site 40 % of ${monthLabel(mi)}, insured by another enterprise`;
  },
);

// --- WG.M1 problem list -----------------------------------------------------------------------------------------

const PROBLEM_KINDS = [
  'real-name-missing',
  'labour-officer-missing',
  'rights-board-missing',
  'guarantee-missing',
] as const;

const WG_PROBLEM_LIST: Planter = {
  ruleId: 'WG-PROBLEM-LIST',
  campaign: 'wages',
  clauseIds: ['WG.M1'],
  subjectKind: 'problem',
  universe: (world) => world.wages.problems.length,
  plant: (ctx, count) => {
    if (!inForce(ctx.world)) return [];
    const d = datesOf(ctx.world);
    const { campaignStartDay } = ctx.world.ctx;
    const { problems } = ctx.world.wages;
    return plantSome(ctx, ctx.world.wages.projects, count, (p) => {
      const started = dayOfRecord(p.record.startedOn);
      const from = Math.max(campaignStartDay, started);
      // Found at least 20 days before the as-of date, with a time limit of one to two weeks.
      if (!(from <= d.asOfDay - 20) || !claimProject(ctx, p)) return undefined;
      const found = ctx.rng.int(from, d.asOfDay - 20);
      const limit = found + ctx.rng.int(7, 15);
      const id = `PB-WG-${String(problems.length + 1).padStart(6, '0')}`;
      const problem: Problem = {
        id,
        campaign: 'wages',
        kind: ctx.rng.pick(PROBLEM_KINDS),
        projectId: p.record.id,
        enterpriseUscc: p.record.generalContractor.uscc,
        divisionCode: p.record.divisionCode,
        source: 'data-comparison',
        foundOn: formatDay(found),
        description: '平台数据比对发现项目制度落实不到位，已列入问题清单',
        responsiblePerson: { name: personName(ctx.rng, true) },
        deadline: formatDay(limit),
        evidence: [],
      };
      const variant = ctx.rng.int(0, 2);
      let note: string;
      if (variant === 0) {
        note = 'no rectification, handling or accountability by the time limit';
      } else if (variant === 1) {
        problem.rectifiedOn = formatDay(found + ctx.rng.int(1, limit - found));
        note = 'rectified, but neither handled nor accountability by the time limit';
      } else {
        delete problem.responsiblePerson;
        problem.rectifiedOn = formatDay(found + ctx.rng.int(1, limit - found));
        problem.handledOn = formatDay(found + ctx.rng.int(1, limit - found));
        problem.accountabilityOn = formatDay(found + ctx.rng.int(1, limit - found));
        problem.closedOn = formatDay(limit);
        note = 'no responsible person named';
      }
      problems.push(problem);
      return {
        ruleId: 'WG-PROBLEM-LIST',
        clauseIds: ['WG.M1'],
        subject: { kind: 'problem', id },
        note,
      };
    });
  },
};

// --- WG.T5 / WG.M5 wage complaints --------------------------------------------------------------------------------

function complaintOn(
  ctx: PlantContext,
  p: ProjectModel,
  enterpriseUscc: string,
  dates: { received: number; accepted: number; closed?: number },
  outcome: WageComplaint['outcome'],
): WageComplaint {
  const claimed = ctx.rng.int(5, 120) * 100_000;
  const c: WageComplaint = {
    id: `WC-${p.record.id}-${p.wageComplaints.length + 1}`,
    projectId: p.record.id,
    enterpriseUscc,
    divisionCode: p.record.divisionCode,
    channel: ctx.rng.pick(['hotline', 'online', 'visit', 'letter', 'transfer', 'platform-warning'] as const),
    complainant: { name: personName(ctx.rng, false), phone: mobilePhone(ctx.rng) },
    workersInvolved: ctx.rng.int(1, 12),
    amountClaimed: claimed,
    receivedOn: formatDay(dates.received),
    acceptedOn: formatDay(dates.accepted),
    ...(dates.closed !== undefined ? { closedOn: formatDay(dates.closed) } : {}),
    ...(outcome !== undefined ? { outcome } : {}),
    ...(outcome === 'paid' ? { amountRecovered: claimed } : {}),
  };
  p.wageComplaints.push(c);
  return c;
}

// New complaints, never upheld with wages paid (which would be arrears for WG-REVERSE-CHECK).
const WG_WAGE_COMPLAINT: Planter = {
  ruleId: 'WG-WAGE-COMPLAINT',
  campaign: 'wages',
  clauseIds: ['WG.T5', 'WG.M5'],
  subjectKind: 'wage-complaint',
  universe: (world) => world.wages.projects.reduce((n, p) => n + p.wageComplaints.length, 0),
  plant: (ctx, count) => {
    if (!inForce(ctx.world)) return [];
    const d = datesOf(ctx.world);
    return plantSome(ctx, ctx.world.wages.projects, count, (p) => {
      const from = Math.max(d.yearStart + 10, dayOfRecord(p.record.startedOn));
      const late = ctx.rng.chance(0.5);
      const last = d.asOfDay - (late ? 21 : 100);
      if (!(from <= last) || !claimProject(ctx, p)) return undefined;
      const received = ctx.rng.int(from, last);
      let c: WageComplaint;
      let clauseIds: string[];
      let note: string;
      if (late) {
        const accepted = received + ctx.rng.int(8, 20);
        const closed = accepted + ctx.rng.int(3, 30);
        c = complaintOn(
          ctx,
          p,
          p.record.generalContractor.uscc,
          closed <= d.asOfDay ? { received, accepted, closed } : { received, accepted },
          closed <= d.asOfDay ? 'not-substantiated' : undefined,
        );
        clauseIds = ['WG.T5'];
        note = `accepted ${accepted - received} days after receipt`;
      } else {
        const accepted = received + ctx.rng.int(0, 5);
        c = complaintOn(ctx, p, p.record.generalContractor.uscc, { received, accepted }, undefined);
        clauseIds = ['WG.M5'];
        note = `not closed ${d.asOfDay - accepted} days after acceptance`;
      }
      return { ruleId: 'WG-WAGE-COMPLAINT', clauseIds, subject: { kind: 'wage-complaint', id: c.id }, note };
    });
  },
};

// --- WG.M3 reverse check ----------------------------------------------------------------------------------------

const REVERSE_CHECK_KINDS = new Set(['illegal-subcontracting', 'subcontract-transfer', 'affiliation']);

// An upheld complaint (wages paid) against a general contractor with no other arrears anywhere, and no
// screening of the project from the complaint's receipt to 30 days after it was closed. Runs after every
// planter that gives an enterprise arrears, so the chosen enterprise has exactly this one.
const WG_REVERSE_CHECK: Planter = {
  ruleId: 'WG-REVERSE-CHECK',
  campaign: 'wages',
  clauseIds: ['WG.M3'],
  subjectKind: 'enterprise',
  universe: (world) => new Set(world.wages.projects.map((p) => p.record.generalContractor.uscc)).size,
  plant: (ctx, count) => {
    if (!inForce(ctx.world)) return [];
    const d = datesOf(ctx.world);
    const { projects, problems } = ctx.world.wages;
    const byContractor = new Map<string, ProjectModel[]>();
    for (const p of projects) {
      const g = p.record.generalContractor.uscc;
      byContractor.set(g, [...(byContractor.get(g) ?? []), p]);
    }
    const marks = signalled(ctx.world);
    return plantSome(ctx, [...byContractor.keys()], count, (g) => {
      const own = byContractor.get(g) ?? [];
      if (marks.has(g)) return undefined;
      const upheld = projects.some((p) =>
        p.wageComplaints.some((c) => c.outcome === 'paid' && (c.enterpriseUscc === g || own.includes(p))),
      );
      const checked = problems.some((x) => x.enterpriseUscc === g && REVERSE_CHECK_KINDS.has(x.kind));
      if (upheld || checked) return undefined;
      for (const p of ctx.rng.shuffle([...own])) {
        const from = Math.max(d.yearStart + 10, dayOfRecord(p.record.startedOn));
        // Closed 30 days or more before the as-of date and within the campaign year (arrears of another
        // year are not the campaign's).
        const last = Math.min(d.asOfDay - 70, d.yearEnd - 33);
        if (!(from <= last)) continue;
        let dates: { received: number; accepted: number; closed: number } | undefined;
        for (let attempt = 0; attempt < 8 && !dates; attempt++) {
          const received = ctx.rng.int(from, last);
          const accepted = received + ctx.rng.int(0, 3);
          const closed = accepted + ctx.rng.int(3, 30);
          const clash = p.screeningItems.some((s) => {
            const day = parseDay(s.screenedOn);
            return day >= received && day <= closed + 30;
          });
          if (!clash) dates = { received, accepted, closed };
        }
        if (!dates || !claimProject(ctx, p)) continue;
        if (!ctx.claim(`enterprise:${g}`)) return undefined;
        complaintOn(ctx, p, g, dates, 'paid');
        return {
          ruleId: 'WG-REVERSE-CHECK',
          clauseIds: ['WG.M3'],
          subject: { kind: 'enterprise', id: g },
          note: `complaint on ${p.record.id} upheld on ${formatDay(dates.closed)}; no reverse check within 30 days`,
        };
      }
      return undefined;
    });
  },
};

/**
 * The planters of the wages rule pack, one per rule. Builder arrears first (they need an instalment due in
 * the last 29 days), the reverse check last (it needs an enterprise no other planter gave arrears).
 */
export const WAGES_PLANTERS: readonly Planter[] = [
  WG_BUILDER_ARREARS,
  WG_EARLY_WARNING,
  WG_PAYMENT_GUARANTEE,
  WG_REAL_NAME,
  WG_WAGE_ACCOUNT,
  WG_WAGE_DEPOSIT,
  WG_LABOUR_WAGE_OFFICER,
  WG_RIGHTS_BOARD,
  WG_PAYROLL_ACCOUNT,
  WG_LABOUR_COST_TRANSFER,
  WG_WAGE_ARREARS,
  WG_DESIGNATED_SUBCONTRACTING,
  WG_AFFILIATION_CLUE,
  WG_PROBLEM_LIST,
  WG_WAGE_COMPLAINT,
  WG_REVERSE_CHECK,
];
