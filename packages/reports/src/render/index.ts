export type { DocumentIssue, DocumentIssueCode } from './check-document';
export { checkReportDocument, DOCUMENT_ISSUE_CODES, fitsColumnType } from './check-document';
export type { RenderCsvOptions } from './csv';
export { renderCsv } from './csv';
export { escapeHtml, escapeMarkdown, escapeMarkdownCell } from './escape';
export type { RenderHtmlOptions } from './html';
export { renderHtml } from './html';
export { BODY_FONTS, TITLE_FONTS } from './html-style';
export { renderJson } from './json';
export type { RenderMarkdownOptions } from './markdown';
export { renderMarkdown } from './markdown';
export type { Orientation, Paper, PrintGeometry, PrintLayoutOptions } from './print-layout';
export {
  DEFAULT_LANDSCAPE_COLUMNS,
  PRINT_MARGINS_MM,
  printGeometry,
  resolvePrintLayout,
} from './print-layout';
export type { RenderFormat, RenderOptions } from './render';
export { RENDER_FORMATS, RENDER_MEDIA_TYPES, render } from './render';
export type { ReportRenderErrorCode } from './render-error';
export { REPORT_RENDER_ERROR_CODES, ReportRenderError } from './render-error';
export type { RenderXlsxOptions } from './xlsx';
export { renderXlsx } from './xlsx';
