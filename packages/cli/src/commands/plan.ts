import {
  type AuditPlan,
  type CrossInspectionLevel,
  type CrossInspectionPlan,
  type CrossInspectionScope,
  planAudits,
  planCrossInspection,
  planSampling,
  RulesError,
  type SamplingPlan,
} from '@rectify/rules';
import {
  formatOption,
  integerOption,
  kindOption,
  type OptionValues,
  parseCommandArgs,
  quarterOption,
  requireOption,
  requirePaths,
  stringOption,
  yearOption,
} from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { commandContext } from '../context';
import { EXIT_CODES, type ExitCode } from '../exit-codes';
import { bi, type Lang } from '../lang';
import { emit } from '../output/emit';
import { markdownTable } from '../output/markdown';
import { maskDeep } from '../output/mask';
import { textTable } from '../output/text-table';
import { loadDataset } from './load-dataset';

/** The plans `rectify plan` makes. */
export const PLAN_KINDS = ['sampling', 'cross-inspection', 'audits'] as const;

/** One of the {@link PLAN_KINDS}. */
export type PlanKind = (typeof PLAN_KINDS)[number];

const FORMATS = ['table', 'json', 'markdown'] as const;
type PlanFormat = (typeof FORMATS)[number];

const LEVELS: readonly CrossInspectionLevel[] = ['county', 'street', 'committee'];
const SCOPES: readonly CrossInspectionScope[] = ['parent', 'city', 'county', 'street'];

function invalid(zh: string, en: string): CliError {
  return new CliError('INVALID_OPTION', bi(zh, en), { helpFor: 'plan' });
}

function choice<T extends string>(
  values: OptionValues,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T | undefined {
  const v = stringOption(values, name);
  if (v === undefined) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw invalid(`--${name} 只能是 ${allowed.join('、')}`, `--${name} must be one of ${allowed.join(', ')}`);
}

function shareOption(values: OptionValues): { numerator: number; denominator: number } | undefined {
  const v = stringOption(values, 'share');
  if (v === undefined) return undefined;
  const match = /^([0-9]{1,6})\/([0-9]{1,6})$/.exec(v);
  if (!match) throw invalid(`--share 应形如 1/2，收到“${v}”`, `--share must look like 1/2, got "${v}"`);
  return { numerator: Number(match[1]), denominator: Number(match[2]) };
}

type AnyPlan = SamplingPlan | CrossInspectionPlan | AuditPlan;

/** `rectify plan sampling|cross-inspection|audits <path...>`: makes a plan with the planners of @rectify/rules. */
export async function planCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('plan', argv, {
    year: { type: 'string' },
    seed: { type: 'string' },
    county: { type: 'string' },
    share: { type: 'string' },
    inspectors: { type: 'string' },
    quarter: { type: 'string' },
    level: { type: 'string' },
    within: { type: 'string' },
    'small-income-fen': { type: 'string' },
    'small-area': { type: 'string' },
    'bundle-max': { type: 'string' },
    'objection-share-bp': { type: 'string' },
    kind: { type: 'string' },
  });
  const ctx = commandContext(io, values, 'plan');
  const format = formatOption(values, FORMATS, 'table', 'plan');
  const [which, ...paths] = positionals;
  if (which === undefined || !(PLAN_KINDS as readonly string[]).includes(which))
    throw new CliError(
      which === undefined ? 'MISSING_ARGUMENT' : 'USAGE',
      bi(
        `请指明计划：${PLAN_KINDS.join('、')}${which === undefined ? '' : `（收到“${which}”）`}`,
        `Name the plan: ${PLAN_KINDS.join(', ')}${which === undefined ? '' : ` (got "${which}")`}`,
      ),
      { helpFor: 'plan' },
    );
  const plan = which as PlanKind;
  const kind = kindOption(values, 'plan');
  requirePaths(paths, 'plan');
  const county = stringOption(values, 'county');
  if (county !== undefined && !/^[0-9]{6}$/.test(county))
    throw invalid(
      `--county 应为 6 位县区代码，收到“${county}”`,
      `--county must be a 6-digit county code, got "${county}"`,
    );

  // Options are all checked before the inputs are read: a typo costs nothing.
  let make: (dataset: Parameters<typeof planSampling>[0]) => AnyPlan;
  let year: number;
  if (plan === 'cross-inspection') {
    const quarter = quarterOption(values, 'plan');
    const seed = requireOption(values, 'seed', 'plan');
    const level = choice(values, 'level', LEVELS, 'street') ?? 'street';
    const within = choice(values, 'within', SCOPES);
    year = Number(quarter.slice(0, 4));
    make = (d) => planCrossInspection(d, { quarter, seed, level, ...(within ? { within } : {}) });
  } else if (plan === 'sampling') {
    year = yearOption(values, 'plan') ?? Number.NaN;
    if (Number.isNaN(year)) requireOption(values, 'year', 'plan');
    const seed = requireOption(values, 'seed', 'plan');
    const share = shareOption(values);
    const inspectorsPerPick = integerOption(values, 'inspectors', 'plan');
    make = (d) =>
      planSampling(d, {
        year,
        seed,
        ...(county ? { countyCode: county } : {}),
        ...(share ? { share } : {}),
        ...(inspectorsPerPick !== undefined ? { inspectorsPerPick } : {}),
      });
  } else {
    year = yearOption(values, 'plan') ?? Number.NaN;
    if (Number.isNaN(year)) requireOption(values, 'year', 'plan');
    const smallIncomeFen = integerOption(values, 'small-income-fen', 'plan');
    const smallAreaM2 = integerOption(values, 'small-area', 'plan');
    const bundleMaxCommunities = integerOption(values, 'bundle-max', 'plan');
    const objectionShareBp = integerOption(values, 'objection-share-bp', 'plan');
    make = (d) =>
      planAudits(d, {
        year,
        ...(smallIncomeFen !== undefined ? { smallIncomeFen } : {}),
        ...(smallAreaM2 !== undefined ? { smallAreaM2 } : {}),
        ...(bundleMaxCommunities !== undefined ? { bundleMaxCommunities } : {}),
        ...(objectionShareBp !== undefined ? { objectionShareBp } : {}),
      });
  }
  const { dataset } = await loadDataset(ctx, paths, {
    ...(kind ? { kind } : {}),
    year,
    lenient: false,
    label: ctx.lang === 'en' ? 'plan' : '计划',
  });
  let made: AnyPlan;
  try {
    made = make(dataset);
  } catch (error) {
    if (error instanceof RulesError)
      throw invalid(`选项有误：${error.message}`, `Bad option: ${error.message}`);
    throw error;
  }
  let result = maskDeep(made);
  if (plan === 'audits' && county && 'communities' in result) {
    const audit = result as AuditPlan;
    result = {
      ...audit,
      communities: audit.communities.filter((c) => c.countyCode === county),
      units: audit.units.filter((u) => u.countyCode === county),
    };
  }
  await emit(io, renderPlan(result, format, ctx.lang), ctx.out);
  if (ctx.out !== undefined) ctx.note(bi(`计划已写入 ${ctx.out}`, `Plan written to ${ctx.out}`));
  return EXIT_CODES.clean;
}

