// Reading CSV and XLSX tables into the schemas' records.

export type { CellContext, ColumnCellIssue, ColumnCellResult } from './cell-read';
export { readColumnCell } from './cell-read';
export type { BoundColumn, HeaderMatch, RawRow, UnboundColumn } from './header';
export { columnLetter, detectHeader, HEADER_SEARCH_ROWS } from './header';
export type { HeaderKey } from './header-key';
export { headerKey, titleUnit } from './header-key';
export type {
  ImportCounts,
  ImportedColumn,
  ImportOptions,
  ImportReport,
  ImportSummary,
  TableFormat,
  TableStream,
} from './import';
export { importTable, streamTable } from './import';
export type { ColumnMapping, ColumnType, LineGrouping, MappingExtension, RecordMapping } from './mapping';
export { COLUMN_TYPES, extendMapping } from './mapping';
export type { MappedKind } from './mappings/index';
export {
  COMMUNITY_MAPPING,
  COMPLAINT_MAPPING,
  CONSTRUCTION_PROJECT_MAPPING,
  DISCLOSURE_LINES_MAPPING,
  INSPECTION_MAPPING,
  MAPPINGS,
  PAYROLL_LINE_MAPPING,
  PROBLEM_MAPPING,
  WAGE_COMPLAINT_MAPPING,
  WORKER_MAPPING,
} from './mappings/index';
export type { TableReadErrorCode } from './read-error';
export { TABLE_READ_ERROR_CODES, TableReadError } from './read-error';
export type { RowResult } from './row-reader';
export type { TableIssue, TableIssueCode } from './table-issue';
export { TABLE_ISSUE_CODES } from './table-issue';
