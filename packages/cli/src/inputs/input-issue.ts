import { type Bilingual, formatMessage } from '@rectify/schemas';

/**
 * Codes of the problems the command line finds while reading its inputs, besides those of the schema
 * validator (`SCHEMA_REQUIRED` …) and of the table readers (`HEADER_NOT_FOUND` …). Stable forever.
 */
export const INPUT_ISSUE_CODES = {
  FILE_NOT_FOUND: {
    template: { 'zh-CN': '找不到文件或文件夹', en: 'No such file or folder' },
    description: 'A path on the command line does not exist.',
  },
  FILE_UNREADABLE: {
    template: { 'zh-CN': '无法读取文件：{reason}', en: 'The file cannot be read: {reason}' },
    description: 'Permission denied, a folder where a file was expected, or an I/O error.',
  },
  FILE_TYPE_UNSUPPORTED: {
    template: {
      'zh-CN': '不支持的文件类型（支持 .json、.ndjson、.jsonl、.csv、.tsv、.xlsx）',
      en: 'Unsupported file type (supported: .json, .ndjson, .jsonl, .csv, .tsv, .xlsx)',
    },
    description: 'A file named on the command line has an ending the command line does not read.',
  },
  FOLDER_EMPTY: {
    template: {
      'zh-CN': '文件夹中没有可读取的数据文件',
      en: 'The folder holds no data file the command line reads',
    },
    description:
      'A folder on the command line has no .json, .ndjson, .csv or .xlsx file (hidden files are skipped).',
  },
  JSON_MALFORMED: {
    template: {
      'zh-CN': 'JSON 格式错误（第 {line} 行第 {column} 列附近），文件可能被截断：{reason}',
      en: 'Malformed JSON near line {line}, column {column}; the file may be truncated: {reason}',
    },
    description: 'The file is not valid JSON (often a truncated download or export).',
  },
  DATASET_EXPECTED: {
    template: {
      'zh-CN': '文件不是数据集（应有 records 字段）；若是单类记录，请用 --kind 指明类型',
      en: 'The file is not a dataset (no records field); for records of one kind, name the kind with --kind',
    },
    description:
      'A JSON file that is neither a dataset envelope nor, with --kind, a record or list of records.',
  },
  NDJSON_LINE_MALFORMED: {
    template: {
      'zh-CN': '该行不是有效的 JSON，文件可能被截断：{reason}',
      en: 'The line is not valid JSON; the file may be truncated: {reason}',
    },
    description: 'An NDJSON line that does not parse (a truncated last line, a line break inside a record).',
  },
  NDJSON_LINE_SHAPE: {
    template: {
      'zh-CN': '该行应为 {"header":{…}} 或 {"kind":…,"record":{…}}',
      en: 'The line must be {"header":{…}} or {"kind":…,"record":{…}}',
    },
    description:
      'An NDJSON line that is JSON but not a header or a record line as @rectify/samples writes them.',
  },
  NDJSON_KIND_UNKNOWN: {
    template: { 'zh-CN': '未知的记录类型“{kind}”', en: 'Unknown record kind "{kind}"' },
    description: 'An NDJSON record line whose kind the domain model does not define.',
  },
  NDJSON_HEADER_MISSING: {
    template: {
      'zh-CN': '文件没有 {"header":…} 首行，数据集信息（年度、版本）未校验',
      en: 'The file has no {"header":…} first line; the dataset envelope (year, version) was not validated',
    },
    description: 'Warning: records without an envelope; the campaign year comes from --year or --as-of.',
  },
  KIND_REQUIRED: {
    template: {
      'zh-CN': '无法识别表格的记录类型，请用 --kind 指明（可选：{kinds}）',
      en: 'Cannot tell which records the table holds; name the kind with --kind ({kinds})',
    },
    description: 'A CSV or XLSX file whose header matches none (or several) of the declared table mappings.',
  },
  KIND_NOT_TABULAR: {
    template: {
      'zh-CN': '记录类型“{kind}”没有表格模板，无法从 CSV/XLSX 读取（可选：{kinds}）',
      en: 'Record kind "{kind}" has no table mapping and cannot be read from CSV/XLSX ({kinds})',
    },
    description: 'The --kind given for a table has no declared column mapping in @rectify/tables.',
  },
  TABLES_NOT_AVAILABLE: {
    template: {
      'zh-CN': '此安装的 @rectify/tables 不支持读取表格（缺少 importTable）',
      en: 'The installed @rectify/tables cannot read tables (importTable is missing)',
    },
    description: 'CSV and XLSX input needs @rectify/tables with importTable.',
  },
} as const satisfies Record<string, { template: Bilingual; description: string }>;

/** One of the {@link INPUT_ISSUE_CODES}. */
export type InputIssueCode = keyof typeof INPUT_ISSUE_CODES;

/** A problem found in an input: while reading it, or in its records. */
export interface CliIssue {
  /** Stable code: an {@link InputIssueCode}, a schema `ISSUE_CODES` code or a table reader code. */
  code: string;
  /** `error` or `warning`. */
  severity: 'error' | 'warning';
  /** True when the input could not be read as a whole (exit code 2), false for a problem in the data. */
  fatal: boolean;
  /** The file, as shown. */
  file?: string;
  /** NDJSON or JSON line (1-based). */
  line?: number;
  /** XLSX worksheet. */
  sheet?: string;
  /** Spreadsheet row (1-based). */
  row?: number;
  /** Spreadsheet column, letter and header. */
  column?: string;
  /** JSON Pointer of the value, in the file's dataset or record. */
  path?: string;
  /** The cell as received (masked for personal columns). */
  original?: string;
  /** The message in both languages. */
  message: Bilingual;
}

/** Builds an issue of the command line's own catalog. */
export function inputIssue(
  code: InputIssueCode,
  params: Record<string, unknown>,
  place: Omit<CliIssue, 'code' | 'severity' | 'fatal' | 'message'> & {
    severity?: 'error' | 'warning';
    fatal?: boolean;
  },
): CliIssue {
  const { severity = 'error', fatal = severity === 'error', ...where } = place;
  return {
    code,
    severity,
    fatal,
    ...where,
    message: formatMessage(INPUT_ISSUE_CODES[code].template, params),
  };
}
