import type {
  AccountEvidence,
  ExpenseLine,
  IncomeLine,
  Posting,
  QuarterlyDisclosure,
  RepairProject,
  SystemFiling,
} from '@rectify/schemas';
import { formatDay, previousQuarter, quarterLabel, shanghaiInstant } from '../calendar';
import type { CommunityModel, ExpenseLineDraft, QuarterDraft } from './model';

type MaintenanceFundTransfer = QuarterlyDisclosure['maintenanceFundTransfers'][number];

/** The amounts of one community-quarter, derived from its drafts. */
export interface DerivedQuarter {
  readonly draft: QuarterDraft;
  readonly incomeLines: IncomeLine[];
  /** Σ income lines (the true income; incomeTotal may carry a planted delta). */
  readonly incomeSum: number;
  readonly incomeTotal: number;
  readonly expenseLines: ExpenseLine[];
  readonly expenseTotal: number;
  /** floor(incomeSum × operatingCostCapBp / 10000), PI.C4.c. */
  readonly operatingCostCap: number;
  readonly base: number;
  readonly companyShare: number;
  readonly ownersShare: number;
  readonly transfers: MaintenanceFundTransfer[];
  readonly openingBalance: number;
  readonly closingBalance: number;
}

function expenseAmount(line: ExpenseLineDraft, incomeSum: number, cap: number): number {
  if (line.basis === 'cap') {
    // PI-OPERATING-COST plant: above the cap by a fifth of it, at least ¥1.
    return line.overCap ? cap + Math.max(100, Math.floor(cap / 5)) : Math.floor((cap * line.bp) / 10000);
  }
  // Whole yuan: expense amounts are usually invoiced in yuan.
  return Math.floor((incomeSum * line.bp) / 1_000_000) * 100;
}

/**
 * Derives every amount of a community's quarters in order: lines, totals, the distribution at the agreed
 * ratio (PI.C2.d), the transfer of the previous quarter's owners' share within this quarter (PI.C2.e), and
 * balances chained quarter to quarter (PI.C1.f). Deleted quarters are derived too, so the chain stays whole.
 */
export function deriveCommunity(model: CommunityModel): DerivedQuarter[] {
  const out: DerivedQuarter[] = [];
  const first = model.quarters[0];
  if (!first) return out;
  const capBp = model.record.operatingCostCapBp ?? 0;
  const shareBp = model.record.distribution?.companyShareBp ?? 0;
  let opening = model.openingReserve + model.priorOwnersShare;
  let prevOwnersShare = model.priorOwnersShare;
  let prevOmitted = false;
  let prevLabel = quarterLabel(previousQuarter(first.ref));
  for (const q of model.quarters) {
    const incomeLines: IncomeLine[] = q.incomeLines.map((l) => ({
      category: l.category,
      description: l.description,
      amount: l.amount,
      ...(l.sourceId ? { sourceId: l.sourceId } : {}),
      ...(l.contractId ? { contractId: l.contractId } : {}),
    }));
    const incomeSum = incomeLines.reduce((s, l) => s + l.amount, 0);
    const cap = Math.floor((incomeSum * capBp) / 10000);
    const expenseLines: ExpenseLine[] = q.expenseLines.map((l) => ({
      category: l.category,
      description: l.description,
      amount: expenseAmount(l, incomeSum, cap),
      ...(l.decisionId ? { decisionId: l.decisionId } : {}),
      ...(l.repairProjectId ? { repairProjectId: l.repairProjectId } : {}),
      evidence: l.evidence.map((e) => ({ ...e })),
    }));
    const expenseTotal = expenseLines.reduce((s, l) => s + l.amount, 0);
    const base = Math.max(0, incomeSum - expenseTotal);
    const companyShare = Math.min(
      base,
      Math.round((base * shareBp) / 10000) + (q.companyShareBoost ? Math.floor(base / 10) : 0),
    );
    const ownersShare = base - companyShare;
    const transfers: MaintenanceFundTransfer[] =
      prevOwnersShare > 0 && !prevOmitted
        ? [
            {
              amount: prevOwnersShare,
              transferredOn: formatDay(q.transferDay),
              forQuarter: prevLabel,
              evidence: [{ kind: 'bank-statement', ref: `WX-${model.record.id}-${prevLabel}` }],
            },
          ]
        : [];
    const transferSum = transfers.reduce((s, t) => s + t.amount, 0);
    const closing = opening + incomeSum - expenseTotal - companyShare - transferSum;
    out.push({
      draft: q,
      incomeLines,
      incomeSum,
      incomeTotal: incomeSum + q.incomeTotalDelta,
      expenseLines,
      expenseTotal,
      operatingCostCap: cap,
      base,
      companyShare,
      ownersShare,
      transfers,
      openingBalance: opening,
      closingBalance: closing,
    });
    opening = closing;
    prevOwnersShare = ownersShare;
    prevOmitted = q.surplusTransferOmitted;
    prevLabel = q.label;
  }
  return out;
}

