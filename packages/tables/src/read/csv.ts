import { parse } from 'csv-parse';
import type { TextEncodingName } from '../cells/encoding';
import type { ByteSource } from './byte-source';
import type { RawRow } from './header';
import { TableReadError } from './read-error';
import { type DecodingChoice, decodeChunks } from './text-stream';

/** Options of {@link csvRows}. */
export interface CsvRowsOptions {
  /** The text encoding; detected when absent. */
  encoding?: TextEncodingName;
  /** The field delimiter; detected among `,`, tab, `;` and `|` when absent. */
  delimiter?: string;
  /** Hears the encoding chosen (and doubts about it) before the first row. */
  onEncoding: (choice: DecodingChoice) => void;
}

/** A CSV that breaks the CSV rules: where, and what the parser said. */
export class CsvMalformed extends Error {
  override readonly name = 'CsvMalformed';
  constructor(
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const DELIMITERS = [',', '\t', ';', '|'] as const;
const SNIFF_CHARS = 64 * 1024;
// Excel keeps at most 32,767 characters in a cell; a record far beyond that is an unclosed quote
// swallowing the rest of the file, which must not be held in memory.
const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/**
 * The delimiter of a CSV text from its first lines: of `,`, tab, `;` and `|` (outside quotes), the one
 * most frequent on the line where it is most frequent (the header); `,` when none occurs.
 */
export function sniffDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).slice(0, 30);
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    let most = 0;
    for (const line of lines) {
      let count = 0;
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === delimiter && !quoted) count += 1;
      }
      most = Math.max(most, count);
    }
    if (most > bestCount) {
      best = delimiter;
      bestCount = most;
    }
  }
  return best;
}

/**
 * Streams the rows of a CSV, in batches (the records of a chunk of text): bytes decoded chunk by chunk (see `decodeChunks`), parsed by csv-parse as
 * they come, numbered as a spreadsheet would number them (one row per record, blank lines included). A
 * ragged row is fine; stray quotes inside a field are kept; a break of the CSV rules (an unclosed quote)
 * ends the rows with a {@link CsvMalformed} error after the rows before it.
 */
export async function* csvRows(source: ByteSource, options: CsvRowsOptions): AsyncGenerator<RawRow[]> {
  if (
    options.delimiter !== undefined &&
    (typeof options.delimiter !== 'string' || options.delimiter.length !== 1)
  ) {
    throw new TableReadError(
      'INVALID_OPTION',
      `delimiter must be one character, got ${String(options.delimiter)}`,
    );
  }
  const bytes = source.stream();
  const text = decodeChunks(bytes as AsyncIterable<Uint8Array>, options.encoding, options.onEncoding);
  const head: string[] = [];
  let headLength = 0;
  let exhausted = false;
  while (headLength < SNIFF_CHARS) {
    const next = await text.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    head.push(next.value);
    headLength += next.value.length;
  }
  const delimiter = options.delimiter ?? sniffDelimiter(head.join(''));
  const parser = parse({
    delimiter,
    bom: false,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  // Fed by hand, a chunk at a time, rather than piped: a stream that fails is destroyed with the records
  // still in its buffer, and the rows before a break must not be lost.
  const queue: string[][] = [];
  let failure: { error: unknown } | undefined;
  let ended = false;
  parser.on('data', (record: string[]) => queue.push(record));
  parser.on('error', (error: unknown) => {
    failure ??= { error };
  });
  const finish = () => {
    ended = true;
  };
  parser.on('end', finish);
  parser.on('close', finish);
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  function* drain(): Generator<RawRow[]> {
    if (queue.length === 0) return;
    const records = queue.splice(0, queue.length);
    yield records.map((cells) => {
      row += 1;
      return { row, cells };
    });
  }
  let row = 0;
  try {
    const feed = async function* (chunks: AsyncIterable<string>): AsyncGenerator<RawRow[]> {
      for await (const chunk of chunks) {
        if (failure) break;
        parser.write(chunk);
        await settle();
        yield* drain();
      }
      if (!failure) parser.end();
      while (!ended && !failure) await settle();
      yield* drain();
    };
    yield* feed(
      (async function* () {
        yield* head;
        if (!exhausted) yield* text;
      })(),
    );
    if (failure) throw failure.error;
  } catch (error) {
    if (error instanceof TableReadError) throw error;
    const info = error as { code?: unknown; lines?: unknown; message?: unknown };
    const line = typeof info.lines === 'number' ? info.lines : undefined;
    throw new CsvMalformed(line, typeof info.code === 'string' ? info.code : String(info.message ?? error));
  } finally {
    parser.destroy();
    bytes.destroy();
  }
}
