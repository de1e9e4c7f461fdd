import type { IncomeCategory } from '@rectify/schemas';
import { dayOf, formatDay } from '../calendar';
import { deriveCommunity } from '../public-income/derive';
import type { CommunityModel, QuarterDraft } from '../public-income/model';
import { type PlantContext, type PlantedItem, type Planter, type PlantWorld, plantSome } from './planter';

// One planter per rule of the public-income pack (the contract in the rule-pack spec, last column). Each
// changes drafts only; totals, balances, filings and evidence are derived afterwards, so a planted violation
// is the only finding it causes.

interface QuarterCandidate {
  readonly m: CommunityModel;
  readonly q: QuarterDraft;
  readonly i: number;
}

const judgedCache = new WeakMap<PlantWorld, QuarterCandidate[]>();

// Judged quarters, listed once per world; a quarter whose disclosure a plant deleted is also claimed, so
// later planters skip it through the claims.
function judgedQuarters(world: PlantWorld): QuarterCandidate[] {
  const cached = judgedCache.get(world);
  if (cached) return cached;
  const out: QuarterCandidate[] = [];
  for (const m of world.communities) {
    m.quarters.forEach((q, i) => {
      if (q.judged) out.push({ m, q, i });
    });
  }
  judgedCache.set(world, out);
  return out;
}

function quarterItem(
  ruleId: string,
  clauseIds: readonly string[],
  c: QuarterCandidate,
  note: string,
): PlantedItem {
  c.m.planted = true;
  return {
    ruleId,
    clauseIds,
    subject: { kind: 'community-quarter', id: c.m.record.id },
    period: c.q.label,
    note,
  };
}

function communityItem(
  ruleId: string,
  clauseIds: readonly string[],
  m: CommunityModel,
  note: string,
  period?: string,
): PlantedItem {
  m.planted = true;
  return {
    ruleId,
    clauseIds,
    subject: { kind: 'community', id: m.record.id },
    ...(period ? { period } : {}),
    note,
  };
}

/** A planter judged per community-quarter: candidates are the judged quarters, `apply` does the change. */
function quarterPlanter(
  ruleId: string,
  clauseIds: readonly string[],
  apply: (ctx: PlantContext, c: QuarterCandidate) => string | undefined,
): Planter {
  return {
    ruleId,
    campaign: 'public-income',
    clauseIds,
    subjectKind: 'community-quarter',
    universe: (world) => judgedQuarters(world).length,
    plant: (ctx, count) =>
      plantSome(ctx, judgedQuarters(ctx.world), count, (c) => {
        if (c.q.deleted || !ctx.quarterFree(c.m.record.id, c.q.label)) return undefined;
        const note = apply(ctx, c);
        return note === undefined ? undefined : quarterItem(ruleId, clauseIds, c, note);
      }),
  };
}

/** Claims the quarter, for use inside `apply` once the candidate is known to be eligible. */
function take(ctx: PlantContext, c: QuarterCandidate): boolean {
  return ctx.claimQuarter(c.m.record.id, c.q.label);
}

const MISLABEL: Record<IncomeCategory, IncomeCategory> = {
  parking: 'venue',
  advertising: 'lease',
  lease: 'venue',
  venue: 'other',
  telecom: 'lease',
  'charging-vending': 'other',
  recycling: 'other',
  interest: 'other',
  compensation: 'other',
  other: 'venue',
};

const PI_BOARD: Planter = {
  ruleId: 'PI-BOARD',
  campaign: 'public-income',
  clauseIds: ['PI.C1.a'],
  subjectKind: 'community',
  universe: (world) => world.communities.length,
  plant: (ctx, count) =>
    plantSome(ctx, ctx.world.communities, count, (m) => {
      if (!ctx.claimCommunity(m.record.id)) return undefined;
      const missing = ctx.rng.chance(0.5);
      m.record.board = missing ? { exists: false } : { ...m.record.board, atMainPedestrianEntrance: false };
      // The latest inspection overrides the registry, so inspections must have seen the same board.
      for (const ins of ctx.world.publicIncome.inspectionsByCommunity.get(m.record.id) ?? []) {
        ins.observations.boardPresent = !missing;
        if (missing) delete ins.observations.boardAtMainEntrance;
        else ins.observations.boardAtMainEntrance = false;
      }
      return communityItem(
        'PI-BOARD',
        ['PI.C1.a'],
        m,
        missing ? 'board.exists = false' : 'board.atMainPedestrianEntrance = false',
      );
    }),
};

