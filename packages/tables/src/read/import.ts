import { RECORD_SCHEMAS, type RecordKind, type RecordOf, validate } from '@rectify/schemas';
import type { TextEncoding, TextEncodingName } from '../cells/encoding';
import type { MoneyUnit } from '../cells/money';
import { normaliseText } from '../cells/text';
import type { CellIssue } from '../cells/types';
import { type ByteSource, bytesSource, fileSource } from './byte-source';
import { type CompiledMapping, compileMapping, recordSchema } from './compile-mapping';
import { CsvMalformed, csvRows } from './csv';
import { detectHeader, HEADER_SEARCH_ROWS, isBlankRow, type RawRow } from './header';
import type { RecordMapping } from './mapping';
import { MAPPINGS } from './mappings/index';
import { TableReadError } from './read-error';
import { getPath, setPath } from './record-path';
import { type RowResult, SheetReader } from './row-reader';
import { type TableIssue, tableIssue } from './table-issue';
import { resolveEncoding } from './text-stream';
import { type SheetRows, xlsxSheets } from './xlsx';
import { inspectXlsx } from './xlsx-inspect';
import { DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_MAX_UNCOMPRESSED_BYTES, guardZip } from './zip-guard';

/** A table file format. */
export type TableFormat = 'csv' | 'xlsx';

/** Options of {@link importTable} and {@link streamTable}. */
export interface ImportOptions<K extends RecordKind = RecordKind> {
  /** The record kind the rows become. */
  kind: K;
  /** How columns map to fields. Defaults to the kit's declared mapping for `kind` (`MAPPINGS[kind]`). */
  mapping?: RecordMapping<K>;
  /**
   * The file format. Defaults to what the bytes say: a zip archive (`PK`) is XLSX, anything else that
   * is not a known binary format (PNG, PDF, an old `.xls` …) is CSV.
   */
  format?: TableFormat;
  /** For XLSX: the worksheet to read. Defaults to the first visible sheet whose header matches the mapping. */
  sheet?: string;
  /** For CSV: the text encoding (`gbk` and `gb2312` are read as GB18030). Defaults to detection. */
  encoding?: TextEncodingName;
  /** For CSV: the field delimiter. Defaults to the most frequent of `,`, tab, `;` and `|` in the header. */
  delimiter?: string;
  /** Field paths and values every record gets, over the mapping's constants; cells win over both. */
  constants?: Readonly<Record<string, unknown>>;
  /** Most rows read below the header; beyond, reading stops with a `ROWS_LIMIT` issue. Defaults to 1,000,000. */
  maxRows?: number;
  /** Most issues `importTable` lists; counts stay complete. Defaults to 10,000. */
  maxIssues?: number;
  /** For XLSX: the largest total uncompressed size accepted. Defaults to 512 MiB. */
  maxUncompressedBytes?: number;
  /** For XLSX: the largest expansion ratio of one part (over 1 MiB). Defaults to 200. */
  maxCompressionRatio?: number;
}

/** How the rows below the header ended up; `read = imported + rejected + blank + subtotal + skipped`. */
export interface ImportCounts {
  /** Rows below the header, up to the last one in the file. */
  read: number;
  /** Rows that gave a valid record. */
  imported: number;
  /** Rows with an error; each has its issues. */
  rejected: number;
  /** Rows with nothing to read. */
  blank: number;
  /** 合计 / 小计 / 总计 rows. */
  subtotal: number;
  /** Notes, repeated headers, rows with text only in columns that are not read. */
  skipped: number;
}

/** A column that was read. */
export interface ImportedColumn {
  /** `C 小区名称`: the letter and the header text as found. */
  column: string;
  /** The field it fills. */
  field: string;
  /** For money: the unit its amounts were read in. */
  unit?: MoneyUnit;
}

