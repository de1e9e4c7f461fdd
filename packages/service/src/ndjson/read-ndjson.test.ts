import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../http/problem';
import { readNdjson } from './read-ndjson';

const LIMITS = { maxBytes: 1 << 20, maxLineBytes: 1 << 16 };

function request(text: string, cuts: number[] = []): Request {
  const bytes = new TextEncoder().encode(text);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let last = 0;
      for (const p of [...points, bytes.length]) {
        controller.enqueue(bytes.slice(last, p));
        last = p;
      }
      controller.close();
    },
  });
  return new Request('http://x/', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

const TEXT = [
  JSON.stringify({
    header: { schemaVersion: '0.1.0', campaignYear: 2023, records: { ignored: true } },
    options: { asOf: '2023-11-30' },
  }),
  JSON.stringify({ kind: 'community', record: { id: 'C1', name: '泉州·小区' } }),
  '',
  JSON.stringify({ kind: 'worker', record: { id: 'W1' } }),
  JSON.stringify({ kind: 'community', record: { id: 'C2' } }),
].join('\n');

describe('readNdjson', () => {
  it('reads the header, the options and the records by kind', async () => {
    const read = await readNdjson(request(TEXT), LIMITS);
    expect(read).toEqual({
      dataset: {
        schemaVersion: '0.1.0',
        campaignYear: 2023,
        records: { community: [{ id: 'C1', name: '泉州·小区' }, { id: 'C2' }], worker: [{ id: 'W1' }] },
      },
      options: { asOf: '2023-11-30' },
      records: 3,
    });
  });

  it('reads the same whatever the chunking, multi-byte characters split included', async () => {
    const expected = await readNdjson(request(TEXT), LIMITS);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
        expect(await readNdjson(request(TEXT, cuts), LIMITS)).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    ['no header', '{"kind":"community","record":{}}', 1],
    ['a bad line', '{"header":{}}\n{"kind":', 2],
    ['an unknown kind', '{"header":{}}\n\n{"kind":"nope","record":{}}', 3],
    ['an array record', '{"header":{}}\n{"kind":"worker","record":[]}', 2],
  ])('refuses %s, naming the line', async (_name, text, line) => {
    await expect(readNdjson(request(text), LIMITS)).rejects.toMatchObject({
      code: 'MALFORMED_NDJSON',
      extras: { errors: [expect.objectContaining({ line })] },
    });
  });

  it('refuses a body or a line over its limit', async () => {
    await expect(readNdjson(request(TEXT), { maxBytes: 50, maxLineBytes: 1000 })).rejects.toMatchObject({
      code: 'BODY_TOO_LARGE',
    });
    await expect(readNdjson(request(TEXT), { maxBytes: 10_000, maxLineBytes: 30 })).rejects.toBeInstanceOf(
      HttpProblem,
    );
  });
});
