import { createRequire } from 'node:module';
import { maskText } from '@rectify/schemas';
import { sniffLang } from './args';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { checkCommand } from './commands/check';
import { planCommand } from './commands/plan';
import { reportCommand } from './commands/report';
import { serveCommand } from './commands/serve';
import { validateCommand } from './commands/validate';
import { EXIT_CODES, type ExitCode } from './exit-codes';
import { COMMANDS, type Command, helpText } from './help';
import { bi, type Lang, langOf, resolveLang } from './lang';

const RUN: Record<Command, (argv: readonly string[], io: CliIo) => Promise<ExitCode>> = {
  validate: validateCommand,
  check: checkCommand,
  report: reportCommand,
  plan: planCommand,
  serve: serveCommand,
};

/** The version of this package, from its package.json (next to `src/` and `dist/` alike). */
export function cliVersion(): string {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function wantsJsonErrors(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--format' ? argv[i + 1] : arg?.startsWith('--format=') ? arg.slice(9) : undefined;
    if (value === 'json' || value === 'ndjson') return true;
  }
  return false;
}

function reportError(io: CliIo, error: CliError, lang: Lang, json: boolean): void {
  const text = maskText(error.bilingual[lang]);
  if (json) {
    const message = { 'zh-CN': maskText(error.bilingual['zh-CN']), en: maskText(error.bilingual.en) };
    io.stderr.write(`${JSON.stringify({ error: { code: error.code, message } })}\n`);
    return;
  }
  const label = lang === 'en' ? 'error' : '错误';
  io.stderr.write(`rectify: ${label} ${error.code}: ${text}\n`);
  if (error.helpFor !== undefined) {
    const hint = lang === 'en' ? 'See' : '参见';
    io.stderr.write(`${hint}: rectify ${error.helpFor === 'main' ? '' : `${error.helpFor} `}--help\n`);
  }
}

/**
 * Runs the `rectify` command line on `argv` (the arguments after the program name) and resolves to its exit
 * code: 0 clean, 1 findings, 2 bad input or usage. Everything goes through `io` — no `process` access, no
 * clock — so it runs in-process in tests. Errors are printed as a code and a message in the run's language
 * (JSON with `--format json|ndjson`), never as a stack trace.
 *
 * @example
 * const code = await runCli(['check', 'data.json', '--as-of', '2023-11-30'], { stdout, stderr, env, cwd });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const flagLang = sniffLang(argv);
  const lang = resolveLang(langOf(flagLang) ? flagLang : undefined, io.env);
  const json = wantsJsonErrors(argv);
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? rest.find((a) => !a.startsWith('-')) : undefined;
      if (topic !== undefined && !(COMMANDS as readonly string[]).includes(topic))
        throw new CliError('UNKNOWN_COMMAND', bi(`未知命令“${topic}”`, `Unknown command "${topic}"`), {
          helpFor: 'main',
        });
      const text = helpText((topic as Command | undefined) ?? 'main', lang);
      if (first === undefined) {
        io.stderr.write(`${text}\n`);
        return EXIT_CODES.badInput;
      }
      io.stdout.write(`${text}\n`);
      return EXIT_CODES.clean;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${cliVersion()}\n`);
      return EXIT_CODES.clean;
    }
    if (!(COMMANDS as readonly string[]).includes(first))
      throw new CliError('UNKNOWN_COMMAND', bi(`未知命令“${first}”`, `Unknown command "${first}"`), {
        helpFor: 'main',
      });
    const command = first as Command;
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${helpText(command, lang)}\n`);
      return EXIT_CODES.clean;
    }
    return await RUN[command](rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      reportError(io, error, lang, json);
      return error.exitCode;
    }
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    reportError(
      io,
      new CliError('INTERNAL', bi(`内部错误：${reason}`, `Internal error: ${reason}`)),
      lang,
      json,
    );
    return EXIT_CODES.badInput;
  }
}
