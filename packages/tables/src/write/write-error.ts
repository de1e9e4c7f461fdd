/** Codes of {@link TableWriteError}: ways the writers can be called wrongly. */
export const TABLE_WRITE_ERROR_CODES = {
  /** A sheet has no columns, two columns share a key, a column type is unknown or a width is not positive. */
  INVALID_SHEET: 'INVALID_SHEET',
  /** A row holds a value its column type cannot take (money not in whole fen, a date not `YYYY-MM-DD` …). */
  INVALID_VALUE: 'INVALID_VALUE',
  /** A sheet has more rows than Excel can open (1,048,576 including the header and totals rows). */
  SHEET_TOO_LONG: 'SHEET_TOO_LONG',
  /** An option has a value outside its documented set. */
  INVALID_OPTION: 'INVALID_OPTION',
} as const;

/** One of the {@link TABLE_WRITE_ERROR_CODES}. */
export type TableWriteErrorCode = (typeof TABLE_WRITE_ERROR_CODES)[keyof typeof TABLE_WRITE_ERROR_CODES];

/**
 * Thrown by the CSV and XLSX writers when they are handed something the sheet declaration rules out:
 * the rows come from the kit's own typed records, so a value of the wrong kind is a bug in the caller,
 * and writing it anyway (a money amount as text, a fraction of a fen rounded) would hide it.
 */
export class TableWriteError extends Error {
  override readonly name = 'TableWriteError';
  /** Which misuse; one of {@link TABLE_WRITE_ERROR_CODES}. */
  readonly code: TableWriteErrorCode;

  constructor(code: TableWriteErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
