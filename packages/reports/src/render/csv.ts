import { csvString } from '@rectify/tables';
import type { ReportDocument, TableSection } from '../document';
import { type ReportLang, settleLang } from '../format/index';
import { assertReportDocument } from './check-document';
import { ReportRenderError } from './render-error';
import { tableSheet } from './sheet';

/** Options of {@link renderCsv}. */
export interface RenderCsvOptions {
  /** The language of the header row, status texts and yes / no. Defaults to `'zh-CN'`. */
  lang?: ReportLang;
}

/**
 * One table section of the document as CSV text for Excel: a UTF-8 byte order mark, the header row in
 * `lang`, one line per row, the totals row (labelled 合计) last; CRLF line ends and RFC 4180 quoting.
 * Money is a plain decimal in 元 (万元 for `money-wan` columns) without thousands separators, so it
 * re-imports exactly; dates `YYYY-MM-DD`; statuses as their text; every text guarded against formula
 * injection (written by `csvString` of `@rectify/tables`).
 *
 * `sectionId` names the table section; it defaults to the document's first table section.
 *
 * Throws {@link ReportRenderError}: `INVALID_DOCUMENT` when the document breaks its contract,
 * `SECTION_NOT_FOUND` when `sectionId` names no table section (or the document has none),
 * `INVALID_OPTION` for an unknown `lang`.
 */
export function renderCsv(doc: ReportDocument, sectionId?: string, options: RenderCsvOptions = {}): string {
  const lang = settleLang(options.lang, 'renderCsv');
  assertReportDocument(doc, 'renderCsv');
  const tables = doc.sections.filter((s): s is TableSection => s.kind === 'table');
  const section = sectionId === undefined ? tables[0] : tables.find((s) => s.id === sectionId);
  if (section === undefined) {
    const known = tables.map((s) => s.id).join(', ') || 'none';
    throw new ReportRenderError(
      'SECTION_NOT_FOUND',
      sectionId === undefined
        ? `renderCsv: the document ${doc.id} has no table section`
        : `renderCsv: no table section ${JSON.stringify(sectionId)} in ${doc.id} (table sections: ${known})`,
    );
  }
  return csvString(tableSheet(section, lang), { bom: true });
}
