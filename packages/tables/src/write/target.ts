import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';

/** Where a writer sends its bytes: a file path, or a writable stream the caller owns. */
export type WriteTarget = string | NodeJS.WritableStream;

/** A target opened for writing, with the bookkeeping the writers need to stream safely. */
export interface OpenTarget {
  /** The stream to write to. */
  stream: Writable;
  /** Settles with the stream's first error, so a hung write can be raced against it. Never resolves. */
  failure: Promise<never>;
  /** Waits until the stream has flushed what it holds when it asked to be drained. */
  drain(): Promise<void>;
  /** After the stream has been ended: waits for the file to be closed when the writer opened it. */
  closed(): Promise<void>;
  /** After a failure: closes and removes a file the writer created; a caller's stream is left alone. */
  abandon(): Promise<void>;
}

/** Opens `target`: a path becomes a new file stream; a stream is used as given. */
export function openTarget(target: WriteTarget): OpenTarget {
  const owned = typeof target === 'string';
  const stream = (owned ? createWriteStream(target) : target) as Writable;
  let error: unknown;
  const failure = new Promise<never>((_, reject) => {
    if (stream.errored) {
      error = stream.errored;
      reject(stream.errored);
    }
    stream.once('error', (e) => {
      error = e;
      reject(e);
    });
  });
  // Callers race `failure`; a failure nobody awaited must not become an unhandled rejection.
  failure.catch(() => undefined);
  return {
    stream,
    failure,
    async drain() {
      if (error !== undefined) throw error;
      if (stream.writableNeedDrain) await Promise.race([once(stream, 'drain'), failure]);
    },
    async closed() {
      if (owned && !stream.closed) await Promise.race([once(stream, 'close'), failure]);
    },
    async abandon() {
      if (!owned) return;
      if (!stream.closed) {
        const done = once(stream, 'close').catch(() => undefined);
        stream.destroy();
        await done;
      }
      await rm(target, { force: true });
    },
  };
}
