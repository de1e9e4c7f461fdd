// Contract suite: every response of every endpoint, over real HTTP on loopback, validated against openapi.yaml.
import { RECORD_KINDS } from '@rectify/schemas';
import { xlsxBuffer } from '@rectify/tables';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRectifyClient, type RectifyClient } from '../src/client/create-client';
import { type ContractFetch, contractFetch, declaredPairs } from './support/contract';
import { AS_OF, auth, communityCsv, communitySheet, datasets, KEYS, ownData } from './support/fixtures';
import { testReports } from './support/reports';
import { startTestServer, type TestServer } from './support/server';

const REPORTS = testReports();

let server: TestServer;
let broken: TestServer;
let small: TestServer;
const cf: ContractFetch = contractFetch();
let client: RectifyClient;
const faults: unknown[] = [];

beforeAll(async () => {
  server = await startTestServer({ reports: REPORTS.provider });
  small = await startTestServer({ maxBodyBytes: 2048, reports: REPORTS.provider });
  // A key lookup that answers a malformed key: the service's own fault, answered as 500 INTERNAL.
  broken = await startTestServer({
    reports: REPORTS.provider,
    keys: () => ({ key: 'x', role: 'city', divisionCode: 'nope' }),
    onError: (error) => faults.push(error),
  });
  client = createRectifyClient({ baseUrl: server.url, apiKey: KEYS.city.key, fetch: cf.fetch });
});

afterAll(async () => {
  await Promise.all([server.close(), small.close(), broken.close()]);
});

afterEach(() => {
  expect(cf.failures).toEqual([]);
});

