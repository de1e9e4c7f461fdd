import { z } from 'zod';
import { EXPENSE_CATEGORIES, INCOME_CATEGORIES } from '../codelists/categories';
import { BasisPoints, CivilDate, DivisionCode, Extension, Id, Text, Uscc } from '../shared/index-internal';

/** The disclosure board (公示牌) of a community, as registered. PI.C1.a. */
export const DisclosureBoard = z
  .strictObject({
    exists: z.boolean(),
    location: Text(200).optional().meta({ description: 'Where the board stands, in words.' }),
    atMainPedestrianEntrance: z.boolean().optional().meta({
      description: 'Whether it is at the main pedestrian entrance (主要人行出入口). Absent = unknown.',
    }),
  })
  .meta({ id: 'DisclosureBoard', title: 'Disclosure board 公示牌' });

/** How the community's public income is kept apart (单独开户或专账). PI.C2.a. */
export const IncomeAccount = z
  .strictObject({
    mode: z.enum(['separate-account', 'dedicated-ledger', 'none']),
    bankName: Text(100).optional(),
    accountNumber: z
      .string()
      .regex(/^[0-9]{8,30}$/)
      .optional()
      .meta({ description: 'Bank account number; masked in output. Luhn failure is only a warning.' }),
    openedOn: CivilDate.optional(),
  })
  .meta({ id: 'IncomeAccount', title: 'Public income account 公共收益账户' });

/** The agreed split of net public income (PI.C2.d). */
export const DistributionAgreement = z
  .strictObject({
    companyShareBp: BasisPoints.meta({
      description: "The company's agreed share of the distributable amount, basis points.",
    }),
    source: z.enum(['service-contract', 'management-rules', 'owners-decision', 'regulation']),
    decisionId: Id.optional(),
  })
  .meta({ id: 'DistributionAgreement', title: 'Distribution agreement 分配比例约定' });

/** An income source the community is known to have (lease, contract, car park, advertising…). PI.C1.e. */
export const KnownIncomeSource = z
  .strictObject({
    id: Id,
    category: z.enum(INCOME_CATEGORIES.codes),
    description: Text(200),
    contractId: Id.optional().meta({ description: 'The common-part contract behind it, if any.' }),
    activeFrom: CivilDate.optional(),
    activeUntil: CivilDate.optional(),
  })
  .meta({ id: 'KnownIncomeSource', title: 'Known income source 已知收益来源' });

/** A residential community (物业小区) in the registry of the Quanzhou property project platform. */
export const Community = z
  .strictObject({
    id: Id,
    name: Text(100),
    divisionCode: DivisionCode.meta({
      description: 'The street (9 digits) or county (6 digits) it lies in.',
    }),
    committeeCode: DivisionCode.optional().meta({ description: "The residents' committee (12 digits)." }),
    companyUscc: Uscc.meta({ description: 'The property-service company that serves it.' }),
    companyName: Text(200),
    buildingArea: z.number().min(0).max(1e8).meta({
      description: 'Total building area of exclusive parts, m² (Civil Code art. 278 counts by it).',
    }),
    households: z
      .int()
      .min(0)
      .max(1e6)
      .meta({ description: 'Number of owners (households) for headcount thresholds.' }),
    ownersCommittee: z.strictObject({ exists: z.boolean(), establishedOn: CivilDate.optional() }),
    board: DisclosureBoard,
    account: IncomeAccount.optional().meta({ description: 'Absent = not registered (unknown).' }),
    distribution: DistributionAgreement.optional(),
    operatingCostCapBp: BasisPoints.optional().meta({
      description: 'Agreed cap on operating costs of public income, basis points of income (PI.C4.c).',
    }),
    preAuthorisedExpenseCategories: z.array(z.enum(EXPENSE_CATEGORIES.codes)).default([]).meta({
      description:
        'Expense categories pre-authorised by the service contract or the management rules (管理规约), PI.C2.b.',
    }),
    knownIncomeSources: z.array(KnownIncomeSource).default([]),
    maintenanceFundAccount: z
      .boolean()
      .optional()
      .meta({ description: 'Whether a maintenance-fund account (维修资金专户) exists.' }),
    servedSince: CivilDate.optional(),
    ext: Extension.optional(),
  })
  .meta({
    id: 'Community',
    title: 'Community 物业小区',
    description:
      'Registry record of a residential community. validate() also checks: companyUscc check character; knownIncomeSources ids unique.',
  });
/** A residential community. */
export type Community = z.infer<typeof Community>;
