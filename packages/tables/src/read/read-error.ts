/** Codes of {@link TableReadError}: ways the table-reading API can be called wrongly. */
export const TABLE_READ_ERROR_CODES = {
  /** No mapping was given and the kit declares none for the record kind. */
  MAPPING_MISSING: 'MAPPING_MISSING',
  /** A mapping is malformed: an unknown type, a clash of headers, an alias for a field it lacks. */
  INVALID_MAPPING: 'INVALID_MAPPING',
  /** An option has a value outside its documented set or range. */
  INVALID_OPTION: 'INVALID_OPTION',
} as const;

/** One of the {@link TABLE_READ_ERROR_CODES}. */
export type TableReadErrorCode = (typeof TABLE_READ_ERROR_CODES)[keyof typeof TABLE_READ_ERROR_CODES];

/**
 * Thrown only when the reading API is misused (a wrong option, a malformed mapping), never because
 * of the content of a file: a bad file gives a {@link TableIssue} in the report instead.
 */
export class TableReadError extends Error {
  override readonly name = 'TableReadError';
  /** Which misuse; one of {@link TABLE_READ_ERROR_CODES}. */
  readonly code: TableReadErrorCode;

  constructor(code: TableReadErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