/** Everything about an import but the records: where the table was, what was read, how rows ended up. */
export interface ImportSummary<K extends RecordKind = RecordKind> {
  /** The record kind. */
  kind: K;
  /** The format read. */
  format: TableFormat;
  /** For CSV: the encoding used. */
  encoding?: TextEncoding;
  /** For XLSX: the worksheet read. */
  sheet?: string;
  /** The header row (the lower row of a two-row header); 0 when no header was found. */
  headerRow: number;
  /** The columns read, left to right. */
  columns: ImportedColumn[];
  /** Issues about the whole file or sheet (encoding, header, columns, limits). */
  issues: TableIssue[];
  /** How the rows ended up. */
  counts: ImportCounts;
}

/** The result of {@link importTable}. */
export interface ImportReport<K extends RecordKind = RecordKind> extends ImportSummary<K> {
  /** The valid records, in row order. */
  records: RecordOf<K>[];
}

/** The rows of a table as they are read; `summary` is complete once the iteration ends. */
export interface TableStream<K extends RecordKind = RecordKind> extends AsyncIterable<RowResult<K>> {
  /** Filled in as the file is read; final after the last row. */
  readonly summary: ImportSummary<K>;
}

const DEFAULT_MAX_ROWS = 1_000_000;
const DEFAULT_MAX_ISSUES = 10_000;
const SERIAL_HEADER = /^(?:序号|序|行号|no\.?|#)$/i;

interface Sniffed {
  format?: TableFormat;
  refused?: TableIssue;
}

const BINARY: ReadonlyArray<[number[], string, string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片', 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片', 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片', 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文档', 'a PDF document'],
  [
    [0xd0, 0xcf, 0x11, 0xe0],
    '旧版 Excel（.xls）或加密的工作簿',
    'an old Excel (.xls) file or an encrypted workbook',
  ],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包', 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩包', 'a 7z archive'],
  [[0x1f, 0x8b], 'gzip 压缩文件', 'a gzip file'],
];

function sniff(head: Uint8Array, path: string | undefined, format: TableFormat | undefined): Sniffed {
  const zip = head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7);
  const wantsXlsx =
    format === 'xlsx' || (format === undefined && path !== undefined && /\.xls[xm]$/i.test(path));
  if (zip) {
    if (format === 'csv') {
      return {
        refused: tableIssue(
          'FILE_TYPE_UNSUPPORTED',
          '文件是 XLSX 工作簿或压缩包，不是 CSV 文本；请按 XLSX 导入。',
          'The file is an XLSX workbook or a zip archive, not CSV text; import it as XLSX.',
        ),
      };
    }
    return { format: 'xlsx' };
  }
  for (const [magic, zh, en] of BINARY) {
    if (!magic.every((b, i) => head[i] === b)) continue;
    return {
      refused: wantsXlsx
        ? tableIssue(
            'XLSX_CORRUPT',
            `文件不是 XLSX 工作簿（看起来是${zh}），请用 Excel 或 WPS 另存为 XLSX 后上传。`,
            `The file is not an XLSX workbook (it looks like ${en}); save it as XLSX with Excel or WPS and upload it.`,
          )
        : tableIssue(
            'FILE_TYPE_UNSUPPORTED',
            `文件不是 CSV 或 XLSX 表格（看起来是${zh}），请另存为 XLSX 或“CSV UTF-8”后上传。`,
            `The file is neither CSV nor XLSX (it looks like ${en}); save it as XLSX or "CSV UTF-8" and upload it.`,
          ),
    };
  }
  return { format: wantsXlsx ? 'xlsx' : 'csv' };
}

function fromCellIssue(issue: CellIssue): TableIssue {
  const out: TableIssue = { code: issue.code, severity: issue.severity, message: issue.message };
  if (issue.original) out.original = issue.original;
  return out;
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new TableReadError('INVALID_OPTION', `${name} must be a positive integer, got ${String(value)}`);
  }
  return value;
}

interface Settings {
  compiled: CompiledMapping;
  constants: Array<[string[], unknown]>;
  maxRows: number;
}