const json = (role: keyof typeof KEYS, body: unknown, extra: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { ...auth(role), 'content-type': 'application/json', ...extra },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

const DATA_POSTS: ReadonlyArray<readonly [string, (d: unknown) => unknown]> = [
  ['/v1/validate/dataset', (d) => d],
  ['/v1/check', (d) => ({ dataset: d, asOf: AS_OF })],
  ['/v1/plans/sampling', (d) => ({ dataset: d, year: 2023, seed: 1 })],
  ['/v1/plans/cross-inspection', (d) => ({ dataset: d, quarter: '2023Q3', seed: 1, level: 'street' })],
  ['/v1/plans/audits', (d) => ({ dataset: d, year: 2023 })],
];

describe('catalog and schemas', () => {
  it('answers health without a key', async () => {
    const { data, response } = await client.GET('/v1/health');
    expect(response.status).toBe(200);
    expect(data?.packs.map((p) => p.id)).toEqual(['public-income', 'wages']);
  });

  it('lists and serves every published schema in both drafts', async () => {
    const { data } = await client.GET('/v1/schemas');
    expect(data?.schemas).toHaveLength(RECORD_KINDS.length + 1);
    for (const kind of [...RECORD_KINDS, 'dataset'] as const)
      for (const draft of ['2020-12', '07'] as const) {
        const { data: schema, response } = await client.GET('/v1/schemas/{kind}', {
          params: { path: { kind }, query: { draft } },
        });
        expect(response.status).toBe(200);
        expect(schema?.$id).toContain(draft === '07' ? 'draft-07' : 'draft-2020-12');
      }
  });

  it('refuses an unknown kind (404) and an unknown draft (400)', async () => {
    expect((await cf.fetch(`${server.url}/v1/schemas/nope`, { headers: auth('city') })).status).toBe(404);
    expect(
      (await cf.fetch(`${server.url}/v1/schemas/community?draft=04`, { headers: auth('city') })).status,
    ).toBe(400);
  });

  it('serves the rule catalog, the clause catalog and the coverage matrix', async () => {
    const rules = await client.GET('/v1/rules');
    expect(rules.data?.packs.flatMap((p) => p.rules).length).toBeGreaterThan(30);
    const clauses = await client.GET('/v1/clauses');
    expect(clauses.data?.clauses.length).toBeGreaterThan(100);
    const coverage = await client.GET('/v1/coverage');
    expect(coverage.data?.total).toBe(clauses.data?.clauses.length);
    expect((await client.GET('/v1/reports')).response.status).toBe(200);
  });

  it('answers 401 without a key on every catalog path', async () => {
    for (const path of [
      '/v1/schemas',
      '/v1/schemas/community',
      '/v1/rules',
      '/v1/clauses',
      '/v1/coverage',
      '/v1/reports',
    ])
      expect((await cf.fetch(`${server.url}${path}`)).status).toBe(401);
  });
});

describe('validate', () => {
  it('reports a valid dataset and an invalid record with 200', async () => {
    const { data } = await client.POST('/v1/validate/{kind}', {
      params: { path: { kind: 'dataset' } },
      body: datasets().city,
    });
    expect(data?.valid).toBe(true);
    const bad = await cf.fetch(`${server.url}/v1/validate/community?maxIssues=5`, json('city', { id: 'x' }));
    expect(bad.status).toBe(200);
    expect(((await bad.json()) as { valid: boolean }).valid).toBe(false);
  });

  it('answers 404 for an unknown kind and 400 for a bad query', async () => {
    expect((await cf.fetch(`${server.url}/v1/validate/nope`, json('city', {}))).status).toBe(404);
    expect((await cf.fetch(`${server.url}/v1/validate/community?maxIssues=0`, json('city', {}))).status).toBe(
      400,
    );
  });
});

describe('check', () => {
  it('runs both packs with the typed client and answers JSON', async () => {
    const { data, response } = await client.POST('/v1/check', {
      body: { dataset: datasets().city, asOf: AS_OF },
    });
    expect(response.status).toBe(200);
    expect(data?.findings.length).toBeGreaterThan(0);
    expect(data?.indicators.length).toBeGreaterThan(0);
    expect(data?.packs.every((p) => /^[0-9a-f]{64}$/.test(p.hash))).toBe(true);
  });

  it('answers NDJSON when Accept asks for it', async () => {
    const response = await cf.fetch(
      `${server.url}/v1/check`,
      json(
        'county',
        { dataset: ownData('county'), asOf: AS_OF, packs: ['public-income'] },
        { accept: 'application/x-ndjson' },
      ),
    );
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await response.text()).trim().split('\n');
    expect(JSON.parse(lines.at(-1) ?? '{}').type).toBe('summary');
  });

  it('answers 400 for a contract breach and for an unknown parameter, 406 and 422', async () => {
    const d = ownData('city');
    expect(
      (await cf.fetch(`${server.url}/v1/check`, json('city', { dataset: d, asOf: '2023-13-01' }))).status,
    ).toBe(400);
    const unknown = await cf.fetch(
      `${server.url}/v1/check`,
      json('city', { dataset: d, asOf: AS_OF, parameters: { 'PI-BOARD': { nope: 1 } } }),
    );
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { code: string }).code).toBe('INVALID_OPTION');
    expect(
      (
        await cf.fetch(
          `${server.url}/v1/check`,
          json('city', { dataset: d, asOf: AS_OF }, { accept: 'text/html' }),
        )
      ).status,
    ).toBe(406);
    const invalid = { ...d, records: { ...d.records, community: [{ id: 'only-an-id' }] } };
    const answer = await cf.fetch(`${server.url}/v1/check`, json('city', { dataset: invalid, asOf: AS_OF }));
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { validation: { valid: boolean } }).validation.valid).toBe(false);
  });
});

describe('plans', () => {
  it('plans sampling, cross-inspection and audits', async () => {
    const sampling = await client.POST('/v1/plans/sampling', {
      body: { dataset: datasets().city, year: 2023, seed: 7 },
    });
    expect(sampling.data?.counties.length).toBeGreaterThan(1);
    const cross = await client.POST('/v1/plans/cross-inspection', {
      body: { dataset: datasets().city, quarter: '2023Q3', seed: 'q3', level: 'county' },
    });
    expect(cross.data?.groups.length).toBeGreaterThan(1);
    const audits = await client.POST('/v1/plans/audits', { body: { dataset: datasets().city, year: 2023 } });
    expect(audits.data?.communities.length).toBe(datasets().city.records.community?.length);
  });

  it('answers 400 for bad options and 422 for an invalid dataset', async () => {
    const d = ownData('city');
    const invalid = { ...d, records: { community: [{ id: 'only-an-id' }] } };
    for (const [path, body] of DATA_POSTS.slice(2)) {
      expect(
        (
          await cf.fetch(
            `${server.url}${path}`,
            json('city', { ...(body(d) as object), year: -1, quarter: 'x' }),
          )
        ).status,
      ).toBe(400);
      expect((await cf.fetch(`${server.url}${path}`, json('city', body(invalid)))).status).toBe(422);
    }
    const share = await cf.fetch(
      `${server.url}/v1/plans/sampling`,
      json('city', { dataset: d, year: 2023, seed: 1, share: { numerator: 3, denominator: 2 } }),
    );
    expect(((await share.json()) as { code: string }).code).toBe('INVALID_OPTION');
  });
});

