// Report downloads: any report of @rectify/reports' registry, built from the stored dataset and its cached check,
// rendered as XLSX, print-ready HTML, CSV, Markdown or JSON.
import {
  RENDER_FORMATS,
  RENDER_MEDIA_TYPES,
  REPORTS,
  type RenderFormat,
  ReportBuildError,
  type ReportDefinition,
  render,
} from '@rectify/reports';
import type { CheckResult } from '@rectify/rules';
import type { Dataset } from '@rectify/schemas';
import type { ReportListing } from '../shared/api';

/** Thrown for a bad report request; the routes answer 400 with its message. */
export class ReportRequestError extends Error {
  override readonly name = 'ReportRequestError';
}

/** The period a report covers by default: the as-of month, quarter or year. */
export function defaultPeriod(kind: ReportDefinition['periodKind'], asOf: string): string {
  const year = asOf.slice(0, 4);
  if (kind === 'month') return asOf.slice(0, 7);
  if (kind === 'quarter') return `${year}Q${Math.ceil(Number(asOf.slice(5, 7)) / 3)}`;
  return year;
}

/** Values the app passes for required report parameters the user has not set. */
function defaultParam(name: string, seed: string, firstCommunityId: string | undefined): string | undefined {
  if (name === 'seed') return seed;
  if (name === 'campaign') return 'public-income';
  if (name === 'communityId') return firstCommunityId;
  return undefined;
}

/** Every report of the registry, as the reports page lists it. */
export function reportListings(
  asOf: string,
  seed: string,
  firstCommunityId: string | undefined,
): ReportListing[] {
  return REPORTS.map((r) => ({
    id: r.id,
    title: r.title,
    campaign: r.campaign,
    clauseIds: r.clauseIds,
    periodKind: r.periodKind,
    defaultFormat: r.defaultFormat,
    defaultPeriod: defaultPeriod(r.periodKind, asOf),
    params: r.params.map((p) => {
      const value = p.required ? defaultParam(p.name, seed, firstCommunityId) : undefined;
      return {
        name: p.name,
        required: p.required,
        description: p.description,
        ...(value === undefined ? {} : { defaultValue: value }),
      };
    }),
  }));
}

/** A report download request, from the query string. */
export interface ReportDownloadRequest {
  id: string;
  format: string;
  period?: string;
  divisionCode: string;
  lang: 'zh-CN' | 'en';
  asOf: string;
  params: Record<string, string>;
}

/** A rendered report file. */
export interface ReportFile {
  body: string | Uint8Array;
  mediaType: string;
  fileName: string;
}

/** Builds and renders one report. @throws ReportRequestError for an unknown report, format or bad parameter. */
export async function buildReportFile(
  dataset: Dataset,
  result: CheckResult,
  request: ReportDownloadRequest,
): Promise<ReportFile> {
  const definition = REPORTS.find((r) => r.id === request.id);
  if (!definition) throw new ReportRequestError(`No report ${request.id}`);
  if (!(RENDER_FORMATS as readonly string[]).includes(request.format))
    throw new ReportRequestError(`format must be one of ${RENDER_FORMATS.join(', ')}`);
  const format = request.format as RenderFormat;
  const period = request.period || defaultPeriod(definition.periodKind, request.asOf);
  const params: Record<string, string> = {};
  for (const p of definition.params) {
    const value = request.params[p.name];
    if (value !== undefined && value !== '') params[p.name] = value;
  }
  let doc: ReturnType<ReportDefinition['build']>;
  try {
    doc = definition.build(dataset, result, {
      divisionCode: request.divisionCode,
      period,
      asOf: request.asOf,
      lang: request.lang,
      params,
    });
  } catch (error) {
    if (error instanceof ReportBuildError) throw new ReportRequestError(error.message);
    throw error;
  }
  const body = await render(doc, format, { lang: request.lang });
  const media = RENDER_MEDIA_TYPES[format];
  return {
    body,
    mediaType: media.mediaType,
    fileName: `${definition.id}-${request.divisionCode}-${period}.${media.extension}`,
  };
}