const PI_DISCLOSURE_DEADLINE = quarterPlanter('PI-DISCLOSURE-DEADLINE', ['PI.C1.b'], (ctx, c) => {
  const asOf = ctx.world.ctx.asOfDay;
  // Deleting a disclosure would lose the transfer of the previous quarter's surplus it carries, unless that
  // quarter is last year's (not judged): so only a first quarter is deleted.
  const canDelete =
    c.i === 0 && c.q.ref.quarter === 1 && !ctx.world.publicIncome.auditedCommunityIds.has(c.m.record.id);
  if (canDelete && ctx.rng.chance(0.3)) {
    if (!take(ctx, c)) return undefined;
    c.q.deleted = true;
    delete c.q.accountEvidence;
    return `disclosure record of ${c.q.label} missing`;
  }
  const room = Math.min(20, asOf - c.q.deadlineDay - 1);
  if (room < 1) return undefined;
  const systems = c.q.postings.filter((p) => p.channel !== 'notice-board');
  if (systems.length === 0 || !take(ctx, c)) return undefined;
  const posting = ctx.rng.pick(systems);
  const late = ctx.rng.int(1, room);
  posting.postedDay = c.q.deadlineDay + late;
  return `${posting.channel} posted ${late} day(s) after the deadline ${formatDay(c.q.deadlineDay)}`;
});

const PI_DISCLOSURE_CHANNELS = quarterPlanter('PI-DISCLOSURE-CHANNELS', ['PI.C1.c'], (ctx, c) => {
  if (c.q.postings.length < 3 || !take(ctx, c)) return undefined;
  const removed = ctx.rng.pick(c.q.postings);
  c.q.postings = c.q.postings.filter((p) => p !== removed);
  return `no ${removed.channel} posting`;
});

const PI_FILINGS_AGREE = quarterPlanter('PI-FILINGS-AGREE', ['PI.C1.c'], (ctx, c) => {
  if (c.q.incomeLines.length === 0 || !take(ctx, c)) return undefined;
  const index = ctx.rng.int(0, c.q.incomeLines.length - 1);
  const amount = c.q.incomeLines[index]?.amount ?? 0;
  c.q.quanzhouIncomeChange = { index, amount: amount + Math.max(100, Math.floor(amount / 10)) };
  return `quanzhou filing income line ${index} differs from the provincial filing`;
});

const PI_DISPLAY_DURATION = quarterPlanter('PI-DISPLAY-DURATION', ['PI.C1.d'], (ctx, c) => {
  const asOf = ctx.world.ctx.asOfDay;
  const board = c.q.postings.find((p) => p.channel === 'notice-board');
  if (!board || board.postedDay + 10 > asOf || !take(ctx, c)) return undefined;
  const days = ctx.rng.int(10, Math.min(29, asOf - board.postedDay));
  board.takenDownDay = board.postedDay + days;
  board.takenDownMinute = 17 * 60;
  return `board notice taken down after ${days} days`;
});

const PI_ITEMS_COMPLETE = quarterPlanter('PI-ITEMS-COMPLETE', ['PI.C1.e'], (ctx, c) => {
  const selfRun = c.q.incomeLines.filter((l) => l.sourceId && !l.contractId);
  const sourced = c.q.incomeLines.filter((l) => l.sourceId);
  if (sourced.length === 0) return undefined;
  if (selfRun.length > 0 && ctx.rng.chance(0.5)) {
    if (!take(ctx, c)) return undefined;
    const dropped = ctx.rng.pick(selfRun);
    c.q.incomeLines = c.q.incomeLines.filter((l) => l !== dropped);
    return `income line of source ${dropped.sourceId} omitted`;
  }
  if (!take(ctx, c)) return undefined;
  const line = ctx.rng.pick(sourced);
  const from = line.category;
  line.category = MISLABEL[from];
  return `income line of source ${line.sourceId} labelled ${line.category} instead of ${from}`;
});

