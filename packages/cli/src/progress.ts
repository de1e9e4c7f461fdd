import { SingleBar } from 'cli-progress';
import type { CliIo } from './cli-io';

/** A progress indicator of a long run, drawn on stderr. */
export interface Progress {
  /** Starts (or restarts) the bar at 0 of `total` units, with a label. */
  start(total: number, label: string): void;
  /** Moves the bar to `value`. */
  update(value: number): void;
  /** Removes the bar. Safe to call more than once. */
  stop(): void;
  /** Whether a bar is drawn at all. */
  readonly enabled: boolean;
}

const SILENT: Progress = { start() {}, update() {}, stop() {}, enabled: false };

/**
 * A progress bar on stderr (cli-progress) when stderr is a terminal, not in CI (`CI` set), and not `--quiet`;
 * otherwise a no-op, so logs and tests never see control characters. Never writes to stdout.
 */
export function createProgress(io: CliIo, options: { quiet: boolean }): Progress {
  if (options.quiet || io.stderr.isTTY !== true || (io.env.CI ?? '') !== '') return SILENT;
  let bar: SingleBar | undefined;
  let running = false;
  return {
    enabled: true,
    start(total, label) {
      bar ??= new SingleBar({
        stream: io.stderr as unknown as NodeJS.WritableStream,
        format: '{label} [{bar}] {percentage}% | {done}/{size} MB | ETA {eta_formatted}',
        barCompleteChar: '█',
        barIncompleteChar: '░',
        hideCursor: true,
        clearOnComplete: true,
        fps: 5,
      });
      if (running) bar.stop();
      bar.start(Math.max(total, 1), 0, { label, done: '0.0', size: mb(total) });
      running = true;
    },
    update(value) {
      if (running) bar?.update(value, { done: mb(value) });
    },
    stop() {
      if (running) bar?.stop();
      running = false;
    },
  };
}

function mb(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1);
}
