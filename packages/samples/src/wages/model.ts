import type {
  ConstructionProject,
  PaymentGuarantee,
  PaymentMilestone,
  PersonRef,
  ProjectPayment,
  RecordKind,
  RightsBoard,
  ScreeningItem,
  Subcontract,
  WageAccount,
  WageComplaint,
  WageDeposit,
} from '@rectify/schemas';
import type { StreetEntry } from '../data/quanzhou-streets';

/** A change a planter makes to one generated record of a project: return the record, a changed copy, or null to drop it. */
export type RecordPatch = (record: Record<string, unknown>) => Record<string, unknown> | null;

/** A construction project with everything needed to regenerate its workforce records on demand. */
export interface ProjectModel {
  readonly index: number;
  readonly record: ConstructionProject;
  readonly street: StreetEntry;
  readonly countyCode: string;
  /** Seed hash of the project's stateless draws (worker-months are recomputed, never stored). */
  readonly seedHash: number;
  /** Workers on site in a typical month (roster slots); the roster over the year is a little longer. */
  readonly workerCount: number;
  /** Days the site worked in the campaign year up to the as-of date; absent when it did not. */
  readonly window?: { readonly from: number; readonly to: number };
  /** For a suspended site: the last day it stood idle in the campaign year up to the as-of date. */
  readonly idleTo?: number;
  /** The general contractor, and the labour subcontractor when there is one; workers are employed by them. */
  readonly employers: readonly string[];
  /** Who pays labour costs into the wage account (the builder, art. 24). */
  readonly builderUscc: string;
  readonly projectManager?: PersonRef;
  readonly chiefSupervisor?: PersonRef;
  readonly supervisorUscc?: string;
  readonly paymentGuarantees: PaymentGuarantee[];
  readonly wageAccounts: WageAccount[];
  readonly wageDeposits: WageDeposit[];
  readonly rightsBoards: RightsBoard[];
  readonly milestones: PaymentMilestone[];
  readonly payments: ProjectPayment[];
  readonly subcontracts: Subcontract[];
  readonly wageComplaints: WageComplaint[];
  readonly screeningItems: ScreeningItem[];
  /**
   * Changes planters make to the records generated for this project, by kind, applied in order as each
   * record is generated (so they work in streaming too).
   */
  readonly patches: Map<RecordKind, RecordPatch[]>;
  /** Records planters add to this project, by kind, emitted after the generated ones of that kind. */
  readonly additions: Map<RecordKind, Record<string, unknown>[]>;
}
