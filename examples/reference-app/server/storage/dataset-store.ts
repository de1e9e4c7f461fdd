// The dataset in the records table: one row per record, keyed (kind, id), with its division, county and owner
// (community or project) pulled out for the drill-down queries, and its place in the list kept (`seq`) so a
// loaded dataset is the saved one in the same order (findings point into the lists by index).
import { countyCodeOf, type Dataset, RECORD_KINDS, type RecordKind } from '@rectify/schemas';
import { RECORD_INDEXES } from './migrations';
import type { Queryable, Storage } from './storage';

/** The dataset's envelope without its records, kept in app_state. */
export type DatasetHeader = Omit<Dataset, 'records'>;

/** Options of {@link saveDataset}. */
export interface SaveDatasetOptions {
  /** Rows per INSERT statement. Defaults to 2,000. */
  batchSize?: number;
}

/** What {@link saveDataset} stored. */
export interface SaveDatasetResult {
  /** Rows written. */
  readonly records: number;
  /** Records by kind. */
  readonly byKind: Readonly<Partial<Record<RecordKind, number>>>;
}

/** One prepared row of the records table. */
interface RecordRow {
  kind: string;
  id: string;
  division: string | null;
  county: string | null;
  owner: string | null;
  payload: unknown;
}

const HEADER_KEY = 'dataset.header';

/** Rows fetched per round trip when loading. */
const LOAD_PAGE = 10_000;

// Every column but the payload goes in as an array; the payloads as one jsonb array, so no record is escaped
// twice (a text[] of JSON would quote every quote). Both are joined back by their position.
const INSERT_SQL = `
  insert into records (kind, id, seq, division_code, county_code, owner_id, payload)
  select u.kind, u.id, u.seq, u.division_code, u.county_code, u.owner_id, p.payload
  from unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[])
         with ordinality as u(kind, id, seq, division_code, county_code, owner_id, n)
  join jsonb_array_elements($7::jsonb) with ordinality as p(payload, n) using (n)`;

type Loose = Record<string, unknown>;
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** The natural key of a record: its id, or the key of kinds without one (divisions, enterprises, attendance). */
export function recordKey(kind: string, record: Loose, index: number): string {
  const id = str(record.id);
  if (id !== undefined) return id;
  switch (kind) {
    case 'division':
      return str(record.code) ?? `#${index}`;
    case 'enterprise':
      return str(record.uscc) ?? `#${index}`;
    case 'dailyAttendance':
      return `${String(record.projectId)}|${String(record.date)}`;
    case 'workerAttendance':
      return `${String(record.projectId)}|${String(record.workerId)}|${String(record.month)}`;
    default:
      return `#${index}`;
  }
}

/** Rows of a dataset: division and owner from the record, else from its community or project. */
function datasetRows(dataset: Dataset): RecordRow[] {
  const records = dataset.records as Partial<Record<string, Loose[]>>;
  const divisionOf = new Map<string, string>();
  for (const c of records.community ?? [])
    if (str(c.id) && str(c.divisionCode)) divisionOf.set(`c:${c.id}`, String(c.divisionCode));
  for (const p of records.constructionProject ?? [])
    if (str(p.id) && str(p.divisionCode)) divisionOf.set(`p:${p.id}`, String(p.divisionCode));
  const rows: RecordRow[] = [];
  for (const kind of RECORD_KINDS) {
    const list = records[kind];
    if (!list) continue;
    const seen = new Set<string>();
    list.forEach((record, index) => {
      let id = recordKey(kind, record, index);
      // A dataset may repeat an id (validate() reports it); the record is kept under a suffixed key, never dropped.
      while (seen.has(id)) id = `${id}#${index}`;
      seen.add(id);
      const communityId = str(record.communityId);
      const projectId = kind === 'constructionProject' ? str(record.id) : str(record.projectId);
      const ownId = kind === 'community' ? str(record.id) : communityId;
      const division =
        (kind === 'division' ? str(record.code) : str(record.divisionCode)) ??
        (communityId ? divisionOf.get(`c:${communityId}`) : undefined) ??
        (projectId ? divisionOf.get(`p:${projectId}`) : undefined) ??
        null;
      rows.push({
        kind,
        id,
        division,
        county: division === null || division.length < 6 ? null : countyCodeOf(division),
        owner: ownId ?? projectId ?? null,
        payload: record,
      });
    });
  }
  return rows;
}

