import { z } from 'zod';
import { EXPENSE_CATEGORIES, INCOME_CATEGORIES } from '../codelists/categories';
import {
  Amount,
  CivilDate,
  EvidenceRef,
  Extension,
  Id,
  Instant,
  Money,
  Quarter,
  Text,
  Uscc,
} from '../shared/index-internal';

/** An income line of a disclosure. */
export const IncomeLine = z
  .strictObject({
    category: z.enum(INCOME_CATEGORIES.codes),
    description: Text(200),
    amount: Amount,
    sourceId: Id.optional().meta({
      description: 'The known income source (community registry) this line reports.',
    }),
    contractId: Id.optional(),
  })
  .meta({ id: 'IncomeLine', title: 'Income line 收入明细' });
/** An income line. */
export type IncomeLine = z.infer<typeof IncomeLine>;

/** An expense line of a disclosure: needs an owners' decision or a pre-authorised category (PI.C2.b). */
export const ExpenseLine = z
  .strictObject({
    category: z.enum(EXPENSE_CATEGORIES.codes),
    description: Text(200),
    amount: Amount,
    decisionId: Id.optional(),
    repairProjectId: Id.optional().meta({ description: 'For repair lines: the repair project (PI.C4.b).' }),
    evidence: z.array(EvidenceRef).default([]),
  })
  .meta({ id: 'ExpenseLine', title: 'Expense line 支出明细' });
/** An expense line. */
export type ExpenseLine = z.infer<typeof ExpenseLine>;

/** The split of the distributable amount between the company and the owners (PI.C2.d). */
export const Distribution = z
  .strictObject({
    base: Amount.meta({ description: 'The distributable amount (income − expenses), fen.' }),
    companyShare: Amount,
    ownersShare: Amount,
  })
  .meta({ id: 'Distribution', title: 'Distribution 分配' });

/** A transfer of surplus into the maintenance-fund account (维修资金专户), PI.C2.e. */
export const MaintenanceFundTransfer = z
  .strictObject({
    amount: Amount,
    transferredOn: CivilDate,
    forQuarter: Quarter.meta({ description: 'The quarter whose surplus this transfer deposits.' }),
    evidence: z.array(EvidenceRef).default([]),
  })
  .meta({ id: 'MaintenanceFundTransfer', title: 'Maintenance-fund transfer 结余转存' });

/** A disclosure channel (PI.C1.c): the board (or an equally prominent place) and the two systems. */
export const DisclosureChannel = z.enum(['notice-board', 'provincial-system', 'quanzhou-system']);
/** A disclosure channel code. */
export type DisclosureChannel = z.infer<typeof DisclosureChannel>;

/** One posting of the disclosure on one channel. */
export const Posting = z
  .strictObject({
    channel: DisclosureChannel,
    postedAt: Instant.or(CivilDate).meta({
      description: 'When it was posted: an instant with offset, or a civil date.',
    }),
    takenDownAt: Instant.or(CivilDate)
      .optional()
      .meta({ description: 'When it was taken down; absent = still on display.' }),
    location: Text(200)
      .optional()
      .meta({ description: 'For the board: where (an equally prominent place is allowed).' }),
    evidence: z.array(EvidenceRef).default([]),
  })
  .meta({ id: 'Posting', title: 'Posting 公示发布' });
/** A posting on one channel. */
export type Posting = z.infer<typeof Posting>;

/** What one of the two systems holds for the quarter, kept separately so they can be compared item by item. */
export const SystemFiling = z
  .strictObject({
    filedAt: Instant.or(CivilDate),
    incomeLines: z.array(IncomeLine),
    expenseLines: z.array(ExpenseLine),
    closingBalance: Money,
  })
  .meta({ id: 'SystemFiling', title: 'System filing 系统填报' });
/** A filing in one system. */
export type SystemFiling = z.infer<typeof SystemFiling>;

/**
 * A community's quarterly disclosure of public income and expenditure (公共收益收支情况公示).
 * Arithmetic (PI.C1.f): closingBalance = openingBalance + incomeTotal − expenseTotal − distribution.companyShare
 * − Σ maintenanceFundTransfers; incomeTotal = Σ incomeLines; expenseTotal = Σ expenseLines. The rules check it.
 */
export const QuarterlyDisclosure = z
  .strictObject({
    id: Id,
    communityId: Id,
    quarter: Quarter,
    companyUscc: Uscc,
    openingBalance: Money,
    incomeLines: z.array(IncomeLine),
    incomeTotal: Amount,
    expenseLines: z.array(ExpenseLine),
    expenseTotal: Amount,
    distribution: Distribution.optional(),
    maintenanceFundTransfers: z.array(MaintenanceFundTransfer).default([]).meta({
      description: 'Transfers made during this quarter (for the quarter named in each).',
    }),
    surplusRetainedByDecisionId: Id.optional().meta({
      description: "An owners' decision to keep this quarter's surplus in the account (PI.C2.e exemption).",
    }),
    closingBalance: Money,
    postings: z.array(Posting).default([]),
    filings: z
      .strictObject({ provincial: SystemFiling.optional(), quanzhou: SystemFiling.optional() })
      .default({})
      .meta({
        description: 'The filings in the provincial system and the Quanzhou system, as each holds them.',
      }),
    complaintContacts: z
      .array(Text(100))
      .default([])
      .meta({ description: 'Complaint phone numbers printed on the notice.' }),
    isRectification: z
      .boolean()
      .optional()
      .meta({ description: 'True when this posting discloses an audit rectification (PI.M5).' }),
    ext: Extension.optional(),
  })
  .meta({
    id: 'QuarterlyDisclosure',
    title: 'Quarterly disclosure 季度公共收益公示',
    description:
      'validate() also checks: companyUscc check character; a posting is not taken down before it is posted.',
  });
/** A quarterly public-income disclosure. */
export type QuarterlyDisclosure = z.infer<typeof QuarterlyDisclosure>;
