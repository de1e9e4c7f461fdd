import type { RecordKind } from '@rectify/schemas';
import type { TableIssueLike, TablesPort } from '../optional-modules';
import type { InputFile } from './input-file';
import { type CliIssue, inputIssue } from './input-issue';
import type { LoadedPart } from './loaded-part';

/** Table reader codes after which the file cannot be used as a whole (exit code 2). */
const FATAL_TABLE_CODES = new Set([
  'FILE_EMPTY',
  'FILE_TYPE_UNSUPPORTED',
  'FILE_UNREADABLE',
  'XLSX_CORRUPT',
  'XLSX_ZIP_BOMB',
  'CSV_MALFORMED',
  'SHEET_NOT_FOUND',
  'HEADER_NOT_FOUND',
  'ROWS_LIMIT',
  'COLUMN_MISSING',
]);

function fromTableIssue(file: InputFile, issue: TableIssueLike): CliIssue {
  return {
    code: issue.code,
    severity: issue.severity,
    fatal: issue.severity === 'error' && FATAL_TABLE_CODES.has(issue.code),
    file: file.display,
    ...(issue.sheet !== undefined ? { sheet: issue.sheet } : {}),
    ...(issue.row !== undefined ? { row: issue.row } : {}),
    ...(issue.column !== undefined ? { column: issue.column } : {}),
    ...(issue.path !== undefined ? { path: issue.path } : {}),
    ...(issue.original !== undefined ? { original: issue.original } : {}),
    message: issue.message,
  };
}

/** The record kinds `@rectify/tables` declares a column mapping for. */
export function tableKinds(tables: TablesPort): RecordKind[] {
  return Object.keys(tables.MAPPINGS) as RecordKind[];
}

/**
 * Which declared table the file is: the kind whose header is found with the most columns bound (a missing
 * required column costs three). `undefined` when none or several fit equally; with the first file-level
 * problem (an empty file, a broken workbook) when the file cannot be read at all.
 */
export async function detectTableKind(
  tables: TablesPort,
  path: string,
): Promise<{ kind?: RecordKind; unreadable?: TableIssueLike }> {
  let best: { kind: RecordKind; score: number } | undefined;
  let tie = false;
  for (const kind of tableKinds(tables)) {
    const stream = tables.streamTable(path, { kind });
    for await (const _row of stream) break;
    const { summary } = stream;
    const broken = summary.issues.find(
      (i) =>
        i.severity === 'error' &&
        FATAL_TABLE_CODES.has(i.code) &&
        i.row === undefined &&
        i.code !== 'HEADER_NOT_FOUND',
    );
    if (broken) return { unreadable: broken };
    if (summary.headerRow === 0) continue;
    const missing = summary.issues.filter((i) => i.code === 'COLUMN_MISSING').length;
    const score = summary.columns.length - 3 * missing;
    if (!best || score > best.score) {
      best = { kind, score };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  return best && !tie ? { kind: best.kind } : {};
}

/**
 * Reads a CSV or XLSX file with `importTable` of `@rectify/tables` (Chinese headers, GBK detection, merged
 * cells, row-level issues), as records of `kind` or of the kind its header shows. Never throws for a bad
 * file: the issues say what happened, file-level ones fatal.
 */
export async function readTablePart(
  file: InputFile,
  kind: RecordKind | undefined,
  tables: TablesPort | undefined,
): Promise<LoadedPart> {
  const base = { file, part: 1, shape: 'table' as const, records: {}, place: () => ({}) };
  if (!tables) return { ...base, issues: [inputIssue('TABLES_NOT_AVAILABLE', {}, { file: file.display })] };
  const known = tableKinds(tables);
  let chosen = kind;
  if (chosen !== undefined && !known.includes(chosen))
    return {
      ...base,
      issues: [
        inputIssue('KIND_NOT_TABULAR', { kind: chosen, kinds: known.join(', ') }, { file: file.display }),
      ],
    };
  if (chosen === undefined) {
    const detected = await detectTableKind(tables, file.path);
    if (detected.unreadable) return { ...base, issues: [fromTableIssue(file, detected.unreadable)] };
    if (!detected.kind)
      return {
        ...base,
        issues: [inputIssue('KIND_REQUIRED', { kinds: known.join(', ') }, { file: file.display })],
      };
    chosen = detected.kind;
  }
  const report = await tables.importTable(file.path, { kind: chosen });
  return {
    ...base,
    kind: chosen,
    records: { [chosen]: report.records },
    place: (_k, i) => ({ pointer: `/${i}` }),
    issues: report.issues.map((issue) => fromTableIssue(file, issue)),
    table: {
      format: report.format,
      ...(report.encoding !== undefined ? { encoding: report.encoding } : {}),
      ...(report.sheet !== undefined ? { sheet: report.sheet } : {}),
      counts: { ...report.counts },
    },
  };
}
