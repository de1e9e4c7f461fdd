/** Codes of {@link ReportBuildError}: ways a report builder can be called wrongly. Stable forever. */
export const REPORT_BUILD_ERROR_CODES = {
  /** An option is missing or outside its documented form (a month not `YYYY-MM`, an asOf not a civil date …). */
  INVALID_OPTION: 'INVALID_OPTION',
  /** The option names a record the dataset does not hold (a community id, a report id). */
  NOT_FOUND: 'NOT_FOUND',
} as const;

/** One of the {@link REPORT_BUILD_ERROR_CODES}. */
export type ReportBuildErrorCode = (typeof REPORT_BUILD_ERROR_CODES)[keyof typeof REPORT_BUILD_ERROR_CODES];

/**
 * Thrown by the report builders only when they are called wrongly. Bad data never throws: a builder shows
 * what the dataset holds, and an inconsistency (a disclosure whose lines do not add up) becomes a note in
 * the document.
 */
export class ReportBuildError extends Error {
  override readonly name = 'ReportBuildError';
  /** Which misuse; one of {@link REPORT_BUILD_ERROR_CODES}. */
  readonly code: ReportBuildErrorCode;

  constructor(code: ReportBuildErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}
