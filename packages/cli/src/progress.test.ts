import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ndjsonText, put, removeDir, run, tempDir } from './__fixtures__/harness';

let dir = '';
beforeAll(async () => {
  dir = await tempDir();
  await put(dir, 'data.ndjson', await ndjsonText());
});
afterAll(async () => {
  await removeDir(dir);
});

describe('progress bar', () => {
  it('is drawn on stderr when stderr is a terminal, never on stdout', async () => {
    const r = await run(['validate', 'data.ndjson', '--lang', 'en'], { cwd: dir, ttyErr: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('validate [');
    expect(r.stdout).not.toContain('validate [');
    expect(r.stdout).toContain('✓ valid');
  });

  it.each([
    ['stderr is not a terminal (tests, logs)', {}, false, []],
    ['CI is set', { CI: 'true' }, true, []],
    ['--quiet', {}, true, ['--quiet']],
  ])('is not drawn when %s', async (_name, env, ttyErr, extra) => {
    const r = await run(['validate', 'data.ndjson', ...extra], { cwd: dir, env, ttyErr });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
