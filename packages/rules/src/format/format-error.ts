/** Codes of {@link FormatError}: ways the display formatters can be called wrongly. */
export const FORMAT_ERROR_CODES = {
  /** A value outside the formatter's domain (money not integer fen, a date not `YYYY-MM-DD` …). */
  INVALID_VALUE: 'INVALID_VALUE',
  /** An option outside its documented set (a language other than zh-CN / en …). */
  INVALID_OPTION: 'INVALID_OPTION',
} as const;

/** One of the {@link FORMAT_ERROR_CODES}. */
export type FormatErrorCode = (typeof FORMAT_ERROR_CODES)[keyof typeof FORMAT_ERROR_CODES];

/**
 * Thrown by the display formatters for misuse: printing a fraction of a fen rounded, or an invalid date, would
 * hide a caller's bug on a filed report or a posted notice.
 */
export class FormatError extends Error {
  override readonly name = 'FormatError';
  /** Which misuse. */
  readonly code: FormatErrorCode;
  constructor(code: FormatErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
