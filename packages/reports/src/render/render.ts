import type { ReportDocument } from '../document';
import type { ReportLang } from '../format/index';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { Orientation, Paper } from './print-layout';
import { ReportRenderError } from './render-error';
import { renderXlsx } from './xlsx';

/** A format a report document renders to. */
export type RenderFormat = 'json' | 'markdown' | 'html' | 'csv' | 'xlsx';

/** Every {@link RenderFormat}. */
export const RENDER_FORMATS: readonly RenderFormat[] = ['json', 'markdown', 'html', 'csv', 'xlsx'];

/** The media type (for an HTTP response) and file extension of each {@link RenderFormat}. */
export const RENDER_MEDIA_TYPES: Readonly<Record<RenderFormat, { mediaType: string; extension: string }>> = {
  json: { mediaType: 'application/json; charset=utf-8', extension: 'json' },
  markdown: { mediaType: 'text/markdown; charset=utf-8', extension: 'md' },
  html: { mediaType: 'text/html; charset=utf-8', extension: 'html' },
  csv: { mediaType: 'text/csv; charset=utf-8', extension: 'csv' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
};

/** Options of {@link render}; each format reads the ones that concern it. */
export interface RenderOptions {
  /** The language of the output (all formats but JSON, which carries both). Defaults to `'zh-CN'`. */
  lang?: ReportLang;
  /** HTML: the paper. Defaults to the document's layout, else A4. */
  paper?: Paper;
  /** HTML: the orientation. Defaults to the document's layout, else by `landscapeColumns`. */
  orientation?: Orientation;
  /** HTML: tables with more columns than this turn the page to landscape. Defaults to 7. */
  landscapeColumns?: number;
  /** HTML: the document number above the title. Defaults to the document's `meta.documentNumber`. */
  documentNumber?: string;
  /** CSV: the id of the table section to write. Defaults to the first table section. */
  sectionId?: string;
}

/**
 * Renders a report document to `format`: `json` ({@link renderJson}), `markdown`
 * ({@link renderMarkdown}), `html` ({@link renderHtml}), `csv` ({@link renderCsv}, one table
 * section) or `xlsx` ({@link renderXlsx}, bytes). Text formats resolve to a string, XLSX to a
 * `Uint8Array`.
 *
 * Throws (rejects with) {@link ReportRenderError}: `INVALID_OPTION` for an unknown format or option
 * value, and whatever the chosen renderer throws.
 */
export function render(doc: ReportDocument, format: 'xlsx', options?: RenderOptions): Promise<Uint8Array>;
export function render(
  doc: ReportDocument,
  format: 'json' | 'markdown' | 'html' | 'csv',
  options?: RenderOptions,
): Promise<string>;
export function render(
  doc: ReportDocument,
  format: RenderFormat,
  options?: RenderOptions,
): Promise<string | Uint8Array>;
export async function render(
  doc: ReportDocument,
  format: RenderFormat,
  options: RenderOptions = {},
): Promise<string | Uint8Array> {
  const { lang, paper, orientation, landscapeColumns, documentNumber, sectionId } = options;
  switch (format) {
    case 'json':
      return renderJson(doc);
    case 'markdown':
      return renderMarkdown(doc, { lang });
    case 'html':
      return renderHtml(doc, { lang, paper, orientation, landscapeColumns, documentNumber });
    case 'csv':
      return renderCsv(doc, sectionId, { lang });
    case 'xlsx':
      return renderXlsx(doc, { lang });
    default:
      throw new ReportRenderError(
        'INVALID_OPTION',
        `render: format must be one of ${RENDER_FORMATS.join(', ')}, got ${String(format)}`,
      );
  }
}
