import { importTable, MAPPINGS, type MappedKind, TableReadError } from '@rectify/tables';
import type { Hono } from 'hono';
import { requireContentType } from '../http/media-type';
import { HttpProblem } from '../http/problem';
import { readBody } from '../http/read-body';
import { jsonResponse } from '../http/respond';
import type { RequestError } from '../requests/fields';
import type { ServiceEnv, ServiceLimits } from '../service/context';
import { enforceScope } from '../service/guards';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'gb2312', 'utf-16le', 'utf-16be'] as const;

function isMapped(kind: string): kind is MappedKind {
  return Object.hasOwn(MAPPINGS, kind);
}

function queryOptions(sheet: string | undefined, encoding: string | undefined) {
  const errors: RequestError[] = [];
  if (sheet !== undefined && (sheet.length === 0 || sheet.length > 100))
    errors.push({
      pointer: '/sheet',
      message: {
        'zh-CN': 'sheet 应为 1 至 100 字的工作表名',
        en: 'sheet must be a worksheet name of 1–100 characters',
      },
    });
  if (encoding !== undefined && !(ENCODINGS as readonly string[]).includes(encoding))
    errors.push({
      pointer: '/encoding',
      message: {
        'zh-CN': `encoding 应为 ${ENCODINGS.join('、')} 之一`,
        en: `encoding must be one of ${ENCODINGS.join(', ')}`,
      },
    });
  if (errors.length > 0)
    throw new HttpProblem('INVALID_REQUEST', { detail: 'Invalid query parameters.', errors });
  return {
    ...(sheet === undefined ? {} : { sheet }),
    ...(encoding === undefined ? {} : { encoding: encoding as (typeof ENCODINGS)[number] }),
  };
}

/**
 * `POST /v1/tables/{kind}`: reads an uploaded CSV or XLSX (Chinese column headers) into records of `kind`, with an
 * issue per bad row and cell (personal cells masked). The records read must lie in the key's division: a sheet
 * with another street's communities is refused as a whole, like any other request.
 */
export function registerTableRoutes(app: Hono<ServiceEnv>, limits: ServiceLimits): void {
  app.post('/v1/tables/:kind', async (c) => {
    const kind = c.req.param('kind');
    if (!isMapped(kind))
      throw new HttpProblem('KIND_UNKNOWN', { detail: 'No table mapping for that record kind.' });
    const options = queryOptions(c.req.query('sheet'), c.req.query('encoding'));
    const type = requireContentType(c.req.header('content-type'), [CSV, XLSX]);
    const bytes = await readBody(c.req.raw, limits.maxBodyBytes);
    let report: Awaited<ReturnType<typeof importTable>>;
    try {
      report = await importTable(bytes, { kind, format: type === CSV ? 'csv' : 'xlsx', ...options });
    } catch (error) {
      if (error instanceof TableReadError)
        throw new HttpProblem('INVALID_OPTION', { detail: error.message.slice(0, 300) });
      throw error;
    }
    enforceScope(c, { [kind]: report.records });
    return jsonResponse(report);
  });
}
