import { z } from 'zod';
import { INCOME_CATEGORIES } from '../codelists/categories';
import { Amount, CivilDate, EvidenceRef, Extension, Id, Text } from '../shared/index-internal';

/**
 * A contract that leases or operates common parts (共有部分) of a community: the source of most public income.
 * PI.C3.a / PI.C4.a: each must rest on an owners' decision; PI.C2.c: its income must be booked.
 */
export const CommonPartContract = z
  .strictObject({
    id: Id,
    communityId: Id,
    kind: z.enum(['lease', 'operation', 'advertising', 'parking', 'telecom', 'other']),
    incomeCategory: z.enum(INCOME_CATEGORIES.codes),
    commonPart: Text(200).meta({ description: 'Which common part, in words (e.g. 1号楼架空层).' }),
    lessor: z.enum([
      'property-company',
      'owners-committee',
      'property-company-and-owners-committee',
      'other',
    ]),
    lesseeName: Text(200),
    signedOn: CivilDate,
    startsOn: CivilDate,
    endsOn: CivilDate,
    quarterlyIncome: Amount.meta({ description: 'Income due per quarter under the contract, fen.' }),
    decisionId: Id.optional().meta({ description: "The owners' decision (业主共同决定) authorising it." }),
    evidence: z.array(EvidenceRef).default([]),
    ext: Extension.optional(),
  })
  .meta({
    id: 'CommonPartContract',
    title: 'Common-part contract 共有部分经营合同',
    description: 'validate() also checks: startsOn ≤ endsOn.',
  });
/** A common-part lease or operation contract. */
export type CommonPartContract = z.infer<typeof CommonPartContract>;
