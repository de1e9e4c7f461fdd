import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HttpProblem } from './problem';
import { decodeUtf8, lineColumn, parseJsonBody, readBody } from './read-body';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readBody', () => {
  it('reads a body within the limit', async () => {
    const request = new Request('http://x/', { method: 'POST', body: 'hello' });
    expect(new TextDecoder().decode(await readBody(request, 5))).toBe('hello');
  });

  it('refuses a body over the limit, declared or streamed', async () => {
    const declared = new Request('http://x/', {
      method: 'POST',
      body: 'hello!',
      headers: { 'content-length': '6' },
    });
    await expect(readBody(declared, 5)).rejects.toMatchObject({ code: 'BODY_TOO_LARGE' });
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(bytes('abc'));
        c.enqueue(bytes('def'));
        c.close();
      },
    });
    const streamed = new Request('http://x/', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expect(readBody(streamed, 5)).rejects.toMatchObject({
      code: 'BODY_TOO_LARGE',
      headers: { connection: 'close' },
    });
  });
});

describe('parseJsonBody', () => {
  it('parses JSON, dropping a byte order mark', () => {
    expect(parseJsonBody(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('{"a":1}')]))).toEqual({ a: 1 });
  });

  it.each([['{'], ['{"a":}'], [''], ['  '], ['[1,]'], ['{"idNumber": "350503199001011234",}']])(
    'refuses %j without echoing it',
    (text) => {
      try {
        parseJsonBody(bytes(text));
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(HttpProblem);
        expect((error as HttpProblem).code).toBe('MALFORMED_JSON');
        expect(JSON.stringify((error as HttpProblem).extras)).not.toContain('3505031990');
      }
    },
  );

  it('refuses bytes that are not UTF-8', () => {
    expect(() => parseJsonBody(new Uint8Array([0x22, 0xc3, 0x28, 0x22]))).toThrow(HttpProblem);
    expect(decodeUtf8(new Uint8Array([0xc3, 0x28]))).toBeUndefined();
  });

  it('never throws anything but a problem for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseJsonBody(bytes(text));
        } catch (error) {
          expect(error).toBeInstanceOf(HttpProblem);
        }
      }),
    );
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('agrees with splitting the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % text.length;
        const before = text.slice(0, offset).split('\n');
        expect(lineColumn(text, offset)).toEqual({
          line: before.length,
          column: (before.at(-1)?.length ?? 0) + 1,
        });
      }),
    );
  });
});
