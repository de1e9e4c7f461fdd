import { type SheetSpec, xlsxBuffer } from '@rectify/tables';
import type { ReportDocument } from '../document';
import { civilDateOf, type ReportLang, settleLang } from '../format/index';
import { assertReportDocument } from './check-document';
import { keyValuesSheet, reportInfoSheet, tableSheet } from './sheet';

/** Options of {@link renderXlsx}. */
export interface RenderXlsxOptions {
  /** The language of sheet names, header rows, status texts and yes / no. Defaults to `'zh-CN'`. */
  lang?: ReportLang;
}

/**
 * The document as an XLSX workbook: one sheet per table section, in order, named after the section
 * title (made valid for Excel — at most 31 characters, no `[]:*?/\` — and unique), with a styled,
 * frozen header row, column widths, money as numbers in 元 `#,##0.00` (万元 for `money-wan`), dates
 * as date cells, statuses as their text and the totals row (labelled 合计) in bold; one two-column
 * sheet (项目, 内容) per key-values section. Paragraph sections are left to the printed and Markdown
 * forms. A document with neither tables nor key-values gets one sheet of its title, period, division
 * and provenance. The workbook's creation time is the document's `asOf`, never the clock. Written by
 * `xlsxBuffer` of `@rectify/tables`.
 *
 * Throws {@link ReportRenderError}: `INVALID_DOCUMENT` when the document breaks its contract,
 * `INVALID_OPTION` for an unknown `lang`.
 */
export async function renderXlsx(doc: ReportDocument, options: RenderXlsxOptions = {}): Promise<Uint8Array> {
  const lang: ReportLang = settleLang(options.lang, 'renderXlsx');
  assertReportDocument(doc, 'renderXlsx');
  const sheets: SheetSpec[] = [];
  for (const section of doc.sections) {
    if (section.kind === 'table') sheets.push(tableSheet(section, lang));
    else if (section.kind === 'key-values') sheets.push(keyValuesSheet(section, lang));
  }
  if (sheets.length === 0) sheets.push(reportInfoSheet(doc, lang));
  const asOf = civilDateOf(doc.meta.asOf) ?? '1980-01-01';
  const [y = 1980, m = 1, d = 1] = asOf.split('-').map(Number);
  return xlsxBuffer(sheets, { created: new Date(Date.UTC(y, m - 1, d)) });
}
