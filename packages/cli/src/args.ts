import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  type IndicatorDefinition,
  isCivilDate,
  isQuarter,
  type ParameterOverrides,
  PUBLIC_INCOME_INDICATORS,
  publicIncomePack,
  type RulePack,
  WAGES_INDICATORS,
  wagesPack,
} from '@rectify/rules';
import { RECORD_KINDS, type RecordKind } from '@rectify/schemas';
import { CliError } from './cli-error';
import { bi, type Lang } from './lang';

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** Option values as `parseArgs` returns them. */
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * Parses a command's arguments with `node:util` `parseArgs` (strict: an unknown option or a missing value is
 * a usage error naming the command whose help to read).
 */
export function parseCommandArgs(
  command: string,
  argv: readonly string[],
  options: OptionSpec,
): { values: OptionValues; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...options },
      strict: true,
      allowPositionals: true,
    });
    return { values: parsed.values as OptionValues, positionals: parsed.positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
    const missing = /Option '([^']+)' argument missing/.exec(message)?.[1];
    const text = unknown
      ? bi(`未知选项 ${unknown}`, `Unknown option ${unknown}`)
      : missing
        ? bi(`选项 ${missing} 缺少取值`, `Option ${missing} needs a value`)
        : bi(`参数有误：${message}`, `Bad arguments: ${message}`);
    throw new CliError('USAGE', text, { helpFor: command });
  }
}

