import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** Random and streaming access to the bytes of an input, a file or a byte array, without loading a file whole. */
export interface ByteSource {
  /** Size in bytes. */
  readonly size: number;
  /** The file's path, for a file input. */
  readonly path?: string;
  /** Up to `length` bytes from `offset` (fewer at the end of the input). */
  read(offset: number, length: number): Promise<Uint8Array>;
  /** A stream of the bytes from `start` up to (not including) `end`. Defaults to the whole input. */
  stream(start?: number, end?: number): Readable;
  /** Releases the file handle; harmless to call twice. */
  close(): Promise<void>;
}

const CHUNK = 64 * 1024;

function* chunks(bytes: Uint8Array, start: number, end: number): Generator<Buffer> {
  for (let at = start; at < end; at += CHUNK) {
    const part = bytes.subarray(at, Math.min(end, at + CHUNK));
    yield Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  }
}

/** A {@link ByteSource} over bytes already in memory; chunks are views, never copies. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.byteLength,
    read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.byteLength, offset + length)),
    stream: (start = 0, end = bytes.byteLength) =>
      Readable.from(chunks(bytes, start, end), { objectMode: false }),
    close: async () => {},
  };
}

/** Opens a file as a {@link ByteSource}; rejects like `fs.promises.open` when it cannot be opened. */
export async function fileSource(path: string): Promise<ByteSource> {
  const handle: FileHandle = await open(path, 'r');
  let size: number;
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw Object.assign(new Error(`${path} is not a file`), { code: 'EISDIR' });
    size = stat.size;
  } catch (error) {
    await handle.close();
    throw error;
  }
  let closed = false;
  return {
    size,
    path,
    read: async (offset, length) => {
      const want = Math.max(0, Math.min(length, size - offset));
      const buffer = Buffer.alloc(want);
      let got = 0;
      while (got < want) {
        const { bytesRead } = await handle.read(buffer, got, want - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return buffer.subarray(0, got);
    },
    stream: (start = 0, end = size) =>
      end <= start
        ? Readable.from([], { objectMode: false })
        : createReadStream(path, { start, end: end - 1, highWaterMark: CHUNK }),
    close: async () => {
      if (closed) return;
      closed = true;
      await handle.close();
    },
  };
}
