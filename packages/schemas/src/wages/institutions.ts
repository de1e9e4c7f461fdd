import { z } from 'zod';
import { Amount, CivilDate, EvidenceRef, Extension, Id, Text, Uscc } from '../shared/index-internal';

/** A payment guarantee (工程款支付担保) given by the builder (WG.T1, WG.F1). */
export const PaymentGuarantee = z
  .strictObject({
    id: Id,
    projectId: Id,
    form: z.enum(['bank-guarantee', 'insurance', 'guarantee-company', 'cash']),
    amount: Amount,
    issuedOn: CivilDate,
    validUntil: CivilDate,
    issuer: Text(200).optional(),
    evidence: z.array(EvidenceRef).default([]),
    ext: Extension.optional(),
  })
  .meta({ id: 'PaymentGuarantee', title: 'Payment guarantee 工程款支付担保' });
/** A payment guarantee. */
export type PaymentGuarantee = z.infer<typeof PaymentGuarantee>;

/** The wage special account (农民工工资专用账户) of a project (wage payment regulations art. 26). */
export const WageAccount = z
  .strictObject({
    id: Id,
    projectId: Id,
    holderUscc: Uscc,
    bankName: Text(100),
    accountNumber: z
      .string()
      .regex(/^[0-9]{8,30}$/)
      .meta({ description: 'Masked in output.' }),
    openedOn: CivilDate,
    closedOn: CivilDate.optional(),
    ext: Extension.optional(),
  })
  .meta({ id: 'WageAccount', title: 'Wage special account 农民工工资专用账户' });
/** A wage special account. */
export type WageAccount = z.infer<typeof WageAccount>;

/** A wage deposit (工资保证金) lodged by the general contractor (art. 32; 2021 deposit rules). */
export const WageDeposit = z
  .strictObject({
    id: Id,
    projectId: Id,
    depositorUscc: Uscc,
    form: z.enum(['cash', 'bank-guarantee', 'insurance']),
    amount: Amount,
    lodgedOn: CivilDate,
    adjustment: z.enum(['none', 'reduced', 'exempt', 'increased']).default('none').meta({
      description:
        'Reduction or exemption for good records, increase for arrears records (2021 rules art. 7).',
    }),
    adjustmentReason: Text(500).optional(),
    releasedOn: CivilDate.optional(),
    evidence: z.array(EvidenceRef).default([]),
    ext: Extension.optional(),
  })
  .meta({ id: 'WageDeposit', title: 'Wage deposit 工资保证金' });
/** A wage deposit. */
export type WageDeposit = z.infer<typeof WageDeposit>;

/** The items of the rights-information board (维权信息告示牌), wage payment regulations art. 34. */
export const RIGHTS_BOARD_ITEMS = [
  'parties',
  'labour-wage-officer',
  'minimum-wage',
  'pay-day',
  'authority-hotline',
  'labour-inspection-hotline',
  'arbitration-channel',
  'legal-aid-channel',
  'public-legal-service-hotline',
] as const;

/** An observation of a project's rights-information board. */
export const RightsBoard = z
  .strictObject({
    id: Id,
    projectId: Id,
    checkedOn: CivilDate,
    present: z.boolean(),
    items: z
      .array(z.enum(RIGHTS_BOARD_ITEMS))
      .default([])
      .meta({ description: 'The art. 34 items shown on the board.' }),
    minimumWage: Amount.optional().meta({ description: 'Monthly local minimum wage shown, fen.' }),
    payDay: z.int().min(1).max(31).optional(),
    evidence: z.array(EvidenceRef).default([]),
    ext: Extension.optional(),
  })
  .meta({ id: 'RightsBoard', title: 'Rights-information board 维权信息告示牌' });
/** A rights-information board observation. */
export type RightsBoard = z.infer<typeof RightsBoard>;
