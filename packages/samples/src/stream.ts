import { RECORD_KINDS, type RecordKind, type RecordOf, SCHEMA_VERSION } from '@rectify/schemas';
import type { GenerateOptions } from './options';
import type { PlantManifest } from './planting/plant';
import { materialiseCommunity } from './public-income/derive';
import type { ProjectModel } from './wages/model';
import {
  dailyAttendance,
  keyPersonnelPresence,
  labourCostTransfers,
  payrollLines,
  rosterUpdates,
  workerAttendance,
  workers,
} from './wages/workforce';
import { buildWorld, type World } from './world';

/** One record with its kind, as the stream yields it. */
export type StreamedRecord = {
  [K in RecordKind]: { readonly kind: K; readonly record: RecordOf<K> };
}[RecordKind];

/** The dataset envelope without its records. */
export interface DatasetHeader {
  /** Domain model version the records are written for. */
  readonly schemaVersion: string;
  /** The campaign year. */
  readonly campaignYear: number;
  /** `${asOf}T18:00:00+08:00`: derived from the as-of date, never from the clock. */
  readonly generatedAt: string;
  /** The generator and its seed. */
  readonly source: { readonly system: string; readonly name: string };
}

/**
 * A dataset as a stream of records: iterable (sync or async) any number of times, always in the same order —
 * kinds in catalog order (`RECORD_KINDS`), records of a kind in a fixed order. The large kinds (workers,
 * attendance, payroll lines) are computed project by project as they are consumed and never held in memory.
 */
export interface DatasetStream extends Iterable<StreamedRecord>, AsyncIterable<StreamedRecord> {
  /** The envelope fields of the dataset. */
  readonly header: DatasetHeader;
  /** What was planted. */
  readonly manifest: PlantManifest;
  /** The kinds the stream emits, in order. */
  readonly kinds: readonly RecordKind[];
}

type AnyRecord = object;

function* perProject(
  world: World,
  kind: RecordKind,
  records: (p: ProjectModel) => Iterable<AnyRecord>,
): Generator<AnyRecord> {
  for (const p of world.wages.projects) {
    const patches = p.patches.get(kind);
    for (const r of records(p)) {
      if (!patches) {
        yield r;
        continue;
      }
      let x: Record<string, unknown> | null = r as Record<string, unknown>;
      for (const patch of patches) {
        if (x === null) break;
        x = patch(x);
      }
      if (x) yield x;
    }
    const added = p.additions.get(kind);
    if (added) yield* added;
  }
}

function* kindRecords(world: World, kind: RecordKind): Generator<AnyRecord> {
  const { publicIncome: pi, wages, campaign, ctx } = world;
  const asOf = ctx.asOfDay;
  switch (kind) {
    case 'division':
      return yield* ctx.geography.divisions;
    case 'enterprise':
      return yield* ctx.enterprises;
    case 'problem':
      yield* pi.problems;
      return yield* wages.problems;
    case 'creditAction':
      return yield* pi.creditActions;
    case 'surveyWave':
      return yield* campaign.surveyWaves;
    case 'taskProgress':
      return yield* campaign.taskProgress;
    case 'inspection':
      yield* pi.inspections;
      return yield* wages.inspections;
    case 'publicityRecord':
      return yield* campaign.publicityRecords;
    case 'community':
      for (const m of world.communities) yield m.record;
      return;
    case 'ownersDecision':
      for (const m of world.communities) yield* m.decisions;
      return;
    case 'commonPartContract':
      for (const m of world.communities) yield* m.contracts;
      return;
    case 'quarterlyDisclosure':
      for (const m of world.communities) yield* materialiseCommunity(m).disclosures;
      return;
    case 'repairProject':
      for (const m of world.communities)
        if (m.repairs.length > 0) yield* materialiseCommunity(m).repairProjects;
      return;
    case 'accountEvidence':
      for (const m of world.communities) {
        if (m.quarters.some((q) => q.accountEvidence)) yield* materialiseCommunity(m).accountEvidence;
      }
      return;
    case 'inspector':
      return yield* pi.inspectors;
    case 'audit':
      return yield* pi.audits;
    case 'ownerObjection':
      return yield* pi.ownerObjections;
    case 'rectificationDisclosure':
      return yield* pi.rectificationDisclosures;
    case 'complaint':
      return yield* pi.complaints;
    case 'selfInspection':
      return yield* pi.selfInspections;
    case 'constructionProject':
      return yield* perProject(world, kind, (p) => [p.record]);
    case 'paymentGuarantee':
      return yield* perProject(world, kind, (p) => p.paymentGuarantees);
    case 'wageAccount':
      return yield* perProject(world, kind, (p) => p.wageAccounts);
    case 'wageDeposit':
      return yield* perProject(world, kind, (p) => p.wageDeposits);
    case 'rightsBoard':
      return yield* perProject(world, kind, (p) => p.rightsBoards);
    case 'worker':
      return yield* perProject(world, kind, workers);
    case 'rosterUpdate':
      return yield* perProject(world, kind, rosterUpdates);
    case 'dailyAttendance':
      return yield* perProject(world, kind, dailyAttendance);
    case 'workerAttendance':
      return yield* perProject(world, kind, workerAttendance);
    case 'keyPersonnelPresence':
      return yield* perProject(world, kind, keyPersonnelPresence);
    case 'payrollLine':
      return yield* perProject(world, kind, (p) => payrollLines(p, asOf));
    case 'labourCostTransfer':
      return yield* perProject(world, kind, (p) => labourCostTransfers(p, asOf));
    case 'paymentMilestone':
      return yield* perProject(world, kind, (p) => p.milestones);
    case 'projectPayment':
      return yield* perProject(world, kind, (p) => p.payments);
    case 'subcontract':
      return yield* perProject(world, kind, (p) => p.subcontracts);
    case 'wageComplaint':
      return yield* perProject(world, kind, (p) => p.wageComplaints);
    case 'screeningItem':
      return yield* perProject(world, kind, (p) => p.screeningItems);
    case 'enterpriseRecord':
      return yield* wages.enterpriseRecords;
  }
}

/** The envelope of a dataset generated for these options. */
export function datasetHeader(world: World): DatasetHeader {
  return {
    schemaVersion: SCHEMA_VERSION,
    campaignYear: world.ctx.year,
    generatedAt: `${world.options.asOf}T18:00:00+08:00`,
    source: { system: '@rectify/samples', name: `seed ${world.options.seed}` },
  };
}

/** Streams the records of a world. */
export function streamWorld(world: World): DatasetStream {
  const kinds = RECORD_KINDS.filter((k) => world.options.kinds.has(k));
  function* all(): Generator<StreamedRecord> {
    for (const kind of kinds) {
      for (const record of kindRecords(world, kind)) yield { kind, record } as StreamedRecord;
    }
  }
  return {
    header: datasetHeader(world),
    manifest: world.manifest,
    kinds,
    [Symbol.iterator]: all,
    async *[Symbol.asyncIterator]() {
      yield* all();
    },
  };
}

/**
 * Generates a dataset as a stream. The small records and the plan of the large ones are built at once (and
 * the violations planted); the records themselves are produced as the stream is consumed.
 *
 * @throws SamplesError for an invalid option.
 * @example
 * const stream = streamDataset({ projects: 5000, communities: 20000 });
 * for (const { kind, record } of stream) sink.write(kind, record);
 */
export function streamDataset(options: GenerateOptions = {}): DatasetStream {
  return streamWorld(buildWorld(options));
}
