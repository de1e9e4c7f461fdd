// @rectify/cli — the `rectify` command line: validate, check, report, plan, serve.

export type { CliErrorCode } from './cli-error';
export { CLI_ERROR_CODES, CliError } from './cli-error';
export type { CliIo, CliStream } from './cli-io';
export type { ExitCode } from './exit-codes';
export { EXIT_CODES } from './exit-codes';
export type { Command } from './help';
export { COMMANDS, helpText } from './help';
export type { InputIssueCode } from './inputs/input-issue';
export { INPUT_ISSUE_CODES } from './inputs/input-issue';
export type { Lang } from './lang';
export { cliVersion, runCli } from './run-cli';
