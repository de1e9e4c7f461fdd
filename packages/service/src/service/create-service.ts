import { type Context, Hono } from 'hono';
import { HttpProblem, PROBLEM_CODES, type ProblemCode, problemBody } from '../http/problem';
import { jsonResponse } from '../http/respond';
import { type RequestLogEntry, type ServiceLogger, silentLogger } from '../logging/logger';
import { registerCatalogRoutes, registerHealthRoute } from '../routes/catalog-routes';
import { registerCheckRoutes } from '../routes/check-routes';
import { registerPlanRoutes } from '../routes/plan-routes';
import { type ReportsProvider, registerReportRoutes } from '../routes/report-routes';
import { registerSchemaRoutes } from '../routes/schema-routes';
import { registerTableRoutes } from '../routes/table-routes';
import { registerValidateRoutes } from '../routes/validate-routes';
import { type ApiKey, type KeyLookup, keyAuthenticator } from '../security/api-key';
import { ServiceError } from '../service-error';
import type { ServiceEnv, ServiceLimits } from './context';

/** Options of {@link createRectifyService}. */
export interface RectifyServiceOptions {
  /**
   * The API keys: a list (checked when the service is created; a malformed key throws `ServiceError`), or a
   * lookup from the presented secret to its key record, for hosts that keep keys in their own store.
   */
  keys: readonly ApiKey[] | KeyLookup;
  /** Most bytes of a JSON, CSV or XLSX request body; larger bodies get `413`. Defaults to 32 MiB. */
  maxBodyBytes?: number;
  /** Most bytes of an NDJSON request body. Defaults to 256 MiB. */
  maxNdjsonBytes?: number;
  /** Most bytes of one NDJSON line. Defaults to 4 MiB. */
  maxNdjsonLineBytes?: number;
  /** Receives one structured entry per request. Defaults to a silent logger. */
  logger?: ServiceLogger;
  /** Makes a request id when the caller sends none (or an unusable one). Defaults to `crypto.randomUUID()`. */
  requestId?: () => string;
  /**
   * Called with an unexpected error (a fault of the service) and the request id, e.g. to report it to the host's
   * error tracker; the caller only ever sees `500 INTERNAL`. Defaults to doing nothing.
   */
  onError?: (error: unknown, requestId: string) => void;
  /** The report builders and renderer. Defaults to those of `@rectify/reports`. */
  reports?: ReportsProvider;
}

/** A request id the service echoes: short, printable, safe in a log line. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Paths and their methods, for `405` and its `Allow` header. */
const ROUTES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^\/v1\/health$/, ['GET']],
  [/^\/v1\/schemas$/, ['GET']],
  [/^\/v1\/schemas\/[^/]+$/, ['GET']],
  [/^\/v1\/validate\/[^/]+$/, ['POST']],
  [/^\/v1\/check$/, ['POST']],
  [/^\/v1\/plans\/(sampling|cross-inspection|audits)$/, ['POST']],
  [/^\/v1\/reports$/, ['GET']],
  [/^\/v1\/reports\/[^/]+$/, ['POST']],
  [/^\/v1\/tables\/[^/]+$/, ['POST']],
  [/^\/v1\/(rules|clauses|coverage)$/, ['GET']],
];

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1)
    throw new ServiceError('INVALID_OPTION', `${name} must be a positive integer`);
  return value;
}

function bearer(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header);
  return match?.[1] ?? '';
}

/**
 * Creates the Rectify Kit HTTP service: a Hono app whose `fetch(request)` is fetch-standard, so it can be mounted
 * in any Node server (`@hono/node-server`'s `serve({ fetch: app.fetch })`, or as a sub-app of the host's Hono
 * app) or run alone with {@link startServer}. Implements `openapi.yaml`: API keys with a role and a division scope
 * on every path but `/v1/health`, body limits, problem+json errors with a request id, one log entry per request.
 *
 * @example
 * const app = createRectifyService({ keys: [{ key: process.env.RECTIFY_KEY!, role: 'city', divisionCode: '350500' }] });
 * serve({ fetch: app.fetch, port: 8787, hostname: '127.0.0.1' });
 */