function rowsOf(
  plan: AnyPlan,
  lang: Lang,
): { title: string; header: string[]; rows: string[][]; lines: string[] } {
  const en = lang === 'en';
  if (plan.planner === 'PI-SAMPLING-PLAN') {
    return {
      title: en
        ? `Sampling plan ${plan.year} (seed ${String(plan.seed)})`
        : `${plan.year} 年实地抽查核实计划（种子 ${String(plan.seed)}）`,
      lines: plan.counties.map((c) => `${c.countyCode} ${c.name ?? ''}: ${c.explanation[lang]}`),
      header: en
        ? ['County', 'Community', 'Division', 'Reasons', 'Inspectors', 'Assignment']
        : ['县区', '小区', '区划', '抽取原因', '检查人员', '分派'],
      rows: plan.counties.flatMap((c) =>
        c.picks.map((p) => [
          c.countyCode,
          p.communityId,
          p.divisionCode,
          p.reasons.join(', '),
          p.inspectorIds.join(', '),
          p.assignment,
        ]),
      ),
    };
  }
  if (plan.planner === 'PI-CROSS-INSPECTION-PLAN') {
    return {
      title: en
        ? `Cross-inspection plan ${plan.quarter}, ${plan.level} level within ${plan.within} (seed ${String(plan.seed)})`
        : `${plan.quarter} 交叉检查分组（${plan.level} 级，范围 ${plan.within}，种子 ${String(plan.seed)}）`,
      lines: [
        ...plan.gaps.filter((g) => g.reason === 'alone').map((g) => `${g.areaCode}: ${g.explanation[lang]}`),
        ...emptyAreas(plan, lang),
      ],
      header: en
        ? ['Group', 'Pool', 'From', 'Inspects', 'Communities']
        : ['检查组', '范围', '派出区域', '被检查区域', '小区数'],
      rows: plan.groups.map((g) => [
        g.groupId,
        g.poolCode,
        `${g.fromAreaCode} ${g.fromAreaName ?? ''}`.trim(),
        `${g.inspectsAreaCode} ${g.inspectsAreaName ?? ''}`.trim(),
        String(g.communityIds.length),
      ]),
    };
  }
  return {
    title: en ? `Audit plan ${plan.year}` : `${plan.year} 年度第三方审计计划`,
    lines: plan.units.map(
      (u) => `${u.unitId} (${u.kind}, ${u.commissionedBy}): ${u.communityIds.join(', ')}`,
    ),
    header: en
      ? ['Community', 'County', 'Status', 'Year income (fen)', 'Small', 'Audit unit']
      : ['小区', '县区', '审计状态', '年度收益（分）', '规模较小', '审计单元'],
    rows: plan.communities.map((c) => [
      c.communityId,
      c.countyCode,
      c.status,
      c.yearIncomeFen === null ? '—' : String(c.yearIncomeFen),
      c.small ? (en ? 'yes' : '是') : en ? 'no' : '否',
      c.unitId ?? '—',
    ]),
  };
}

function emptyAreas(plan: CrossInspectionPlan, lang: Lang): string[] {
  const empty = plan.gaps.filter((g) => g.reason === 'no-communities').map((g) => g.areaCode);
  if (empty.length === 0) return [];
  return [
    lang === 'en'
      ? `${empty.length} area(s) without communities, not inspected: ${empty.join(', ')}`
      : `${empty.length} 个区域无物业小区，不作为被检查区域：${empty.join('、')}`,
  ];
}

/** Renders a (masked) plan as a terminal table, JSON or Markdown. */
export function renderPlan(plan: AnyPlan, format: PlanFormat, lang: Lang): string {
  if (format === 'json') return JSON.stringify(plan, null, 2);
  const { title, header, rows, lines } = rowsOf(plan, lang);
  if (format === 'markdown')
    return [`# ${title}`, '', ...lines.map((l) => `- ${l}`), '', markdownTable(header, rows)].join('\n');
  return [title, '', ...lines, '', textTable(header, rows)].join('\n');
}
