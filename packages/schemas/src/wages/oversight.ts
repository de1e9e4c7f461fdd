import { z } from 'zod';
import {
  Amount,
  CivilDate,
  DivisionCode,
  EvidenceRef,
  Extension,
  Id,
  PersonRef,
  Text,
  Uscc,
} from '../shared/index-internal';

/** A wage-arrears complaint or report (欠薪举报投诉), WG.T5. */
export const WageComplaint = z
  .strictObject({
    id: Id,
    projectId: Id.optional(),
    enterpriseUscc: Uscc.optional(),
    divisionCode: DivisionCode,
    channel: z.enum(['hotline', 'online', 'visit', 'letter', 'transfer', 'platform-warning']),
    complainant: PersonRef.optional(),
    workersInvolved: z.int().min(1),
    amountClaimed: Amount.optional(),
    receivedOn: CivilDate,
    acceptedOn: CivilDate.optional(),
    closedOn: CivilDate.optional(),
    outcome: z.enum(['paid', 'not-substantiated', 'transferred', 'court', 'other']).optional(),
    amountRecovered: Amount.optional(),
    ext: Extension.optional(),
  })
  .meta({ id: 'WageComplaint', title: 'Wage complaint 欠薪投诉' });
/** A wage complaint. */
export type WageComplaint = z.infer<typeof WageComplaint>;

/** An entry of the screening list (排查清单), WG.M1: 一个明确 (a responsible person) and what was found. */
export const ScreeningItem = z
  .strictObject({
    id: Id,
    projectId: Id,
    screenedOn: CivilDate,
    responsiblePerson: PersonRef.optional(),
    screeningUnit: z.string().min(1).max(64).optional(),
    institutionsChecked: z
      .array(
        z.enum([
          'payment-guarantee',
          'real-name',
          'wage-account',
          'wage-deposit',
          'labour-wage-officer',
          'rights-board',
          'monthly-payment',
        ]),
      )
      .default([]),
    result: z.enum(['no-problem', 'problem-found']),
    problemIds: z.array(Id).default([]),
    ext: Extension.optional(),
  })
  .meta({ id: 'ScreeningItem', title: 'Screening item 排查清单' });
/** A screening-list entry. */
export type ScreeningItem = z.infer<typeof ScreeningItem>;

/** A record against an enterprise (WG.M3 risk list): punishment, accident, forged qualification, bid rigging… */
export const EnterpriseRecord = z
  .strictObject({
    id: Id,
    uscc: Uscc,
    kind: z.enum([
      'wage-default-punishment',
      'quality-accident',
      'safety-accident',
      'forged-qualification',
      'bid-rigging',
      'illegal-subcontracting',
      'subcontract-transfer',
      'affiliation',
    ]),
    decidedOn: CivilDate,
    decisionNumber: Text(100).optional(),
    description: Text(1000),
    evidence: z.array(EvidenceRef).default([]),
  })
  .meta({ id: 'EnterpriseRecord', title: 'Enterprise record 企业不良记录' });
/** An enterprise record. */
export type EnterpriseRecord = z.infer<typeof EnterpriseRecord>;
