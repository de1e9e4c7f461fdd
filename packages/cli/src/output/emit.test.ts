import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Capture, removeDir, tempDir } from '../__fixtures__/harness';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { emit } from './emit';

let dir = '';
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await removeDir(dir);
});

function io(ttyOut = false): CliIo & { stdout: Capture } {
  const stdout = new Capture(ttyOut);
  return { stdout, stderr: new Capture(), env: {}, cwd: dir };
}

describe('emit', () => {
  it('ends text with a line break on stdout', async () => {
    const target = io();
    await emit(target, 'done', undefined);
    expect(target.stdout.text).toBe('done\n');
  });

  it('writes bytes to a file relative to the working directory', async () => {
    await emit(io(), new Uint8Array([80, 75, 3, 4]), 'out.xlsx');
    expect([...(await readFile(join(dir, 'out.xlsx')))]).toEqual([80, 75, 3, 4]);
  });

  it('refuses binary output on a terminal, allows it into a pipe', async () => {
    await expect(emit(io(true), new Uint8Array([1]), undefined)).rejects.toBeInstanceOf(CliError);
    const pipe = io(false);
    await emit(pipe, new Uint8Array([1, 2]), undefined);
    expect([...pipe.stdout.bytes]).toEqual([1, 2]);
  });
});
