import { RECORD_KINDS } from '@rectify/schemas';
import { HttpProblem } from '../http/problem';
import { tooLarge } from '../http/read-body';

/** An NDJSON check body, read into a dataset. */
export interface NdjsonDataset {
  /** The dataset: the header's envelope with the records grouped by kind. */
  readonly dataset: Record<string, unknown> & { records: Record<string, unknown[]> };
  /** The `options` of the header line, when it has them. */
  readonly options: unknown;
  /** Record lines read. */
  readonly records: number;
}

/** Limits of {@link readNdjson}. */
export interface NdjsonLimits {
  /** Most bytes of the whole body. */
  readonly maxBytes: number;
  /** Most bytes of one line. */
  readonly maxLineBytes: number;
}

const KINDS = new Set<string>(RECORD_KINDS);

function malformed(line: number, pointer: string, zh: string, en: string): HttpProblem {
  return new HttpProblem(
    'MALFORMED_NDJSON',
    { detail: `Line ${line}: ${en}.`, errors: [{ pointer, line, message: { 'zh-CN': zh, en } }] },
    // The rest of the stream is not read: the connection cannot carry another request.
    { connection: 'close' },
  );
}

/**
 * Reads an NDJSON check body as it streams: a header line `{"header": {…envelope}, "options": {…}}`, then one
 * `{"kind": …, "record": …}` per line (blank lines are skipped), as `@rectify/samples`' `writeNdjson` writes
 * them. The body is never held as one string: lines are parsed as they arrive, within the byte limits. Throws
 * {@link HttpProblem} `MALFORMED_NDJSON` (with the line number; the parser's message, which quotes the input, is
 * never echoed) or `BODY_TOO_LARGE`.
 */
export async function readNdjson(request: Request, limits: NdjsonLimits): Promise<NdjsonDataset> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^[0-9]+$/.test(declared) && Number(declared) > limits.maxBytes)
    throw tooLarge(limits.maxBytes);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const records: Record<string, unknown[]> = {};
  let envelope: Record<string, unknown> | undefined;
  let options: unknown;
  let lineNo = 0;
  let count = 0;
  let size = 0;
  let pending = '';

  const take = (line: string) => {
    lineNo++;
    if (line.length > limits.maxLineBytes)
      throw malformed(lineNo, '/', '该行过长', `the line is longer than ${limits.maxLineBytes} bytes`);
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw malformed(lineNo, '/', '该行不是有效的 JSON', 'the line is not valid JSON');
    }
    const obj =
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined;
    if (envelope === undefined) {
      const header = obj?.header;
      if (!header || typeof header !== 'object' || Array.isArray(header))
        throw malformed(
          lineNo,
          '/header',
          '首行应为头部 {"header": {…}, "options": {…}}',
          'the first line must be a header {"header": {…}, "options": {…}}',
        );
      const { records: _ignored, ...rest } = header as Record<string, unknown>;
      envelope = rest;
      options = obj?.options;
      return;
    }
    const kind = obj?.kind;
    const record = obj?.record;
    if (typeof kind !== 'string' || !KINDS.has(kind))
      throw malformed(lineNo, '/kind', '“kind”应为已知的记录类型', '"kind" must be a known record kind');
    if (record === null || typeof record !== 'object' || Array.isArray(record))
      throw malformed(lineNo, '/record', '“record”应为对象', '"record" must be an object');
    const list = records[kind];
    if (list) list.push(record);
    else records[kind] = [record];
    count++;
  };

  const reader = request.body?.getReader();
  try {
    for (;;) {
      const next = reader ? await reader.read() : { done: true as const, value: undefined };
      if (next.done) break;
      size += next.value.byteLength;
      if (size > limits.maxBytes) throw tooLarge(limits.maxBytes);
      let text: string;
      try {
        text = decoder.decode(next.value, { stream: true });
      } catch {
        throw malformed(lineNo + 1, '/', '该行不是 UTF-8 编码', 'the line is not UTF-8');
      }
      pending += text;
      let start = 0;
      let nl = pending.indexOf('\n');
      while (nl >= 0) {
        take(pending.slice(start, nl));
        start = nl + 1;
        nl = pending.indexOf('\n', start);
      }
      pending = pending.slice(start);
      // The unfinished line is measured in UTF-16 code units: a guard against one endless line, not an exact count.
      if (pending.length > limits.maxLineBytes)
        throw malformed(lineNo + 1, '/', '该行过长', `the line is longer than ${limits.maxLineBytes} bytes`);
    }
    try {
      pending += decoder.decode();
    } catch {
      throw malformed(lineNo + 1, '/', '该行不是 UTF-8 编码', 'the line is not UTF-8');
    }
    if (pending !== '') take(pending);
  } catch (error) {
    reader?.releaseLock();
    throw error;
  }
  if (envelope === undefined)
    throw malformed(1, '/header', '请求体为空：缺少头部行', 'the body is empty: no header line');
  return { dataset: { ...envelope, records }, options, records: count };
}
