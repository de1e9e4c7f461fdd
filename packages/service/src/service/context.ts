import type { Context } from 'hono';
import type { AuthenticatedKey } from '../security/api-key';

/** What a handler adds to the request's log line. */
export interface LogNotes {
  /** Records in the request. */
  records?: number;
  /** The packs behind a check decision. */
  packs?: { id: string; version: string; hash: string }[];
  /** The problem code answered. */
  code?: string;
  /** For 5xx: the error's name. */
  error?: string;
}

/** The Hono environment of the service's app. */
export interface ServiceEnv {
  Variables: {
    /** The request id (echoed as `X-Request-Id`). */
    requestId: string;
    /** The accepted key (absent on `/v1/health`). */
    key: AuthenticatedKey | undefined;
    /** Notes for the log line. */
    notes: LogNotes;
  };
}

/** A handler's context. */
export type ServiceContext = Context<ServiceEnv>;

/** The limits a handler reads. */
export interface ServiceLimits {
  /** Most bytes of a JSON, CSV or XLSX body. */
  readonly maxBodyBytes: number;
  /** Most bytes of an NDJSON body. */
  readonly maxNdjsonBytes: number;
  /** Most bytes of one NDJSON line. */
  readonly maxNdjsonLineBytes: number;
}
