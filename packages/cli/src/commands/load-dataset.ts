import type { RecordKind } from '@rectify/schemas';
import { type Dataset, validate } from '@rectify/schemas';
import { CliError } from '../cli-error';
import type { CommandContext } from '../context';
import { applyDefaults } from '../inputs/apply-defaults';
import { expandPaths } from '../inputs/expand-paths';
import type { InputFile } from '../inputs/input-file';
import type { CliIssue } from '../inputs/input-issue';
import { iterateParts } from '../inputs/iterate-parts';
import type { LoadedPart } from '../inputs/loaded-part';
import { type MergedInput, mergeParts } from '../inputs/merge-parts';
import { remapIssue } from '../inputs/remap-issue';
import { validatePart } from '../inputs/validate-part';
import { bi } from '../lang';
import { issueHeader, issueRows } from '../output/issue-text';
import { maskDeep } from '../output/mask';
import { textTable } from '../output/text-table';

/** Options of {@link loadDataset}. */
export interface LoadOptions {
  /** Record kind of tables. */
  kind?: RecordKind;
  /** Campaign year of inputs without an envelope. */
  year: number;
  /** Go on when the records have validation errors. */
  lenient: boolean;
  /** Progress label. */
  label: string;
}

const SHOWN = 20;

/** Prints the first issues of inputs that cannot be used, on stderr (masked), in the run's language. */
export function printIssues(ctx: CommandContext, issues: readonly CliIssue[]): void {
  const shown = maskDeep(issues.slice(0, SHOWN));
  if (ctx.structured) {
    for (const issue of shown) ctx.io.stderr.write(`${JSON.stringify({ issue })}\n`);
    return;
  }
  ctx.io.stderr.write(`${textTable(issueHeader(ctx.lang), issueRows(shown, ctx.lang))}\n`);
  if (issues.length > SHOWN)
    ctx.io.stderr.write(
      `${ctx.lang === 'en' ? `… and ${issues.length - SHOWN} more (rectify validate lists them all)` : `…… 另有 ${issues.length - SHOWN} 个（rectify validate 可列出全部）`}\n`,
    );
}

/** Stops on paths that cannot be used (missing, unsupported, empty folders). */
export async function inputFiles(ctx: CommandContext, paths: readonly string[]): Promise<InputFile[]> {
  const expanded = await expandPaths(paths, ctx.io.cwd);
  if (expanded.issues.length > 0) {
    printIssues(ctx, expanded.issues);
    throw new CliError('INPUT_UNREADABLE', bi('输入文件无法读取', 'The inputs cannot be read'));
  }
  return expanded.files;
}

/**
 * Checks what was read before it is used: a fatal reading problem stops the command (exit 2); validation errors
 * in the records stop it too unless `lenient` (then a note says how many). Issues are printed on stderr.
 */
export function guardInput(ctx: CommandContext, issues: readonly CliIssue[], lenient: boolean): void {
  const fatal = issues.filter((i) => i.fatal);
  if (fatal.length > 0) {
    printIssues(ctx, fatal);
    throw new CliError('INPUT_UNREADABLE', bi('输入文件无法完整读取', 'The inputs cannot be read in full'));
  }
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return;
  if (!lenient) {
    printIssues(ctx, errors);
    throw new CliError(
      'INPUT_INVALID',
      bi(
        `输入数据有 ${errors.length} 个校验错误；请先修正（rectify validate），或加 --lenient 仍然检查`,
        `The inputs have ${errors.length} validation error(s); fix them (rectify validate) or pass --lenient to go on`,
      ),
    );
  }
  ctx.note(
    bi(
      `注意：输入数据有 ${errors.length} 个校验错误（--lenient），相关判定可能为“无法判定”`,
      `Note: the inputs have ${errors.length} validation error(s) (--lenient); the findings they touch may be unknown`,
    ),
  );
}

/** Validates a dataset as a whole and places its issues in the files the records came from. */
export function validateMerged(merged: MergedInput): CliIssue[] {
  const report = validate('dataset', merged.dataset, { maxIssues: 1000 });
  return report.issues.map((issue) => remapIssue(issue, (k, i) => merged.locate(k, i)));
}

/**
 * Reads every input into one dataset (records appended by kind), validates it, applies the schema defaults.
 * Throws a `CliError` (exit 2) for inputs that cannot be read, or invalid ones unless `lenient`.
 */
export async function loadDataset(
  ctx: CommandContext,
  paths: readonly string[],
  options: LoadOptions,
): Promise<{ dataset: Dataset; merged: MergedInput }> {
  return loadFiles(ctx, await inputFiles(ctx, paths), options);
}

/** {@link loadDataset} for files already found. */
export async function loadFiles(
  ctx: CommandContext,
  files: readonly InputFile[],
  options: LoadOptions,
): Promise<{ dataset: Dataset; merged: MergedInput }> {
  const parts: LoadedPart[] = [];
  for await (const part of iterateParts(files, {
    ...(options.kind ? { kind: options.kind } : {}),
    progress: ctx.progress,
    label: options.label,
  }))
    parts.push(part);
  const readIssues = parts.flatMap((p) => p.issues);
  guardInput(
    ctx,
    readIssues.filter((i) => i.fatal),
    options.lenient,
  );
  const merged = mergeParts(parts, options.year);
  // A JSON "dataset" whose records is not an object is judged on its own: merging would just drop it.
  const shapeIssues = parts
    .filter((p) => p.raw !== undefined)
    .flatMap((p) => validatePart(p, { maxIssues: 50, year: options.year }).issues);
  guardInput(ctx, [...readIssues, ...shapeIssues, ...validateMerged(merged)], options.lenient);
  return { dataset: applyDefaults(merged.dataset), merged };
}
