import {
  CLAUSE_DOCUMENTS,
  CLAUSES,
  kitCoverage,
  PLANNERS,
  PUBLIC_INCOME_INDICATORS,
  publicIncomePack,
  WAGES_INDICATORS,
  wagesPack,
} from '@rectify/rules';
import { SCHEMA_VERSION } from '@rectify/schemas';
import type { Hono } from 'hono';
import type { components } from '../generated/openapi.generated';
import { jsonResponse, once } from '../http/respond';
import type { ServiceEnv } from '../service/context';
import { SERVICE_VERSION } from '../version';

type Schemas = components['schemas'];

const packs = [publicIncomePack, wagesPack];
const indicators = [...PUBLIC_INCOME_INDICATORS, ...WAGES_INDICATORS];

const health = once(() =>
  JSON.stringify({
    status: 'ok',
    service: 'rectify',
    version: SERVICE_VERSION,
    schemaVersion: SCHEMA_VERSION,
    packs: packs.map(({ id, version, hash }) => ({ id, version, hash })),
  } satisfies Schemas['Health']),
);

const rules = once(() =>
  JSON.stringify({
    packs: packs.map((pack) => ({
      id: pack.id,
      version: pack.version,
      hash: pack.hash,
      campaign: pack.campaign,
      rules: pack.rules.map(({ evaluate: _evaluate, ...meta }) => meta),
    })),
    indicators: indicators.map(({ compute: _compute, ...meta }) => meta),
    planners: PLANNERS,
  }),
);

const clauses = once(() => JSON.stringify({ documents: CLAUSE_DOCUMENTS, clauses: CLAUSES }));

const coverage = once(() => JSON.stringify(kitCoverage({ packs, indicators })));

/** `GET /v1/health`: registered before the key check, which therefore never runs for it. */
export function registerHealthRoute(app: Hono<ServiceEnv>): void {
  app.get('/v1/health', () => jsonResponse(health()));
}

/** `GET /v1/rules`, `/v1/clauses`, `/v1/coverage`: catalogs computed once, served as is. */
export function registerCatalogRoutes(app: Hono<ServiceEnv>): void {
  app.get('/v1/rules', () => jsonResponse(rules()));
  app.get('/v1/clauses', () => jsonResponse(clauses()));
  app.get('/v1/coverage', () => jsonResponse(coverage()));
}
