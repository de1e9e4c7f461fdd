import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/openapi.generated';

/** Options of {@link createRectifyClient}. */
export interface RectifyClientOptions {
  /** Where the service listens, e.g. `http://127.0.0.1:8787`. */
  baseUrl: string;
  /** The API key, sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** The fetch to use. Defaults to `globalThis.fetch`. */
  fetch?: (input: Request) => Promise<Response>;
  /** Headers sent with every request (e.g. `X-Request-Id`). Defaults to none. */
  headers?: Record<string, string>;
}

/** The media types the client types answers by: JSON and JSON Schema documents. */
export type JsonMedia = 'application/json' | 'application/schema+json';

/**
 * The typed client: `GET`, `POST`… with paths, parameters, bodies and answers typed from `openapi.yaml`. Answers
 * are typed as their JSON representation; ask for another (`parseAs: 'text' | 'blob' | 'stream'`, with an
 * `Accept` header) to get a report as HTML or XLSX, or a check as NDJSON.
 */
export type RectifyClient = Client<paths, JsonMedia>;

/**
 * Creates a typed client of the service on openapi-fetch: every path, parameter, body and answer is typed from
 * the generated contract, so a change of `openapi.yaml` shows up as a type error in the caller.
 *
 * @example
 * const client = createRectifyClient({ baseUrl: 'http://127.0.0.1:8787', apiKey });
 * const { data, error } = await client.POST('/v1/check', { body: { dataset, asOf: '2023-11-30' } });
 */
export function createRectifyClient(options: RectifyClientOptions): RectifyClient {
  const { baseUrl, apiKey, fetch, headers } = options;
  return createClient<paths, JsonMedia>({
    baseUrl,
    ...(fetch ? { fetch } : {}),
    headers: { ...headers, authorization: `Bearer ${apiKey}` },
  });
}
