import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Capture, put, removeDir, tempDir } from '../__fixtures__/harness';
import { loadService } from '../optional-modules';
import { runCli } from '../run-cli';

const available = (await loadService()) !== undefined;
let dir = '';
beforeAll(async () => {
  dir = await tempDir();
  await put(
    dir,
    'keys.json',
    JSON.stringify([{ key: 'city-key-0123456789abcdef', role: 'city', divisionCode: '350500' }]),
  );
  await put(dir, 'bad-keys.json', '{"keys": "all"}');
  await put(
    dir,
    'short-key.json',
    JSON.stringify({ keys: [{ key: 'short', role: 'city', divisionCode: '350500' }] }),
  );
});
afterAll(async () => {
  await removeDir(dir);
});

async function serve(argv: string[], signal?: AbortSignal) {
  const out = new Capture();
  const err = new Capture();
  const code = runCli(['serve', ...argv], {
    stdout: out,
    stderr: err,
    env: {},
    cwd: dir,
    ...(signal ? { signal } : {}),
  });
  return { code, out, err };
}

describe('rectify serve: options', () => {
  it.each([
    [['--port', '70000'], 'INVALID_OPTION'],
    [['--port', 'http'], 'INVALID_OPTION'],
    [['--keys', 'missing.json'], 'INPUT_UNREADABLE'],
    [['--keys', 'bad-keys.json'], 'INPUT_UNREADABLE'],
    [['extra'], 'USAGE'],
  ])('%j exits 2 (%s)', async (argv, code) => {
    const r = await serve(argv);
    expect(await r.code).toBe(2);
    expect(r.err.text).toContain(code);
  });
});

describe.runIf(!available)('rectify serve without @rectify/service', () => {
  it('says the service is not available and exits 2', async () => {
    const r = await serve(['--port', '0', '--lang', 'en']);
    expect(await r.code).toBe(2);
    expect(r.err.text).toContain('rectify: error NOT_AVAILABLE: The HTTP service is not available');
  });
});

describe.runIf(available)('rectify serve with @rectify/service', () => {
  it('refuses a malformed key without echoing it (exit 2)', async () => {
    const r = await serve(['--port', '0', '--keys', 'short-key.json']);
    expect(await r.code).toBe(2);
    expect(r.err.text).toContain('SERVE_FAILED');
    expect(r.err.text).not.toMatch(/\n\s+at /);
  });

  it('serves until the signal is aborted, then exits 0', async () => {
    const controller = new AbortController();
    const r = await serve(
      ['--port', '0', '--host', '127.0.0.1', '--keys', 'keys.json', '--lang', 'en'],
      controller.signal,
    );
    let url: string | undefined;
    for (let i = 0; i < 100 && !url; i++) {
      url = /Service listening on (http:\/\/\S+)/.exec(r.err.text)?.[1];
      if (!url) await new Promise((done) => setTimeout(done, 50));
    }
    expect(url).toBeDefined();
    const health = await fetch(`${url}/v1/health`);
    expect(health.status).toBe(200);
    const refused = await fetch(`${url}/v1/rules`);
    expect(refused.status).toBe(401);
    controller.abort();
    expect(await r.code).toBe(0);
    expect(r.err.text).toContain('Service stopped');
    expect(r.out.text.trim().split('\n').length).toBeGreaterThanOrEqual(1);
  });
});
