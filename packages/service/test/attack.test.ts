// Attack suite: cross-division access with every role on every endpoint (none may succeed), oversized and
// malformed bodies, wrong content types, missing and unknown keys. Every answer is also checked against the spec.
import type { Dataset } from '@rectify/schemas';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_ROLES, type ApiRole } from '../src/security/api-key';
import { type ContractFetch, contractFetch } from './support/contract';
import {
  AS_OF,
  auth,
  communityCsv,
  datasets,
  foreignData,
  KEYS,
  mixedData,
  ownData,
} from './support/fixtures';
import { testReports } from './support/reports';
import { startTestServer, type TestServer } from './support/server';

const REPORTS = testReports();

let server: TestServer;
let small: TestServer;
const cf: ContractFetch = contractFetch();

beforeAll(async () => {
  server = await startTestServer({ reports: REPORTS.provider });
  small = await startTestServer({ maxBodyBytes: 4096, maxNdjsonBytes: 8192, maxNdjsonLineBytes: 1024 });
});

afterAll(async () => {
  await Promise.all([server.close(), small.close()]);
});

afterEach(() => {
  expect(cf.failures).toEqual([]);
});

const post = (
  s: TestServer,
  path: string,
  role: ApiRole,
  body: string,
  type = 'application/json',
  extra = {},
) =>
  cf.fetch(`${s.url}${path}`, {
    method: 'POST',
    headers: { ...auth(role), 'content-type': type, ...extra },
    body,
  });

const ndjsonOf = (dataset: Dataset, options: object = { asOf: AS_OF }) => {
  const { records, ...header } = dataset;
  const lines = [JSON.stringify({ header, options })];
  for (const [kind, list] of Object.entries(records))
    for (const record of list ?? []) lines.push(JSON.stringify({ kind, record }));
  return `${lines.join('\n')}\n`;
};

/** Every way to hand a dataset to the service, each as a request body and its content type. */
const DATA_ENDPOINTS: ReadonlyArray<
  readonly [string, string, (d: Dataset, mixed: boolean) => string, string?]
> = [
  ['validate dataset', '/v1/validate/dataset', (d) => JSON.stringify(d)],
  [
    'validate record',
    '/v1/validate/community', // The foreign record of a mixed dataset is its last community; of a foreign one, its first.
    (d, mixed) => JSON.stringify(mixed ? d.records.community?.at(-1) : d.records.community?.[0]),
  ],
  ['check JSON', '/v1/check', (d) => JSON.stringify({ dataset: d, asOf: AS_OF })],
  ['check NDJSON', '/v1/check', (d) => ndjsonOf(d), 'application/x-ndjson'],
  ['sampling', '/v1/plans/sampling', (d) => JSON.stringify({ dataset: d, year: 2023, seed: 1 })],
  [
    'cross-inspection',
    '/v1/plans/cross-inspection',
    (d) => JSON.stringify({ dataset: d, quarter: '2023Q3', seed: 1, level: 'street' }),
  ],
  ['audits', '/v1/plans/audits', (d) => JSON.stringify({ dataset: d, year: 2023 })],
  ['table upload', '/v1/tables/community', (d) => communityCsv(d), 'text/csv'],
  [
    'report',
    `/v1/reports/${REPORTS.reportId}`,
    (d) => JSON.stringify({ dataset: d, asOf: AS_OF, period: REPORTS.period }),
  ],
];

