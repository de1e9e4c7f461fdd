import type { RecordKind } from '@rectify/schemas';
import type { InputFile } from './input-file';
import type { CliIssue } from './input-issue';

/** Where a record was in its file. */
export interface RecordPlace {
  /** NDJSON line (1-based). */
  line?: number;
  /** JSON Pointer of the record in the file (JSON input). */
  pointer?: string;
}

/** How a table file was read (CSV/XLSX). */
export interface TableInfo {
  /** `csv` or `xlsx`. */
  format: string;
  /** CSV text encoding detected. */
  encoding?: string;
  /** XLSX worksheet read. */
  sheet?: string;
  /** Rows read, imported, rejected, blank, subtotal, skipped. */
  counts: {
    read: number;
    imported: number;
    rejected: number;
    blank: number;
    subtotal: number;
    skipped: number;
  };
}

/**
 * A self-contained part of an input: a whole JSON or table file, or the records after one `{"header"}` line of
 * an NDJSON file (a file written in several parts, each with its header, is checked part by part).
 */
export interface LoadedPart {
  /** The file. */
  file: InputFile;
  /** 1-based number of the part in its file (always 1 but for NDJSON files in parts). */
  part: number;
  /** A dataset (with envelope), records of one kind (JSON with --kind), or a table. */
  shape: 'dataset' | 'records' | 'table';
  /** The record kind of a table or a JSON record list. */
  kind?: RecordKind;
  /** The dataset envelope (`schemaVersion`, `campaignYear`, `generatedAt`, `source`), when the file has one. */
  envelope?: Record<string, unknown>;
  /** The records by kind, as read. For a dataset, possibly not even an object (validation says so). */
  records: Partial<Record<RecordKind, unknown[]>>;
  /** Where the `index`-th record of a kind was in the file. */
  place(kind: RecordKind, index: number): RecordPlace;
  /** Problems met while reading (and, for tables, the row-level issues of the import). */
  issues: CliIssue[];
  /** Tables only: how the file was read. */
  table?: TableInfo;
  /** A JSON dataset whose `records` is not an object: kept as is for validation. */
  raw?: unknown;
}

/** Records in a part. */
export function recordCount(part: LoadedPart): number {
  let n = 0;
  for (const list of Object.values(part.records)) n += Array.isArray(list) ? list.length : 0;
  return n;
}
