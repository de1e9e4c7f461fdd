import { readFile } from 'node:fs/promises';
import type { RecordKind } from '@rectify/schemas';
import type { InputFile } from './input-file';
import { inputIssue } from './input-issue';
import type { LoadedPart } from './loaded-part';

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: end - start + 1 };
}

/** Where `JSON.parse` stopped, from its message (V8 gives `at position N`; a truncated text ends early). */
function failedOffset(message: string, text: string): number {
  const match = /position ([0-9]+)/.exec(message);
  return match?.[1] === undefined ? text.length : Number(match[1]);
}

/** A JSON.parse message without the echo of the text V8 may include (it could hold personal data). */
export function parseReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, "[^"]*" is not valid JSON$/, '').replace(/ in JSON at position [0-9]+.*$/, '');
}

/**
 * Reads a JSON file: a dataset envelope (`{ schemaVersion, campaignYear, generatedAt, records }`), or, when
 * `kind` is given, one record or an array of records of that kind. Malformed JSON (a truncated export) and any
 * other shape give a fatal issue and no records; never throws for a bad file.
 */
export async function readJsonPart(file: InputFile, kind: RecordKind | undefined): Promise<LoadedPart> {
  const base = { file, part: 1, records: {}, issues: [], place: () => ({}) };
  let text: string;
  try {
    text = await readFile(file.path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    return {
      ...base,
      shape: 'dataset',
      issues: [inputIssue('FILE_UNREADABLE', { reason }, { file: file.display })],
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { line, column } = lineColumn(text, failedOffset((error as Error).message, text));
    return {
      ...base,
      shape: 'dataset',
      issues: [
        inputIssue(
          'JSON_MALFORMED',
          { line, column, reason: parseReason(error) },
          { file: file.display, line },
        ),
      ],
    };
  }
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && 'records' in data) {
    const { records, ...envelope } = data as Record<string, unknown>;
    const usable = records !== null && typeof records === 'object' && !Array.isArray(records);
    return {
      ...base,
      shape: 'dataset',
      envelope,
      records: usable ? (records as LoadedPart['records']) : {},
      ...(usable ? {} : { raw: data }),
      place: (k, i) => ({ pointer: `/records/${k}/${i}` }),
    };
  }
  if (kind !== undefined && data !== null && typeof data === 'object') {
    const list = Array.isArray(data) ? data : [data];
    return {
      ...base,
      shape: 'records',
      kind,
      records: { [kind]: list },
      place: (_k, i) => ({ pointer: Array.isArray(data) ? `/${i}` : '' }),
    };
  }
  return { ...base, shape: 'dataset', issues: [inputIssue('DATASET_EXPECTED', {}, { file: file.display })] };
}
