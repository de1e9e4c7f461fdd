import { describe, expect, it } from 'vitest';
import { run } from './__fixtures__/harness';
import { COMMANDS } from './help';
import { cliVersion } from './run-cli';

describe('rectify --help', () => {
  it.each([
    [['--help'], {}, 'rectify — 点题整治工具包命令行'],
    [['--help', '--lang', 'en'], {}, 'rectify — the Rectify Kit command line'],
    [['-h'], { LANG: 'en_US.UTF-8' }, 'Usage: rectify <command>'],
    [['help'], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, '用法: rectify <命令>'],
  ])('%j in %j prints the main help', async (argv, env, text) => {
    const r = await run(argv, { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(text);
    expect(r.stdout).toContain('validate');
    expect(r.stderr).toBe('');
  });

  it.each(COMMANDS.flatMap((command) => [[command, 'zh-CN'] as const, [command, 'en'] as const]))(
    'rectify %s --help --lang %s',
    async (command, lang) => {
      const r = await run([command, '--help', '--lang', lang]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(lang === 'en' ? `Usage: rectify ${command}` : `用法: rectify ${command}`);
      expect(r.stdout).toContain(lang === 'en' ? 'Exit codes' : '退出码');
    },
  );

  it('rectify help <command> prints the command help', async () => {
    const r = await run(['help', 'plan', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: rectify plan');
  });

  it('with no arguments prints the help on stderr and exits 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('用法');
  });
});

describe('rectify --version', () => {
  it('prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(cliVersion());
    expect(cliVersion()).toMatch(/^[0-9]+\.[0-9]+\.[0-9]+/);
  });
});

describe('usage errors', () => {
  it.each([
    [['bogus'], 'UNKNOWN_COMMAND'],
    [['help', 'bogus'], 'UNKNOWN_COMMAND'],
    [['check', 'x.json', '--bogus'], 'USAGE'],
    [['check', 'x.json'], 'MISSING_ARGUMENT'],
    [['check', '--as-of', '2023-11-30'], 'MISSING_ARGUMENT'],
    [['validate', 'x.json', '--lang', 'fr'], 'INVALID_OPTION'],
  ])('%j exits 2 with a structured message and no stack trace', async (argv, code) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`rectify: 错误 ${code}: `);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('speaks English when asked, and points to the help', async () => {
    const r = await run(['check', 'x.json', '--lang', 'en']);
    expect(r.stderr).toBe(
      'rectify: error MISSING_ARGUMENT: Missing required option --as-of\nSee: rectify check --help\n',
    );
  });

  it('writes errors as JSON with --format json', async () => {
    const r = await run(['check', 'x.json', '--format', 'json', '--as-of', '2023-13-01']);
    expect(r.code).toBe(2);
    const error = JSON.parse(r.stderr.trim()).error;
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message.en).toContain('--as-of');
    expect(error.message['zh-CN']).toContain('--as-of');
  });
});
