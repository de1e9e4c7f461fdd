import { type CheckResult, CheckSession, RulesError } from '@rectify/rules';
import type { Dataset } from '@rectify/schemas';
import { formatOption, parseCommandArgs, requirePaths } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { type CommandContext, commandContext } from '../context';
import { EXIT_CODES, type ExitCode } from '../exit-codes';
import { applyDefaults } from '../inputs/apply-defaults';
import { iterateParts } from '../inputs/iterate-parts';
import { syntheticEnvelope, validatePart } from '../inputs/validate-part';
import { bi } from '../lang';
import { CHECK_FORMATS, renderCheck } from '../output/check-render';
import { emit } from '../output/emit';
import { maskDeep } from '../output/mask';
import { CHECK_OPTION_SPEC, type CheckArgs, readCheckArgs } from './check-options';
import { guardInput, inputFiles, loadFiles } from './load-dataset';

/** Starts a check session; a parameter the rules refuse is a usage error, not a crash. */
export function startSession(args: CheckArgs, command: string): CheckSession {
  try {
    return new CheckSession({
      asOf: args.asOf,
      packs: args.packs,
      indicators: args.indicators,
      parameters: args.parameters,
    });
  } catch (error) {
    if (error instanceof RulesError)
      throw new CliError('INVALID_OPTION', bi(`选项有误：${error.message}`, `Bad option: ${error.message}`), {
        helpFor: command,
      });
    throw error;
  }
}

/**
 * Runs the checks over the inputs. A single NDJSON file is checked part by part (each `{"header"}` line starts a
 * self-contained part; a file with one header is one part), so a city-scale file written in parts never sits
 * in memory whole; any other set of inputs is merged into one dataset first.
 */
export async function runChecks(
  ctx: CommandContext,
  paths: readonly string[],
  args: CheckArgs,
): Promise<CheckResult> {
  const session = startSession(args, 'check');
  const label = ctx.lang === 'en' ? 'check' : '检查';
  const files = await inputFiles(ctx, paths);
  const only = files.length === 1 ? files[0] : undefined;
  if (only?.format !== 'ndjson') {
    const { dataset } = await loadFiles(ctx, files, { ...args, label });
    return session.add(dataset).result();
  }
  let year: unknown;
  for await (const part of iterateParts([only], { progress: ctx.progress, label })) {
    const validation = validatePart(part, { maxIssues: 1000, year: args.year });
    guardInput(ctx, validation.issues, args.lenient);
    const envelope = part.envelope ?? syntheticEnvelope(args.year);
    if (year !== undefined && envelope.campaignYear !== year)
      throw new CliError(
        'YEAR_CONFLICT',
        bi(
          `第 ${part.part} 段的整治年度（${String(envelope.campaignYear)}）与前面的段不一致`,
          `Part ${part.part} declares campaign year ${String(envelope.campaignYear)}, unlike the parts before it`,
        ),
      );
    year = envelope.campaignYear;
    session.add(applyDefaults({ ...envelope, records: part.records } as unknown as Dataset));
  }
  return session.result();
}

/** `rectify check <path...> --as-of DATE`: runs the rule packs and prints findings and indicators. */
export async function checkCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('check', argv, CHECK_OPTION_SPEC);
  const ctx = commandContext(io, values, 'check');
  const format = formatOption(values, CHECK_FORMATS, 'table', 'check');
  const args = readCheckArgs(values, 'check');
  const paths = requirePaths(positionals, 'check');
  const result = maskDeep(await runChecks(ctx, paths, args));
  await emit(io, renderCheck(result, format, ctx.lang), ctx.out);
  const fails = result.summary.byOutcome.fail;
  if (ctx.out !== undefined)
    ctx.note(
      bi(
        `检查结果已写入 ${ctx.out}（不通过 ${fails} 项）`,
        `Check results written to ${ctx.out} (${fails} failed)`,
      ),
    );
  return fails > 0 ? EXIT_CODES.findings : EXIT_CODES.clean;
}
