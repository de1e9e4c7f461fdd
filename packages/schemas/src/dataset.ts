import { z } from 'zod';
import { CommonPartContract } from './public-income/common-part-contract';
import { Community } from './public-income/community';
import { QuarterlyDisclosure } from './public-income/disclosure';
import {
  AccountEvidence,
  Audit,
  Complaint,
  Inspection,
  Inspector,
  OwnerObjection,
  PublicityRecord,
  RectificationDisclosure,
  RepairProject,
  SelfInspection,
} from './public-income/oversight';
import { OwnersDecision } from './public-income/owners-decision';
import { CreditAction, Problem, SurveyWave, TaskProgress } from './shared/campaign';
import { Instant, Text, Year } from './shared/primitives';
import { Division, Enterprise } from './shared/records';
import { PaymentGuarantee, RightsBoard, WageAccount, WageDeposit } from './wages/institutions';
import {
  LabourCostTransfer,
  PaymentMilestone,
  PayrollLine,
  ProjectPayment,
  Subcontract,
} from './wages/money-flows';
import { EnterpriseRecord, ScreeningItem, WageComplaint } from './wages/oversight';
import { ConstructionProject } from './wages/project';
import {
  DailyAttendance,
  KeyPersonnelPresence,
  RosterUpdate,
  Worker,
  WorkerAttendance,
} from './wages/workforce';

/** Version of the domain model. JSON Schema `$id`s carry it; a dataset declares the version it was written for. */
export const SCHEMA_VERSION = '0.1.0';

/**
 * Every record kind of the domain, by the key it has in a dataset's `records`. Reading this map tells you
 * the whole model: shared records, then public income (附件1), then wages (附件2).
 */
export const RECORD_SCHEMAS = {
  division: Division,
  enterprise: Enterprise,
  problem: Problem,
  creditAction: CreditAction,
  surveyWave: SurveyWave,
  taskProgress: TaskProgress,
  inspection: Inspection,
  publicityRecord: PublicityRecord,
  community: Community,
  ownersDecision: OwnersDecision,
  commonPartContract: CommonPartContract,
  quarterlyDisclosure: QuarterlyDisclosure,
  repairProject: RepairProject,
  accountEvidence: AccountEvidence,
  inspector: Inspector,
  audit: Audit,
  ownerObjection: OwnerObjection,
  rectificationDisclosure: RectificationDisclosure,
  complaint: Complaint,
  selfInspection: SelfInspection,
  constructionProject: ConstructionProject,
  paymentGuarantee: PaymentGuarantee,
  wageAccount: WageAccount,
  wageDeposit: WageDeposit,
  rightsBoard: RightsBoard,
  worker: Worker,
  rosterUpdate: RosterUpdate,
  dailyAttendance: DailyAttendance,
  workerAttendance: WorkerAttendance,
  keyPersonnelPresence: KeyPersonnelPresence,
  payrollLine: PayrollLine,
  labourCostTransfer: LabourCostTransfer,
  paymentMilestone: PaymentMilestone,
  projectPayment: ProjectPayment,
  subcontract: Subcontract,
  wageComplaint: WageComplaint,
  screeningItem: ScreeningItem,
  enterpriseRecord: EnterpriseRecord,
} as const;

/** The name of a record kind (`community`, `quarterlyDisclosure`, …). */
export type RecordKind = keyof typeof RECORD_SCHEMAS;
/** The record type of a kind. */
export type RecordOf<K extends RecordKind> = z.output<(typeof RECORD_SCHEMAS)[K]>;
/** Every record kind, in catalog order. */
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];

const recordShape = Object.fromEntries(
  RECORD_KINDS.map((k) => [k, z.array(RECORD_SCHEMAS[k]).optional()]),
) as { [K in RecordKind]: z.ZodOptional<z.ZodArray<(typeof RECORD_SCHEMAS)[K]>> };

/** The dataset envelope: what a host exports for a county or the city, records grouped by kind. */
export const Dataset = z
  .strictObject({
    schemaVersion: z
      .string()
      .regex(/^0\.1\.[0-9]+$/)
      .meta({ description: `Domain model version, ${SCHEMA_VERSION}.` }),
    campaignYear: Year,
    generatedAt: Instant,
    source: z
      .strictObject({ system: Text(100), name: Text(200).optional() })
      .optional()
      .meta({ description: 'Which host system produced it.' }),
    records: z.strictObject(recordShape),
  })
  .meta({
    id: 'Dataset',
    title: 'Dataset 数据集',
    description:
      'A dataset of one or both campaigns. validate() also checks: identifier check characters, date order, unique ids per kind, references between records.',
  });
/** A dataset. */
export type Dataset = z.output<typeof Dataset>;
/** A dataset as a host may write it (defaults not yet applied). */
export type DatasetInput = z.input<typeof Dataset>;
