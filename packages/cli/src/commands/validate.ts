import { formatOption, integerOption, kindOption, parseCommandArgs, requirePaths } from '../args';
import type { CliIo } from '../cli-io';
import { commandContext } from '../context';
import { EXIT_CODES, type ExitCode } from '../exit-codes';
import { expandPaths } from '../inputs/expand-paths';
import type { InputFormat } from '../inputs/input-file';
import type { CliIssue } from '../inputs/input-issue';
import { iterateParts } from '../inputs/iterate-parts';
import type { TableInfo } from '../inputs/loaded-part';
import { validatePart } from '../inputs/validate-part';
import { bi, type Lang } from '../lang';
import { emit } from '../output/emit';
import { issueHeader, issueRows } from '../output/issue-text';
import { markdownTable } from '../output/markdown';
import { maskDeep } from '../output/mask';
import { textTable } from '../output/text-table';

/** The validation of one file. */
export interface FileValidation {
  /** The file as shown. */
  file: string;
  /** Its format; absent when it could not be found. */
  format?: InputFormat;
  /** What it held. */
  shape?: 'dataset' | 'records' | 'table';
  /** Record kind of a table or record list. */
  kind?: string;
  /** NDJSON parts (1 for other files). */
  parts: number;
  /** The whole file was read. */
  readable: boolean;
  /** Read, and no error in it. */
  valid: boolean;
  /** Records, errors, warnings (complete), records by kind. */
  counts: { records: number; errors: number; warnings: number; byKind: Record<string, number> };
  /** Tables: how the file was read. */
  table?: TableInfo;
  /** Issues listed (at most `--max-issues`). */
  issues: CliIssue[];
  /** Issues found but not listed. */
  omitted: number;
}

/** What `rectify validate` found. */
export interface ValidateResult {
  summary: {
    files: number;
    valid: number;
    invalid: number;
    unreadable: number;
    records: number;
    errors: number;
    warnings: number;
  };
  files: FileValidation[];
}

const FORMATS = ['table', 'json', 'ndjson', 'markdown'] as const;

/** `rectify validate <path...>`: validates each file and prints a summary and the issues. */
export async function validateCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('validate', argv, {
    kind: { type: 'string' },
    'max-issues': { type: 'string' },
  });
  const ctx = commandContext(io, values, 'validate');
  const format = formatOption(values, FORMATS, 'table', 'validate');
  const kind = kindOption(values, 'validate');
  const maxIssues = Math.max(1, integerOption(values, 'max-issues', 'validate') ?? 1000);
  const paths = requirePaths(positionals, 'validate');

  const expanded = await expandPaths(paths, io.cwd);
  const files: FileValidation[] = expanded.issues.map((issue) => ({
    file: issue.file ?? '',
    parts: 0,
    readable: false,
    valid: false,
    counts: { records: 0, errors: 1, warnings: 0, byKind: {} },
    issues: [issue],
    omitted: 0,
  }));
  const byFile = new Map<string, FileValidation>();
  const label = ctx.lang === 'en' ? 'validate' : '校验';
  for await (const part of iterateParts(expanded.files, {
    ...(kind ? { kind } : {}),
    progress: ctx.progress,
    label,
  })) {
    const result = validatePart(part, { maxIssues });
    let entry = byFile.get(part.file.path);
    if (!entry) {
      entry = {
        file: part.file.display,
        format: part.file.format,
        shape: part.shape,
        ...(part.kind ? { kind: part.kind } : {}),
        parts: 0,
        readable: true,
        valid: true,
        counts: { records: 0, errors: 0, warnings: 0, byKind: {} },
        ...(part.table ? { table: part.table } : {}),
        issues: [],
        omitted: 0,
      };
      byFile.set(part.file.path, entry);
      files.push(entry);
    }
    entry.parts++;
    entry.readable &&= result.readable;
    entry.valid &&= result.valid;
    entry.counts.records += result.counts.records;
    entry.counts.errors += result.counts.errors;
    entry.counts.warnings += result.counts.warnings;
    for (const [k, n] of Object.entries(result.counts.byKind))
      entry.counts.byKind[k] = (entry.counts.byKind[k] ?? 0) + n;
    const room = Math.max(0, maxIssues - entry.issues.length);
    entry.issues.push(...result.issues.slice(0, room));
    entry.omitted += Math.max(0, result.issues.length - room);
  }
  const result: ValidateResult = maskDeep({
    summary: {
      files: files.length,
      valid: files.filter((f) => f.valid).length,
      invalid: files.filter((f) => f.readable && !f.valid).length,
      unreadable: files.filter((f) => !f.readable).length,
      records: files.reduce((n, f) => n + f.counts.records, 0),
      errors: files.reduce((n, f) => n + f.counts.errors, 0),
      warnings: files.reduce((n, f) => n + f.counts.warnings, 0),
    },
    files,
  });
  await emit(io, renderValidation(result, format, ctx.lang), ctx.out);
  if (ctx.out !== undefined) ctx.note(bi(`校验结果已写入 ${ctx.out}`, `Validation written to ${ctx.out}`));
  if (result.summary.unreadable > 0) return EXIT_CODES.badInput;
  return result.summary.errors > 0 ? EXIT_CODES.findings : EXIT_CODES.clean;
}

