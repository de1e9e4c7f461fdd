import { type CheckOptions, type CheckResult, CheckSession, RulesError } from '@rectify/rules';
import type { Hono } from 'hono';
import { negotiate, requireContentType } from '../http/media-type';
import { HttpProblem } from '../http/problem';
import { parseJsonBody, readBody } from '../http/read-body';
import { jsonResponse } from '../http/respond';
import { readNdjson } from '../ndjson/read-ndjson';
import { checkResultStream } from '../ndjson/write-ndjson';
import { CHECK_OPTION_FIELDS, PACK_IDS, readCheckOptions } from '../requests/check-request';
import { FieldReader } from '../requests/fields';
import { inScope, isCityWide } from '../security/division-scope';
import type { ServiceContext, ServiceEnv, ServiceLimits } from '../service/context';
import { enforceScope, keyOf, recordsOf, requireValidDataset } from '../service/guards';

const NDJSON = 'application/x-ndjson';

/** Turns a misuse the rules library reports (an unknown parameter, a bad period) into `400 INVALID_OPTION`. */
export function asOptionProblem(error: unknown): never {
  if (error instanceof RulesError)
    throw new HttpProblem('INVALID_OPTION', { detail: error.message.slice(0, 300) });
  throw error;
}

/** Reads a JSON check request: the dataset and the options. */
async function jsonRequest(c: ServiceContext, limits: ServiceLimits) {
  const reader = new FieldReader(parseJsonBody(await readBody(c.req.raw, limits.maxBodyBytes)), [
    'dataset',
    ...CHECK_OPTION_FIELDS,
  ]);
  const dataset = reader.object('dataset') ?? reader.required('dataset');
  const options = readCheckOptions(reader);
  reader.done();
  return { dataset, options: options as CheckOptions };
}

/** Reads an NDJSON check request: the header line's options (or the query's `asOf` and `packs`) and the records. */
async function ndjsonRequest(c: ServiceContext, limits: ServiceLimits) {
  const read = await readNdjson(c.req.raw, {
    maxBytes: limits.maxNdjsonBytes,
    maxLineBytes: limits.maxNdjsonLineBytes,
  });
  const packs = c.req.query('packs');
  const fallback = {
    ...(c.req.query('asOf') === undefined ? {} : { asOf: c.req.query('asOf') }),
    ...(packs === undefined ? {} : { packs: packs.split(',') }),
  };
  const reader = new FieldReader(read.options ?? {}, CHECK_OPTION_FIELDS);
  const fromQuery = new FieldReader(fallback, ['asOf', 'packs']);
  fromQuery.date('asOf');
  fromQuery.list('packs', PACK_IDS, { 'zh-CN': '规则包编号', en: 'pack ids' }, 1);
  const options = fromQuery.errors.length === 0 ? readCheckOptions(reader, fallback) : undefined;
  const errors = [
    ...fromQuery.errors,
    ...reader.errors.map((e) => ({
      ...e,
      pointer: `/options${e.pointer === '/' ? '' : e.pointer}`,
      line: 1,
    })),
  ];
  if (errors.length > 0)
    throw new HttpProblem('INVALID_REQUEST', { detail: 'Invalid check options.', errors });
  return { dataset: read.dataset as unknown, options: options as CheckOptions };
}

/** Defence in depth: a finding about a subject outside the key's division is a fault, never an answer. */
function assertFindingsInScope(c: ServiceContext, result: CheckResult): void {
  const { scope } = keyOf(c);
  if (isCityWide(scope)) return;
  for (const f of result.findings)
    if (!inScope(scope, f.subject.divisionCode)) throw new Error('A finding lies outside the key scope');
}

/**
 * `POST /v1/check`: JSON or NDJSON in, JSON or NDJSON out (by `Content-Type` and `Accept`). The dataset is refused
 * as a whole when any record lies outside the key's division, and must validate before a rule runs.
 */
export function registerCheckRoutes(app: Hono<ServiceEnv>, limits: ServiceLimits): void {
  app.post('/v1/check', async (c) => {
    const answer = negotiate(c.req.header('accept'), ['application/json', NDJSON]);
    const type = requireContentType(c.req.header('content-type'), ['application/json', NDJSON]);
    const { dataset, options } =
      type === NDJSON ? await ndjsonRequest(c, limits) : await jsonRequest(c, limits);
    enforceScope(c, recordsOf(dataset));
    requireValidDataset(dataset);
    let result: CheckResult;
    try {
      result = new CheckSession(options).add(dataset as Parameters<CheckSession['add']>[0]).result();
    } catch (error) {
      asOptionProblem(error);
    }
    assertFindingsInScope(c, result);
    c.get('notes').packs = result.packs;
    if (answer === NDJSON)
      return new Response(checkResultStream(result), {
        status: 200,
        headers: { 'content-type': `${NDJSON}; charset=utf-8` },
      });
    return jsonResponse(result);
  });
}
