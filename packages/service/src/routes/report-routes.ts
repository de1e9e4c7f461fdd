import { CheckSession } from '@rectify/rules';
import type { Bilingual, Dataset } from '@rectify/schemas';
import type { Hono } from 'hono';
import type { components } from '../generated/openapi.generated';
import { negotiate } from '../http/media-type';
import { HttpProblem } from '../http/problem';
import { jsonResponse } from '../http/respond';
import { PACK_IDS, PACKS } from '../requests/check-request';
import { FieldReader } from '../requests/fields';
import { inScope } from '../security/division-scope';
import type { ServiceEnv, ServiceLimits } from '../service/context';
import { enforceScope, keyOf, readJson, recordsOf, requireValidDataset } from '../service/guards';
import { asOptionProblem } from './check-routes';
import { defaultReports } from './default-reports';

/** A report document, as the renderers take it. */
export type ReportDocument = components['schemas']['ReportDocument'];

/** A format a report renders to. */
export type ReportFormat = components['schemas']['ReportFormat'];

/** A report the service can build. */
export interface ReportEntry {
  /** Stable report id (`pi-monthly-package`). */
  readonly id: string;
  /** Its title in both languages. */
  readonly title: Bilingual;
  /** Clauses it serves. */
  readonly clauseIds?: readonly string[];
}

/**
 * Where the service gets its reports from: the list, a builder and a renderer. The default wraps
 * `@rectify/reports`; a host may pass its own (its own letterhead, extra reports).
 */
export interface ReportsProvider {
  /** Every report, in catalog order. */
  list(): readonly ReportEntry[];
  /** Builds a report from a validated dataset and a check of it; throws on an invalid option. */
  build(id: string, dataset: Dataset, result: import('@rectify/rules').CheckResult, options: Record<string, unknown>): ReportDocument;
  /** Renders a document. */
  render(doc: ReportDocument, format: ReportFormat, options: Record<string, unknown>): Promise<string | Uint8Array>;
  /** Whether an error thrown by `build` or `render` is the caller's (an invalid option: 400), not a fault. */
  isOptionError(error: unknown): boolean;
}

/** The media type and extension of each format, in the order the service offers them. */
export const REPORT_MEDIA_TYPES: ReadonlyArray<readonly [ReportFormat, string, string]> = [
  ['json', 'application/json', 'json'],
  ['markdown', 'text/markdown', 'md'],
  ['html', 'text/html', 'html'],
  ['csv', 'text/csv', 'csv'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
];

const MEDIA = REPORT_MEDIA_TYPES.map(([, media]) => media);

/** `Content-Disposition` with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 8187). */
function disposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9._-]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * `GET /v1/reports` and `POST /v1/reports/{reportId}`: the dataset is checked (both packs, every indicator) as of
 * `asOf`, the report built for the key's division (or a division inside it) and rendered in the format `Accept`
 * asks for. Personal data stay masked unless a regulator's key asks with `options.reveal: true`.
 */
export function registerReportRoutes(
  app: Hono<ServiceEnv>,
  limits: ServiceLimits,
  provider: ReportsProvider | undefined,
): void {
  const reports = provider ?? defaultReports();
  app.get('/v1/reports', () =>
    jsonResponse({
      reports: reports.list().map((r) => ({
        id: r.id,
        title: r.title,
        ...(r.clauseIds ? { clauseIds: [...r.clauseIds] } : {}),
        formats: REPORT_MEDIA_TYPES.map(([format]) => format),
        mediaTypes: [...MEDIA],
      })),
    }),
  );

  app.post('/v1/reports/:reportId', async (c) => {
    const id = c.req.param('reportId');
    if (!reports.list().some((r) => r.id === id))
      throw new HttpProblem('REPORT_UNKNOWN', { detail: 'No report with that id; see GET /v1/reports.' });
    const media = negotiate(c.req.header('accept'), MEDIA);
    const [format, , extension] = REPORT_MEDIA_TYPES.find(([, m]) => m === media) ?? REPORT_MEDIA_TYPES[0]!;
    const key = keyOf(c);
    const reader = new FieldReader(await readJson(c, limits), ['dataset', 'asOf', 'lang', 'options', 'render']);
    const dataset = reader.object('dataset') ?? reader.required('dataset');
    const asOf = reader.date('asOf', true);
    const lang = reader.text('lang', ['zh-CN', 'en'], { 'zh-CN': 'zh-CN 或 en', en: 'zh-CN or en' }) ?? 'zh-CN';
    const options = reader.object('options') ?? {};
    const renderOptions = reader.object('render') ?? {};
    for (const k of Object.keys(renderOptions))
      if (!['paper', 'orientation', 'sectionId'].includes(k))
        reader.fail(`/render/${k}`, { 'zh-CN': '未知的渲染选项', en: 'Unknown render option' });
    for (const k of ['asOf', 'lang'])
      if (k in options) reader.fail(`/options/${k}`, { 'zh-CN': `请在顶层给出 ${k}`, en: `Give ${k} at the top level` });
    reader.done();
    enforceScope(c, recordsOf(dataset));
    const divisionCode = typeof options.divisionCode === 'string' ? options.divisionCode : key.scope.code;
    if (!inScope(key.scope, divisionCode))
      throw new HttpProblem('OUT_OF_SCOPE', {
        detail: 'options.divisionCode lies outside the key division.',
        outOfScope: { scope: key.scope.code, records: 0, unattributed: 0, byKind: {} },
      });
    if (options.reveal === true && key.role === 'vendor')
      throw new HttpProblem('ROLE_FORBIDDEN', {
        detail: 'Only a regulator key (city, county, street) may print personal data unmasked.',
      });
    requireValidDataset(dataset);
    try {
      const result = new CheckSession({
        asOf: asOf as string,
        packs: PACK_IDS.map((p) => PACKS[p]!.pack),
        indicators: PACK_IDS.flatMap((p) => PACKS[p]!.indicators),
      })
        .add(dataset as Dataset)
        .result();
      c.get('notes').packs = result.packs;
      const doc = reports.build(id, dataset as Dataset, result, { ...options, divisionCode, asOf, lang });
      const body = await reports.render(doc, format, { lang, ...renderOptions });
      const period = typeof doc.meta?.period === 'string' ? doc.meta.period : asOf;
      const name = `${id}-${divisionCode}-${period}.${extension}`;
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': format === 'xlsx' ? media : `${media}; charset=utf-8`,
          'content-disposition': disposition(format === 'xlsx' ? 'attachment' : 'inline', name),
        },
      });
    } catch (error) {
      if (reports.isOptionError(error))
        throw new HttpProblem('INVALID_OPTION', { detail: String((error as Error).message).slice(0, 300) });
      asOptionProblem(error);
    }
  });
}