describe('errors every data endpoint declares', () => {
  it.each(DATA_POSTS)('%s: 401, 403, 413, 415, 400 and 500', async (path, body) => {
    const url = (s: TestServer) => `${s.url}${path}`;
    expect((await cf.fetch(url(server), { method: 'POST', body: '{}' })).status).toBe(401);
    const forbidden = await cf.fetch(url(server), json('street', body(ownData('county'))));
    expect(forbidden.status).toBe(403);
    expect((await cf.fetch(url(small), json('city', body(ownData('county'))))).status).toBe(413);
    expect(
      (
        await cf.fetch(url(server), {
          ...json('city', '{}'),
          headers: { ...auth('city'), 'content-type': 'text/plain' },
        })
      ).status,
    ).toBe(415);
    expect((await cf.fetch(url(server), json('city', '{"dataset": '))).status).toBe(400);
    const fault = await cf.fetch(url(broken), json('city', body(ownData('city'))));
    expect(fault.status).toBe(500);
    expect(await fault.text()).not.toMatch(/ at |\.ts:|stack/i);
  });

  it('answers 500 on every catalog path when the key lookup is broken', async () => {
    for (const path of [
      '/v1/schemas',
      '/v1/schemas/community',
      '/v1/rules',
      '/v1/clauses',
      '/v1/coverage',
      '/v1/reports',
    ])
      expect((await cf.fetch(`${broken.url}${path}`, { headers: auth('city') })).status).toBe(500);
    expect(faults.length).toBeGreaterThan(0);
  });

  it('answers a problem for an unknown path (404) and a wrong method (405)', async () => {
    const missing = await cf.fetch(`${server.url}/v1/nope`, { headers: auth('city') });
    expect(missing.status).toBe(404);
    const wrong = await cf.fetch(`${server.url}/v1/check`, { headers: auth('city') });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });
});

describe('tables', () => {
  const upload = (
    s: TestServer,
    kind: string,
    role: keyof typeof KEYS,
    body: string | Uint8Array,
    type: string,
    query = '',
  ) =>
    cf.fetch(`${s.url}/v1/tables/${kind}${query}`, {
      method: 'POST',
      headers: { ...auth(role), 'content-type': type },
      body,
    });
  const CSV = 'text/csv; charset=utf-8';
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  it('reads a CSV and an XLSX registry into records, with row issues', async () => {
    const csv = `${communityCsv(ownData('county')).trimEnd()}\r\nCM-BAD,坏行,350503001,某公司,not-a-uscc,abc,1,否,否\r\n`;
    const fromCsv = await upload(server, 'community', 'county', csv, CSV);
    expect(fromCsv.status).toBe(200);
    const report = (await fromCsv.json()) as {
      records: unknown[];
      counts: { rejected: number };
      issues: unknown[];
    };
    expect(report.records).toHaveLength(ownData('county').records.community?.length ?? -1);
    expect(report.counts.rejected).toBe(1);
    const workbook = await xlsxBuffer([communitySheet(ownData('street').records.community ?? [])]);
    const fromXlsx = await upload(server, 'community', 'street', workbook, XLSX);
    expect(fromXlsx.status).toBe(200);
    expect(((await fromXlsx.json()) as { format: string }).format).toBe('xlsx');
  });

  it('answers 400, 401, 403, 404, 413, 415 and 500', async () => {
    const csv = communityCsv(ownData('county'));
    expect((await upload(server, 'community', 'county', csv, CSV, '?encoding=latin1')).status).toBe(400);
    expect((await cf.fetch(`${server.url}/v1/tables/community`, { method: 'POST', body: csv })).status).toBe(
      401,
    );
    expect((await upload(server, 'community', 'street', csv, CSV)).status).toBe(403);
    expect((await upload(server, 'audit', 'county', csv, CSV)).status).toBe(404);
    expect((await upload(small, 'community', 'county', communityCsv(datasets().city), CSV)).status).toBe(413);
    expect((await upload(server, 'community', 'county', csv, 'text/plain')).status).toBe(415);
    expect((await upload(broken, 'community', 'county', csv, CSV)).status).toBe(500);
  });
});

