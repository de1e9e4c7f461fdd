import type { ApiRole } from '../security/api-key';

/** One structured log line per request. Never holds the key, the body or personal data. */
export interface RequestLogEntry {
  /** `info` below 400, `warn` for 4xx, `error` for 5xx. */
  readonly level: 'info' | 'warn' | 'error';
  /** Always `request`. */
  readonly msg: 'request';
  /** HTTP method. */
  readonly method: string;
  /** The path, without the query string. */
  readonly path: string;
  /** The response status. */
  readonly status: number;
  /** Milliseconds until the response started (a streamed body may still be flowing). */
  readonly ms: number;
  /** The request id (echoed in `X-Request-Id`). */
  readonly requestId: string;
  /** The key's label, when a key was accepted. */
  readonly keyId?: string;
  /** The key's role, when a key was accepted. */
  readonly role?: ApiRole;
  /** The key's division scope, when a key was accepted. */
  readonly division?: string;
  /** The problem code, for an error answer. */
  readonly code?: string;
  /** Records in the request, when it carried a dataset. */
  readonly records?: number;
  /** The rule packs behind a check decision, each with its content hash. */
  readonly packs?: readonly { readonly id: string; readonly version: string; readonly hash: string }[];
  /** For 5xx: the name of the error (never its message or stack, which may quote data). */
  readonly error?: string;
}

/** Receives the log entries; the host decides where they go. */
export type ServiceLogger = (entry: RequestLogEntry) => void;

/** The default logger: drops every entry (tests and embedded hosts stay silent). */
export const silentLogger: ServiceLogger = () => undefined;

/**
 * A logger that writes one JSON object per line. Entries carry no timestamp: the log pipeline stamps them (the
 * service never reads the clock for its output).
 *
 * @param write - where lines go. Defaults to standard output.
 */
export function jsonLinesLogger(
  write: (line: string) => void = (line) => process.stdout.write(line),
): ServiceLogger {
  return (entry) => write(`${JSON.stringify(entry)}\n`);
}
