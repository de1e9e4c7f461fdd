/**
 * Stable codes of the issues a cell parser or the text decoder can report. Codes are stable forever:
 * a renamed code keeps its old spelling here and gains an entry in the package's migration table.
 */
export const CELL_ISSUE_CODES = {
  /** The cell does not read as an amount of money. */
  MONEY_FORMAT: 'MONEY_FORMAT',
  /** The amount has more decimals than its unit allows (a fraction of a fen); it is never rounded. */
  MONEY_PRECISION: 'MONEY_PRECISION',
  /** The unit written in the cell differs from the unit in the column header; the cell's unit was used. */
  MONEY_UNIT_CONFLICT: 'MONEY_UNIT_CONFLICT',
  /** The amount in fen is beyond Number.MAX_SAFE_INTEGER. */
  MONEY_RANGE: 'MONEY_RANGE',
  /** The cell does not read as a date in an accepted year-first form. */
  DATE_FORMAT: 'DATE_FORMAT',
  /** The cell is day-first or month-first (`07/31/2023`, `31/07/2023`, `23/7/31`): only year-first is accepted. */
  DATE_AMBIGUOUS: 'DATE_AMBIGUOUS',
  /** The cell names a day that does not exist (`2023-02-29`). */
  DATE_INVALID: 'DATE_INVALID',
  /** The year is outside the accepted range (by default 1900–2100), most likely a typing slip. */
  DATE_RANGE: 'DATE_RANGE',
  /** The number is not a valid Excel date serial (0, 60 = the phantom 1900-02-29, negative, too large). */
  DATE_SERIAL_INVALID: 'DATE_SERIAL_INVALID',
  /** Warning: the cell carried a time of day, which was dropped. */
  DATE_TIME_DROPPED: 'DATE_TIME_DROPPED',
  /** The cell does not read as a whole number. */
  INTEGER_FORMAT: 'INTEGER_FORMAT',
  /** The whole number is beyond Number.MAX_SAFE_INTEGER. */
  INTEGER_RANGE: 'INTEGER_RANGE',
  /** The cell does not read as a decimal number. */
  DECIMAL_FORMAT: 'DECIMAL_FORMAT',
  /** The decimal number is too large to keep its two decimals exactly. */
  DECIMAL_RANGE: 'DECIMAL_RANGE',
  /** The cell does not read as yes or no. */
  BOOLEAN_FORMAT: 'BOOLEAN_FORMAT',
  /** The cell matches none of the allowed codes or labels. */
  ENUM_UNKNOWN: 'ENUM_UNKNOWN',
  /**
   * The cell holds a formula: an error when no saved result exists, a warning when the saved result
   * was used.
   */
  FORMULA_CELL: 'FORMULA_CELL',
  /** The cell holds a spreadsheet error value (`#N/A`, `#DIV/0!`, …). */
  CELL_ERROR_VALUE: 'CELL_ERROR_VALUE',
  /** The cell holds something that is neither text, number, boolean, date nor formula (an unknown object). */
  CELL_TYPE_UNSUPPORTED: 'CELL_TYPE_UNSUPPORTED',
  /** The bytes decode cleanly neither as UTF-8 nor as GB18030. */
  ENCODING_UNKNOWN: 'ENCODING_UNKNOWN',
  /** The bytes do not decode cleanly in the encoding the caller asked for. */
  ENCODING_INVALID: 'ENCODING_INVALID',
  /** Warning: the bytes read plausibly both as UTF-8 and as GB18030; UTF-8 was used. */
  ENCODING_AMBIGUOUS: 'ENCODING_AMBIGUOUS',
} as const;

/** One of the stable {@link CELL_ISSUE_CODES}. */
export type CellIssueCode = (typeof CELL_ISSUE_CODES)[keyof typeof CELL_ISSUE_CODES];

/** How serious an issue is: an `error` rejects the cell, a `warning` accompanies an accepted value. */
export type CellIssueSeverity = 'error' | 'warning';

/** A message in both languages the kit speaks. */
export interface LocalisedMessage {
  /** Simplified Chinese, shown by default. */
  'zh-CN': string;
  /** English. */
  en: string;
}

/**
 * Why a cell could not be read exactly, or what is doubtful about the value read. The caller (the
 * row reader) adds the JSON Pointer `path` of the cell. Messages never repeat the cell's content, so
 * they stay free of personal data; `original` carries the content for the caller to mask or show.
 */
export interface CellIssue {
  /** Stable code, one of {@link CELL_ISSUE_CODES}. */
  code: CellIssueCode;
  /** `error` rejects the cell; `warning` accompanies an accepted value. */
  severity: CellIssueSeverity;
  /** The cell as received, as text (numbers via `String`, dates as ISO instants, formulas with `=`). */
  original: string;
  /** What is wrong and how to fix it. */
  message: LocalisedMessage;
  /** For decoding issues: the offset of the first byte that does not decode. */
  offset?: number;
}

/**
 * The outcome of parsing one cell: either a value (`undefined` with `empty: true` for a blank cell,
 * possibly with warnings), or exactly one issue explaining why the cell was rejected.
 */
export type CellResult<T> =
  | {
      /** The cell was read. */
      ok: true;
      /** The value; `undefined` only for a blank cell. */
      value: T | undefined;
      /** `true` when the cell was blank (empty, whitespace, or a dash such as `-` or `—`). */
      empty?: boolean;
      /** Doubts about the value that do not reject it. */
      warnings?: CellIssue[];
    }
  | {
      /** The cell was rejected. */
      ok: false;
      /** Why. */
      issue: CellIssue;
    };
