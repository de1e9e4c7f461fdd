import type { Bilingual } from '@rectify/schemas';
import { EXIT_CODES, type ExitCode } from './exit-codes';

/** Stable codes of the errors that stop a command. Codes are stable forever. */
export const CLI_ERROR_CODES = {
  /** The command is not one of validate, check, report, plan, serve. */
  UNKNOWN_COMMAND: 'UNKNOWN_COMMAND',
  /** An option the command does not know, a missing value, or a stray argument. */
  USAGE: 'USAGE',
  /** A required argument or option is missing. */
  MISSING_ARGUMENT: 'MISSING_ARGUMENT',
  /** An option has a value of the wrong form (a date, a pack, a parameter, a format). */
  INVALID_OPTION: 'INVALID_OPTION',
  /** The inputs could not be read as a whole (missing, malformed, unsupported); the issues say which. */
  INPUT_UNREADABLE: 'INPUT_UNREADABLE',
  /** The records have schema errors; `rectify validate` lists them (`--lenient` checks anyway). */
  INPUT_INVALID: 'INPUT_INVALID',
  /** The inputs declare different campaign years. */
  YEAR_CONFLICT: 'YEAR_CONFLICT',
  /** The output file cannot be written. */
  OUT_UNWRITABLE: 'OUT_UNWRITABLE',
  /** A package the command needs is not available in this installation. */
  NOT_AVAILABLE: 'NOT_AVAILABLE',
  /** The report id is not in the registry. */
  UNKNOWN_REPORT: 'UNKNOWN_REPORT',
  /** The server could not start (port in use, bad keys file). */
  SERVE_FAILED: 'SERVE_FAILED',
  /** Something the kit did not expect; the message says what, never with a stack trace. */
  INTERNAL: 'INTERNAL',
} as const;

/** One of the {@link CLI_ERROR_CODES}. */
export type CliErrorCode = (typeof CLI_ERROR_CODES)[keyof typeof CLI_ERROR_CODES];

/**
 * An error that ends a command with a structured message (code and text in both languages) and an exit code;
 * `runCli` prints it without a stack trace.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  /** Stable code. */
  readonly code: CliErrorCode;
  /** What went wrong, in both languages. */
  readonly bilingual: Bilingual;
  /** The exit code. Defaults to 2 (bad input or usage). */
  readonly exitCode: ExitCode;
  /** The command whose help the user should read, if any. */
  readonly helpFor?: string;

  constructor(
    code: CliErrorCode,
    message: Bilingual,
    options: { exitCode?: ExitCode; helpFor?: string; cause?: unknown } = {},
  ) {
    super(message.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.bilingual = message;
    this.exitCode = options.exitCode ?? EXIT_CODES.badInput;
    if (options.helpFor !== undefined) this.helpFor = options.helpFor;
  }
}