function settle<K extends RecordKind>(input: unknown, options: ImportOptions<K>): Settings {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TableReadError('INVALID_OPTION', 'input must be a file path or a Uint8Array');
  }
  if (!options || !(options.kind in RECORD_SCHEMAS)) {
    throw new TableReadError('INVALID_OPTION', `kind must be a record kind, got ${String(options?.kind)}`);
  }
  const mapping = (options.mapping ?? MAPPINGS[options.kind as keyof typeof MAPPINGS]) as
    | RecordMapping
    | undefined;
  if (!mapping) {
    throw new TableReadError(
      'MAPPING_MISSING',
      `no mapping is declared for ${options.kind}; pass options.mapping`,
    );
  }
  if (mapping.kind !== options.kind) {
    throw new TableReadError('INVALID_OPTION', `the mapping is for ${mapping.kind}, not ${options.kind}`);
  }
  if (options.format !== undefined && options.format !== 'csv' && options.format !== 'xlsx') {
    throw new TableReadError(
      'INVALID_OPTION',
      `format must be 'csv' or 'xlsx', got ${String(options.format)}`,
    );
  }
  if (options.encoding !== undefined) resolveEncoding(options.encoding);
  if (options.sheet !== undefined && typeof options.sheet !== 'string') {
    throw new TableReadError('INVALID_OPTION', 'sheet must be a string');
  }
  positiveInteger('maxIssues', options.maxIssues, DEFAULT_MAX_ISSUES);
  const compiled = compileMapping(mapping);
  const constants: Array<[string[], unknown]> = [
    ...compiled.constants,
    ...Object.entries(options.constants ?? {}).map(([path, value]): [string[], unknown] => [
      path.split('/'),
      value,
    ]),
  ];
  return { compiled, constants, maxRows: positiveInteger('maxRows', options.maxRows, DEFAULT_MAX_ROWS) };
}

function sameSheet(a: string, b: string): boolean {
  return a === b || normaliseText(a) === normaliseText(b);
}

