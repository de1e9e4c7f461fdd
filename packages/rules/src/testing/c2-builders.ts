// Builders for the scenarios of the public-income money rules (PI.C2.b–e, PI.C3.a, PI.C4.a–c): edit one
// disclosure of a clean dataset, then recompute totals and balances so only the planted fact changes.
import type { Dataset, OwnersDecision, QuarterlyDisclosure } from '@rectify/schemas';
import { addDays, nextQuarter, quarterStart } from '../calendar/index';

/** A disclosure of the dataset (mutable), or undefined. Defaults to community C1. */
export function disclosureIn(
  dataset: Dataset,
  quarter: string,
  communityId = 'C1',
): QuarterlyDisclosure | undefined {
  return dataset.records.quarterlyDisclosure?.find(
    (d) => d.communityId === communityId && d.quarter === quarter,
  );
}

/**
 * Recomputes a disclosure's totals and its distribution after its lines changed: the base is income − expenses
 * and the company's share is `round(base × companyShareBp / 10000)` (companyShareBp defaults to 3000, the clean
 * dataset's agreement). Both filings get the disclosure's lines, so the systems keep agreeing.
 */
export function retotal(disclosure: QuarterlyDisclosure, companyShareBp = 3000): void {
  disclosure.incomeTotal = disclosure.incomeLines.reduce((s, l) => s + l.amount, 0);
  disclosure.expenseTotal = disclosure.expenseLines.reduce((s, l) => s + l.amount, 0);
  const base = Math.max(0, disclosure.incomeTotal - disclosure.expenseTotal);
  const companyShare = Math.round((base * companyShareBp) / 10000);
  disclosure.distribution = { base, companyShare, ownersShare: base - companyShare };
  for (const filing of [disclosure.filings.provincial, disclosure.filings.quanzhou]) {
    if (!filing) continue;
    filing.incomeLines = disclosure.incomeLines.map((l) => ({ ...l }));
    filing.expenseLines = disclosure.expenseLines.map((l) => ({ ...l, evidence: [...l.evidence] }));
  }
}

/**
 * Recomputes the balance chain of a community's disclosures in quarter order (PI.C1.f): each opening balance is
 * the previous closing balance, and closing = opening + income − expenses − company share − transfers.
 * Defaults to community C1.
 */
export function rebalance(dataset: Dataset, communityId = 'C1'): void {
  const list = (dataset.records.quarterlyDisclosure ?? [])
    .filter((d) => d.communityId === communityId)
    .sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : 0));
  let previous: QuarterlyDisclosure | undefined;
  for (const d of list) {
    if (previous) d.openingBalance = previous.closingBalance;
    const transfers = d.maintenanceFundTransfers.reduce((s, t) => s + t.amount, 0);
    d.closingBalance =
      d.openingBalance + d.incomeTotal - d.expenseTotal - (d.distribution?.companyShare ?? 0) - transfers;
    for (const filing of [d.filings.provincial, d.filings.quanzhou])
      if (filing) filing.closingBalance = d.closingBalance;
    previous = d;
  }
}

/**
 * Deposits each quarter's owners' share into the maintenance fund (PI.C2.e) on the 15th day of the next quarter,
 * recorded in the next quarter's disclosure when that exists (the last disclosed quarter's surplus stays
 * undeposited, so it is pending until its deadline). Balances are recomputed. Defaults to community C1.
 */
export function withSurplusDeposits(dataset: Dataset, communityId = 'C1'): Dataset {
  for (const d of dataset.records.quarterlyDisclosure ?? []) {
    if (d.communityId !== communityId) continue;
    const share = d.distribution?.ownersShare ?? 0;
    const next = disclosureIn(dataset, nextQuarter(d.quarter), communityId);
    if (share > 0 && next)
      next.maintenanceFundTransfers.push({
        amount: share,
        transferredOn: addDays(quarterStart(next.quarter), 14),
        forQuarter: d.quarter,
        evidence: [],
      });
  }
  rebalance(dataset, communityId);
  return dataset;
}

/**
 * An owners' decision (业主共同决定) of community C1 with participation and approval counted by area (m²) and
 * headcount. Defaults: 50 000 m² and 400 owners in total, 80 % participating, 90 % of them approving, matter
 * use-public-income, decided on 2023-01-10.
 */
export function decision(overrides: Partial<OwnersDecision> & { id: string }): OwnersDecision {
  return {
    communityId: 'C1',
    decidedOn: '2023-01-10',
    subject: '使用公共收益',
    matters: ['use-public-income'],
    expenseCategories: [],
    totalArea: 50_000,
    totalOwners: 400,
    participatingArea: 40_000,
    participatingOwners: 320,
    approvingArea: 36_000,
    approvingOwners: 288,
    evidence: [],
    ...overrides,
  };
}
