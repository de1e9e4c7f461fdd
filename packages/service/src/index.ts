// @rectify/service — the Rectify Kit HTTP service: the OpenAPI 3.1 contract (openapi.yaml), a fetch-standard handler
// that implements it, a Node server around it, and a typed client.

/** Options of `createRectifyClient`, the client's type, and the media types it types answers by. */
export type { JsonMedia, RectifyClient, RectifyClientOptions } from './client/create-client';
/** A typed client of the service on openapi-fetch, typed from the generated contract. */
export { createRectifyClient } from './client/create-client';
/** The types openapi-typescript generated from openapi.yaml: paths, operations and component schemas. */
export type { components, operations, paths } from './generated/openapi.generated';
/** The RFC 9457 problem the service answers with, its stable codes and their catalog entries. */
export type { ProblemCode, ProblemCodeEntry, ProblemDetails } from './http/problem';
/** Every problem code with its HTTP status, title and bilingual message. */
export { PROBLEM_CODES } from './http/problem';
/** Structured request logs. */
export type { RequestLogEntry, ServiceLogger } from './logging/logger';
/** A JSON-lines logger, and the silent default. */
export { jsonLinesLogger, silentLogger } from './logging/logger';
/** Reports: what a provider supplies, and the formats the service renders. */
export type {
  ReportBuildRequest,
  ReportDocument,
  ReportFormat,
  ReportInfo,
  ReportsProvider,
} from './routes/report-routes';
/** Each report format with its media type and file extension, in the order the service offers them. */
export { REPORT_MEDIA_TYPES } from './routes/report-routes';
/** API keys: the key record a host configures, roles, and a lookup for hosts that keep keys in their own store. */
export type { ApiKey, ApiRole, AuthenticatedKey, KeyLookup } from './security/api-key';
/** Every role, and the shortest secret the service accepts. */
export { API_ROLES, MIN_KEY_LENGTH } from './security/api-key';
/** The part of a dataset a key of a division may send (a host's own filtering; the service refuses, never filters). */
export { datasetWithin } from './security/dataset-within';
/** Division scopes: the area a key may see. */
export type { DivisionLevel, DivisionScope } from './security/division-scope';
/** Reads a division code into a scope, and tells whether a division lies inside one. */
export { divisionScope, inScope } from './security/division-scope';
/** How a request's records stand with respect to a scope. */
export type { Placement, ScopeAssessment } from './security/territory';
/** Places records with respect to a scope and counts those outside, as the service does before refusing. */
export { assessScope, placeRecords } from './security/territory';
/** Options of `startServer` and the running server it resolves to. */
export type { RunningServer, StartServerOptions } from './server/start-server';
/** Starts the service alone on Node's HTTP server, on 127.0.0.1 by default. */
export { startServer } from './server/start-server';
/** The handler: `createRectifyService(options)` returns a Hono app whose `fetch` implements openapi.yaml. */
export type { RectifyServiceOptions } from './service/create-service';
/** Creates the service's app (fetch-standard `app.fetch`), to mount in a host's server or run alone. */
export { createRectifyService } from './service/create-service';
/** Misuse of the service's API by the host (a malformed key, a bad limit). */
export type { ServiceErrorCode } from './service-error';
/** The error class and its codes. */
export { SERVICE_ERROR_CODES, ServiceError } from './service-error';

/** The version of `@rectify/service`. */
export { SERVICE_VERSION } from './version';
