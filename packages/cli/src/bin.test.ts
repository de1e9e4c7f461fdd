import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function rectify(args: string[], env: Record<string, string> = {}) {
  return spawnSync(
    process.execPath,
    ['--conditions=@rectify/source', '--import', 'tsx', 'src/bin.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...env },
      timeout: 60_000,
    },
  );
}

describe('the rectify binary', () => {
  it('prints its help and exits 0', () => {
    const r = rectify(['--help', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('rectify — the Rectify Kit command line');
    expect(r.stderr).toBe('');
  });

  it('exits with the code of the run, the error on stderr without a stack trace', () => {
    const r = rectify(['check', 'no-such-file.json', '--as-of', '2023-11-30'], { LANG: 'zh_CN.UTF-8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('rectify: 错误 INPUT_UNREADABLE');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
