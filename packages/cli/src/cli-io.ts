/** The little of a writable stream the command line writes to. */
export interface CliStream {
  /** Writes text or bytes. */
  write(chunk: string | Uint8Array): unknown;
  /** True for a terminal: enables the progress bar (stderr) and refuses binary output (stdout). */
  isTTY?: boolean;
  /** Terminal width, when a terminal. */
  columns?: number;
}

/** Where a run reads its environment and writes its output; `process` in the binary, captures in tests. */
export interface CliIo {
  /** Results (reports, findings, plans). */
  stdout: CliStream;
  /** Errors, notes and the progress bar. */
  stderr: CliStream;
  /** Environment variables (`LANG`, `LC_ALL`, `CI`, `NO_COLOR`). */
  env: Readonly<Record<string, string | undefined>>;
  /** The directory relative paths are resolved from. */
  cwd: string;
  /** Stops a long-running command (`serve`) when aborted. Defaults to running until SIGINT/SIGTERM. */
  signal?: AbortSignal;
}
