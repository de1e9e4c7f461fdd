import type {
  CommonPartContract,
  Community,
  DisclosureChannel,
  EvidenceRef,
  ExpenseCategory,
  IncomeCategory,
  OwnersDecision,
  RepairProject,
} from '@rectify/schemas';
import type { QuarterRef } from '../calendar';
import type { CommunitySlot } from '../geography';

// Drafts of the public-income records. Amounts that depend on other amounts (expenses, totals, distribution,
// balances, filings, account evidence, repair contract sums) are not stored: they are derived from the drafts
// after planting, so that a planted violation never breaks another rule (see derive.ts).

/** An income line as decided: its amount is final. */
export interface IncomeLineDraft {
  category: IncomeCategory;
  description: string;
  amount: number;
  sourceId?: string;
  contractId?: string;
}

/** An expense line as decided: its amount is a share of the quarter's income or of the operating-cost cap. */
export interface ExpenseLineDraft {
  category: ExpenseCategory;
  description: string;
  /** What `bp` is a share of: the quarter's income, or the operating-cost cap (PI.C4.c). */
  basis: 'income' | 'cap';
  /** Share in basis points. */
  bp: number;
  /** PI-OPERATING-COST plant: the line exceeds the cap. */
  overCap?: boolean;
  decisionId?: string;
  repairProjectId?: string;
  /** The repair project this line pays, kept even when a plant removes `repairProjectId`. */
  repair?: RepairDraft;
  evidence: EvidenceRef[];
}

/** A posting on one channel, by day number and minutes after midnight (Asia/Shanghai). */
export interface PostingDraft {
  channel: DisclosureChannel;
  postedDay: number;
  postedMinute: number;
  takenDownDay?: number;
  takenDownMinute?: number;
  location?: string;
}

/** One community-quarter. */
export interface QuarterDraft {
  readonly ref: QuarterRef;
  readonly label: string;
  readonly startDay: number;
  readonly endDay: number;
  readonly deadlineDay: number;
  /** A quarter of the campaign year whose disclosure deadline is before the as-of date. */
  readonly judged: boolean;
  incomeLines: IncomeLineDraft[];
  expenseLines: ExpenseLineDraft[];
  postings: PostingDraft[];
  /** When each system received its filing (kept when a plant removes that system's posting). */
  filedAt: { provincial: string; quanzhou: string };
  /** Day on which the previous quarter's surplus is transferred (within this quarter). */
  transferDay: number;
  /** PI-SURPLUS-DEPOSITED plant: this quarter's owners' share is never transferred. */
  surplusTransferOmitted: boolean;
  /** PI-ARITHMETIC plant: added to incomeTotal only. */
  incomeTotalDelta: number;
  /** PI-DISTRIBUTION-RATIO plant: the company takes 10 % of the base on top of its share. */
  companyShareBoost: boolean;
  /** PI-FILINGS-AGREE plant: the Quanzhou filing reports another amount for one income line. */
  quanzhouIncomeChange?: { index: number; amount: number };
  /** PI-MATCHES-ACCOUNTS plant: added to the account evidence's income total. */
  evidenceIncomeDelta: number;
  /** PI-DISCLOSURE-DEADLINE plant: the disclosure record is missing. */
  deleted: boolean;
  /** Whether the books or the bank back this quarter (PI.C1.g), and which. */
  accountEvidence?: 'ledger' | 'bank-statement';
}

/** A repair project whose contracted amount is derived from what its line spends. */
export interface RepairDraft {
  readonly record: RepairProject;
  /** Contracted amount above spending, basis points of the spending. */
  readonly marginBp: number;
  /** PI-REPAIR-COSTS plant: contracted amount below what was spent. */
  shortfall: boolean;
}

/** A community with everything generated for it. */
export interface CommunityModel {
  readonly index: number;
  readonly record: Community;
  readonly slot: CommunitySlot;
  readonly zeroIncome: boolean;
  readonly contracts: CommonPartContract[];
  readonly decisions: OwnersDecision[];
  readonly repairs: RepairDraft[];
  readonly quarters: QuarterDraft[];
  /** Balance kept in the account before the first generated quarter, beyond last year's surplus. */
  readonly openingReserve: number;
  /** The owners' share of the quarter before the first generated one, transferred in the first one. */
  readonly priorOwnersShare: number;
  readonly complaintContacts: string[];
  /** Set when any violation is planted on this community (inspections then stop vouching for its notices). */
  planted: boolean;
}
