import type { DocumentIssue } from './check-document';

/** Codes of {@link ReportRenderError}: ways the renderers and formatters can be called wrongly. */
export const REPORT_RENDER_ERROR_CODES = {
  /** The document breaks the {@link ReportDocument} contract; `issues` lists every breach. */
  INVALID_DOCUMENT: 'INVALID_DOCUMENT',
  /** A formatter was given a value outside its domain (money not integer fen, a date not `YYYY-MM-DD` …). */
  INVALID_VALUE: 'INVALID_VALUE',
  /** An option has a value outside its documented set. */
  INVALID_OPTION: 'INVALID_OPTION',
  /** The section asked for does not exist or is not of a kind the format can render. */
  SECTION_NOT_FOUND: 'SECTION_NOT_FOUND',
} as const;

/** One of the {@link REPORT_RENDER_ERROR_CODES}. */
export type ReportRenderErrorCode =
  (typeof REPORT_RENDER_ERROR_CODES)[keyof typeof REPORT_RENDER_ERROR_CODES];

/**
 * Thrown by the renderers and formatters when they are called wrongly. A report document is made by
 * the kit's own builders, so a document that breaks its contract is a bug in the caller: rendering it
 * anyway (a fraction of a fen rounded, an invalid date printed) would hide the bug on a filed report.
 */
export class ReportRenderError extends Error {
  override readonly name = 'ReportRenderError';
  /** Which misuse; one of {@link REPORT_RENDER_ERROR_CODES}. */
  readonly code: ReportRenderErrorCode;
  /** For `INVALID_DOCUMENT`, every breach of the contract found; otherwise empty. */
  readonly issues: readonly DocumentIssue[];

  constructor(
    code: ReportRenderErrorCode,
    message: string,
    options?: { cause?: unknown; issues?: readonly DocumentIssue[] },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = options?.issues ?? [];
  }
}
