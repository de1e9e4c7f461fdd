import { extname } from 'node:path';
import type { RenderFormat, ReportDefinition } from '@rectify/reports';
import {
  listOption,
  type OptionValues,
  parseCommandArgs,
  requireOption,
  requirePaths,
  stringOption,
} from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { commandContext } from '../context';
import { EXIT_CODES, type ExitCode } from '../exit-codes';
import { bi, type Lang } from '../lang';
import { loadReports, type ReportsPort } from '../optional-modules';
import { emit } from '../output/emit';
import { maskDeep } from '../output/mask';
import { textTable } from '../output/text-table';
import { startSession } from './check';
import { CHECK_OPTION_SPEC, readCheckArgs } from './check-options';
import { loadDataset } from './load-dataset';

/** Formats a report renders to. */
export const REPORT_FORMATS = [
  'json',
  'markdown',
  'html',
  'csv',
  'xlsx',
] as const satisfies readonly RenderFormat[];

/** One of the {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const EXTENSIONS: Readonly<Record<string, ReportFormat>> = {
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.xlsx': 'xlsx',
};

/** A report of the registry of `@rectify/reports`. */
export type ReportEntry = Pick<
  ReportDefinition,
  'id' | 'title' | 'periodKind' | 'params' | 'defaultFormat' | 'build'
>;

