import { type CheckResult, CheckSession } from '@rectify/rules';
import type { Bilingual, Dataset } from '@rectify/schemas';
import type { Hono } from 'hono';
import type { components } from '../generated/openapi.generated';
import { negotiate } from '../http/media-type';
import { HttpProblem } from '../http/problem';
import { jsonResponse } from '../http/respond';
import { PACK_IDS, PACKS } from '../requests/check-request';
import { FieldReader, pointerToken } from '../requests/fields';
import { inScope, isDivisionCode } from '../security/division-scope';
import type { ServiceEnv, ServiceLimits } from '../service/context';
import { enforceScope, keyOf, readJson, recordsOf, requireValidDataset } from '../service/guards';
import { asOptionProblem } from './check-routes';
import { defaultReports } from './default-reports';

/** A report document, as the renderers take it. */
export type ReportDocument = components['schemas']['ReportDocument'];

/** A format a report renders to. */
export type ReportFormat = components['schemas']['ReportFormat'];

/** A report the service can build, as `GET /v1/reports` lists it. */
export interface ReportInfo {
  /** Stable report id (`pi-monthly-package`). */
  readonly id: string;
  /** Its title in both languages. */
  readonly title: Bilingual;
  /** The campaign it belongs to. */
  readonly campaign: 'public-income' | 'wages' | 'both';
  /** Clauses it serves. */
  readonly clauseIds: readonly string[];
  /** What its period is. */
  readonly periodKind: 'month' | 'quarter' | 'year' | 'any';
  /** Its own parameters. */
  readonly params: readonly {
    readonly name: string;
    readonly type: 'string' | 'integer' | 'list';
    readonly required: boolean;
    readonly description: Bilingual;
  }[];
  /** The format it is usually filed in. */
  readonly defaultFormat: ReportFormat;
}

/** What a report is built from, besides the dataset and its check. */
export interface ReportBuildRequest {
  /** The division the report is for (inside the key's scope). */
  readonly divisionCode: string;
  /** The period. */
  readonly period: string;
  /** The as-of date. */
  readonly asOf: string;
  /** The language of cell words. */
  readonly lang: 'zh-CN' | 'en';
  /** Print personal data unmasked (regulator keys only). */
  readonly reveal: boolean;
  /** The report's own parameters. */
  readonly params: Readonly<Record<string, string | number | boolean>>;
}

/**
 * Where the service gets its reports from. The default wraps `@rectify/reports` (`REPORTS` and `render`); a host
 * may pass its own (its letterhead, extra reports).
 */
export interface ReportsProvider {
  /** Every report, in catalog order. */
  readonly reports: readonly ReportInfo[];
  /** Builds a report from a validated dataset and its check. */
  build(id: string, dataset: Dataset, result: CheckResult, request: ReportBuildRequest): ReportDocument;
  /** Renders a document. */
  render(
    doc: ReportDocument,
    format: ReportFormat,
    options: Record<string, unknown>,
  ): Promise<string | Uint8Array>;
  /** Whether an error thrown by `build` or `render` is the caller's (an invalid option: 400) rather than a fault. */
  isOptionError(error: unknown): boolean;
}

/** The formats in the order the service offers them, with their media type and file extension. */
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

/** Reads a report request body. */
function readReportRequest(body: unknown) {
  const reader = new FieldReader(body, [
    'dataset',
    'asOf',
    'period',
    'divisionCode',
    'lang',
    'reveal',
    'params',
    'render',
  ]);
  const dataset = reader.object('dataset') ?? reader.required('dataset');
  const asOf = reader.date('asOf', true);
  const period = reader.text(
    'period',
    /^[0-9]{4}(-(0[1-9]|1[0-2])|Q[1-4])?$/,
    {
      'zh-CN': '期间（2023-07、2023Q2 或 2023）',
      en: 'a period 2023-07, 2023Q2 or 2023',
    },
    true,
  );
  const divisionCode = reader.text('divisionCode', /^[0-9]{6}([0-9]{3}([0-9]{3})?)?$/, {
    'zh-CN': '区划代码',
    en: 'a division code',
  });
  const lang = (reader.text('lang', ['zh-CN', 'en'], { 'zh-CN': 'zh-CN 或 en', en: 'zh-CN or en' }) ??
    'zh-CN') as 'zh-CN' | 'en';
  const reveal = reader.boolean('reveal') ?? false;
  const params = reader.object('params') ?? {};
  for (const [name, value] of Object.entries(params))
    if (!['string', 'number', 'boolean'].includes(typeof value))
      reader.fail(`/params/${pointerToken(name)}`, {
        'zh-CN': '参数值应为字符串、数值或布尔值',
        en: 'A parameter must be a string, a number or a boolean',
      });
  const render = reader.object('render') ?? {};
  const RENDER: Record<string, readonly string[] | RegExp> = {
    paper: ['A4', 'A3'],
    orientation: ['portrait', 'landscape'],
    sectionId: /^.{1,100}$/,
  };
  for (const [name, value] of Object.entries(render)) {
    const allowed = RENDER[name];
    const ok =
      typeof value === 'string' &&
      allowed !== undefined &&
      (Array.isArray(allowed) ? allowed.includes(value) : (allowed as RegExp).test(value));
    if (!ok)
      reader.fail(`/render/${pointerToken(name)}`, { 'zh-CN': '渲染选项无效', en: 'Invalid render option' });
  }
  reader.done();
  return {
    dataset,
    asOf: asOf as string,
    period: period as string,
    divisionCode,
    lang,
    reveal,
    params: params as Record<string, string | number | boolean>,
    render,
  };
}

