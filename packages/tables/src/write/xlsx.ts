import { once } from 'node:events';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../cells/formula';
import { type CellPlace, xlsxCellValue } from './cell-output';
import {
  assertSheetSpec,
  columnWidth,
  type SheetColumn,
  type SheetColumnType,
  type SheetRow,
  type SheetSpec,
  type WrittenSheet,
} from './sheet';
import { uniqueSheetNames } from './sheet-name';
import { type OpenTarget, openTarget, type WriteTarget } from './target';
import { TableWriteError } from './write-error';

/** Options of {@link writeXlsx} and {@link xlsxBuffer}. */
export interface WriteXlsxOptions {
  /**
   * The workbook's created and modified time (document properties). Defaults to
   * 1980-01-01T00:00:00Z, because library code never reads the clock; pass the report's `asOf`
   * instant to record it.
   */
  created?: Date;
  /** The workbook's author (document properties). Defaults to `Rectify Kit`. */
  creator?: string;
}

/** What {@link writeXlsx} wrote. */
export interface WriteXlsxResult {
  /** Each sheet, in order, with its final name and number of data rows. */
  sheets: WrittenSheet[];
}

// Excel's 1,048,576 rows, less the header and the totals row.
const MAX_DATA_ROWS = 1_048_574;

const DEFAULT_CREATED = new Date(Date.UTC(1980, 0, 1));

// Rows between two backpressure checks (each also yields to the event loop, so the deflater and the
// target get to run even when the rows come from a synchronous generator).
const ROWS_PER_YIELD = 512;

const NUMBER_FORMATS: Partial<Record<SheetColumnType, string>> = {
  code: '@',
  integer: '#,##0',
  decimal: '#,##0.00',
  money: '#,##0.00',
  'money-wan': '#,##0.00',
  ratio: '0.00%',
  date: 'yyyy-mm-dd',
};

const THIN = { style: 'thin', color: { argb: 'FF8E9AAF' } } as const;

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  border: { top: THIN, left: THIN, bottom: THIN, right: THIN },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
};

const TOTALS_BORDER: Partial<ExcelJS.Borders> = {
  top: THIN,
  bottom: { style: 'double', color: { argb: 'FF8E9AAF' } },
};

function columnStyle(type: SheetColumnType): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const numFmt = NUMBER_FORMATS[type];
  if (numFmt !== undefined) style.numFmt = numFmt;
  if (type === 'status' || type === 'boolean') style.alignment = { horizontal: 'center' };
  return style;
}

function rowValues(columns: readonly SheetColumn[], row: SheetRow, place: CellPlace) {
  return columns.map((column) => xlsxCellValue(column, row[column.key], place));
}

function pause(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

// The exceljs worksheet stream hands its XML to the zip entry (a readable-stream 2 PassThrough that
// archiver deflates when it reaches the entry) and ignores the answer of `write`: without a check here
// the whole sheet's XML piles up in that entry while the deflater falls behind. That PassThrough
// predates `writableLength`, so its legacy `_writableState` is read as well.
interface EntryStream {
  writableLength?: number;
  _writableState?: { length?: number };
  once?: unknown;
}

// XML the entry may hold before the writer waits for it to drain: enough to keep the deflater busy.
const ENTRY_BACKLOG = 1024 * 1024;

function entryStreams(worksheet: ExcelJS.Worksheet): EntryStream[] {
  return (worksheet as unknown as { stream?: { pipes?: EntryStream[] } }).stream?.pipes ?? [];
}

async function backpressure(worksheet: ExcelJS.Worksheet, target: OpenTarget, failed: Promise<never>) {
  await pause();
  for (const entry of entryStreams(worksheet)) {
    const buffered = entry.writableLength ?? entry._writableState?.length ?? 0;
    if (buffered > ENTRY_BACKLOG && typeof entry.once === 'function') {
      await Promise.race([once(entry as NodeJS.EventEmitter, 'drain'), failed]);
    }
  }
  await target.drain();
}

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: SheetSpec,
  name: string,
  target: OpenTarget,
  failed: Promise<never>,
): Promise<WrittenSheet> {
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  worksheet.columns = sheet.columns.map((column) => ({ key: column.key, width: columnWidth(column) }));
  // One style object per column, shared by its cells: exceljs caches style ids by object identity,
  // which makes styling a 100,000-row sheet several times cheaper than a style per cell.
  const styles = sheet.columns.map((column) => columnStyle(column.type));
  const addRow = (row: SheetRow, place: CellPlace, rowStyles: readonly Partial<ExcelJS.Style>[]) => {
    const added = worksheet.addRow(rowValues(sheet.columns, row, place));
    for (const [i, style] of rowStyles.entries()) added.getCell(i + 1).style = style;
    added.commit();
  };

  const header = worksheet.addRow(sheet.columns.map((column) => neutraliseFormula(column.header)));
  header.eachCell({ includeEmpty: true }, (cell) => {
    cell.style = HEADER_STYLE;
  });
  header.commit();

  let count = 0;
  for await (const row of sheet.rows) {
    count += 1;
    if (count > MAX_DATA_ROWS) {
      throw new TableWriteError(
        'SHEET_TOO_LONG',
        `sheet ${JSON.stringify(sheet.name)}: more than ${MAX_DATA_ROWS} data rows, Excel's limit; split the rows over several sheets`,
      );
    }
    addRow(row, { sheet: sheet.name, row: count }, styles);
    if (count % ROWS_PER_YIELD === 0) await backpressure(worksheet, target, failed);
  }

  if (sheet.totals !== undefined) {
    const totalsStyles = styles.map((style) => ({ ...style, font: { bold: true }, border: TOTALS_BORDER }));
    addRow(sheet.totals, { sheet: sheet.name, row: 'totals' }, totalsStyles);
  }
  worksheet.commit();
  return { name, rows: count };
}

