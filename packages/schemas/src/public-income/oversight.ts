import { z } from 'zod';
import { INSPECTION_KINDS } from '../codelists/categories';
import {
  Amount,
  CivilDate,
  DivisionCode,
  EvidenceRef,
  Extension,
  Id,
  PersonRef,
  Quarter,
  Text,
  UnitRef,
  Uscc,
  Year,
} from '../shared/index-internal';
import { DisclosureChannel } from './disclosure';

/** An inspector who may be drawn for 双随机 inspections, with the communities or companies they are conflicted with. */
export const Inspector = z
  .strictObject({
    id: Id,
    person: PersonRef,
    unit: UnitRef,
    conflictCommunityIds: z.array(Id).default([]),
    conflictCompanyUsccs: z.array(Uscc).default([]),
    active: z.boolean().default(true),
  })
  .meta({ id: 'Inspector', title: 'Inspector 检查人员' });
/** An inspector. */
export type Inspector = z.infer<typeof Inspector>;

/** What an inspector saw on site, field by field; an absent field was not observed. */
export const InspectionObservations = z
  .strictObject({
    boardPresent: z.boolean().optional(),
    boardAtMainEntrance: z.boolean().optional(),
    currentNoticePosted: z.boolean().optional(),
    noticeMatchesSystems: z.boolean().optional(),
    accountsVerified: z.boolean().optional(),
    notes: Text(2000).optional(),
  })
  .meta({ id: 'InspectionObservations', title: 'Observations 检查情况' });

/** An inspection of a community (or a project): sampling, street full inspection, cross-inspection, covert visit. */
export const Inspection = z
  .strictObject({
    id: Id,
    kind: z.enum(INSPECTION_KINDS.codes),
    inspectedOn: CivilDate,
    communityId: Id.optional(),
    projectId: Id.optional(),
    divisionCode: DivisionCode.meta({ description: 'Division of the inspected subject.' }),
    inspectingUnit: UnitRef,
    crossGroupId: Id.optional().meta({ description: 'The cross-inspection group (PI.M3).' }),
    inspectors: z.array(PersonRef).min(1),
    onSiteVerified: z
      .boolean()
      .meta({ description: 'Counts toward the sampling verification rate (抽查核实, PI.T2) when true.' }),
    observations: InspectionObservations.default({}),
    problemIds: z.array(Id).default([]),
    evidence: z.array(EvidenceRef).default([]),
    ext: Extension.optional(),
  })
  .meta({
    id: 'Inspection',
    title: 'Inspection 检查记录',
    description: 'validate() also checks: one of communityId or projectId is present.',
  });
/** An inspection record. */
export type Inspection = z.infer<typeof Inspection>;

/** A third-party audit of public income (PI.M5). */
export const Audit = z
  .strictObject({
    id: Id,
    communityIds: z
      .array(Id)
      .min(1)
      .meta({ description: 'More than one when small communities are bundled.' }),
    year: Year,
    quarters: z.array(Quarter).default([]),
    commissionedBy: z.enum([
      'county-authority',
      'street-office',
      'owners-committee',
      'owners',
      'property-company',
    ]),
    auditor: z.strictObject({ uscc: Uscc.optional(), name: Text(200) }),
    reportedOn: CivilDate.optional(),
    problemsFound: z.boolean().optional(),
    rectificationDueOn: CivilDate.optional(),
    rectifiedOn: CivilDate.optional(),
    evidence: z.array(EvidenceRef).default([]),
    ext: Extension.optional(),
  })
  .meta({ id: 'Audit', title: 'Audit 第三方审计' });
/** An audit record. */
export type Audit = z.infer<typeof Audit>;

/** Owners' objection to a disclosure (PI.M5: the committee or ≥ 20% of owners may commission an audit). */
export const OwnerObjection = z
  .strictObject({
    id: Id,
    communityId: Id,
    quarter: Quarter,
    raisedOn: CivilDate,
    raisedBy: z.enum(['owners-committee', 'owners']),
    ownersCount: z.int().min(0).meta({ description: 'Owners who signed (when raisedBy = owners).' }),
    ownersArea: z.number().min(0).optional(),
    matter: Text(1000),
    auditId: Id.optional(),
    ext: Extension.optional(),
  })
  .meta({ id: 'OwnerObjection', title: "Owners' objection 业主异议" });
/** An owners' objection. */
export type OwnerObjection = z.infer<typeof OwnerObjection>;