describe('cross-division access', () => {
  const outcomes: { role: ApiRole; endpoint: string; variant: string; status: number; code: string }[] = [];

  for (const role of API_ROLES)
    for (const [name, path, body, type] of DATA_ENDPOINTS)
      it(`${role} key, ${name}: another division's data and a mixed request are refused`, async () => {
        for (const [variant, data] of [
          ['foreign', foreignData(role)],
          ['mixed', mixedData(role)],
        ] as const) {
          const response = await post(server, path, role, body(data, variant === 'mixed'), type);
          const text = await response.text();
          const code = text.startsWith('{') ? ((JSON.parse(text) as { code?: string }).code ?? '') : '';
          outcomes.push({ role, endpoint: name, variant, status: response.status, code });
          expect(response.status, `${variant}: ${text.slice(0, 200)}`).toBe(403);
          // The refusal counts records, it never names them.
          const own = new Set((ownData(role).records.community ?? []).map((c) => c.id));
          for (const c of data.records.community ?? []) {
            if (own.has(c.id)) continue;
            expect(text).not.toContain(c.id);
            expect(text).not.toContain(c.name);
          }
        }
      });

  it('allowed none of them', () => {
    expect(outcomes.length).toBe(API_ROLES.length * DATA_ENDPOINTS.length * 2);
    expect(outcomes.filter((o) => o.status < 400)).toEqual([]);
    expect(outcomes.filter((o) => !['OUT_OF_SCOPE', 'ROLE_FORBIDDEN'].includes(o.code))).toEqual([]);
  });

  it('counts the refused records by kind', async () => {
    const response = await post(
      server,
      '/v1/check',
      'county',
      JSON.stringify({ dataset: datasets().otherCounty, asOf: AS_OF }),
    );
    const problem = (await response.json()) as {
      outOfScope: { records: number; byKind: Record<string, number> };
    };
    const total = Object.values(datasets().otherCounty.records).reduce((n, l) => n + (l?.length ?? 0), 0);
    const sharedDivisions = (datasets().otherCounty.records.division ?? []).filter(
      (d) => d.code === '350500' || d.code === '350000',
    ).length;
    expect(problem.outOfScope.records).toBe(total - sharedDivisions);
    expect(problem.outOfScope.byKind.community).toBe(datasets().otherCounty.records.community?.length);
  });

  it('refuses a division option outside the key: a sampling county, a report division', async () => {
    const sampling = await post(
      server,
      '/v1/plans/sampling',
      'county',
      JSON.stringify({ dataset: ownData('county'), year: 2023, seed: 1, countyCode: '350502' }),
    );
    expect(sampling.status).toBe(403);
    const report = await post(
      server,
      `/v1/reports/${REPORTS.reportId}`,
      'street',
      JSON.stringify({
        dataset: ownData('street'),
        asOf: AS_OF,
        divisionCode: '350503',
        period: REPORTS.period,
      }),
    );
    expect(report.status).toBe(403);
  });

  it('refuses a record it cannot place for a key narrower than the city, and a vendor drawing plans', async () => {
    const disclosure = ownData('county').records.quarterlyDisclosure?.[0];
    const placed = await post(
      server,
      '/v1/validate/quarterlyDisclosure',
      'county',
      JSON.stringify(disclosure),
    );
    expect(placed.status).toBe(403);
    expect(((await placed.json()) as { outOfScope: { unattributed: number } }).outOfScope.unattributed).toBe(
      1,
    );
    const vendor = await post(
      server,
      '/v1/plans/audits',
      'vendor',
      JSON.stringify({ dataset: ownData('vendor'), year: 2023 }),
    );
    expect(((await vendor.json()) as { code: string }).code).toBe('ROLE_FORBIDDEN');
  });

  it('lets each key in with its own data', async () => {
    for (const role of API_ROLES) {
      const response = await post(
        server,
        '/v1/check',
        role,
        JSON.stringify({ dataset: ownData(role), asOf: AS_OF }),
      );
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
  });
});

describe('keys', () => {
  const url = () => `${server.url}/v1/rules`;

  it.each([
    ['no header', {}],
    ['an unknown key', { authorization: 'Bearer not-a-key-000000000000000' }],
    ['an empty bearer', { authorization: 'Bearer ' }],
    ['the Basic scheme', { authorization: `Basic ${Buffer.from(`x:${KEYS.city.key}`).toString('base64')}` }],
    ['a key in the wrong case', { authorization: `Bearer ${KEYS.city.key.toUpperCase()}` }],
    ['a prefix of a key', { authorization: `Bearer ${KEYS.city.key.slice(0, -1)}` }],
    ['an unknown X-API-Key', { 'x-api-key': 'nope-nope-nope-nope' }],
  ])('refuses %s with 401 and a challenge', async (_name, headers) => {
    const response = await cf.fetch(url(), { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    const body = (await response.json()) as { code: string };
    expect(['API_KEY_MISSING', 'API_KEY_INVALID']).toContain(body.code);
  });

  it('accepts the key in X-API-Key', async () => {
    const response = await cf.fetch(url(), { headers: { 'x-api-key': KEYS.street.key } });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  });

  it('checks the key before reading a body', async () => {
    const response = await cf
      .fetch(`${small.url}/v1/check`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'content-length': '999999999' },
        body: 'x',
      })
      .catch(() => undefined);
    // Either refused as unauthenticated, or the client refused to send a lying Content-Length.
    if (response) expect(response.status).toBe(401);
  });
});

describe('bodies', () => {
  const big = JSON.stringify({ dataset: ownData('county'), asOf: AS_OF });

  it('refuses a body over the limit by its Content-Length (413)', async () => {
    const response = await post(small, '/v1/check', 'county', big);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { limitBytes: number }).limitBytes).toBe(4096);
  });

  it('refuses a streamed body that grows past the limit (413)', async () => {
    for (const [type, text] of [
      ['application/json', big],
      ['application/x-ndjson', ndjsonOf(ownData('county'))],
    ] as const) {
      const bytes = new TextEncoder().encode(text);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 1000) controller.enqueue(bytes.slice(i, i + 1000));
          controller.close();
        },
      });
      const response = await cf.fetch(`${small.url}/v1/check`, {
        method: 'POST',
        headers: { ...auth('county'), 'content-type': type },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      await response.arrayBuffer();
    }
  });

  it.each([
    ['truncated', '{"dataset": {"records": '],
    ['trailing garbage', '{"asOf": "2023-11-30"} x'],
    ['a lone value', 'nope'],
    ['empty', ''],
    ['whitespace', '   \n'],
    ['a personal number inside broken JSON', '{"idNumber": "350503199001011234", }'],
  ])('refuses malformed JSON (%s) with 400 and never echoes it', async (_name, text) => {
    const response = await post(server, '/v1/check', 'city', text);
    expect(response.status).toBe(400);
    const raw = await response.text();
    const problem = JSON.parse(raw) as { code: string; errors: unknown[] };
    expect(problem.code).toBe('MALFORMED_JSON');
    expect(problem.errors.length).toBeGreaterThan(0);
    expect(raw).not.toContain('350503199001011234');
  });

  it('refuses bytes that are not UTF-8', async () => {
    const response = await cf.fetch(`${server.url}/v1/validate/dataset`, {
      method: 'POST',
      headers: { ...auth('city'), 'content-type': 'application/json' },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(response.status).toBe(400);
    await response.arrayBuffer();
  });

  it('answers field errors of a well-formed but wrong body with their pointers (400)', async () => {
    const response = await post(
      server,
      '/v1/check',
      'city',
      JSON.stringify({ dataset: [], asOf: 20231130, packs: ['nope'], extra: 1 }),
    );
    const problem = (await response.json()) as { code: string; errors: { pointer: string }[] };
    expect(problem.code).toBe('INVALID_REQUEST');
    expect(problem.errors.map((e) => e.pointer).sort()).toEqual(['/asOf', '/dataset', '/extra', '/packs']);
  });

  it.each([
    ['no header line', `${JSON.stringify({ kind: 'community', record: {} })}\n`],
    [
      'an unknown kind',
      `${JSON.stringify({ header: {} })}\n${JSON.stringify({ kind: 'nope', record: {} })}\n`,
    ],
    [
      'a record that is not an object',
      `${JSON.stringify({ header: {} })}\n${JSON.stringify({ kind: 'community', record: 1 })}\n`,
    ],
    [
      'a line that is not JSON',
      `${JSON.stringify({ header: {} })}\n{"kind": "community", "record": {"idNumber": "350503199001011234"\n`,
    ],
    ['an empty body', ''],
  ])('refuses malformed NDJSON (%s) with its line number', async (_name, text) => {
    const response = await post(server, '/v1/check?asOf=2023-11-30', 'city', text, 'application/x-ndjson');
    expect(response.status).toBe(400);
    const raw = await response.text();
    const problem = JSON.parse(raw) as { code: string; errors: { line: number }[] };
    expect(problem.code).toBe('MALFORMED_NDJSON');
    expect(problem.errors[0]?.line).toBeGreaterThan(0);
    expect(raw).not.toContain('350503199001011234');
  });

  it('refuses an NDJSON line over the line limit', async () => {
    const text = `${JSON.stringify({ header: {} })}\n${JSON.stringify({ kind: 'community', record: { name: 'x'.repeat(3000) } })}\n`;
    const response = await post(small, '/v1/check?asOf=2023-11-30', 'city', text, 'application/x-ndjson');
    expect(response.status).toBe(400);
    await response.arrayBuffer();
  });
});

