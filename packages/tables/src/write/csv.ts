import { once } from 'node:events';
import { neutraliseFormula } from '../cells/formula';
import { type CsvMoneyUnit, csvFieldText } from './cell-output';
import { assertSheetSpec, type SheetColumn, type SheetRow, type SheetSpec } from './sheet';
import { openTarget, type WriteTarget } from './target';
import { TableWriteError } from './write-error';

/** Options of {@link writeCsv} and {@link csvString}. */
export interface WriteCsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read Chinese text as UTF-8. Defaults to `true`. */
  bom?: boolean;
  /**
   * `'yuan'` writes money as plain decimal 元 (`1234.56`, 万元 columns as `12.3456`), `'fen'` as integer
   * fen (for machine exchange, with headers to match). Defaults to `'yuan'`.
   */
  moneyAs?: CsvMoneyUnit;
}

/** What {@link writeCsv} wrote. */
export interface WriteCsvResult {
  /** The number of data rows written, not counting the header and the totals row. */
  rows: number;
}

const BOM = '\ufeff';
// RFC 4180 line end; Excel also expects it.
const EOL = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;
// Characters gathered before one write to the target: few enough write calls, little memory.
const CHUNK_CHARS = 64 * 1024;

function quote(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function headerLine(columns: readonly SheetColumn[]): string {
  return columns.map((column) => quote(neutraliseFormula(column.header))).join(',') + EOL;
}

function rowLine(sheet: SheetSpec, row: SheetRow, place: number | 'totals', moneyAs: CsvMoneyUnit): string {
  let line = '';
  for (const [i, column] of sheet.columns.entries()) {
    if (i > 0) line += ',';
    line += quote(csvFieldText(column, row[column.key], { sheet: sheet.name, row: place }, moneyAs));
  }
  return line + EOL;
}

function settle(options: WriteCsvOptions): { bom: boolean; moneyAs: CsvMoneyUnit } {
  const moneyAs = options.moneyAs ?? 'yuan';
  if (moneyAs !== 'yuan' && moneyAs !== 'fen') {
    throw new TableWriteError('INVALID_OPTION', `moneyAs must be 'yuan' or 'fen', got ${String(moneyAs)}`);
  }
  return { bom: options.bom ?? true, moneyAs };
}

/**
 * Writes one sheet as CSV, streaming with backpressure: RFC 4180 quoting (fields holding `,`, `"`, CR
 * or LF are quoted, quotes doubled), CRLF line ends, a UTF-8 BOM by default; money as a plain decimal
 * in 元 with no thousands separators, so it re-imports exactly; dates `YYYY-MM-DD`; booleans `是`/`否`;
 * text guarded against formula injection. The totals row, when given, is the last line.
 *
 * A path target is created (or replaced) and removed again if writing fails; a stream target is
 * ended when the CSV is complete and left as it is on failure.
 *
 * Throws {@link TableWriteError} for a malformed sheet (before anything is written) or a value that
 * does not fit its column type.
 *
 * @example await writeCsv({ name: '收支明细', columns, rows }, 'out.csv')
 */
export async function writeCsv(
  sheet: SheetSpec,
  target: WriteTarget,
  options: WriteCsvOptions = {},
): Promise<WriteCsvResult> {
  assertSheetSpec(sheet);
  const { bom, moneyAs } = settle(options);
  const out = openTarget(target);
  const { stream } = out;
  let chunk = (bom ? BOM : '') + headerLine(sheet.columns);
  let rows = 0;
  try {
    for await (const row of sheet.rows) {
      rows += 1;
      chunk += rowLine(sheet, row, rows, moneyAs);
      if (chunk.length >= CHUNK_CHARS) {
        const more = stream.write(chunk, 'utf8');
        chunk = '';
        if (!more) await out.drain();
      }
    }
    if (sheet.totals !== undefined) chunk += rowLine(sheet, sheet.totals, 'totals', moneyAs);
    const finished = once(stream, 'finish');
    stream.end(chunk, 'utf8');
    await Promise.race([finished, out.failure]);
    await out.closed();
    return { rows };
  } catch (error) {
    await out.abandon();
    throw error;
  }
}

/**
 * The CSV text of one sheet whose rows are in memory, as {@link writeCsv} would write it (including
 * the BOM character unless `bom: false`). Meant for small outputs; stream large sheets with
 * {@link writeCsv}.
 */
export function csvString(
  sheet: SheetSpec & { rows: Iterable<SheetRow> },
  options: WriteCsvOptions = {},
): string {
  assertSheetSpec(sheet);
  if (!(Symbol.iterator in sheet.rows)) {
    throw new TableWriteError('INVALID_SHEET', 'csvString needs rows in memory (an Iterable); use writeCsv');
  }
  const { bom, moneyAs } = settle(options);
  const parts = [(bom ? BOM : '') + headerLine(sheet.columns)];
  let rows = 0;
  for (const row of sheet.rows) {
    rows += 1;
    parts.push(rowLine(sheet, row, rows, moneyAs));
  }
  if (sheet.totals !== undefined) parts.push(rowLine(sheet, sheet.totals, 'totals', moneyAs));
  return parts.join('');
}