/** A complaint, report or petition about public income (PI.C3.c, PI.S3). */
export const Complaint = z
  .strictObject({
    id: Id,
    communityId: Id.optional(),
    companyUscc: Uscc.optional(),
    divisionCode: DivisionCode,
    channel: z.enum(['hotline', 'letter', 'visit', 'online', 'mailbox', 'transfer']),
    transferredBy: z.enum(['province', 'city']).optional().meta({
      description:
        'A petition transferred and registered by the province or the city (省市级转办挂号的信访件), PI.M2.',
    }),
    subject: z.enum(['misappropriation', 'disclosure', 'distribution', 'other']),
    complainant: PersonRef.optional(),
    summary: Text(2000),
    receivedOn: CivilDate,
    acceptedOn: CivilDate.optional(),
    investigatedOn: CivilDate.optional(),
    answeredOn: CivilDate.optional().meta({ description: 'Result fed back to the complainant (PI.S3).' }),
    closedOn: CivilDate.optional(),
    substantiated: z.boolean().optional(),
    problemIds: z.array(Id).default([]),
    ext: Extension.optional(),
  })
  .meta({ id: 'Complaint', title: 'Complaint 投诉举报' });
/** A public-income complaint. */
export type Complaint = z.infer<typeof Complaint>;

/** A company's self-inspection and its public notice (PI.S2). */
export const SelfInspection = z
  .strictObject({
    id: Id,
    communityId: Id,
    companyUscc: Uscc,
    year: Year,
    ledgerEstablished: z.boolean().meta({ description: 'A self-inspection ledger (自查自纠台账) exists.' }),
    postedOn: CivilDate.optional(),
    takenDownOn: CivilDate.optional(),
    postedAt: z.array(z.enum(['notice-board', 'stairwell', 'lift', 'entrance', 'other'])).default([]),
    notifiedChannels: z.array(z.enum(['wechat', 'sms', 'phone', 'app', 'other'])).default([]),
    ownersNotified: z.int().min(0).optional(),
    ownersTotal: z.int().min(0).optional(),
    ext: Extension.optional(),
  })
  .meta({ id: 'SelfInspection', title: 'Self-inspection 自查自纠' });
/** A self-inspection record. */
export type SelfInspection = z.infer<typeof SelfInspection>;

/** A repair, renewal or renovation project paid from public income (PI.C4.b). */
export const RepairProject = z
  .strictObject({
    id: Id,
    communityId: Id,
    title: Text(200),
    contractedAmount: Amount,
    decisionId: Id.optional(),
    contractorName: Text(200).optional(),
    startedOn: CivilDate.optional(),
    completedOn: CivilDate.optional(),
    evidence: z.array(EvidenceRef).default([]),
    ext: Extension.optional(),
  })
  .meta({ id: 'RepairProject', title: 'Repair project 维修改造项目' });
/** A repair project. */
export type RepairProject = z.infer<typeof RepairProject>;

/** What the books or the bank say for a community-quarter, to compare with the disclosure (PI.C1.g). */
export const AccountEvidence = z
  .strictObject({
    id: Id,
    communityId: Id,
    quarter: Quarter,
    source: z.enum(['ledger', 'bank-statement', 'audit']),
    incomeTotal: Amount,
    expenseTotal: Amount,
    closingBalance: z.int(),
    evidence: z.array(EvidenceRef).default([]),
    ext: Extension.optional(),
  })
  .meta({ id: 'AccountEvidence', title: 'Account evidence 账簿/银行流水' });
/** Ledger or bank evidence for a quarter. */
export type AccountEvidence = z.infer<typeof AccountEvidence>;

/** A rectification disclosed after an audit (PI.M5), per channel. */
export const RectificationDisclosure = z
  .strictObject({
    id: Id,
    auditId: Id,
    communityId: Id,
    channels: z.array(z.strictObject({ channel: DisclosureChannel, postedOn: CivilDate })).default([]),
    ext: Extension.optional(),
  })
  .meta({ id: 'RectificationDisclosure', title: 'Rectification disclosure 整改公示' });
/** A rectification disclosure. */
export type RectificationDisclosure = z.infer<typeof RectificationDisclosure>;

/** A publicity action (PI.M1): channel, month and count. */
export const PublicityRecord = z
  .strictObject({
    id: Id,
    divisionCode: DivisionCode,
    month: z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/),
    channel: z.enum([
      'tv',
      'newspaper',
      'poster',
      'radio',
      'website',
      'wechat',
      'douyin',
      'sms',
      'lift-screen',
      'event',
      'other',
    ]),
    count: z.int().min(0),
    campaign: z.enum(['public-income', 'wages']),
    description: Text(500).optional(),
  })
  .meta({ id: 'PublicityRecord', title: 'Publicity 宣传记录' });
/** A publicity record. */
export type PublicityRecord = z.infer<typeof PublicityRecord>;