async function* readTable<K extends RecordKind>(
  input: string | Uint8Array,
  options: ImportOptions<K>,
  settings: Settings,
  summary: ImportSummary<K>,
): AsyncGenerator<RowResult<K>[]> {
  const fileIssue = (issue: TableIssue) => summary.issues.push(issue);
  const streamFailure: { issue?: TableIssue } = {};
  let source: ByteSource;
  try {
    source = typeof input === 'string' ? await fileSource(input) : bytesSource(input);
  } catch {
    fileIssue(
      tableIssue(
        'FILE_UNREADABLE',
        '无法打开文件，请确认文件存在且可读。',
        'The file cannot be opened; check that it exists and can be read.',
      ),
    );
    return;
  }
  try {
    if (source.size === 0) {
      fileIssue(tableIssue('FILE_EMPTY', '文件是空的（0 字节）。', 'The file is empty (0 bytes).'));
      return;
    }
    const sniffed = sniff(await source.read(0, 8), source.path, options.format);
    if (sniffed.refused) {
      summary.format = sniffed.refused.code === 'XLSX_CORRUPT' ? 'xlsx' : (options.format ?? 'csv');
      fileIssue(sniffed.refused);
      return;
    }
    summary.format = sniffed.format ?? 'csv';
    let sheets: AsyncIterable<SheetRows>;
    let date1904 = false;
    let sheetNames: string[] = [];
    if (summary.format === 'xlsx') {
      const guard = await guardZip(source, {
        maxUncompressedBytes: options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES,
        maxCompressionRatio: options.maxCompressionRatio ?? DEFAULT_MAX_COMPRESSION_RATIO,
      });
      if (!guard.ok) {
        fileIssue(guard.issue);
        return;
      }
      const inspected = await inspectXlsx(source, guard.entries);
      if (!inspected.ok) {
        fileIssue(inspected.issue);
        return;
      }
      date1904 = inspected.info.date1904;
      sheetNames = inspected.info.sheets.map((s) => s.name);
      sheets = xlsxSheets(source, guard.entries, inspected.info, streamFailure);
    } else {
      const rows = csvRows(source, {
        ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
        ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}),
        onEncoding: (choice) => {
          summary.encoding = choice.encoding;
          for (const issue of choice.issues) fileIssue(fromCellIssue(issue));
        },
      });
      sheets = (async function* (): AsyncGenerator<SheetRows> {
        yield { name: '', hidden: false, merges: [], rows };
      })();
    }
    let found = false;
    let named = false;
    for await (const sheet of sheets) {
      if (options.sheet !== undefined ? !sameSheet(sheet.name, options.sheet) : sheet.hidden) continue;
      named = true;
      const outcome = yield* readSheet(
        sheet,
        summary.format === 'xlsx' ? sheet.name : undefined,
        date1904,
        options,
        settings,
        summary,
      );
      if (outcome === 'read') {
        found = true;
        break;
      }
      if (options.sheet !== undefined) break;
    }
    if (!found && options.sheet !== undefined && !named) {
      fileIssue(
        tableIssue(
          'SHEET_NOT_FOUND',
          `工作簿中没有名为“${options.sheet}”的工作表（现有：${sheetNames.join('、')}）。`,
          `The workbook has no sheet named "${options.sheet}" (it has: ${sheetNames.join(', ')}).`,
        ),
      );
    } else if (!found) {
      const expected = settings.compiled.columns
        .filter((c) => c.required)
        .concat(settings.compiled.columns.filter((c) => !c.required))
        .slice(0, 6)
        .map((c) => c.headers[0]);
      fileIssue(
        tableIssue(
          'HEADER_NOT_FOUND',
          `前 ${HEADER_SEARCH_ROWS} 行中找不到“${settings.compiled.mapping.title['zh-CN']}”的表头（应包含 ${expected.join('、')} 等列），请检查是否选错了表格或模板。`,
          `No header of the table "${settings.compiled.mapping.title.en}" in the first ${HEADER_SEARCH_ROWS} rows (expected columns such as ${expected.join(', ')}); check that the right table or template was uploaded.`,
        ),
      );
    }
  } catch (error) {
    if (error instanceof TableReadError) throw error;
    if (error instanceof CsvMalformed) {
      const where = error.line === undefined ? '' : `第 ${error.line} 行附近`;
      const whereEn = error.line === undefined ? '' : ` near line ${error.line}`;
      fileIssue(
        tableIssue(
          'CSV_MALFORMED',
          `CSV 格式有误${where ? `（${where}）` : ''}：可能有未闭合的引号，此后的行未能读取；请用表格软件重新导出。`,
          `The CSV is malformed${whereEn} (${error.reason}), probably an unclosed quote; the rows after it were not read. Export it again from the spreadsheet.`,
        ),
      );
    } else if (summary.format === 'xlsx' && streamFailure.issue) {
      fileIssue(streamFailure.issue);
    } else if (summary.format === 'xlsx') {
      fileIssue(
        tableIssue(
          'XLSX_CORRUPT',
          '工作簿内容无法解析，文件可能已损坏，此后的行未能读取；请用 Excel 或 WPS 重新保存后上传。',
          'The workbook cannot be parsed and may be damaged; the rows after the problem were not read. Save it again with Excel or WPS and upload it.',
        ),
      );
    } else {
      fileIssue(
        tableIssue(
          'FILE_UNREADABLE',
          '读取文件时出错，请重新上传。',
          'The file could not be read to the end; upload it again.',
        ),
      );
    }
  } finally {
    await source.close();
  }
}

