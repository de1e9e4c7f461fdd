// Reading CSV and XLSX tables into the schemas' records: declared column mappings with Chinese headers,
// streaming readers guarded against zip bombs, and row-level issue reports.

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