/** The reports of the registry, by id. */
export function reportEntries(port: Pick<ReportsPort, 'REPORTS'>): ReportEntry[] {
  return [...port.REPORTS].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const PERIOD_FORMS: Readonly<Record<string, { re: RegExp; zh: string; en: string }>> = {
  month: { re: /^[0-9]{4}-(0[1-9]|1[0-2])$/, zh: '月份，如 2023-07', en: 'a month such as 2023-07' },
  quarter: { re: /^[0-9]{4}Q[1-4]$/, zh: '季度，如 2023Q2', en: 'a quarter such as 2023Q2' },
  year: { re: /^[0-9]{4}$/, zh: '年度，如 2023', en: 'a year such as 2023' },
  any: {
    re: /^[0-9]{4}(-(0[1-9]|1[0-2])|Q[1-4])?$/,
    zh: '月份 2023-07、季度 2023Q2 或年度 2023',
    en: 'a month 2023-07, a quarter 2023Q2 or a year 2023',
  },
};

function invalid(zh: string, en: string): CliError {
  return new CliError('INVALID_OPTION', bi(zh, en), { helpFor: 'report' });
}

function notAvailable(): CliError {
  return new CliError(
    'NOT_AVAILABLE',
    bi(
      '此安装不含报表生成功能（@rectify/reports 的报表目录 REPORTS 与 render），无法生成报表',
      'Reports are not available in this installation (the REPORTS registry and render of @rectify/reports)',
    ),
  );
}

/** `--set name=value` (repeatable) and `--seed`: the report's own parameters, checked against the registry. */
export function reportParams(
  values: OptionValues,
  entry: ReportEntry,
  packIds: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  const known = new Map(entry.params.map((p) => [p.name, p]));
  const names = entry.params.map((p) => p.name).join(', ') || '—';
  for (const text of listOption(values, 'set')) {
    const match = /^([A-Za-z][A-Za-z0-9]*)=(.*)$/.exec(text);
    if (!match)
      throw invalid(`--set 应形如 名称=值，收到“${text}”`, `--set must look like name=value, got "${text}"`);
    const [, name = '', value = ''] = match;
    const info = known.get(name);
    if (!info)
      throw invalid(
        `报表“${entry.id}”没有参数“${name}”（可选：${names}）`,
        `Report "${entry.id}" has no parameter "${name}" (${names})`,
      );
    if (info.type === 'integer' && !/^-?[0-9]+$/.test(value))
      throw invalid(`参数 ${name} 应为整数`, `Parameter ${name} must be a whole number`);
    out[name] = value;
  }
  const seed = stringOption(values, 'seed');
  if (seed !== undefined) {
    if (!known.has('seed'))
      throw invalid(`报表“${entry.id}”不使用 --seed`, `Report "${entry.id}" takes no --seed`);
    out.seed = seed;
  }
  // One pack chosen: it is the campaign of a report that asks which.
  const campaign = packIds.length === 1 ? packIds[0] : undefined;
  if (known.has('campaign') && out.campaign === undefined && campaign !== undefined) out.campaign = campaign;
  const missing = entry.params.filter((p) => p.required && out[p.name] === undefined).map((p) => p.name);
  if (missing.length > 0)
    throw new CliError(
      'MISSING_ARGUMENT',
      bi(
        `报表“${entry.id}”需要参数：${missing.map((m) => (m === 'seed' ? '--seed' : `--set ${m}=…`)).join('、')}`,
        `Report "${entry.id}" needs: ${missing.map((m) => (m === 'seed' ? '--seed' : `--set ${m}=…`)).join(', ')}`,
      ),
      { helpFor: 'report' },
    );
  return out;
}

function listText(entries: readonly ReportEntry[], lang: Lang): string {
  const header =
    lang === 'en'
      ? ['Report', 'Period', 'Format', 'Parameters', 'Title']
      : ['报表', '期间', '默认格式', '参数', '名称'];
  return textTable(
    header,
    entries.map((e) => [
      e.id,
      e.periodKind,
      e.defaultFormat,
      e.params.map((p) => `${p.name}${p.required ? '*' : ''}`).join(', '),
      e.title[lang],
    ]),
  );
}

function chooseFormat(values: OptionValues, out: string | undefined, entry: ReportEntry): ReportFormat {
  const given = stringOption(values, 'format');
  if (given !== undefined) {
    if ((REPORT_FORMATS as readonly string[]).includes(given)) return given as ReportFormat;
    throw invalid(
      `--format 只能是 ${REPORT_FORMATS.join('、')}，收到“${given}”`,
      `--format must be one of ${REPORT_FORMATS.join(', ')}, got "${given}"`,
    );
  }
  const byName = out === undefined ? undefined : EXTENSIONS[extname(out).toLowerCase()];
  if (byName) return byName;
  return entry.defaultFormat;
}

/**
 * `rectify report <reportId> <path...>`: runs the checks, builds the report with the registry of
 * `@rectify/reports` and renders it (`--format`, else the `--out` file's ending, else the report's usual format).
 * Without the reports package (or its registry) it exits 2 and says so.
 */
export async function reportCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('report', argv, {
    ...CHECK_OPTION_SPEC,
    division: { type: 'string' },
    period: { type: 'string' },
    seed: { type: 'string' },
    set: { type: 'string', multiple: true },
    list: { type: 'boolean' },
  });
  const ctx = commandContext(io, values, 'report');
  if (values.list === true) {
    const port = await loadReports();
    if (!port) throw notAvailable();
    await emit(io, listText(reportEntries(port), ctx.lang), ctx.out);
    return EXIT_CODES.clean;
  }
  const [reportId, ...paths] = positionals;
  if (reportId === undefined)
    throw new CliError(
      'MISSING_ARGUMENT',
      bi('请指明报表（rectify report --list）', 'Name the report (rectify report --list)'),
      {
        helpFor: 'report',
      },
    );
  requirePaths(paths, 'report');
  const args = readCheckArgs(values, 'report');
  const divisionCode = stringOption(values, 'division');
  if (divisionCode !== undefined && !/^[0-9]{6}([0-9]{3}([0-9]{3})?)?$/.test(divisionCode))
    throw invalid(
      `--division 应为 6、9 或 12 位区划代码，收到“${divisionCode}”`,
      `--division must be a 6, 9 or 12-digit code, got "${divisionCode}"`,
    );
  const period = requireOption(values, 'period', 'report');
  const port = await loadReports();
  if (!port) throw notAvailable();
  const entries = reportEntries(port);
  const entry = entries.find((e) => e.id === reportId);
  if (!entry)
    throw new CliError(
      'UNKNOWN_REPORT',
      bi(
        `没有报表“${reportId}”（可选：${entries.map((e) => e.id).join('、')}）`,
        `No report "${reportId}" (one of ${entries.map((e) => e.id).join(', ')})`,
      ),
      { helpFor: 'report' },
    );
  const form = PERIOD_FORMS[entry.periodKind];
  if (form && !form.re.test(period))
    throw invalid(
      `报表“${entry.id}”的 --period 应为${form.zh}，收到“${period}”`,
      `--period of "${entry.id}" must be ${form.en}, got "${period}"`,
    );
  const params = reportParams(values, entry, args.packIds);
  const format = chooseFormat(values, ctx.out, entry);
  const session = startSession(args, 'report');
  const { dataset } = await loadDataset(ctx, paths, {
    ...args,
    label: ctx.lang === 'en' ? 'report' : '报表',
  });
  const result = session.add(dataset).result();
  let rendered: string | Uint8Array;
  try {
    const doc = maskDeep(
      entry.build(dataset, result, {
        ...(divisionCode !== undefined ? { divisionCode } : {}),
        period,
        asOf: args.asOf,
        lang: ctx.lang,
        params,
      }),
    );
    rendered = await port.render(doc, format, { lang: ctx.lang });
  } catch (error) {
    // The builders throw only for a request they cannot serve (a missing division, an unknown community).
    const reason = error instanceof Error ? error.message : String(error);
    throw invalid(`报表无法生成：${reason}`, `The report cannot be built: ${reason}`);
  }
  await emit(io, rendered, ctx.out);
  if (ctx.out !== undefined) ctx.note(bi(`报表已写入 ${ctx.out}`, `Report written to ${ctx.out}`));
  return EXIT_CODES.clean;
}
