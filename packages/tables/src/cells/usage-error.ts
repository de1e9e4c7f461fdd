/** Codes of {@link CellUsageError}: ways the cell API can be called wrongly. */
export const CELL_USAGE_ERROR_CODES = {
  /** An option has a value outside its documented set or range. */
  INVALID_OPTION: 'INVALID_OPTION',
  /** Two different enum codes normalise to the same code or label, so a cell could match both. */
  ENUM_DUPLICATE_KEY: 'ENUM_DUPLICATE_KEY',
  /** An argument that must be a valid `YYYY-MM-DD` date is not one. */
  INVALID_DATE_ARGUMENT: 'INVALID_DATE_ARGUMENT',
} as const;

/** One of the {@link CELL_USAGE_ERROR_CODES}. */
export type CellUsageErrorCode = (typeof CELL_USAGE_ERROR_CODES)[keyof typeof CELL_USAGE_ERROR_CODES];

/**
 * Thrown only when the cell API itself is misused (a wrong option, a malformed enum table), never
 * because of the content of a cell: bad cells give a {@link CellIssue} instead.
 */
export class CellUsageError extends Error {
  override readonly name = 'CellUsageError';
  /** Which misuse; one of {@link CELL_USAGE_ERROR_CODES}. */
  readonly code: CellUsageErrorCode;

  constructor(code: CellUsageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