/** The `--lang` value given anywhere on the command line, before parsing (so parse errors speak it too). */
export function sniffLang(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/** Checks a `--lang` value. */
export function langOption(value: unknown, command: string): Lang | undefined {
  if (value === undefined) return undefined;
  const lang = typeof value === 'string' && (value === 'zh-CN' || value === 'en') ? value : undefined;
  if (lang) return lang;
  throw new CliError(
    'INVALID_OPTION',
    bi(
      `--lang 只能是 zh-CN 或 en，收到“${String(value)}”`,
      `--lang must be zh-CN or en, got "${String(value)}"`,
    ),
    { helpFor: command },
  );
}

/** A string option, or `undefined`. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A repeatable string option as a list. */
export function listOption(values: OptionValues, name: string): string[] {
  const v = values[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
}

function invalid(command: string, zh: string, en: string): CliError {
  return new CliError('INVALID_OPTION', bi(zh, en), { helpFor: command });
}

/** A required option: its absence is a usage error. */
export function requireOption(values: OptionValues, name: string, command: string): string {
  const v = stringOption(values, name);
  if (v === undefined || v === '')
    throw new CliError(
      'MISSING_ARGUMENT',
      bi(`缺少必填选项 --${name}`, `Missing required option --${name}`),
      {
        helpFor: command,
      },
    );
  return v;
}

/** `--format`: one of `allowed`, else the default. */
export function formatOption<F extends string>(
  values: OptionValues,
  allowed: readonly F[],
  fallback: F,
  command: string,
): F {
  const v = stringOption(values, 'format');
  if (v === undefined) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as F;
  throw invalid(
    command,
    `--format 只能是 ${allowed.join('、')}，收到“${v}”`,
    `--format must be one of ${allowed.join(', ')}, got "${v}"`,
  );
}

/** `--as-of`: a real civil date `YYYY-MM-DD` (Asia/Shanghai); the command line never reads the clock. */
export function asOfOption(values: OptionValues, command: string): string {
  const v = requireOption(values, 'as-of', command);
  if (isCivilDate(v)) return v;
  throw invalid(
    command,
    `--as-of 应为实际存在的日期 YYYY-MM-DD，收到“${v}”`,
    `--as-of must be a real date YYYY-MM-DD, got "${v}"`,
  );
}

/** A year option (`--year`), four digits. */
export function yearOption(values: OptionValues, command: string, fallback?: number): number | undefined {
  const v = stringOption(values, 'year');
  if (v === undefined) return fallback;
  if (/^[0-9]{4}$/.test(v) && Number(v) >= 1) return Number(v);
  throw invalid(command, `--year 应为四位年份，收到“${v}”`, `--year must be a four-digit year, got "${v}"`);
}

/** A quarter option (`--quarter 2023Q3`). */
export function quarterOption(values: OptionValues, command: string): string {
  const v = requireOption(values, 'quarter', command);
  if (isQuarter(v)) return v;
  throw invalid(
    command,
    `--quarter 应形如 2023Q3，收到“${v}”`,
    `--quarter must look like 2023Q3, got "${v}"`,
  );
}

/** A non-negative integer option. */
export function integerOption(values: OptionValues, name: string, command: string): number | undefined {
  const v = stringOption(values, name);
  if (v === undefined) return undefined;
  if (/^[0-9]{1,15}$/.test(v)) return Number(v);
  throw invalid(
    command,
    `--${name} 应为非负整数，收到“${v}”`,
    `--${name} must be a non-negative integer, got "${v}"`,
  );
}

/** `--kind`: a record kind of the domain model. */
export function kindOption(values: OptionValues, command: string): RecordKind | undefined {
  const v = stringOption(values, 'kind');
  if (v === undefined) return undefined;
  if ((RECORD_KINDS as string[]).includes(v)) return v as RecordKind;
  throw invalid(
    command,
    `未知的记录类型“${v}”（可选：${RECORD_KINDS.join('、')}）`,
    `Unknown record kind "${v}" (one of ${RECORD_KINDS.join(', ')})`,
  );
}

/** The rule packs by id, in the order their findings are reported. */
export const PACKS: Readonly<Record<string, { pack: RulePack; indicators: readonly IndicatorDefinition[] }>> =
  {
    'public-income': { pack: publicIncomePack, indicators: PUBLIC_INCOME_INDICATORS },
    wages: { pack: wagesPack, indicators: WAGES_INDICATORS },
  };

/** `--pack` (repeatable): the packs to run, in catalog order. Defaults to both. */
export function packsOption(values: OptionValues, command: string): string[] {
  const given = listOption(values, 'pack');
  for (const id of given)
    if (!(id in PACKS))
      throw invalid(
        command,
        `未知的规则包“${id}”（可选：${Object.keys(PACKS).join('、')}）`,
        `Unknown rule pack "${id}" (one of ${Object.keys(PACKS).join(', ')})`,
      );
  return given.length === 0 ? Object.keys(PACKS) : Object.keys(PACKS).filter((id) => given.includes(id));
}

const NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;

/**
 * `--param RULE.name=value` (repeatable): parameter overrides for the rules and indicators of the chosen packs.
 * The value takes the type of the parameter's default (a number, `true`/`false`, or text); an unknown rule,
 * parameter or a value of the wrong type is a usage error.
 */
export function paramsOption(
  values: OptionValues,
  packIds: readonly string[],
  command: string,
): ParameterOverrides {
  const owners = new Map<string, Record<string, { default: number | string | boolean }>>();
  for (const id of packIds) {
    const entry = PACKS[id];
    if (!entry) continue;
    for (const rule of entry.pack.rules) owners.set(rule.id, rule.parameters);
    for (const def of entry.indicators) owners.set(def.id, def.parameters ?? {});
  }
  const out: ParameterOverrides = {};
  for (const text of listOption(values, 'param')) {
    const match = /^([A-Za-z0-9-]+)\.([A-Za-z0-9_]+)=(.*)$/.exec(text);
    if (!match)
      throw invalid(
        command,
        `--param 应形如 规则.参数=值，收到“${text}”`,
        `--param must look like RULE.name=value, got "${text}"`,
      );
    const [, owner = '', name = '', raw = ''] = match;
    const params = owners.get(owner);
    if (!params)
      throw invalid(
        command,
        `所选规则包中没有规则或指标“${owner}”`,
        `No rule or indicator "${owner}" in the chosen packs`,
      );
    const def = params[name];
    if (!def)
      throw invalid(
        command,
        `“${owner}”没有参数“${name}”（可选：${Object.keys(params).join('、') || '无'}）`,
        `"${owner}" has no parameter "${name}" (${Object.keys(params).join(', ') || 'none'})`,
      );
    let value: number | string | boolean = raw;
    if (typeof def.default === 'number') {
      if (!NUMBER.test(raw))
        throw invalid(
          command,
          `参数 ${owner}.${name} 应为数字`,
          `Parameter ${owner}.${name} must be a number`,
        );
      value = Number(raw);
    } else if (typeof def.default === 'boolean') {
      if (raw !== 'true' && raw !== 'false')
        throw invalid(
          command,
          `参数 ${owner}.${name} 应为 true 或 false`,
          `Parameter ${owner}.${name} must be true or false`,
        );
      value = raw === 'true';
    }
    const into = out[owner] ?? {};
    into[name] = value;
    out[owner] = into;
  }
  return out;
}

/** Rejects stray positional arguments. */
export function noMorePositionals(positionals: readonly string[], command: string): void {
  if (positionals.length > 0)
    throw new CliError(
      'USAGE',
      bi(`多余的参数：${positionals.join(' ')}`, `Unexpected arguments: ${positionals.join(' ')}`),
      { helpFor: command },
    );
}

/** At least one input path. */
export function requirePaths(positionals: readonly string[], command: string): string[] {
  if (positionals.length === 0)
    throw new CliError(
      'MISSING_ARGUMENT',
      bi('请给出至少一个文件或文件夹', 'Give at least one file or folder'),
      {
        helpFor: command,
      },
    );
  return [...positionals];
}
