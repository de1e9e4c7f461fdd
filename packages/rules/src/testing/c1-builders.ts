// Builders for the PI.C1 / PI.C2.a rule scenarios: find the record a scenario breaks, add the evidence records
// the clean dataset does not carry, and build disclosures whose arithmetic holds by construction.
import type { AccountEvidence, Community, Dataset, Inspection, QuarterlyDisclosure } from '@rectify/schemas';

/**
 * The disclosure of a community-quarter, to mutate in a scenario.
 *
 * @param communityId - Defaults to `'C1'`, the community of `cleanPublicIncome()`.
 * @throws Error when the dataset has no such disclosure (a scenario written against the wrong fixture)
 */
export function disclosureIn(dataset: Dataset, quarter: string, communityId = 'C1'): QuarterlyDisclosure {
  const found = dataset.records.quarterlyDisclosure?.find(
    (d) => d.communityId === communityId && d.quarter === quarter,
  );
  if (!found) throw new Error(`No disclosure of ${communityId} for ${quarter} in the fixture`);
  return found;
}

/**
 * A community of the dataset, to mutate in a scenario.
 *
 * @param id - Defaults to `'C1'`.
 * @throws Error when the dataset has no such community
 */
export function communityIn(dataset: Dataset, id = 'C1'): Community {
  const found = dataset.records.community?.find((c) => c.id === id);
  if (!found) throw new Error(`No community ${id} in the fixture`);
  return found;
}

/**
 * Adds, for every disclosure of the dataset, an account-evidence record (PI.C1.g) that agrees with it on
 * income, expenses and closing balance. Returns the dataset, mutated.
 *
 * @param source - Where the evidence comes from. Defaults to `'ledger'`.
 */
export function withAgreeingAccountEvidence(
  dataset: Dataset,
  source: AccountEvidence['source'] = 'ledger',
): Dataset {
  const evidence: AccountEvidence[] = (dataset.records.quarterlyDisclosure ?? []).map((d) => ({
    id: `AE-${d.communityId}-${d.quarter}-${source}`,
    communityId: d.communityId,
    quarter: d.quarter,
    source,
    incomeTotal: d.incomeTotal,
    expenseTotal: d.expenseTotal,
    closingBalance: d.closingBalance,
    evidence: [{ kind: source === 'audit' ? 'audit-report' : source, ref: `${source}-${d.quarter}` }],
  }));
  dataset.records.accountEvidence = [...(dataset.records.accountEvidence ?? []), ...evidence];
  return dataset;
}

/**
 * Adds an on-site inspection of a community recording what was seen of its disclosure board (PI.C1.a).
 * Returns the inspection added.
 *
 * @param communityId - Defaults to `'C1'`.
 */
export function addBoardInspection(
  dataset: Dataset,
  id: string,
  inspectedOn: string,
  observations: { boardPresent?: boolean; boardAtMainEntrance?: boolean },
  communityId = 'C1',
): Inspection {
  const inspection: Inspection = {
    id,
    kind: 'street-full',
    inspectedOn,
    communityId,
    divisionCode: '350503001',
    inspectingUnit: { unit: 'street-office', divisionCode: '350503001' },
    inspectors: [{ id: 'P-1' }],
    onSiteVerified: true,
    observations,
    problemIds: [],
    evidence: [],
  };
  dataset.records.inspection = [...(dataset.records.inspection ?? []), inspection];
  return inspection;
}

/** The money of a disclosure in a form a property test can generate freely (all integer fen). */
export interface LedgerInput {
  /** Opening balance, fen. */
  openingBalance: number;
  /** One amount per income line, fen. */
  incomeAmounts: readonly number[];
  /** One amount per expense line, fen. */
  expenseAmounts: readonly number[];
  /** The company's share of the distributable amount, basis points; `undefined` = no distribution recorded. */
  companyShareBp?: number | undefined;
  /** One amount per maintenance-fund transfer, fen. */
  transferAmounts: readonly number[];
}

/**
 * A copy of `template` whose lines, totals, distribution, transfers and balances are rebuilt from `input` so
 * that every PI.C1.f equation holds exactly: totals are the sums of their lines, companyShare + ownersShare =
 * base, and closing = opening + income − expenses − companyShare − Σ transfers. Lines carry no sourceId, so
 * nothing else about the disclosure changes meaning.
 */
export function balancedDisclosure(template: QuarterlyDisclosure, input: LedgerInput): QuarterlyDisclosure {
  const incomeLines = input.incomeAmounts.map((amount, i) => ({
    category: 'other' as const,
    description: `收入${i + 1}`,
    amount,
  }));
  const expenseLines = input.expenseAmounts.map((amount, i) => ({
    category: 'other' as const,
    description: `支出${i + 1}`,
    amount,
    evidence: [],
  }));
  const incomeTotal = input.incomeAmounts.reduce((s, a) => s + a, 0);
  const expenseTotal = input.expenseAmounts.reduce((s, a) => s + a, 0);
  const base = Math.max(0, incomeTotal - expenseTotal);
  const companyShare =
    input.companyShareBp === undefined ? 0 : Math.round((base * input.companyShareBp) / 10_000);
  const transfers = input.transferAmounts.map((amount) => ({
    amount,
    transferredOn: '2023-06-30',
    forQuarter: '2023Q1',
    evidence: [],
  }));
  const transferred = input.transferAmounts.reduce((s, a) => s + a, 0);
  const { distribution: _dropped, ...rest } = template;
  return {
    ...rest,
    openingBalance: input.openingBalance,
    incomeLines,
    incomeTotal,
    expenseLines,
    expenseTotal,
    ...(input.companyShareBp === undefined
      ? {}
      : { distribution: { base, companyShare, ownersShare: base - companyShare } }),
    maintenanceFundTransfers: transfers,
    closingBalance: input.openingBalance + incomeTotal - expenseTotal - companyShare - transferred,
  };
}