async function insertRows(
  tx: Queryable,
  rows: readonly RecordRow[],
  batchSize: number,
  seqOf: (i: number) => number,
) {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await tx.query(INSERT_SQL, [
      batch.map((r) => r.kind),
      batch.map((r) => r.id),
      batch.map((_, i) => seqOf(start + i)),
      batch.map((r) => r.division),
      batch.map((r) => r.county),
      batch.map((r) => r.owner),
      JSON.stringify(batch.map((r) => r.payload)),
    ]);
  }
}

/**
 * Replaces the stored dataset with `dataset`, in one transaction: readers see the old dataset or the new one,
 * never half of it.
 */
export async function saveDataset(
  storage: Storage,
  dataset: Dataset,
  options: SaveDatasetOptions = {},
): Promise<SaveDatasetResult> {
  const batchSize = options.batchSize ?? 2_000;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new TypeError('batchSize must be a positive integer');
  const rows = datasetRows(dataset);
  const seqs: number[] = [];
  const byKind: Partial<Record<RecordKind, number>> = {};
  for (const row of rows) {
    const n = byKind[row.kind as RecordKind] ?? 0;
    seqs.push(n);
    byKind[row.kind as RecordKind] = n + 1;
  }
  const { records: _records, ...header } = dataset;
  await storage.transaction(async (tx) => {
    await tx.query('truncate records');
    for (const index of RECORD_INDEXES) await tx.query(`drop index if exists ${index.name}`);
    await insertRows(tx, rows, batchSize, (i) => seqs[i] as number);
    for (const index of RECORD_INDEXES) await tx.query(index.create);
    await tx.query(
      `insert into app_state (key, value) values ($1, $2::jsonb)
       on conflict (key) do update set value = excluded.value, updated_at = now()`,
      [HEADER_KEY, JSON.stringify(header)],
    );
  });
  return { records: rows.length, byKind };
}

/** The stored dataset's envelope, or `undefined` when nothing has been saved. */
export async function loadDatasetHeader(storage: Queryable): Promise<DatasetHeader | undefined> {
  const [row] = await storage.query<{ value: DatasetHeader }>('select value from app_state where key = $1', [
    HEADER_KEY,
  ]);
  return row?.value;
}

/** Whether a dataset has been saved. */
export async function hasDataset(storage: Queryable): Promise<boolean> {
  return (await loadDatasetHeader(storage)) !== undefined;
}

/** Records by kind, as stored. */
export async function countRecords(storage: Queryable): Promise<Partial<Record<RecordKind, number>>> {
  const rows = await storage.query<{ kind: RecordKind; n: number }>(
    'select kind, count(*)::int as n from records group by kind',
  );
  const counts: Partial<Record<RecordKind, number>> = {};
  for (const kind of RECORD_KINDS) {
    const row = rows.find((r) => r.kind === kind);
    if (row) counts[kind] = row.n;
  }
  return counts;
}

/**
 * Reads the stored dataset back: the saved envelope and every record, kinds in catalog order, records in their
 * saved order. `undefined` when nothing has been saved.
 */
export async function loadDataset(storage: Storage): Promise<Dataset | undefined> {
  const header = await loadDatasetHeader(storage);
  if (header === undefined) return undefined;
  // A cursor in (kind, seq) order, a page at a time: the database never holds more than a page of text, where one
  // json_agg per kind would make PGlite's memory grow by the size of the largest kind for the life of the process.
  const byKind = new Map<string, unknown[]>();
  await storage.transaction(async (tx) => {
    await tx.query(
      'declare load_records no scroll cursor for select kind, payload::text as payload from records order by kind, seq',
    );
    for (;;) {
      const rows = await tx.query<{ kind: string; payload: string }>(`fetch ${LOAD_PAGE} from load_records`);
      if (rows.length === 0) break;
      for (const row of rows) {
        let list = byKind.get(row.kind);
        if (!list) {
          list = [];
          byKind.set(row.kind, list);
        }
        list.push(JSON.parse(row.payload));
      }
    }
    await tx.query('close load_records');
  });
  const records: Record<string, unknown[]> = {};
  for (const kind of RECORD_KINDS) {
    const list = byKind.get(kind);
    if (list !== undefined) records[kind] = list;
  }
  return { ...header, records } as Dataset;
}
