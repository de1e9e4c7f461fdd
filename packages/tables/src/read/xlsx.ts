import ExcelJS from 'exceljs';
import type { ByteSource } from './byte-source';
import type { RawRow } from './header';
import type { MergeRange, XlsxInfo } from './xlsx-inspect';

/** One worksheet as the streaming reader reaches it. */
export interface SheetRows {
  /** The tab name. */
  name: string;
  /** Hidden sheets are skipped unless asked for by name. */
  hidden: boolean;
  /** Its merged ranges (found by `inspectXlsx`, which exceljs's streaming reader does not report). */
  merges: MergeRange[];
  /** Its rows, in order; rows absent from the file (blank and unstyled) are not given. */
  rows: AsyncIterable<RawRow>;
}

interface StreamedRow {
  number: number;
  values: unknown;
}

interface StreamedSheet extends AsyncIterable<StreamedRow> {
  id: unknown;
  name: unknown;
}

async function* rowsOf(sheet: StreamedSheet): AsyncGenerator<RawRow> {
  for await (const row of sheet) {
    const values = row.values as unknown[];
    yield { row: row.number, cells: Array.isArray(values) ? values.slice(1) : [] };
  }
}

/**
 * Streams the worksheets of an XLSX with exceljs's streaming `WorkbookReader` (shared strings and styles
 * cached, so date cells come as dates; hyperlinks ignored), never loading the workbook whole. A sheet
 * whose rows are not iterated is drained by exceljs. Call only on an archive `guardZip` and
 * `inspectXlsx` accepted; exceljs's own errors propagate.
 */
export async function* xlsxSheets(source: ByteSource, info: XlsxInfo): AsyncGenerator<SheetRows> {
  const input = source.stream();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  // exceljs reads the date system from xl/workbook.xml only when it meets that entry; a worksheet
  // stored before it would otherwise fail on its first date cell.
  (reader as unknown as { properties: unknown }).properties = { model: { date1904: info.date1904 } };
  const byKey = new Map(info.sheets.filter((s) => s.readerKey).map((s) => [s.readerKey, s]));
  try {
    for await (const worksheet of reader as unknown as AsyncIterable<StreamedSheet>) {
      const key = `${String(worksheet.id)}|${String(worksheet.name)}`;
      const known = byKey.get(key);
      yield {
        name: known?.name ?? String(worksheet.name),
        hidden: known?.hidden ?? false,
        merges: known?.merges ?? [],
        rows: rowsOf(worksheet),
      };
    }
  } finally {
    input.destroy();
  }
}
