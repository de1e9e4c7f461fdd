import type { SheetColumn, SheetRow, SheetSpec } from '@rectify/tables';
import type { CellValue, Column, KeyValuesSection, ReportDocument, Row, TableSection } from '../document';
import { formatBoolean, formatCell } from '../format/cell';
import type { ReportLang } from '../format/index';
import { statusText } from '../format/index';
import { labelledTotals } from './totals';
import { metaLines, provenanceLines, RENDER_WORDS } from './words';

// A spreadsheet has no colour to lose, and an icon character would get in the way of filtering and
// sorting: a status cell holds its text alone.
function sheetValue(
  value: CellValue | undefined,
  column: Pick<Column, 'type' | 'statuses'>,
  lang: ReportLang,
): SheetRow[string] {
  if (value === undefined || value === null) return null;
  if (
    typeof value === 'boolean' &&
    (column.type === 'text' || column.type === 'code' || column.type === 'status')
  ) {
    return formatBoolean(value, lang);
  }
  if (column.type === 'status') return statusText(String(value), lang, column.statuses).text;
  return value;
}

function sheetRow(row: Row, columns: readonly Column[], lang: ReportLang): SheetRow {
  const out: SheetRow = {};
  for (const column of columns) out[column.key] = sheetValue(row[column.key], column, lang);
  return out;
}

/** A table section as a sheet: headers in `lang`, values typed as the columns say, the totals row labelled. */
export function tableSheet(section: TableSection, lang: ReportLang): SheetSpec & { rows: SheetRow[] } {
  const columns: SheetColumn[] = section.columns.map((c) => ({
    key: c.key,
    header: c.header[lang],
    type: c.type,
    ...(c.width === undefined ? {} : { width: c.width }),
  }));
  const totals = labelledTotals(section, lang);
  return {
    name: section.title[lang],
    columns,
    rows: section.rows.map((row) => sheetRow(row, section.columns, lang)),
    ...(totals === undefined ? {} : { totals: sheetRow(totals.row, section.columns, lang) }),
  };
}

const TWO_COLUMNS = (lang: ReportLang): SheetColumn[] => [
  { key: 'label', header: RENDER_WORDS.item[lang], type: 'text', width: 24 },
  { key: 'value', header: RENDER_WORDS.value[lang], type: 'text', width: 48 },
];

/** A key-values section as a two-column sheet (项目, 内容), each value as the text a table shows. */
export function keyValuesSheet(
  section: KeyValuesSection,
  lang: ReportLang,
): SheetSpec & { rows: SheetRow[] } {
  return {
    name: section.title[lang],
    columns: TWO_COLUMNS(lang),
    rows: section.items.map((item) => {
      const column = { type: item.type ?? 'text' } as const;
      const value =
        column.type === 'status'
          ? sheetValue(item.value, column, lang)
          : formatCell(item.value, column, { lang });
      return { label: item.label[lang], value };
    }),
  };
}

/** The header and provenance of a document as a two-column sheet, for a workbook that would have none. */
export function reportInfoSheet(doc: ReportDocument, lang: ReportLang): SheetSpec & { rows: SheetRow[] } {
  const lines = [
    { label: lang === 'en' ? 'Title' : '标题', value: doc.title[lang] },
    ...metaLines(doc, lang),
    ...provenanceLines(doc, lang),
  ];
  return {
    name: lang === 'en' ? 'Report' : '报告信息',
    columns: TWO_COLUMNS(lang),
    rows: lines.map((line) => ({ label: line.label, value: line.value })),
  };
}
