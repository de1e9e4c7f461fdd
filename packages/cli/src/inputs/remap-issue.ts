import type { RecordKind, ValidationIssue } from '@rectify/schemas';
import type { CliIssue } from './input-issue';
import type { RecordPlace } from './loaded-part';

const RECORD_POINTER = /^\/records\/([A-Za-z]+)\/([0-9]+)(.*)$/;

/**
 * Turns a validation issue about a dataset into one about the file the record came from: an NDJSON record's
 * line (with a pointer into the line, `/record/…`), a JSON record's own pointer, or the dataset pointer as it is.
 */
export function remapIssue(
  issue: ValidationIssue,
  locate: (kind: RecordKind, index: number) => RecordPlace & { file?: string },
  file?: string,
): CliIssue {
  const out: CliIssue = {
    code: issue.code,
    severity: issue.severity,
    fatal: false,
    ...(file !== undefined ? { file } : {}),
    path: issue.path,
    message: issue.message,
  };
  const match = RECORD_POINTER.exec(issue.path);
  if (!match) return out;
  const [, kind = '', index = '0', rest = ''] = match;
  const place = locate(kind as RecordKind, Number(index));
  if (place.file !== undefined) out.file = place.file;
  if (place.line !== undefined) {
    out.line = place.line;
    out.path = `/record${rest}`;
  } else if (place.pointer !== undefined) out.path = place.pointer + rest;
  return out;
}
