import { SCHEMA_VERSION, validate } from '@rectify/schemas';
import type { CliIssue } from './input-issue';
import type { LoadedPart } from './loaded-part';
import { remapIssue } from './remap-issue';

/** The result of validating one part of an input. */
export interface PartValidation {
  /** No error at all: neither in reading nor in the records. */
  valid: boolean;
  /** No fatal reading problem: the whole file was read. */
  readable: boolean;
  /** Records read, errors and warnings (complete even when the list is cut at `maxIssues`). */
  counts: { records: number; errors: number; warnings: number; byKind: Record<string, number> };
  /** Reading issues first, then the records' issues in document order, at most `maxIssues` of the latter. */
  issues: CliIssue[];
}

// Checks across records that `importTable` cannot make row by row.
const DATASET_LEVEL_CODES = new Set(['DUPLICATE_ID', 'REFERENCE_UNKNOWN', 'TOO_MANY_ISSUES']);

/** An envelope for records that came without one; issues about it are dropped, only the records are judged. */
export function syntheticEnvelope(year: number): Record<string, unknown> {
  const y = String(year).padStart(4, '0');
  return { schemaVersion: SCHEMA_VERSION, campaignYear: year, generatedAt: `${y}-01-01T00:00:00+08:00` };
}

/**
 * Validates a part with `validate('dataset', …)` of `@rectify/schemas` (schema, identifiers, dates, unique
 * ids, references) and places each issue in its file (NDJSON line, JSON pointer). For a table, whose rows
 * `importTable` already validated, only the checks across records are added.
 */
export function validatePart(
  part: LoadedPart,
  options: { maxIssues: number; year?: number },
): PartValidation {
  const envelope = part.envelope ?? syntheticEnvelope(options.year ?? 2023);
  const data = part.raw ?? { ...envelope, records: part.records };
  const report = validate('dataset', data, { maxIssues: options.maxIssues });
  const synthetic = part.envelope === undefined && part.raw === undefined;
  const issues: CliIssue[] = [...part.issues];
  let errors = part.issues.filter((i) => i.severity === 'error').length;
  let warnings = part.issues.length - errors;
  const keep = report.issues.filter(
    (issue) =>
      (!synthetic || issue.path.startsWith('/records/') || issue.code === 'TOO_MANY_ISSUES') &&
      (part.shape !== 'table' || DATASET_LEVEL_CODES.has(issue.code)),
  );
  if (part.shape === 'table' || synthetic) {
    const e = keep.filter((i) => i.severity === 'error').length;
    errors += e;
    warnings += keep.length - e;
  } else {
    errors += report.counts.errors;
    warnings += report.counts.warnings;
  }
  for (const issue of keep) issues.push(remapIssue(issue, (k, i) => part.place(k, i), part.file.display));
  const byKind: Record<string, number> = {};
  for (const [k, n] of Object.entries(report.counts.byKind)) if (n !== undefined) byKind[k] = n;
  return {
    valid: errors === 0,
    readable: !issues.some((i) => i.fatal),
    counts: { records: report.counts.records, errors, warnings, byKind },
    issues,
  };
}
