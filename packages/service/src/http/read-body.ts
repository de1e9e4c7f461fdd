import { HttpProblem } from './problem';

/**
 * A refusal before the body was read to its end: the connection is closed after the answer rather than reused
 * (the rest of the body is never read, so the socket cannot carry another request).
 */
export function tooLarge(limit: number): HttpProblem {
  return new HttpProblem('BODY_TOO_LARGE', { limitBytes: limit }, { connection: 'close' });
}

/**
 * Reads a request body up to `limit` bytes. A declared `Content-Length` over the limit is refused before a byte
 * is read; a body that grows past it is read no further. Throws {@link HttpProblem} `BODY_TOO_LARGE`.
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^[0-9]+$/.test(declared) && Number(declared) > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.releaseLock();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  return { line, column: offset - start + 1 };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly (a BOM is dropped); `undefined` for bytes that are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Parses a JSON body. The parser's own message is never echoed (it quotes the input, which may hold personal
 * data): the problem gives the line and column when the parser tells the position. Throws {@link HttpProblem}
 * `MALFORMED_JSON`.
 */
export function parseJsonBody(bytes: Uint8Array): unknown {
  const text = decodeUtf8(bytes);
  if (text === undefined)
    throw new HttpProblem('MALFORMED_JSON', {
      detail: 'The body is not UTF-8.',
      errors: [{ pointer: '/', message: { 'zh-CN': '请求体不是 UTF-8 编码', en: 'The body is not UTF-8' } }],
    });
  if (text.trim() === '')
    throw new HttpProblem('MALFORMED_JSON', {
      detail: 'The body is empty.',
      errors: [{ pointer: '/', message: { 'zh-CN': '请求体为空', en: 'The body is empty' } }],
    });
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = /position ([0-9]+)/.exec((error as Error).message ?? '')?.[1];
    const where = position === undefined ? {} : lineColumn(text, Number(position));
    throw new HttpProblem('MALFORMED_JSON', {
      detail: 'The body is not valid JSON.',
      errors: [
        {
          pointer: '/',
          ...where,
          message: {
            'zh-CN': position === undefined ? 'JSON 语法错误' : 'JSON 语法错误（见行号与列号）',
            en: position === undefined ? 'JSON syntax error' : 'JSON syntax error (see line and column)',
          },
        },
      ],
    });
  }
}
