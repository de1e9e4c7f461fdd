import { validate } from '@rectify/schemas';
import { requireContentType } from '../http/media-type';
import { HttpProblem } from '../http/problem';
import { parseJsonBody, readBody } from '../http/read-body';
import type { ApiRole, AuthenticatedKey } from '../security/api-key';
import { assessScope } from '../security/territory';
import type { ServiceContext, ServiceLimits } from './context';

/** The accepted key of a request (the auth middleware has run on every `/v1` path but health). */
export function keyOf(c: ServiceContext): AuthenticatedKey {
  const key = c.get('key');
  if (!key) throw new Error('keyOf: no key on an authenticated route');
  return key;
}

/** Refuses a role that may not call the operation: `403 ROLE_FORBIDDEN`. */
export function requireRole(c: ServiceContext, roles: readonly ApiRole[]): AuthenticatedKey {
  const key = keyOf(c);
  if (!roles.includes(key.role))
    throw new HttpProblem('ROLE_FORBIDDEN', {
      detail: `This operation is for ${roles.join(', ')} keys; the key is a ${key.role} key.`,
    });
  return key;
}

/** Reads a JSON body within the size limit: 415, 413 and 400 problems as the contract says. */
export async function readJson(c: ServiceContext, limits: ServiceLimits): Promise<unknown> {
  requireContentType(c.req.header('content-type'), ['application/json']);
  return parseJsonBody(await readBody(c.req.raw, limits.maxBodyBytes));
}

/**
 * Refuses a request whose records lie outside the key's scope, as a whole: `403 OUT_OF_SCOPE` with counts, never
 * the records. Notes the number of records for the log.
 */
export function enforceScope(c: ServiceContext, records: unknown): void {
  const key = keyOf(c);
  const assessment = assessScope(records, key.scope);
  c.get('notes').records = assessment.total;
  if (!assessment.refused) return;
  const parts = [
    assessment.records > 0 ? `${assessment.records} record(s) lie outside division ${key.scope.code}` : '',
    assessment.unattributed > 0
      ? `${assessment.unattributed} record(s) cannot be placed in a division (a missing code, or a reference to a record not sent)`
      : '',
  ].filter((p) => p !== '');
  throw new HttpProblem('OUT_OF_SCOPE', {
    detail: `${parts.join('; ')}.`,
    outOfScope: {
      scope: assessment.scope,
      records: assessment.records,
      unattributed: assessment.unattributed,
      byKind: assessment.byKind,
    },
  });
}

/** The records of a dataset-shaped body (`{ records: {...} }`), or `undefined`. */
export function recordsOf(dataset: unknown): unknown {
  return dataset !== null && typeof dataset === 'object'
    ? (dataset as { records?: unknown }).records
    : undefined;
}

/** Validates a dataset before a check, plan or report: `422 DATASET_INVALID` with the report (100 issues at most). */
export function requireValidDataset(dataset: unknown): void {
  const report = validate('dataset', dataset, { maxIssues: 100 });
  if (!report.valid)
    throw new HttpProblem('DATASET_INVALID', {
      detail: `The dataset has ${report.counts.errors} error(s).`,
      validation: report,
    });
}
