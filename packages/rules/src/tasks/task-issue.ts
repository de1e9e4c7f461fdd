/** Stable codes of {@link TaskIssue}. */
export type TaskIssueCode =
  | 'invalid-progress-record'
  | 'invalid-progress-date'
  | 'invalid-progress-status'
  | 'progress-period-not-month';

/**
 * A progress record that could not be used, and why. The record is skipped, never guessed; the rest of the
 * judgement goes on. Values are not echoed (a misplaced field could carry personal data).
 */
export interface TaskIssue {
  /** Stable code. */
  readonly code: TaskIssueCode;
  /** JSON Pointer into the `progress` array given to `taskStatus`, e.g. `/3/reportedOn`. */
  readonly path: string;
  /** Bilingual explanation. */
  readonly message: { readonly 'zh-CN': string; readonly en: string };
}
