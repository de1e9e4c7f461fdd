import type { GenerateOptions } from './options';
import type { PlantManifest } from './planting/plant';
import { streamDataset } from './stream';

/** The little of a Node.js `Writable` that {@link writeNdjson} needs. */
export interface NdjsonSink {
  /** Writes a chunk; returns false when the caller should wait for `drain`. */
  write(chunk: string): boolean;
  /** Registers a one-time listener (only `drain` is used). */
  once(event: 'drain', listener: () => void): unknown;
}

/** Options of {@link writeNdjson}: the generator options, and whether to write the header line. */
export interface WriteNdjsonOptions extends GenerateOptions {
  /** Write `{"header":{…}}` as the first line. Defaults to true. */
  header?: boolean;
  /** Characters buffered before each write. Defaults to 1,000,000. */
  chunkSize?: number;
}

/** What {@link writeNdjson} wrote. */
export interface WriteNdjsonResult {
  /** Record lines written (the header line not counted). */
  readonly records: number;
  /** Bytes written (UTF-8). */
  readonly bytes: number;
  /** What was planted. */
  readonly manifest: PlantManifest;
}

/**
 * Writes a generated dataset as NDJSON, one `{"kind":…,"record":…}` per line, after an optional
 * `{"header":{schemaVersion,campaignYear,generatedAt,source}}` line. Streams in constant memory and honours
 * back-pressure. The caller ends the sink.
 *
 * @example
 * await writeNdjson({ projects: 5000 }, createWriteStream('data.ndjson'));
 */
export async function writeNdjson(options: WriteNdjsonOptions, sink: NdjsonSink): Promise<WriteNdjsonResult> {
  const { header = true, chunkSize = 1_000_000, ...generate } = options;
  const stream = streamDataset(generate);
  let buffer = header ? `${JSON.stringify({ header: stream.header })}\n` : '';
  let records = 0;
  let bytes = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = buffer;
    buffer = '';
    bytes += Buffer.byteLength(chunk, 'utf8');
    if (!sink.write(chunk)) await new Promise<void>((resolve) => sink.once('drain', resolve));
  };
  for (const item of stream) {
    buffer += `${JSON.stringify(item)}\n`;
    records++;
    if (buffer.length >= chunkSize) await flush();
  }
  await flush();
  return { records, bytes, manifest: stream.manifest };
}
