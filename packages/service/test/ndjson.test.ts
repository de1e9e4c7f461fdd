// NDJSON round trip: a dataset streamed as NDJSON (as @rectify/samples writes it) and answered as NDJSON gives the
// same findings and summary as the JSON request.
import { type WriteNdjsonOptions, writeNdjson } from '@rectify/samples';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ContractFetch, contractFetch } from './support/contract';
import { AS_OF, auth } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

let server: TestServer;
const cf: ContractFetch = contractFetch();

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

afterEach(() => {
  expect(cf.failures).toEqual([]);
});

const GENERATE: WriteNdjsonOptions = {
  seed: 'ndjson',
  communities: 30,
  projects: 6,
  workersPerProject: 8,
  plantRate: 0.25,
};

/** The NDJSON text of a generated dataset, and the same dataset as JSON. */
async function generated(): Promise<{ ndjson: string; dataset: Record<string, unknown> }> {
  let ndjson = '';
  await writeNdjson(
    { ...GENERATE, chunkSize: 10_000 },
    {
      write: (chunk) => {
        ndjson += chunk;
        return true;
      },
      once: () => undefined,
    },
  );
  const [head, ...lines] = ndjson.trim().split('\n');
  const records: Record<string, unknown[]> = {};
  for (const line of lines) {
    const { kind, record } = JSON.parse(line) as { kind: string; record: unknown };
    const list = records[kind] ?? [];
    list.push(record);
    records[kind] = list;
  }
  return { ndjson, dataset: { ...(JSON.parse(head ?? '{}') as { header: object }).header, records } };
}

/** A request body streamed in small chunks, so lines are split across reads. */
function chunked(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

describe('NDJSON round trip', () => {
  it('gives the findings and the summary of the JSON check, line by line', async () => {
    const { ndjson, dataset } = await generated();
    const asJson = await cf.fetch(`${server.url}/v1/check`, {
      method: 'POST',
      headers: { ...auth('city'), 'content-type': 'application/json' },
      body: JSON.stringify({ dataset, asOf: AS_OF }),
    });
    const expected = (await asJson.json()) as { findings: unknown[] } & Record<string, unknown>;
    expect(expected.findings.length).toBeGreaterThan(0);

    const asStream = await cf.fetch(`${server.url}/v1/check?asOf=${AS_OF}&packs=public-income,wages`, {
      method: 'POST',
      headers: { ...auth('city'), 'content-type': 'application/x-ndjson', accept: 'application/x-ndjson' },
      body: chunked(ndjson, 997),
      duplex: 'half',
    } as RequestInit);
    expect(asStream.status).toBe(200);
    expect(asStream.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await asStream.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const summary = lines.pop();
    expect(lines.every((l) => l.type === 'finding')).toBe(true);
    expect(lines.map((l) => l.finding)).toEqual(expected.findings);
    const { findings, ...rest } = expected;
    expect(summary).toEqual({ type: 'summary', ...rest, findings: findings.length });
  });

  it('reads the options from the header line, and answers JSON when Accept asks for JSON', async () => {
    const { ndjson } = await generated();
    const [head, ...rest] = ndjson.split('\n');
    const header = JSON.parse(head ?? '{}') as { header: object };
    const body = [
      JSON.stringify({ ...header, options: { asOf: AS_OF, packs: ['wages'], indicators: false } }),
      ...rest,
    ].join('\n');
    const response = await cf.fetch(`${server.url}/v1/check`, {
      method: 'POST',
      headers: { ...auth('city'), 'content-type': 'application/x-ndjson', accept: 'application/json' },
      body,
    });
    const result = (await response.json()) as { packs: { id: string }[]; indicators: unknown[] };
    expect(result.packs.map((p) => p.id)).toEqual(['wages']);
    expect(result.indicators).toEqual([]);
  });

  it('answers the same for every chunking of the request', async () => {
    const { ndjson } = await generated();
    const answers = new Set<string>();
    for (const size of [1, 64, 4096, 1 << 20]) {
      const response = await cf.fetch(`${server.url}/v1/check?asOf=${AS_OF}`, {
        method: 'POST',
        headers: { ...auth('city'), 'content-type': 'application/x-ndjson' },
        body: chunked(size === 1 ? ndjson.slice(0, 20_000).replace(/\n[^\n]*$/, '\n') : ndjson, size),
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBeLessThan(500);
      if (size !== 1) answers.add(await response.text());
      else await response.arrayBuffer();
    }
    expect(answers.size).toBe(1);
  });

  it('refuses check options that break the contract, pointing into the header line', async () => {
    const response = await cf.fetch(`${server.url}/v1/check`, {
      method: 'POST',
      headers: { ...auth('city'), 'content-type': 'application/x-ndjson' },
      body: `${JSON.stringify({ header: {}, options: { asOf: 'soon' } })}\n`,
    });
    const problem = (await response.json()) as { code: string; errors: { pointer: string; line: number }[] };
    expect(problem.code).toBe('INVALID_REQUEST');
    expect(problem.errors).toEqual([expect.objectContaining({ pointer: '/options/asOf', line: 1 })]);
  });
});
