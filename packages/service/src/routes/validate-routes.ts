import { validate } from '@rectify/schemas';
import type { Hono } from 'hono';
import { HttpProblem } from '../http/problem';
import { jsonResponse } from '../http/respond';
import type { RequestError } from '../requests/fields';
import type { ServiceEnv, ServiceLimits } from '../service/context';
import { enforceScope, readJson, recordsOf } from '../service/guards';
import { isSchemaKind } from './schema-routes';

function queryOptions(maxIssues: string | undefined, checkReferences: string | undefined) {
  const errors: RequestError[] = [];
  let max = 1000;
  if (maxIssues !== undefined) {
    max = /^[0-9]{1,5}$/.test(maxIssues) ? Number(maxIssues) : 0;
    if (max < 1 || max > 10_000)
      errors.push({
        pointer: '/maxIssues',
        message: {
          'zh-CN': 'maxIssues 应为 1 至 10000 的整数',
          en: 'maxIssues must be an integer from 1 to 10000',
        },
      });
  }
  if (checkReferences !== undefined && checkReferences !== 'true' && checkReferences !== 'false')
    errors.push({
      pointer: '/checkReferences',
      message: { 'zh-CN': 'checkReferences 应为 true 或 false', en: 'checkReferences must be true or false' },
    });
  if (errors.length > 0)
    throw new HttpProblem('INVALID_REQUEST', { detail: 'Invalid query parameters.', errors });
  return { maxIssues: max, checkReferences: checkReferences !== 'false' };
}

/**
 * `POST /v1/validate/{kind}`: validates a record or a dataset. Invalid data is a `200` with the issues; records
 * outside the key's division are refused first, so nothing is said about them.
 */
export function registerValidateRoutes(app: Hono<ServiceEnv>, limits: ServiceLimits): void {
  app.post('/v1/validate/:kind', async (c) => {
    const kind = c.req.param('kind');
    if (!isSchemaKind(kind)) throw new HttpProblem('KIND_UNKNOWN', { detail: 'No schema of that kind.' });
    const options = queryOptions(c.req.query('maxIssues'), c.req.query('checkReferences'));
    const body = await readJson(c, limits);
    enforceScope(c, kind === 'dataset' ? recordsOf(body) : { [kind]: [body] });
    return jsonResponse(validate(kind, body, options));
  });
}