/**
 * `GET /v1/reports` and `POST /v1/reports/{reportId}`: the dataset is checked (both packs, every indicator) as of
 * `asOf`, the report built for the key's division (or a division inside it) and rendered in the format `Accept`
 * asks for. Personal data stay masked unless a regulator's key asks with `reveal: true`.
 */
export function registerReportRoutes(
  app: Hono<ServiceEnv>,
  limits: ServiceLimits,
  provider: ReportsProvider | undefined,
): void {
  const source = provider ?? defaultReports();
  app.get('/v1/reports', () =>
    jsonResponse({
      reports: source.reports.map((r) => ({
        id: r.id,
        title: r.title,
        campaign: r.campaign,
        clauseIds: [...r.clauseIds],
        periodKind: r.periodKind,
        params: r.params.map((p) => ({ ...p })),
        defaultFormat: r.defaultFormat,
        formats: REPORT_MEDIA_TYPES.map(([format]) => format),
        mediaTypes: [...MEDIA],
      })),
    }),
  );

  app.post('/v1/reports/:reportId', async (c) => {
    const id = c.req.param('reportId');
    if (!source.reports.some((r) => r.id === id))
      throw new HttpProblem('REPORT_UNKNOWN', { detail: 'No report with that id; see GET /v1/reports.' });
    const media = negotiate(c.req.header('accept'), MEDIA);
    const [format, , extension] = REPORT_MEDIA_TYPES.find(([, m]) => m === media) ?? ['json', media, 'json'];
    const key = keyOf(c);
    const request = readReportRequest(await readJson(c, limits));
    enforceScope(c, recordsOf(request.dataset));
    const divisionCode = request.divisionCode ?? key.scope.code;
    if (!isDivisionCode(divisionCode) || !inScope(key.scope, divisionCode))
      throw new HttpProblem('OUT_OF_SCOPE', {
        detail: 'divisionCode lies outside the key division.',
        outOfScope: { scope: key.scope.code, records: 0, unattributed: 0, byKind: {} },
      });
    if (request.reveal && key.role === 'vendor')
      throw new HttpProblem('ROLE_FORBIDDEN', {
        detail: 'Only a regulator key (city, county, street) may print personal data unmasked.',
      });
    requireValidDataset(request.dataset);
    const dataset = request.dataset as Dataset;
    let result: CheckResult;
    try {
      result = new CheckSession({
        asOf: request.asOf,
        packs: PACK_IDS.map((p) => PACKS[p].pack),
        indicators: PACK_IDS.flatMap((p) => PACKS[p].indicators),
      })
        .add(dataset)
        .result();
    } catch (error) {
      asOptionProblem(error);
    }
    c.get('notes').packs = result.packs;
    let body: string | Uint8Array;
    try {
      const doc = source.build(id, dataset, result, {
        divisionCode,
        period: request.period,
        asOf: request.asOf,
        lang: request.lang,
        reveal: request.reveal,
        params: request.params,
      });
      body = await source.render(doc, format, { lang: request.lang, ...request.render });
    } catch (error) {
      if (source.isOptionError(error))
        throw new HttpProblem('INVALID_OPTION', { detail: String((error as Error).message).slice(0, 300) });
      // A planner inside a builder refuses a bad seed or share with RulesError: the caller's, too.
      asOptionProblem(error);
    }
    const name = `${id}-${divisionCode}-${request.period}.${extension}`;
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': format === 'xlsx' ? media : `${media}; charset=utf-8`,
        'content-disposition': disposition(format === 'xlsx' ? 'attachment' : 'inline', name),
      },
    });
  });
}