function statusText(f: FileValidation, lang: Lang): string {
  if (!f.readable) return lang === 'en' ? '⚠ unreadable' : '⚠ 无法读取';
  if (!f.valid) return lang === 'en' ? '✗ invalid' : '✗ 有错误';
  return lang === 'en' ? '✓ valid' : '✓ 通过';
}

function describe(f: FileValidation, lang: Lang): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const bits: string[] = [];
  if (f.format) {
    const enc = f.table?.encoding ? ` ${f.table.encoding.toUpperCase()}` : '';
    bits.push(`${f.format.toUpperCase()}${enc}`);
  }
  if (f.kind) bits.push(f.kind);
  if (f.parts > 1) bits.push(lang === 'en' ? `${f.parts} parts` : `${f.parts} 段`);
  if (f.table)
    bits.push(
      lang === 'en'
        ? `rows read ${n(f.table.counts.read)}, imported ${n(f.table.counts.imported)}, rejected ${n(f.table.counts.rejected)}`
        : `读取 ${n(f.table.counts.read)} 行，导入 ${n(f.table.counts.imported)} 行，拒绝 ${n(f.table.counts.rejected)} 行`,
    );
  else bits.push(lang === 'en' ? `records ${n(f.counts.records)}` : `记录 ${n(f.counts.records)}`);
  bits.push(
    lang === 'en'
      ? `errors ${n(f.counts.errors)}, warnings ${n(f.counts.warnings)}`
      : `错误 ${n(f.counts.errors)}，警告 ${n(f.counts.warnings)}`,
  );
  return bits.join(' · ');
}

function summaryLine(s: ValidateResult['summary'], lang: Lang): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return lang === 'en'
    ? `${n(s.files)} file(s): ${n(s.valid)} valid, ${n(s.invalid)} with errors, ${n(s.unreadable)} unreadable; ${n(s.records)} records, ${n(s.errors)} errors, ${n(s.warnings)} warnings`
    : `共 ${n(s.files)} 个文件：${n(s.valid)} 个通过，${n(s.invalid)} 个有错误，${n(s.unreadable)} 个无法读取；记录 ${n(s.records)} 条，错误 ${n(s.errors)} 个，警告 ${n(s.warnings)} 个`;
}

function omittedLine(f: FileValidation, lang: Lang): string | undefined {
  if (f.omitted === 0) return undefined;
  return lang === 'en'
    ? `… ${f.omitted} more issue(s) not listed (--max-issues)`
    : `…… 另有 ${f.omitted} 个问题未列出（--max-issues）`;
}

/** Renders a validation result as a text table, JSON, NDJSON or Markdown. */
export function renderValidation(
  result: ValidateResult,
  format: (typeof FORMATS)[number],
  lang: Lang,
): string {
  switch (format) {
    case 'json':
      return JSON.stringify(result, null, 2);
    case 'ndjson': {
      const lines: string[] = [];
      for (const f of result.files) {
        const { issues, ...file } = f;
        lines.push(JSON.stringify({ type: 'file', ...file }));
        for (const issue of issues) lines.push(JSON.stringify({ type: 'issue', ...issue }));
      }
      lines.push(JSON.stringify({ type: 'summary', ...result.summary }));
      return lines.join('\n');
    }
    case 'markdown': {
      const out: string[] = [
        lang === 'en' ? '# Validation' : '# 数据校验结果',
        '',
        summaryLine(result.summary, lang),
        '',
      ];
      out.push(
        markdownTable(
          lang === 'en' ? ['File', 'Status', 'Details'] : ['文件', '状态', '说明'],
          result.files.map((f) => [f.file, statusText(f, lang), describe(f, lang)]),
        ),
      );
      for (const f of result.files) {
        if (f.issues.length === 0) continue;
        out.push('', `## ${f.file}`, '', markdownTable(issueHeader(lang), issueRows(f.issues, lang)));
        const more = omittedLine(f, lang);
        if (more) out.push('', more);
      }
      return out.join('\n');
    }
    default: {
      const out: string[] = [];
      for (const f of result.files) {
        out.push(`${statusText(f, lang)}  ${f.file}  ${describe(f, lang)}`);
        if (f.issues.length > 0) {
          out.push(
            textTable(issueHeader(lang), issueRows(f.issues, lang))
              .split('\n')
              .map((l) => `    ${l}`)
              .join('\n'),
          );
          const more = omittedLine(f, lang);
          if (more) out.push(`    ${more}`);
        }
      }
      out.push('', summaryLine(result.summary, lang));
      return out.join('\n');
    }
  }
}
