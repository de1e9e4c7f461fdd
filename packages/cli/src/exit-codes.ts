/**
 * Exit codes scripts can rely on: 0 nothing wrong, 1 the data has findings (a failed rule, an invalid
 * record), 2 the command could not do its job (bad usage, an unreadable or malformed input, a missing
 * package).
 */
export const EXIT_CODES = {
  /** Clean: everything read, nothing failed. */
  clean: 0,
  /** Findings: at least one rule failed, or validation found an error in the records. */
  findings: 1,
  /** Bad input or usage: a wrong option, a missing or malformed file, a feature not available. */
  badInput: 2,
} as const;

/** One of the {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
