import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { RECORD_SCHEMAS, type RecordKind } from '@rectify/schemas';
import type { InputFile } from './input-file';
import { type CliIssue, inputIssue } from './input-issue';
import type { LoadedPart } from './loaded-part';
import { parseReason } from './read-json';

interface OpenPart {
  envelope?: Record<string, unknown>;
  records: Partial<Record<RecordKind, unknown[]>>;
  lines: Partial<Record<RecordKind, number[]>>;
  issues: CliIssue[];
  size: number;
}

const fresh = (envelope?: Record<string, unknown>): OpenPart => ({
  ...(envelope ? { envelope } : {}),
  records: {},
  lines: {},
  issues: [],
  size: 0,
});

/**
 * Streams an NDJSON file as written by `@rectify/samples`' `writeNdjson`: an optional `{"header":{…}}` line,
 * then one `{"kind":…,"record":{…}}` per line. Every header line starts a new part, so a file written in
 * parts (one per county, or per batch of projects, each with its header) is yielded part by part and never
 * held whole. Blank lines are skipped; a malformed line (a truncated file), an unknown kind or another shape
 * gives a fatal issue with its line number. `onBytes` is told how many bytes have been read.
 */
export async function* readNdjsonParts(
  file: InputFile,
  onBytes: (bytes: number) => void = () => {},
): AsyncGenerator<LoadedPart> {
  let partNo = 0;
  let current = fresh();
  let lineNo = 0;
  let bytes = 0;
  const close = (open: OpenPart): LoadedPart => {
    partNo++;
    const { lines } = open;
    const hasRecords = Object.keys(open.records).length > 0;
    if (!open.envelope && hasRecords)
      open.issues.unshift(
        inputIssue('NDJSON_HEADER_MISSING', {}, { file: file.display, severity: 'warning', fatal: false }),
      );
    return {
      file,
      part: partNo,
      shape: 'dataset',
      ...(open.envelope ? { envelope: open.envelope } : {}),
      records: open.records,
      issues: open.issues,
      place: (kind, i) => {
        const line = lines[kind]?.[i];
        return line === undefined ? {} : { line };
      },
    };
  };
  const stream = createReadStream(file.path);
  stream.on('data', (chunk) => {
    bytes += chunk.length;
    onBytes(bytes);
  });
  const reader = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const raw of reader) {
      lineNo++;
      const text = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        current.issues.push(
          inputIssue(
            'NDJSON_LINE_MALFORMED',
            { reason: parseReason(error) },
            { file: file.display, line: lineNo },
          ),
        );
        continue;
      }
      const obj =
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, unknown>)
          : undefined;
      const header = obj?.header;
      if (obj && 'header' in obj && header !== null && typeof header === 'object' && !Array.isArray(header)) {
        if (current.envelope || current.size > 0 || current.issues.length > 0) yield close(current);
        current = fresh(header as Record<string, unknown>);
        continue;
      }
      if (!obj || typeof obj.kind !== 'string' || !('record' in obj)) {
        current.issues.push(inputIssue('NDJSON_LINE_SHAPE', {}, { file: file.display, line: lineNo }));
        continue;
      }
      if (!Object.hasOwn(RECORD_SCHEMAS, obj.kind)) {
        current.issues.push(
          inputIssue(
            'NDJSON_KIND_UNKNOWN',
            { kind: obj.kind.slice(0, 60) },
            { file: file.display, line: lineNo },
          ),
        );
        continue;
      }
      const kind = obj.kind as RecordKind;
      const records = current.records[kind] ?? [];
      const lines = current.lines[kind] ?? [];
      records.push(obj.record);
      lines.push(lineNo);
      current.records[kind] = records;
      current.lines[kind] = lines;
      current.size++;
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    current.issues.push(inputIssue('FILE_UNREADABLE', { reason }, { file: file.display }));
  }
  yield close(current);
}
