import type { IssueCode } from '@rectify/schemas';
import type { CellIssueCode, LocalisedMessage } from '../cells/types';

/**
 * Stable codes of the issues the table readers add to those of the cell parsers (`MONEY_FORMAT` …)
 * and of the schema validator (`SCHEMA_REQUIRED` …). Codes are stable forever: a renamed code keeps
 * its old spelling here and gains an entry in the package's migration table.
 */
export const TABLE_ISSUE_CODES = {
  /** The file has no bytes. */
  FILE_EMPTY: 'FILE_EMPTY',
  /** The file is neither CSV text nor an XLSX workbook (an image, a PDF, an old binary `.xls` …). */
  FILE_TYPE_UNSUPPORTED: 'FILE_TYPE_UNSUPPORTED',
  /** The file could not be read at all (it vanished, or permission was denied). */
  FILE_UNREADABLE: 'FILE_UNREADABLE',
  /** The XLSX file is truncated, is not a zip archive, or its contents cannot be read. */
  XLSX_CORRUPT: 'XLSX_CORRUPT',
  /** The XLSX archive would expand beyond the size or ratio limits (a zip bomb). */
  XLSX_ZIP_BOMB: 'XLSX_ZIP_BOMB',
  /** The CSV text breaks the CSV rules (an unclosed quote …); rows before the break were read. */
  CSV_MALFORMED: 'CSV_MALFORMED',
  /** The sheet named in the options is not in the workbook. */
  SHEET_NOT_FOUND: 'SHEET_NOT_FOUND',
  /** No row among the first 20 looks like the header of the expected table. */
  HEADER_NOT_FOUND: 'HEADER_NOT_FOUND',
  /** A column the mapping requires is not in the header. */
  COLUMN_MISSING: 'COLUMN_MISSING',
  /** Warning: two columns have headers for the same field; the second was ignored. */
  COLUMN_DUPLICATE: 'COLUMN_DUPLICATE',
  /** Warning: a column's header matches no field of the mapping; the column was ignored. */
  COLUMN_IGNORED: 'COLUMN_IGNORED',
  /** The file has more rows than `maxRows`; reading stopped there. */
  ROWS_LIMIT: 'ROWS_LIMIT',
  /** Warning: a subtotal or total row (合计/小计/总计/Total) was skipped. */
  ROW_SUBTOTAL: 'ROW_SUBTOTAL',
  /** Warning: a row was skipped as a note (注：, 填表人：…) or as a repeat of the header. */
  ROW_SKIPPED: 'ROW_SKIPPED',
  /** A cell of a column the mapping requires is blank. */
  CELL_REQUIRED: 'CELL_REQUIRED',
  /**
   * Warning: the cell lies under a merged range whose value is kept in another column, so it was read
   * as blank.
   */
  CELL_MERGED_EMPTY: 'CELL_MERGED_EMPTY',
  /** An identifier cell cannot be read as a code (scientific notation, a date, a number too long). */
  CODE_FORMAT: 'CODE_FORMAT',
  /** The cell does not read as a month (`2023-07`, `2023年7月`). */
  MONTH_FORMAT: 'MONTH_FORMAT',
  /** The cell does not read as a quarter (`2023Q2`, `2023年第二季度`). */
  QUARTER_FORMAT: 'QUARTER_FORMAT',
  /** Rows that form one record (lines of a disclosure) disagree on a field of the record. */
  GROUP_CONFLICT: 'GROUP_CONFLICT',
  /** More issues were found than `maxIssues`; the rest are counted but not listed. */
  TOO_MANY_ISSUES: 'TOO_MANY_ISSUES',
} as const;

/** One of the {@link TABLE_ISSUE_CODES}. */
export type TableIssueCodeOwn = (typeof TABLE_ISSUE_CODES)[keyof typeof TABLE_ISSUE_CODES];

/** Any code a {@link TableIssue} can carry: the readers' own, a cell parser's, or the validator's. */
export type TableIssueCode = TableIssueCodeOwn | CellIssueCode | IssueCode;

/** What a row or file problem is, where it is, and what the cell held. */
export interface TableIssue {
  /** Stable code, from {@link TABLE_ISSUE_CODES}, the cell parsers' `CELL_ISSUE_CODES` or the schema `ISSUE_CODES`. */
  code: TableIssueCode;
  /** `error` rejects the row (or, without `row`, the file); `warning` accompanies an accepted value. */
  severity: 'error' | 'warning';
  /** The worksheet, for XLSX. */
  sheet?: string;
  /** The row number as a spreadsheet shows it (1-based); absent for an issue about the whole file. */
  row?: number;
  /** The column as a spreadsheet shows it, letter and header: `C 小区名称`; absent for a whole row or file. */
  column?: string;
  /** JSON Pointer of the field in the record, when the issue is about one field. */
  path?: string;
  /** The cell as received, as text; masked for personal columns (names, ID numbers, phones). */
  original?: string;
  /** What is wrong and how to fix it; never repeats personal data. */
  message: LocalisedMessage;
}

/** Builds a {@link TableIssue} without place; an error unless `severity` says otherwise. */
export function tableIssue(
  code: TableIssueCode,
  zh: string,
  en: string,
  severity: 'error' | 'warning' = 'error',
): TableIssue {
  return { code, severity, message: { 'zh-CN': zh, en } };
}