async function* readSheet<K extends RecordKind>(
  sheet: SheetRows,
  sheetName: string | undefined,
  date1904: boolean,
  options: ImportOptions<K>,
  settings: Settings,
  summary: ImportSummary<K>,
): AsyncGenerator<RowResult<K>[], 'read' | 'no-header'> {
  const iterator = sheet.rows[Symbol.asyncIterator]();
  const pulled: RawRow[] = [];
  const buffered: RawRow[] = [];
  let exhausted = false;
  // A file that breaks off (an unclosed quote, a damaged part) still gives the rows before the break.
  let broken: { error: unknown } | undefined;
  while (buffered.length <= HEADER_SEARCH_ROWS) {
    let next: IteratorResult<RawRow[]>;
    try {
      next = await iterator.next();
    } catch (error) {
      broken = { error };
      exhausted = true;
      break;
    }
    if (next.done) {
      exhausted = true;
      break;
    }
    for (const raw of next.value) {
      pulled.push(raw);
      if (!isBlankRow(raw)) buffered.push(raw);
    }
  }
  const header = detectHeader(buffered, settings.compiled, sheet.merges);
  if (!header) {
    if (broken) throw broken.error;
    if (!exhausted) await iterator.return?.(undefined);
    return 'no-header';
  }
  if (sheetName !== undefined) summary.sheet = sheetName;
  summary.headerRow = header.lastRow;
  summary.columns = header.bound.map((b) => {
    const unit =
      b.column.type === 'money' ? (b.unit ?? header.defaultUnit ?? b.column.unit ?? 'yuan') : undefined;
    return { column: b.label, field: b.column.field, ...(unit ? { unit } : {}) };
  });
  const place = (issue: TableIssue, column?: string) => {
    if (sheetName !== undefined) issue.sheet = sheetName;
    issue.row = header.lastRow;
    if (column !== undefined) issue.column = column;
    summary.issues.push(issue);
  };
  for (const column of header.missing) {
    const name = column.headers[0] ?? column.field;
    place(
      tableIssue(
        'COLUMN_MISSING',
        `表头中缺少必填列“${name}”。`,
        `The header lacks the required column "${name}".`,
      ),
      name,
    );
  }
  for (const column of header.unbound) {
    const text = column.label.slice(column.label.indexOf(' ') + 1);
    if (column.reason === 'ignored' && SERIAL_HEADER.test(text)) continue;
    place(
      column.reason === 'duplicate'
        ? tableIssue(
            'COLUMN_DUPLICATE',
            '该列与前面的列对应同一字段，已忽略。',
            'The column fills the same field as an earlier column; ignored.',
            'warning',
          )
        : tableIssue(
            'COLUMN_IGNORED',
            '表头无法对应到任何字段，该列未导入。',
            'The header matches no field; the column was not read.',
            'warning',
          ),
      column.label,
    );
  }
  const reader = new SheetReader<K>(options.kind, {
    compiled: settings.compiled,
    header,
    ...(sheetName !== undefined ? { sheet: sheetName } : {}),
    date1904,
    constants: settings.constants,
    merges: sheet.merges,
  });
  const counts = summary.counts;
  let next = header.lastRow + 1;
  let limited = false;
  // Reads one batch of rows; false once the row limit is reached.
  const readBatch = (batch: readonly RawRow[], out: RowResult<K>[]): boolean => {
    for (const raw of batch) {
      if (raw.row < next) continue;
      // Rows absent from an XLSX have nothing of their own: blank, merged cells above or not.
      if (next < raw.row) {
        const gap = Math.min(raw.row - next, settings.maxRows - counts.read);
        counts.read += gap;
        counts.blank += gap;
        next += gap;
      }
      if (counts.read >= settings.maxRows) {
        limited = true;
        const issue = tableIssue(
          'ROWS_LIMIT',
          `表格超过 ${settings.maxRows} 行上限，从第 ${next} 行起未读取；请拆分后分别上传。`,
          `The table has more than ${settings.maxRows} rows; rows from ${next} on were not read. Split it and upload the parts.`,
        );
        if (sheetName !== undefined) issue.sheet = sheetName;
        issue.row = next;
        summary.issues.push(issue);
        return false;
      }
      const outcome = reader.read(raw);
      counts.read += 1;
      next = raw.row + 1;
      if (outcome === 'blank') counts.blank += 1;
      else {
        counts[outcome.status] += 1;
        out.push(outcome);
      }
    }
    return true;
  };
  try {
    const first: RowResult<K>[] = [];
    let going = readBatch(pulled, first);
    if (first.length > 0) yield first;
    if (broken && going) throw broken.error;
    while (going && !exhausted) {
      const step = await iterator.next();
      if (step.done) {
        exhausted = true;
        break;
      }
      const out: RowResult<K>[] = [];
      going = readBatch(step.value, out);
      if (out.length > 0) yield out;
    }
  } finally {
    if (limited || !exhausted) await iterator.return?.(undefined);
  }
  return 'read';
}

