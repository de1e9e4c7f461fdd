/** Stable codes of {@link CalendarIssue}. */
export type CalendarIssueCode =
  | 'invalid-civil-date'
  | 'invalid-month'
  | 'invalid-quarter'
  | 'invalid-instant';

/**
 * A structured problem with a value given to a `parse…` function. The offending value is never echoed in
 * the message: a misplaced column could carry personal data (an ID or phone number).
 */
export interface CalendarIssue {
  /** Stable code. */
  readonly code: CalendarIssueCode;
  /** JSON Pointer to the value, as passed by the caller. Defaults to `''` (the value itself). */
  readonly path: string;
  /** Bilingual explanation. */
  readonly message: { readonly 'zh-CN': string; readonly en: string };
}

/** The outcome of a `parse…` function: the typed value, or one issue. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issue: CalendarIssue };