const PI_ARITHMETIC = quarterPlanter('PI-ARITHMETIC', ['PI.C1.f'], (ctx, c) => {
  // Account evidence would disagree with the wrong total too (PI.C1.g): only quarters without it.
  if (c.q.accountEvidence || !take(ctx, c)) return undefined;
  c.q.incomeTotalDelta = 100;
  return 'incomeTotal is 100 fen above the sum of the income lines';
});

const PI_MATCHES_ACCOUNTS = quarterPlanter('PI-MATCHES-ACCOUNTS', ['PI.C1.g'], (ctx, c) => {
  if (!c.q.accountEvidence || !take(ctx, c)) return undefined;
  c.q.evidenceIncomeDelta = ctx.rng.int(10, 500) * 100;
  return `${c.q.accountEvidence} income total differs from the disclosure by ${c.q.evidenceIncomeDelta} fen`;
});

const PI_SEPARATE_ACCOUNT: Planter = {
  ruleId: 'PI-SEPARATE-ACCOUNT',
  campaign: 'public-income',
  clauseIds: ['PI.C2.a'],
  subjectKind: 'community',
  universe: (world) => world.communities.length,
  plant: (ctx, count) =>
    plantSome(ctx, ctx.world.communities, count, (m) => {
      if (!ctx.claimCommunity(m.record.id)) return undefined;
      m.record.account = { mode: 'none' };
      return communityItem('PI-SEPARATE-ACCOUNT', ['PI.C2.a'], m, "account.mode = 'none'");
    }),
};

const PI_EXPENSE_AUTHORISED = quarterPlanter('PI-EXPENSE-AUTHORISED', ['PI.C2.b'], (ctx, c) => {
  const pre = c.m.record.preAuthorisedExpenseCategories;
  const lines = c.q.expenseLines.filter((l) => l.decisionId && !pre.includes(l.category));
  if (lines.length === 0 || !take(ctx, c)) return undefined;
  const line = ctx.rng.pick(lines);
  delete line.decisionId;
  return `${line.category} expense without an owners' decision`;
});

const PI_INCOME_BOOKED = quarterPlanter('PI-INCOME-BOOKED', ['PI.C2.c'], (ctx, c) => {
  const contractLines = c.q.incomeLines.filter((l) => l.contractId && l.amount >= 2);
  if (contractLines.length > 0 && ctx.rng.chance(0.5)) {
    if (!take(ctx, c)) return undefined;
    const line = ctx.rng.pick(contractLines);
    line.amount = Math.floor(line.amount / 2);
    return `contract ${line.contractId} booked at 50 %`;
  }
  if (c.q.expenseLines.length === 0 || !take(ctx, c)) return undefined;
  const line = ctx.rng.pick(c.q.expenseLines);
  line.evidence = [];
  return `${line.category} expense line without evidence`;
});

const PI_DISTRIBUTION_RATIO = quarterPlanter('PI-DISTRIBUTION-RATIO', ['PI.C2.d'], (ctx, c) => {
  const d = deriveCommunity(c.m)[c.i];
  if (!d || d.base < 1000 || !take(ctx, c)) return undefined;
  c.q.companyShareBoost = true;
  return 'company share 10 % of the base above the agreed ratio';
});

const PI_SURPLUS_DEPOSITED = quarterPlanter('PI-SURPLUS-DEPOSITED', ['PI.C2.e'], (ctx, c) => {
  const next = c.m.quarters[c.i + 1];
  const d = deriveCommunity(c.m)[c.i];
  if (!next || next.deleted || !d || d.ownersShare <= 0) return undefined;
  // Deadline: end of the next quarter; the omission must already be overdue.
  if (next.endDay >= ctx.world.ctx.asOfDay) return undefined;
  if (!ctx.quarterFree(c.m.record.id, next.label) || !take(ctx, c)) return undefined;
  ctx.claimQuarter(c.m.record.id, next.label);
  c.q.surplusTransferOmitted = true;
  return `owners' share of ${c.q.label} (${d.ownersShare} fen) not transferred`;
});