describe('reports', () => {
  const url = (s: TestServer) => `${s.url}/v1/reports/${REPORTS.reportId}`;
  const body = (role: keyof typeof KEYS, extra: object = {}) => ({
    dataset: ownData(role),
    asOf: AS_OF,
    period: REPORTS.period,
    ...extra,
  });
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  it('lists the reports', async () => {
    const { data } = await client.GET('/v1/reports');
    expect(data?.reports.map((r) => r.id)).toContain(REPORTS.reportId);
  });

  it.each([
    ['application/json', 'inline'],
    ['text/markdown', 'inline'],
    ['text/html', 'inline'],
    ['text/csv', 'inline'],
    [XLSX, 'attachment'],
  ])('builds and renders as %s (%s)', async (accept, kind) => {
    const response = await cf.fetch(url(server), json('county', body('county'), { accept }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(accept);
    expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^${kind}; filename=`));
    await response.arrayBuffer();
  });

  it('answers 400, 401, 403, 404, 406, 413, 415, 422 and 500', async () => {
    expect((await cf.fetch(url(server), json('county', body('county', { period: 'soon' })))).status).toBe(
      400,
    );
    expect((await cf.fetch(url(server), json('county', body('county', { period: '2023' })))).status).toBe(
      400,
    );
    expect((await cf.fetch(url(server), { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await cf.fetch(url(server), json('street', body('county')))).status).toBe(403);
    expect((await cf.fetch(url(server), json('vendor', body('vendor', { reveal: true })))).status).toBe(403);
    expect(
      (await cf.fetch(`${server.url}/v1/reports/no-such-report`, json('city', body('city')))).status,
    ).toBe(404);
    expect(
      (await cf.fetch(url(server), json('county', body('county'), { accept: 'image/png' }))).status,
    ).toBe(406);
    expect((await cf.fetch(url(small), json('county', body('county')))).status).toBe(413);
    expect(
      (
        await cf.fetch(url(server), {
          ...json('county', '{}'),
          headers: { ...auth('county'), 'content-type': 'text/csv' },
        })
      ).status,
    ).toBe(415);
    const d = ownData('county');
    const invalid = { ...d, records: { ...d.records, community: [{ id: 'only-an-id' }] } };
    expect((await cf.fetch(url(server), json('city', body('city', { dataset: invalid })))).status).toBe(422);
    expect((await cf.fetch(url(broken), json('city', body('city')))).status).toBe(500);
  });
});

describe('request ids and logs', () => {
  it('echoes a usable X-Request-Id and replaces an unusable one', async () => {
    const given = await cf.fetch(`${server.url}/v1/health`, { headers: { 'x-request-id': 'host-req.42' } });
    expect(given.headers.get('x-request-id')).toBe('host-req.42');
    const replaced = await cf.fetch(`${server.url}/v1/health`, { headers: { 'x-request-id': 'has spaces' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one line per request with role, division and the pack hashes of a check, never the key', async () => {
    const before = server.logs.length;
    await cf.fetch(
      `${server.url}/v1/check`,
      json(
        'county',
        { dataset: ownData('county'), asOf: AS_OF, packs: ['wages'] },
        { 'x-request-id': 'log-test-1' },
      ),
    );
    const entries = server.logs.slice(before);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      level: 'info',
      method: 'POST',
      path: '/v1/check',
      status: 200,
      requestId: 'log-test-1',
      role: 'county',
      division: '350503',
    });
    expect(entry?.packs?.map((p) => p.id)).toEqual(['wages']);
    expect(JSON.stringify(server.logs)).not.toContain(KEYS.county.key);
  });
});

describe('coverage of the contract', () => {
  // Statuses the suite cannot provoke, with the reason; everything else declared must have been seen.
  const UNREACHABLE: Record<string, string> = {
    'getHealth 500': 'the liveness probe reads no input and calls no library',
  };

  it('saw every declared status of every operation, each response valid', () => {
    const missing = declaredPairs().filter((pair) => !cf.seen.has(pair) && !(pair in UNREACHABLE));
    expect(missing).toEqual([]);
    expect(cf.count).toBeGreaterThan(100);
  });
});