export function createRectifyService(options: RectifyServiceOptions): Hono<ServiceEnv> {
  if (options === null || typeof options !== 'object')
    throw new ServiceError('INVALID_OPTION', 'createRectifyService needs an options object');
  const authenticate = keyAuthenticator(options.keys);
  const limits: ServiceLimits = {
    maxBodyBytes: positive('maxBodyBytes', options.maxBodyBytes, 32 * 1024 * 1024),
    maxNdjsonBytes: positive('maxNdjsonBytes', options.maxNdjsonBytes, 256 * 1024 * 1024),
    maxNdjsonLineBytes: positive('maxNdjsonLineBytes', options.maxNdjsonLineBytes, 4 * 1024 * 1024),
  };
  const logger = options.logger ?? silentLogger;
  const newId = options.requestId ?? (() => crypto.randomUUID());
  const onError = options.onError ?? (() => undefined);

  const app = new Hono<ServiceEnv>();

  const problem = (c: { req: { path: string } }, code: ProblemCode, requestId: string, error?: HttpProblem) =>
    jsonResponse(
      problemBody(code, requestId, c.req.path, error?.extras),
      PROBLEM_CODES[code].status,
      'application/problem+json; charset=utf-8',
      { ...(error?.headers ?? {}) },
    );

  app.onError((error, c) => {
    const requestId = c.get('requestId') ?? newId();
    if (error instanceof HttpProblem) {
      c.get('notes').code = error.code;
      return problem(c, error.code, requestId, error);
    }
    c.get('notes').code = 'INTERNAL';
    c.get('notes').error = error instanceof Error ? error.name : typeof error;
    onError(error, requestId);
    return problem(c, 'INTERNAL', requestId);
  });

  // 404 for an unknown path, 405 for a known one with another method. Registered also as the last `/v1/*` route,
  // so that it answers when the service is mounted inside a host app (whose own notFound would answer otherwise).
  const unrouted = (c: Context<ServiceEnv>) => {
    // Mounted under a prefix (`host.route('/rectify', service)`), the service's own path starts at `/v1/`.
    const own = c.req.path.slice(Math.max(0, c.req.path.indexOf('/v1/')));
    const entry = ROUTES.find(([pattern]) => pattern.test(own));
    const requestId = c.get('requestId');
    if (entry) {
      c.get('notes').code = 'METHOD_NOT_ALLOWED';
      return problem(
        c,
        'METHOD_NOT_ALLOWED',
        requestId,
        new HttpProblem('METHOD_NOT_ALLOWED', { allowed: [...entry[1]] }, { allow: entry[1].join(', ') }),
      );
    }
    c.get('notes').code = 'NOT_FOUND';
    return problem(c, 'NOT_FOUND', requestId);
  };
  app.notFound(unrouted);

  // Request id, security headers and the log line, around everything else.
  app.use('*', async (c, next) => {
    const started = performance.now();
    const given = c.req.header('x-request-id');
    const requestId = given !== undefined && REQUEST_ID.test(given) ? given : newId();
    c.set('requestId', requestId);
    c.set('key', undefined);
    c.set('notes', {});
    await next();
    c.res.headers.set('x-request-id', requestId);
    c.res.headers.set('x-content-type-options', 'nosniff');
    c.res.headers.set('cache-control', 'no-store');
    const status = c.res.status;
    const key = c.get('key');
    const notes = c.get('notes');
    const entry: RequestLogEntry = {
      level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
      msg: 'request',
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId,
      ...(key ? { keyId: key.id, role: key.role, division: key.scope.code } : {}),
      ...(notes.code ? { code: notes.code } : {}),
      ...(notes.records === undefined ? {} : { records: notes.records }),
      ...(notes.packs ? { packs: notes.packs } : {}),
      ...(notes.error ? { error: notes.error } : {}),
    };
    try {
      logger(entry);
    } catch (error) {
      onError(error, requestId);
    }
  });

  // The liveness probe answers before the key check; Hono runs handlers in the order they are registered.
  registerHealthRoute(app);

  // Every other path needs a key.
  app.use('/v1/*', async (c, next) => {
    const fromBearer = bearer(c.req.header('authorization'));
    const presented = fromBearer || c.req.header('x-api-key');
    const challenge = { 'www-authenticate': 'Bearer realm="rectify"' };
    if (!presented) throw new HttpProblem('API_KEY_MISSING', {}, challenge);
    const found = authenticate(presented);
    if (found === 'misconfigured') throw new Error('The key lookup returned a malformed key');
    if (found === 'unknown') throw new HttpProblem('API_KEY_INVALID', {}, challenge);
    c.set('key', found);
    return next();
  });

  registerCatalogRoutes(app);
  registerSchemaRoutes(app);
  registerValidateRoutes(app, limits);
  registerCheckRoutes(app, limits);
  registerPlanRoutes(app, limits);
  registerReportRoutes(app, limits, options.reports);
  registerTableRoutes(app, limits);
  app.all('/v1/*', unrouted);
  return app;
}