function postingOf(p: QuarterDraft['postings'][number]): Posting {
  return {
    channel: p.channel,
    postedAt: shanghaiInstant(p.postedDay, p.postedMinute),
    ...(p.takenDownDay !== undefined
      ? { takenDownAt: shanghaiInstant(p.takenDownDay, p.takenDownMinute ?? 1050) }
      : {}),
    ...(p.location ? { location: p.location } : {}),
    evidence: [],
  };
}

function filing(
  filedAt: string,
  d: DerivedQuarter,
  change?: { index: number; amount: number },
): SystemFiling {
  return {
    filedAt,
    incomeLines: d.incomeLines.map((l, i) =>
      change && change.index === i ? { ...l, amount: change.amount } : { ...l },
    ),
    expenseLines: d.expenseLines.map((l) => ({ ...l, evidence: l.evidence.map((e) => ({ ...e })) })),
    closingBalance: d.closingBalance,
  };
}

/** The records a community's drafts turn into. */
export interface MaterialisedCommunity {
  readonly disclosures: QuarterlyDisclosure[];
  readonly accountEvidence: AccountEvidence[];
  readonly repairProjects: RepairProject[];
}

/** Turns a community's drafts into disclosures (with both system filings), account evidence and repair projects. */
export function materialiseCommunity(model: CommunityModel): MaterialisedCommunity {
  const derived = deriveCommunity(model);
  const disclosures: QuarterlyDisclosure[] = [];
  const accountEvidence: AccountEvidence[] = [];
  const id = model.record.id;
  for (const d of derived) {
    const q = d.draft;
    if (q.deleted) continue;
    disclosures.push({
      id: `QD-${id}-${q.label}`,
      communityId: id,
      quarter: q.label,
      companyUscc: model.record.companyUscc,
      openingBalance: d.openingBalance,
      incomeLines: d.incomeLines,
      incomeTotal: d.incomeTotal,
      expenseLines: d.expenseLines,
      expenseTotal: d.expenseTotal,
      distribution: { base: d.base, companyShare: d.companyShare, ownersShare: d.ownersShare },
      maintenanceFundTransfers: d.transfers,
      closingBalance: d.closingBalance,
      postings: q.postings.map(postingOf),
      filings: {
        provincial: filing(q.filedAt.provincial, d),
        quanzhou: filing(q.filedAt.quanzhou, d, q.quanzhouIncomeChange),
      },
      complaintContacts: [...model.complaintContacts],
    });
    if (q.accountEvidence) {
      accountEvidence.push({
        id: `AE-${id}-${q.label}`,
        communityId: id,
        quarter: q.label,
        source: q.accountEvidence,
        incomeTotal: d.incomeSum + q.evidenceIncomeDelta,
        expenseTotal: d.expenseTotal,
        closingBalance: d.closingBalance,
        evidence: [
          { kind: q.accountEvidence === 'ledger' ? 'ledger' : 'bank-statement', ref: `ZB-${id}-${q.label}` },
        ],
      });
    }
  }
  const repairProjects = model.repairs.map((r): RepairProject => {
    let spent = 0;
    for (const d of derived) {
      d.draft.expenseLines.forEach((line, i) => {
        if (line.repair === r) spent += d.expenseLines[i]?.amount ?? 0;
      });
    }
    // PI.C4.b: the contract covers what was spent; the plant puts it a fifth (at least ¥1) below.
    const contractedAmount = r.shortfall
      ? Math.max(0, spent - Math.max(100, Math.floor(spent / 5)))
      : Math.ceil((spent * (10000 + r.marginBp)) / 1_000_000) * 100;
    return { ...r.record, contractedAmount };
  });
  return { disclosures, accountEvidence, repairProjects };
}
