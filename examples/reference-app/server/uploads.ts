// An uploaded spreadsheet: read against the kit's column mapping (row-level issues), references checked against the
// stored dataset, the valid records checked by their campaign's rule pack as if merged into the dataset, and the
// whole outcome stored in the uploads table. The stored dataset itself is not changed.
import { randomUUID } from 'node:crypto';
import { check, type Finding, publicIncomePack, type RulePack, wagesPack } from '@rectify/rules';
import { type Bilingual, type Dataset, formatMessage, ISSUE_CODES } from '@rectify/schemas';
import { importTable, MAPPINGS, type MappedKind } from '@rectify/tables';
import type { UploadFinding, UploadIssue, UploadListing, UploadResponse } from '../shared/api';
import type { Queryable } from './storage/storage';

/** The record kinds a spreadsheet can be uploaded as: those the kit declares a column mapping for. */
export const UPLOAD_KINDS = Object.keys(MAPPINGS) as MappedKind[];

/** Largest upload accepted, in bytes. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Most issues kept per upload (counts stay complete). */
const MAX_ISSUES = 2_000;

const WAGE_KINDS = new Set<string>(['constructionProject', 'worker', 'payrollLine', 'wageComplaint']);

/** The uploadable kinds with the title of their table, for the upload form. */
export const UPLOAD_TABLES: readonly { kind: MappedKind; title: Bilingual }[] = UPLOAD_KINDS.map((kind) => ({
  kind,
  title: MAPPINGS[kind].title,
}));

/** Whether `kind` can be uploaded. */
export function isUploadKind(kind: string): kind is MappedKind {
  return (UPLOAD_KINDS as string[]).includes(kind);
}

type Loose = Record<string, unknown>;

/** The subject a record's findings are about: its community or project (or itself, for those two kinds). */
function subjectOf(kind: string, record: Loose): string | undefined {
  if (kind === 'community' || kind === 'constructionProject') return record.id as string | undefined;
  return (record.communityId ?? record.projectId) as string | undefined;
}

/** Records of `kind` with the uploaded ones put in: same id replaces, new ids are appended. */
function merged(existing: readonly Loose[], uploaded: readonly Loose[]): Loose[] {
  const byId = new Map<string, number>();
  existing.forEach((r, i) => {
    if (typeof r.id === 'string') byId.set(r.id, i);
  });
  const out = [...existing];
  for (const r of uploaded) {
    const at = typeof r.id === 'string' ? byId.get(r.id) : undefined;
    if (at === undefined) out.push(r);
    else out[at] = r;
  }
  return out;
}

function referenceIssues(kind: string, records: readonly Loose[], dataset: Dataset): UploadIssue[] {
  const communities = new Set((dataset.records.community ?? []).map((c) => c.id));
  const projects = new Set((dataset.records.constructionProject ?? []).map((p) => p.id));
  const template = ISSUE_CODES.REFERENCE_UNKNOWN.template;
  const issues: UploadIssue[] = [];
  records.forEach((r) => {
    for (const [field, target, known] of [
      ['communityId', 'community', communities],
      ['projectId', 'constructionProject', projects],
    ] as const) {
      const id = r[field];
      if (kind !== target && typeof id === 'string' && !known.has(id))
        issues.push({
          code: 'REFERENCE_UNKNOWN',
          severity: 'warning',
          message: formatMessage(template, { field, target, id }),
        });
    }
  });
  return issues;
}

/** Runs the campaign's pack on the dataset with the upload merged in; findings about the uploaded subjects. */
function checkUpload(
  kind: string,
  records: readonly Loose[],
  dataset: Dataset,
  asOf: string,
): UploadFinding[] {
  if (records.length === 0) return [];
  const pack: RulePack = WAGE_KINDS.has(kind) ? wagesPack : publicIncomePack;
  const all = dataset.records as unknown as Record<string, Loose[] | undefined>;
  const withUpload = {
    ...dataset,
    records: { ...dataset.records, [kind]: merged(all[kind] ?? [], records) },
  } as Dataset;
  const subjects = new Map<string, string>();
  for (const r of records) {
    const subject = subjectOf(kind, r);
    if (subject !== undefined && typeof r.id === 'string' && !subjects.has(subject))
      subjects.set(subject, r.id);
  }
  const result = check(withUpload, { asOf, packs: [pack], include: ['fail', 'unknown'] });
  const out: UploadFinding[] = [];
  for (const finding of result.findings as Finding[]) {
    const recordId = subjects.get(finding.subject.id);
    if (recordId !== undefined) out.push({ recordId, finding });
  }
  return out;
}

