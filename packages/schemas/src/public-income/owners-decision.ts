import { z } from 'zod';
import { EXPENSE_CATEGORIES } from '../codelists/categories';
import { CivilDate, EvidenceRef, Extension, Id, Text } from '../shared/index-internal';

/**
 * An owners' joint decision (业主共同决定), with participation and approval counted by area and by headcount,
 * as Civil Code art. 278 requires. The thresholds are applied by the rules, not by the schema.
 */
export const OwnersDecision = z
  .strictObject({
    id: Id,
    communityId: Id,
    decidedOn: CivilDate,
    subject: Text(300),
    matters: z
      .array(
        z.enum([
          'use-public-income',
          'distribution-ratio',
          'common-part-business',
          'lease-common-parts',
          'repair-renewal',
          'use-maintenance-fund',
          'retain-surplus',
          'audit',
          'other',
        ]),
      )
      .min(1),
    expenseCategories: z.array(z.enum(EXPENSE_CATEGORIES.codes)).default([]).meta({
      description: 'Expense categories this decision authorises (for matter use-public-income).',
    }),
    authorisedAmount: z
      .int()
      .min(0)
      .optional()
      .meta({ description: 'Amount authorised, fen; absent = no cap.' }),
    totalArea: z.number().min(0).meta({ description: 'Total exclusive area of the community, m².' }),
    totalOwners: z.int().min(0),
    participatingArea: z.number().min(0),
    participatingOwners: z.int().min(0),
    approvingArea: z.number().min(0),
    approvingOwners: z.int().min(0),
    evidence: z.array(EvidenceRef).default([]),
    ext: Extension.optional(),
  })
  .meta({
    id: 'OwnersDecision',
    title: "Owners' decision 业主共同决定",
    description: 'validate() also checks: approving ≤ participating ≤ total, by area and by headcount.',
  });
/** An owners' joint decision. */
export type OwnersDecision = z.infer<typeof OwnersDecision>;