describe('content types', () => {
  it.each([
    ['text/plain'],
    ['application/xml'],
    ['multipart/form-data; boundary=x'],
    ['application/json; charset=iso-8859-1'],
    ['application/x-www-form-urlencoded'],
    ['not a media type'],
  ])('refuses %s with 415 on every data endpoint', async (type) => {
    for (const path of [
      '/v1/validate/dataset',
      '/v1/check',
      '/v1/plans/sampling',
      '/v1/plans/cross-inspection',
      '/v1/plans/audits',
    ]) {
      const response = await post(server, path, 'city', '{}', type);
      expect(response.status).toBe(415);
      expect(((await response.json()) as { accepted: string[] }).accepted).toContain('application/json');
    }
  });

  it('refuses a body without a Content-Type (415)', async () => {
    const response = await cf.fetch(`${server.url}/v1/validate/dataset`, {
      method: 'POST',
      headers: auth('city'),
      body: new Uint8Array([0x7b, 0x7d]),
    });
    expect(response.status).toBe(415);
    await response.arrayBuffer();
  });
});

describe('paths', () => {
  it.each([
    '/v1/schemas/..%2f..%2fpackage.json',
    '/v1/schemas/%00',
    '/v1/validate/__proto__',
    '/v1/validate/constructor',
  ])('answers a problem for %s', async (path) => {
    const response = await cf.fetch(`${server.url}${path}`, {
      method: path.startsWith('/v1/validate') ? 'POST' : 'GET',
      headers: { ...auth('city'), 'content-type': 'application/json' },
      ...(path.startsWith('/v1/validate') ? { body: '{}' } : {}),
    });
    expect(response.status).toBe(404);
    await response.arrayBuffer();
  });
});