/** What an upload is read from. */
export interface UploadInput {
  fileName: string;
  kind: MappedKind;
  bytes: Uint8Array;
}

/** Reads, checks and stores an uploaded spreadsheet. */
export async function processUpload(
  db: Queryable,
  dataset: Dataset,
  asOf: string,
  input: UploadInput,
): Promise<UploadResponse> {
  const report = await importTable(input.bytes, { kind: input.kind, maxIssues: MAX_ISSUES });
  const records = report.records as unknown as Loose[];
  const issues: UploadIssue[] = [
    ...report.issues.map((i) => ({
      ...(i.row === undefined ? {} : { row: i.row }),
      ...(i.column === undefined ? {} : { column: i.column }),
      code: i.code,
      severity: i.severity,
      message: i.message,
    })),
    ...referenceIssues(input.kind, records, dataset),
  ];
  const findings = checkUpload(input.kind, records, dataset, asOf);
  const fileError = report.issues.some((i) => i.severity === 'error' && i.row === undefined);
  const status: UploadResponse['status'] =
    fileError || report.counts.imported === 0
      ? 'rejected'
      : report.counts.rejected > 0
        ? 'partial'
        : 'accepted';
  const upload: Omit<UploadResponse, 'receivedAt'> = {
    id: randomUUID(),
    fileName: input.fileName,
    kind: input.kind,
    ...(report.format === undefined ? {} : { format: report.format }),
    sizeBytes: input.bytes.byteLength,
    status,
    counts: report.counts,
    issues,
    findings,
    truncated: report.issues.some((i) => i.code === 'TOO_MANY_ISSUES'),
  };
  const [row] = await db.query<{ received_at: string }>(
    `insert into uploads (id, file_name, kind, format, size_bytes, status, counts, report, records, content)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9::jsonb, $10)
     returning to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"') as received_at`,
    [
      upload.id,
      upload.fileName,
      upload.kind,
      upload.format ?? null,
      upload.sizeBytes,
      upload.status,
      JSON.stringify(upload.counts),
      JSON.stringify({ issues, findings, truncated: upload.truncated }),
      JSON.stringify(records),
      input.bytes,
    ],
  );
  return { ...upload, receivedAt: row?.received_at ?? '' };
}

const RECEIVED = `to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"') as received_at`;

/** The latest uploads, newest first. */
export async function listUploads(db: Queryable, limit = 50): Promise<UploadListing[]> {
  const rows = await db.query<{
    id: string;
    received_at: string;
    file_name: string;
    kind: string;
    status: UploadResponse['status'];
    counts: UploadResponse['counts'];
    size_bytes: number;
  }>(
    `select id, ${RECEIVED}, file_name, kind, status, counts, size_bytes
     from uploads order by received_at desc, id limit $1`,
    [limit],
  );
  return rows.map((r) => ({
    id: r.id,
    receivedAt: r.received_at,
    fileName: r.file_name,
    kind: r.kind,
    status: r.status,
    counts: r.counts,
    sizeBytes: r.size_bytes,
  }));
}

/** One stored upload with its issues and findings, or `undefined`. */
export async function getUpload(db: Queryable, id: string): Promise<UploadResponse | undefined> {
  const [r] = await db.query<{
    id: string;
    received_at: string;
    file_name: string;
    kind: string;
    format: string | null;
    status: UploadResponse['status'];
    counts: UploadResponse['counts'];
    size_bytes: number;
    report: Pick<UploadResponse, 'issues' | 'findings' | 'truncated'>;
  }>(
    `select id, ${RECEIVED}, file_name, kind, format, status, counts, size_bytes, report from uploads where id = $1`,
    [id],
  );
  if (!r) return undefined;
  return {
    id: r.id,
    receivedAt: r.received_at,
    fileName: r.file_name,
    kind: r.kind,
    ...(r.format === null ? {} : { format: r.format }),
    sizeBytes: r.size_bytes,
    status: r.status,
    counts: r.counts,
    ...r.report,
  };
}