const PI_COMMON_PART_DECISION: Planter = {
  ruleId: 'PI-COMMON-PART-DECISION',
  campaign: 'public-income',
  clauseIds: ['PI.C3.a', 'PI.C4.a'],
  subjectKind: 'common-part-contract',
  universe: (world) => world.communities.reduce((s, m) => s + m.contracts.length, 0),
  plant: (ctx, count) =>
    plantSome(
      ctx,
      ctx.world.communities.flatMap((m) => m.contracts.map((contract) => ({ m, contract }))),
      count,
      ({ m, contract }) => {
        const decision = m.decisions.find((d) => d.id === contract.decisionId);
        if (!decision || !ctx.claim(`contract:${contract.id}`)) return undefined;
        const clause =
          contract.lessor === 'property-company' || contract.lessor === 'other' ? 'PI.C3.a' : 'PI.C4.a';
        let note: string;
        if (ctx.rng.chance(0.5)) {
          delete contract.decisionId;
          note = "contract without an owners' decision";
        } else {
          decision.approvingOwners = Math.floor(decision.participatingOwners * 0.6);
          note = `decision ${decision.id} approved by 60 % of participating owners (below 3/4)`;
        }
        m.planted = true;
        return {
          ruleId: 'PI-COMMON-PART-DECISION',
          clauseIds: [clause],
          subject: { kind: 'common-part-contract', id: contract.id },
          note,
        };
      },
    ),
};

const PI_REPAIR_COSTS = quarterPlanter('PI-REPAIR-COSTS', ['PI.C4.b'], (ctx, c) => {
  const line = c.q.expenseLines.find((l) => l.repair);
  const repair = line?.repair;
  if (!line || !repair) return undefined;
  const spent = deriveCommunity(c.m)[c.i]?.expenseLines[c.q.expenseLines.indexOf(line)]?.amount ?? 0;
  if (ctx.rng.chance(0.5)) {
    if (!take(ctx, c)) return undefined;
    delete line.repairProjectId;
    return 'repair expense line without a repair project';
  }
  if (spent < 100 || !take(ctx, c)) return undefined;
  repair.shortfall = true;
  return `repair project ${repair.record.id} contracted below what was spent`;
});

const PI_OPERATING_COST = quarterPlanter('PI-OPERATING-COST', ['PI.C4.c'], (ctx, c) => {
  const line = c.q.expenseLines.find((l) => l.basis === 'cap');
  const d = deriveCommunity(c.m)[c.i];
  if (!line || !d || d.incomeSum < 100_000 || !take(ctx, c)) return undefined;
  line.overCap = true;
  return 'operating cost above the agreed cap';
});

const PI_COMPLAINT_HANDLING: Planter = {
  ruleId: 'PI-COMPLAINT-HANDLING',
  campaign: 'public-income',
  clauseIds: ['PI.C3.c', 'PI.S3'],
  subjectKind: 'complaint',
  universe: (world) => world.publicIncome.complaints.length,
  plant: (ctx, count) =>
    plantSome(ctx, ctx.world.publicIncome.complaints, count, (c) => {
      const received = dayOfIso(c.receivedOn);
      if (received >= ctx.world.ctx.asOfDay - 60 || !ctx.claim(`complaint:${c.id}`)) return undefined;
      delete c.answeredOn;
      delete c.closedOn;
      return {
        ruleId: 'PI-COMPLAINT-HANDLING',
        clauseIds: ['PI.C3.c', 'PI.S3'],
        subject: { kind: 'complaint', id: c.id },
        note: 'not answered to the complainant within 60 days',
      };
    }),
};

const PI_PROBLEM_HANDLING: Planter = {
  ruleId: 'PI-PROBLEM-HANDLING',
  campaign: 'public-income',
  clauseIds: ['PI.C5.b'],
  subjectKind: 'problem',
  universe: (world) => world.publicIncome.problems.length,
  plant: (ctx, count) =>
    plantSome(ctx, ctx.world.publicIncome.problems, count, (p) => {
      // A punished problem has a credit action naming it; leave those alone.
      if (p.punishedOn || dayOfIso(p.foundOn) >= ctx.world.ctx.asOfDay - 30) return undefined;
      if (!ctx.claim(`problem:${p.id}`)) return undefined;
      for (const k of [
        'interviewedOn',
        'rectifiedOn',
        'handledOn',
        'punishedOn',
        'exposedOn',
        'referredOn',
        'closedOn',
        'accountabilityOn',
        'typicalCase',
      ] as const) {
        delete p[k];
      }
      return {
        ruleId: 'PI-PROBLEM-HANDLING',
        clauseIds: ['PI.C5.b'],
        subject: { kind: 'problem', id: p.id },
        note: 'no handling step since it was found',
      };
    }),
};

