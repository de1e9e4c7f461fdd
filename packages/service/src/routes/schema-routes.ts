import {
  type JsonSchemaDraft,
  RECORD_KINDS,
  type RecordKind,
  SCHEMA_VERSION,
  schemaFileName,
  schemaId,
  toJsonSchema,
} from '@rectify/schemas';
import type { Hono } from 'hono';
import { HttpProblem } from '../http/problem';
import { jsonResponse, once } from '../http/respond';
import type { ServiceEnv } from '../service/context';

const KINDS: readonly (RecordKind | 'dataset')[] = [...RECORD_KINDS, 'dataset'];

/** Whether a path segment names a record kind or `dataset`. */
export function isSchemaKind(value: string): value is RecordKind | 'dataset' {
  return (KINDS as readonly string[]).includes(value);
}

const cache = new Map<string, string>();
function schemaText(kind: RecordKind | 'dataset', draft: JsonSchemaDraft): string {
  const key = `${draft}/${kind}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = JSON.stringify(toJsonSchema(kind, draft));
    cache.set(key, text);
  }
  return text;
}

const list = once(() =>
  JSON.stringify({
    schemaVersion: SCHEMA_VERSION,
    schemas: KINDS.map((kind) => ({
      kind,
      title: String(toJsonSchema(kind, 'draft-2020-12').title ?? kind),
      fileName: schemaFileName(kind),
      ids: { 'draft-2020-12': schemaId(kind, 'draft-2020-12'), 'draft-07': schemaId(kind, 'draft-07') },
      href: `/v1/schemas/${kind}`,
    })),
  }),
);

/** `GET /v1/schemas` and `GET /v1/schemas/{kind}`: the published JSON Schemas (catalog data, any role). */
export function registerSchemaRoutes(app: Hono<ServiceEnv>): void {
  app.get('/v1/schemas', () => jsonResponse(list()));
  app.get('/v1/schemas/:kind', (c) => {
    const kind = c.req.param('kind');
    if (!isSchemaKind(kind)) throw new HttpProblem('KIND_UNKNOWN', { detail: 'No schema of that kind.' });
    const draft = c.req.query('draft') ?? '2020-12';
    if (draft !== '2020-12' && draft !== '07')
      throw new HttpProblem('INVALID_REQUEST', {
        detail: 'draft must be 2020-12 or 07.',
        errors: [
          {
            pointer: '/draft',
            message: {
              'zh-CN': '查询参数 draft 应为 2020-12 或 07',
              en: 'Query parameter draft must be 2020-12 or 07',
            },
          },
        ],
      });
    return jsonResponse(
      schemaText(kind, draft === '07' ? 'draft-07' : 'draft-2020-12'),
      200,
      'application/schema+json; charset=utf-8',
    );
  });
}
