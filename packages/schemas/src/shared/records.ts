import { z } from 'zod';
import { CivilDate, DivisionCode, Extension, Id, PATTERNS, Text, Uscc } from './primitives';

/** Administrative level of a division. */
export const DivisionLevel = z.enum(['province', 'city', 'county', 'street', 'committee']);

/** An administrative division (GB/T 2260) or a functional zone (local extension). */
export const Division = z
  .strictObject({
    code: DivisionCode,
    name: Text(100),
    level: DivisionLevel,
    parentCode: DivisionCode.optional(),
    localExtension: z
      .boolean()
      .optional()
      .meta({ description: 'True for a functional zone without a GB/T 2260 code (documented local code).' }),
    ext: Extension.optional(),
  })
  .meta({ id: 'Division', title: 'Division 行政区划' });
/** An administrative division. */
export type Division = z.infer<typeof Division>;

/** The role an enterprise plays in the campaigns. */
export const EnterpriseRole = z.enum([
  'property-service',
  'builder',
  'general-contractor',
  'subcontractor',
  'labour-subcontractor',
  'supervisor',
  'auditor',
  'other',
]);

/** An enterprise identified by its Unified Social Credit Code. */
export const Enterprise = z
  .strictObject({
    uscc: Uscc,
    name: Text(200),
    roles: z.array(EnterpriseRole).min(1),
    divisionCode: DivisionCode.optional(),
    ownership: z.enum(['state-owned', 'private', 'foreign', 'collective', 'other']).optional(),
    ext: Extension.optional(),
  })
  .meta({ id: 'Enterprise', title: 'Enterprise 企业' });
/** An enterprise. */
export type Enterprise = z.infer<typeof Enterprise>;

/**
 * A reference to a natural person. Personal data: the kit masks `name`, `idNumber` and `phone` in every
 * report, log and error message unless the caller asks for it explicitly.
 */
export const PersonRef = z
  .strictObject({
    id: Id.optional(),
    name: Text(50).optional(),
    idNumber: z.string().regex(new RegExp(PATTERNS.residentId)).optional().meta({
      description: 'Resident ID number (GB 11643). Check character verified by validate(). Personal data.',
    }),
    phone: z
      .string()
      .regex(/^[0-9+\- ]{5,20}$/)
      .optional()
      .meta({ description: 'Phone number. Personal data.' }),
  })
  .meta({ id: 'PersonRef', title: 'Person reference 人员 (personal data, masked in output)' });
/** A reference to a person (masked in output). */
export type PersonRef = z.infer<typeof PersonRef>;

/** A reference to a piece of evidence held by the host (contract, bank statement, photo, minutes…). */
export const EvidenceRef = z
  .strictObject({
    kind: z.enum([
      'contract',
      'bank-statement',
      'ledger',
      'receipt',
      'invoice',
      'minutes',
      'photo',
      'audit-report',
      'document',
      'other',
    ]),
    ref: Text(500).meta({ description: "The host's document id or URL." }),
    title: Text(200).optional(),
    date: CivilDate.optional(),
  })
  .meta({ id: 'EvidenceRef', title: 'Evidence reference 佐证材料' });
/** A reference to evidence. */
export type EvidenceRef = z.infer<typeof EvidenceRef>;

/** A party to a contract or payment: an enterprise by USCC, with its name for display. */
export const PartyRef = z
  .strictObject({ uscc: Uscc, name: Text(200) })
  .meta({ id: 'PartyRef', title: 'Party 单位' });
/** A party reference. */
export type PartyRef = z.infer<typeof PartyRef>;

/** A unit of government or the industry, by kind and the division it belongs to. */
export const UnitRef = z
  .strictObject({
    unit: z.string().min(1).max(64).meta({ description: 'Unit kind, from the units codelist.' }),
    divisionCode: DivisionCode,
    name: Text(200).optional(),
  })
  .meta({ id: 'UnitRef', title: 'Responsible unit 责任单位' });
/** A responsible unit. */
export type UnitRef = z.infer<typeof UnitRef>;