const PI_SELF_INSPECTION: Planter = {
  ruleId: 'PI-SELF-INSPECTION',
  campaign: 'public-income',
  clauseIds: ['PI.S2'],
  subjectKind: 'community',
  universe: (world) => world.communities.length,
  plant: (ctx, count) => {
    const byCommunity = new Map(ctx.world.publicIncome.selfInspections.map((s) => [s.communityId, s]));
    const { asOfDay, year } = ctx.world.ctx;
    return plantSome(ctx, ctx.world.communities, count, (m) => {
      const si = byCommunity.get(m.record.id);
      if (!si || !ctx.claimCommunity(m.record.id)) return undefined;
      const late = dayOf(year, 7, 31);
      let note: string;
      if (asOfDay > late && ctx.rng.chance(0.5)) {
        const posted = ctx.rng.int(late, Math.min(dayOf(year, 8, 10), asOfDay));
        si.postedOn = formatDay(posted);
        if (si.takenDownOn) {
          const down = posted + ctx.rng.int(31, 45);
          if (down <= asOfDay) si.takenDownOn = formatDay(down);
          else delete si.takenDownOn;
        }
        note = `self-inspection posted on ${si.postedOn}, after 30 July`;
      } else {
        si.ownersNotified = Math.floor((si.ownersTotal ?? m.record.households) * 0.8);
        note = 'only 80 % of owners notified';
      }
      return communityItem('PI-SELF-INSPECTION', ['PI.S2'], m, note, String(year));
    });
  },
};

const PI_AUDIT_RECTIFICATION: Planter = {
  ruleId: 'PI-AUDIT-RECTIFICATION',
  campaign: 'public-income',
  clauseIds: ['PI.M5'],
  subjectKind: 'audit',
  universe: (world) => world.publicIncome.audits.length,
  plant: (ctx, count) => {
    const { rectificationDisclosures, audits } = ctx.world.publicIncome;
    return plantSome(ctx, audits, count, (a) => {
      const rd = rectificationDisclosures.find((r) => r.auditId === a.id);
      if (!a.problemsFound || !a.rectificationDueOn || !rd || rd.channels.length < 3) return undefined;
      if (dayOfIso(a.rectificationDueOn) >= ctx.world.ctx.asOfDay || !ctx.claim(`audit:${a.id}`))
        return undefined;
      const dropped = ctx.rng.pick(rd.channels);
      rd.channels = rd.channels.filter((x) => x !== dropped);
      return {
        ruleId: 'PI-AUDIT-RECTIFICATION',
        clauseIds: ['PI.M5'],
        subject: { kind: 'audit', id: a.id },
        note: `rectification not posted on ${dropped.channel}`,
      };
    });
  },
};

function dayOfIso(date: string): number {
  return dayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The planters of the public-income rule pack, in the order of the rule-pack spec. */
export const PUBLIC_INCOME_PLANTERS: readonly Planter[] = [
  PI_BOARD,
  PI_DISCLOSURE_DEADLINE,
  PI_DISCLOSURE_CHANNELS,
  PI_FILINGS_AGREE,
  PI_DISPLAY_DURATION,
  PI_ITEMS_COMPLETE,
  PI_ARITHMETIC,
  PI_MATCHES_ACCOUNTS,
  PI_SEPARATE_ACCOUNT,
  PI_EXPENSE_AUTHORISED,
  PI_INCOME_BOOKED,
  PI_DISTRIBUTION_RATIO,
  PI_SURPLUS_DEPOSITED,
  PI_COMMON_PART_DECISION,
  PI_REPAIR_COSTS,
  PI_OPERATING_COST,
  PI_COMPLAINT_HANDLING,
  PI_PROBLEM_HANDLING,
  PI_SELF_INSPECTION,
  PI_AUDIT_RECTIFICATION,
];
