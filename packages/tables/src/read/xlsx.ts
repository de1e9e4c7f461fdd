import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { ByteSource } from './byte-source';
import type { RawRow } from './header';
import type { TableIssue } from './table-issue';
import { isReadPart, LEADING_PARTS, type MergeRange, type XlsxInfo } from './xlsx-inspect';
import type { ZipEntry } from './zip-guard';
import { inflateEntry, Refused } from './zip-inflate';

/** One worksheet as the streaming reader reaches it. */
export interface SheetRows {
  /** The tab name. */
  name: string;
  /** Hidden sheets are skipped unless asked for by name. */
  hidden: boolean;
  /** Its merged ranges (found by `inspectXlsx`, which exceljs's streaming reader does not report). */
  merges: MergeRange[];
  /** Its rows in order, in batches; rows absent from the file (blank and unstyled) are not given. */
  rows: AsyncIterable<RawRow[]>;
}

interface StreamedRow {
  number: number;
  values: unknown;
}

interface StreamedSheet {
  id: unknown;
  name: unknown;
  parse(): AsyncIterable<Array<{ eventType: string; value: unknown }>>;
}

// The rows of a worksheet in the batches exceljs parses them in (one per chunk of XML).
async function* rowsOf(sheet: StreamedSheet): AsyncGenerator<RawRow[]> {
  for await (const events of sheet.parse()) {
    const batch: RawRow[] = [];
    for (const event of events) {
      if (event.eventType !== 'row') continue;
      const row = event.value as StreamedRow;
      const values = row.values as unknown[];
      batch.push({ row: row.number, cells: Array.isArray(values) ? values.slice(1) : [] });
    }
    if (batch.length > 0) yield batch;
  }
}

const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

// The local header of a stored entry (no compression, sizes and CRC up front, no data descriptor).
function storedHeader(name: string, size: number, crc: number): Buffer {
  const path = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(10, 4);
  header.writeUInt16LE(0x0800, 6);
  header.writeUInt32LE(crc >>> 0, 14);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(path.byteLength, 26);
  return Buffer.concat([header, path]);
}

// Where the last complete UTF-8 character of `bytes` ends.
function utf8Boundary(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(4, bytes.byteLength); back += 1) {
    const b = bytes[bytes.byteLength - back] as number;
    if (b < 0x80) return bytes.byteLength - back + 1;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return length <= back ? bytes.byteLength - back + length : bytes.byteLength - back;
    }
  }
  return bytes.byteLength;
}

// The entry's XML, inflated and checked by `inflateEntry`, in chunks that end on character boundaries.
async function* alignedText(source: ByteSource, entry: ZipEntry): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of inflateEntry(source, entry)) {
    const bytes = carry.byteLength > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const cut = utf8Boundary(bytes);
    carry = Buffer.from(bytes.subarray(cut));
    if (cut > 0) yield bytes.subarray(0, cut);
  }
  if (carry.byteLength > 0) yield carry;
}

/**
 * The parts exceljs reads, as a zip stream made for it: the workbook relationships, the workbook, the
 * shared strings (an empty table when the workbook has none) and the styles first, then the worksheets,
 * each a stored entry inflated here (through `inflateEntry`, so with the size and CRC checks) in chunks
 * that end on UTF-8 character boundaries; other parts (images, drawings, properties) are left out, and
 * so is the central directory: an empty end record follows the last entry.
 *
 * Both precautions work around exceljs 4.4's streaming reader. It decodes every chunk of XML on its own
 * (`TextDecoder.decode` without `stream: true`), so a Chinese character split between two inflated
 * chunks becomes two U+FFFD: here no chunk splits a character. And it parks every worksheet met before
 * the shared strings and relationships in a temporary file, whose read stream fails with an unhandled
 * ENOENT (ending the process) when the sheet is not read to the end: in this order it parks nothing.
 * A refusal while streaming (the file changed since it was inspected) ends the stream early, which makes
 * exceljs fail, and is kept in `failure`.
 */
function readerInput(
  source: ByteSource,
  entries: readonly ZipEntry[],
  failure: { issue?: TableIssue },
): Readable {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const ordered: Array<ZipEntry | 'empty-shared-strings'> = [];
  for (const name of LEADING_PARTS) {
    const entry = byName.get(name);
    if (entry) ordered.push(entry);
    else if (name === 'xl/sharedStrings.xml') ordered.push('empty-shared-strings');
  }
  for (const entry of entries)
    if (isReadPart(entry.name) && !LEADING_PARTS.includes(entry.name)) ordered.push(entry);
  async function* parts(): AsyncGenerator<Buffer> {
    try {
      for (const entry of ordered) {
        if (entry === 'empty-shared-strings') {
          yield storedHeader(
            'xl/sharedStrings.xml',
            EMPTY_SHARED_STRINGS.byteLength,
            crc32(EMPTY_SHARED_STRINGS),
          );
          yield EMPTY_SHARED_STRINGS;
          continue;
        }
        yield storedHeader(entry.name, entry.uncompressedSize, entry.crc32);
        yield* alignedText(source, entry);
      }
      // The unzipper reads up to an end record; without one it fails at the end of the stream.
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      yield end;
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      failure.issue = error.issue;
    }
  }
  return Readable.from(parts(), { objectMode: false });
}

/**
 * Streams the worksheets of an XLSX with exceljs's streaming `WorkbookReader` (shared strings and styles
 * cached, so date cells come as dates; hyperlinks ignored) over the input {@link readerInput} makes,
 * never loading the workbook whole; a sheet whose rows are not read is drained by exceljs. Call only on
 * an archive `guardZip` and `inspectXlsx` accepted (their entries, in archive order, are passed on);
 * exceljs's own errors propagate, and a refusal while inflating is put in `failure` as well.
 */
export async function* xlsxSheets(
  source: ByteSource,
  entries: readonly ZipEntry[],
  info: XlsxInfo,
  failure: { issue?: TableIssue } = {},
): AsyncGenerator<SheetRows> {
  const input = readerInput(source, entries, failure);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  // What exceljs would read from xl/workbook.xml, given beforehand so that no order of parts can make
  // it look up sheets or the date system of a workbook it has not met yet.
  const preset = reader as unknown as { properties: unknown; model: unknown };
  preset.properties = { model: { date1904: info.date1904 } };
  preset.model = {
    sheets: info.sheets.map((s) => ({
      id: s.sheetId,
      name: s.name,
      state: s.hidden ? 'hidden' : 'visible',
      rId: s.rId,
    })),
  };
  const byKey = new Map(info.sheets.filter((s) => s.readerKey).map((s) => [s.readerKey, s]));
  try {
    for await (const worksheet of reader as unknown as AsyncIterable<StreamedSheet>) {
      const known = byKey.get(`${String(worksheet.id)}|${String(worksheet.name)}`);
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