/**
 * Streams the rows of a CSV or XLSX table as records of `options.kind`, one {@link RowResult} per row
 * below the header that is not blank, never holding the sheet twice: CSV is decoded and parsed chunk by
 * chunk (GBK/GB18030 detected, see `decodeChunks`), XLSX read with exceljs's streaming reader after the
 * archive passed `guardZip` and `inspectXlsx` (zip bombs, truncation). The header is found among the
 * first 20 rows; merged cells carry their value down; blank, subtotal and note rows are counted, not
 * imported; every cell goes through its column's parser and every record through `validate()`, and
 * nothing is dropped without an issue or a count. `summary` holds file-level issues and the counts, final
 * once the iteration ends. Throws `TableReadError` only for misuse (unknown kind, malformed mapping, bad
 * option); a bad file gives issues. Iterate once.
 *
 * @example
 * const stream = streamTable('ledger.xlsx', { kind: 'problem' });
 * for await (const row of stream) if (row.record) await save(row.record);
 * console.log(stream.summary.counts);
 */
export function streamTable<K extends RecordKind>(
  input: string | Uint8Array,
  options: ImportOptions<K>,
): TableStream<K> {
  const { summary, batches } = streamBatches(input, options);
  let started = false;
  return {
    summary,
    [Symbol.asyncIterator](): AsyncIterator<RowResult<K>> {
      if (started) throw new TableReadError('INVALID_OPTION', 'a table stream can be iterated only once');
      started = true;
      // Rows come from the readers in batches (a chunk of CSV, a chunk of sheet XML); handing them out
      // from the batch keeps the per-row cost of the iteration low.
      let current: RowResult<K>[] = [];
      let at = 0;
      return {
        async next(): Promise<IteratorResult<RowResult<K>>> {
          while (at >= current.length) {
            const step = await batches.next();
            if (step.done) return { done: true, value: undefined };
            current = step.value;
            at = 0;
          }
          return { done: false, value: current[at++] as RowResult<K> };
        },
        async return(): Promise<IteratorResult<RowResult<K>>> {
          await batches.return(undefined);
          return { done: true, value: undefined };
        },
      };
    },
  };
}

function streamBatches<K extends RecordKind>(
  input: string | Uint8Array,
  options: ImportOptions<K>,
): { summary: ImportSummary<K>; batches: AsyncGenerator<RowResult<K>[]> } {
  const settings = settle(input, options);
  const summary: ImportSummary<K> = {
    kind: options.kind,
    format: options.format ?? 'csv',
    headerRow: 0,
    columns: [],
    issues: [],
    counts: { read: 0, imported: 0, rejected: 0, blank: 0, subtotal: 0, skipped: 0 },
  };
  return { summary, batches: readTable(input, options, settings, summary) };
}

