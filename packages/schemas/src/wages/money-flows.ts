import { z } from 'zod';
import { Amount, CivilDate, EvidenceRef, Extension, Id, Month, Text, Uscc } from '../shared/index-internal';

/** One line of a payroll: what a worker is owed for a month and what was paid (WG.F3). */
export const PayrollLine = z
  .strictObject({
    id: Id,
    projectId: Id,
    workerId: Id,
    employerUscc: Uscc,
    month: Month,
    amountDue: Amount,
    amountPaid: Amount,
    paidOn: CivilDate.optional(),
    throughSpecialAccount: z
      .boolean()
      .meta({ description: 'Paid through the wage special account (art. 31).' }),
    signed: z.boolean().meta({ description: 'Pay sheet signed by the worker (工资支付表签字).' }),
  })
  .meta({ id: 'PayrollLine', title: 'Payroll line 工资发放明细' });
/** A payroll line. */
export type PayrollLine = z.infer<typeof PayrollLine>;

/** A transfer of labour cost (人工费用) by the builder into the wage special account (art. 24). */
export const LabourCostTransfer = z
  .strictObject({
    id: Id,
    projectId: Id,
    forMonth: Month,
    amount: Amount,
    transferredOn: CivilDate,
    payerUscc: Uscc,
  })
  .meta({ id: 'LabourCostTransfer', title: 'Labour-cost transfer 人工费用拨付' });
/** A labour-cost transfer. */
export type LabourCostTransfer = z.infer<typeof LabourCostTransfer>;

/** A scheduled payment the builder owes the general contractor (WG.F2). */
export const PaymentMilestone = z
  .strictObject({
    id: Id,
    projectId: Id,
    dueOn: CivilDate,
    amount: Amount,
    description: Text(200),
    labourCostPart: Amount.optional().meta({
      description: 'The labour-cost part of this payment (art. 24).',
    }),
  })
  .meta({ id: 'PaymentMilestone', title: 'Payment milestone 工程款支付节点' });
/** A payment milestone. */
export type PaymentMilestone = z.infer<typeof PaymentMilestone>;

/** A payment between two parties of a project: builder → contractor, contractor → subcontractor, … */
export const ProjectPayment = z
  .strictObject({
    id: Id,
    projectId: Id,
    payerUscc: Uscc,
    payeeUscc: Uscc,
    paidOn: CivilDate,
    amount: Amount,
    purpose: z.enum(['progress', 'settlement', 'labour-cost', 'subcontract', 'advance-wages', 'other']),
    milestoneId: Id.optional(),
    subcontractId: Id.optional(),
    evidence: z.array(EvidenceRef).default([]),
  })
  .meta({ id: 'ProjectPayment', title: 'Project payment 工程款支付' });
/** A project payment. */
export type ProjectPayment = z.infer<typeof ProjectPayment>;

/** A subcontract on a project (WG.M4: 甲指分包 when designated by the builder). */
export const Subcontract = z
  .strictObject({
    id: Id,
    projectId: Id,
    contractorUscc: Uscc.meta({
      description: 'The party letting the subcontract (normally the general contractor).',
    }),
    subcontractorUscc: Uscc,
    subcontractorName: Text(200),
    kind: z.enum(['professional', 'labour']),
    scope: Text(300),
    unitProject: Text(100).optional().meta({ description: 'The unit project (单位工程) it covers.' }),
    amount: Amount,
    signedOn: CivilDate,
    designatedByBuilder: z
      .boolean()
      .meta({ description: 'The builder designated the subcontractor (甲指分包).' }),
    evidence: z.array(EvidenceRef).default([]),
    ext: Extension.optional(),
  })
  .meta({ id: 'Subcontract', title: 'Subcontract 分包合同' });
/** A subcontract. */
export type Subcontract = z.infer<typeof Subcontract>;