/**
 * Writes sheets to an XLSX workbook, streaming: each row is committed as soon as it is read from
 * `sheet.rows`, so a 100,000-row sheet is never held in memory. Each sheet gets a bold, filled,
 * bordered header row that stays frozen on scrolling, column widths (see `columnWidth`), the number
 * format of its column type (money in 元 `#,##0.00`, 万元 `#,##0.00`, ratios `0.00%`, dates as real
 * date cells `yyyy-mm-dd`, integers `#,##0`) and text guarded against formula injection; the totals
 * row, when given, is bold with a double bottom border. Sheet names are made valid and unique.
 *
 * A path target is created (or replaced) and removed again if writing fails; a stream target is
 * ended when the workbook is complete and left as it is on failure.
 *
 * Throws {@link TableWriteError} for a malformed sheet or no sheet at all (before anything is
 * written), a value that does not fit its column type (money not integer fen, a date not
 * `YYYY-MM-DD` …) or a sheet longer than Excel's 1,048,576 rows; rethrows the target's stream error.
 *
 * @example await writeXlsx([{ name: '收支明细', columns, rows }], 'out.xlsx')
 */
export async function writeXlsx(
  sheets: readonly SheetSpec[],
  target: WriteTarget,
  options: WriteXlsxOptions = {},
): Promise<WriteXlsxResult> {
  if (sheets.length === 0) throw new TableWriteError('INVALID_SHEET', 'a workbook needs at least one sheet');
  for (const sheet of sheets) assertSheetSpec(sheet);
  const names = uniqueSheetNames(sheets.map((sheet) => sheet.name));
  const out = openTarget(target);
  const created = options.created ?? DEFAULT_CREATED;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out.stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = options.creator ?? 'Rectify Kit';
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = created;
  workbook.modified = created;

  const zip = (workbook as unknown as { zip: NodeJS.EventEmitter }).zip;
  const zipFailure = new Promise<never>((_, reject) => zip.once('error', reject));
  zipFailure.catch(() => undefined);
  const failed = Promise.race([out.failure, zipFailure]);

  try {
    const written: WrittenSheet[] = [];
    for (const [index, sheet] of sheets.entries()) {
      const work = writeSheet(workbook, sheet, names[index] ?? sheet.name, out, failed);
      written.push(await Promise.race([work, failed]));
    }
    await Promise.race([workbook.commit(), failed]);
    await out.closed();
    return { sheets: written };
  } catch (error) {
    await out.abandon();
    throw error;
  }
}

/**
 * Writes sheets to an XLSX workbook in memory, as {@link writeXlsx} does to a file. Meant for small
 * outputs (a report, a test); stream large sheets to a file or response with {@link writeXlsx}.
 */
export async function xlsxBuffer(
  sheets: readonly SheetSpec[],
  options: WriteXlsxOptions = {},
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await writeXlsx(sheets, sink, options);
  const buffer = Buffer.concat(chunks);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