// Line sheets: the rows of one record (same key) are joined into it, in row order.
function joinLines<K extends RecordKind>(
  mapping: RecordMapping<K>,
  rows: ReadonlyArray<{ row: number; sheet?: string; record: RecordOf<K> }>,
  kind: K,
  counts: ImportCounts,
  issues: TableIssue[],
): RecordOf<K>[] {
  const lines = mapping.lines;
  if (!lines) return rows.map((r) => r.record);
  const groups = new Map<
    string,
    { first: { row: number; sheet?: string }; rows: number; record: Record<string, unknown> }
  >();
  for (const { row, sheet, record } of rows) {
    const key = JSON.stringify(lines.key.map((k) => getPath(record, k.split('/')) ?? null));
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        first: { row, ...(sheet !== undefined ? { sheet } : {}) },
        rows: 1,
        record: structuredClone(record) as Record<string, unknown>,
      });
      continue;
    }
    group.rows += 1;
    for (const target of new Set(Object.values(lines.targets))) {
      const into = (group.record[target] ?? []) as unknown[];
      const more = ((record as Record<string, unknown>)[target] ?? []) as unknown[];
      setPath(group.record, [target], [...into, ...more]);
    }
  }
  const out: RecordOf<K>[] = [];
  for (const group of groups.values()) {
    const report = validate(kind, group.record, { maxIssues: 20 });
    if (report.valid) {
      out.push(recordSchema(kind).parse(group.record) as RecordOf<K>);
      for (const found of report.issues) {
        issues.push({
          code: found.code,
          severity: found.severity,
          ...group.first,
          path: found.path,
          message: found.message,
        });
      }
      continue;
    }
    counts.imported -= group.rows;
    counts.rejected += group.rows;
    for (const found of report.issues) {
      issues.push({
        code: found.code,
        severity: found.severity,
        ...group.first,
        path: found.path,
        message: found.message,
      });
    }
  }
  return out;
}

/**
 * Reads a whole CSV or XLSX table into records of `options.kind` (see {@link streamTable} for how), with
 * every issue placed by sheet, row and column, and the counts of read, imported, rejected, blank,
 * subtotal and skipped rows. For a line sheet (a mapping with `lines`, such as the quarterly disclosure
 * lines), the rows of one record are joined into it. Never throws on a bad file; throws `TableReadError`
 * on misuse.
 *
 * @example
 * const report = await importTable(bytes, { kind: 'community' });
 * report.records; // Community[]
 * report.issues; // [{ row: 7, column: 'C 统一社会信用代码', code: 'USCC_CHECK_CHARACTER', … }]
 */
export async function importTable<K extends RecordKind>(
  input: string | Uint8Array,
  options: ImportOptions<K>,
): Promise<ImportReport<K>> {
  const { summary, batches } = streamBatches(input, options);
  const maxIssues = options.maxIssues ?? DEFAULT_MAX_ISSUES;
  const mapping = compileMapping(
    (options.mapping ?? MAPPINGS[options.kind as keyof typeof MAPPINGS]) as RecordMapping,
  ).mapping as RecordMapping<K>;
  const imported: Array<{ row: number; sheet?: string; record: RecordOf<K> }> = [];
  const rowIssues: TableIssue[] = [];
  let total = 0;
  const keep = (issue: TableIssue) => {
    total += 1;
    if (rowIssues.length < maxIssues) rowIssues.push(issue);
  };
  for await (const batch of batches) {
    for (const row of batch) {
      if (row.record)
        imported.push({
          row: row.row,
          ...(row.sheet !== undefined ? { sheet: row.sheet } : {}),
          record: row.record,
        });
      for (const issue of row.issues) keep(issue);
    }
  }
  const joinIssues: TableIssue[] = [];
  const records = joinLines(mapping, imported, options.kind, summary.counts, joinIssues);
  for (const issue of joinIssues) keep(issue);
  total += summary.issues.length;
  let issues = [...summary.issues, ...rowIssues];
  if (total > issues.length || issues.length > maxIssues) {
    issues = issues.slice(0, maxIssues);
    issues.push(
      tableIssue(
        'TOO_MANY_ISSUES',
        `问题过多（共 ${total} 条），仅列出前 ${maxIssues} 条。`,
        `Too many issues (${total}); only the first ${maxIssues} are listed.`,
        'warning',
      ),
    );
  }
  return { ...summary, issues, records };
}
