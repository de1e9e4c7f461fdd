import { formatMessage } from '@rectify/schemas';
import { isCivilDate } from '../calendar/index';
import { DatasetIndex } from './dataset-index';
import { aggregate, type Indicator, type IndicatorDefinition, type IndicatorItem } from './indicator';
import { forEachSubject, type Periods } from './subjects';
import type {
  CheckDataset,
  Evaluation,
  Finding,
  Outcome,
  ParameterOverrides,
  ResponsibleUnit,
  Rule,
  RulePack,
  SubjectRef,
} from './types';

/** Options of {@link check}. */
export interface CheckOptions {
  /** The as-of date (Asia/Shanghai civil date, `YYYY-MM-DD`). Required: no rule reads the clock. */
  asOf: string;
  /** The rule packs to run. */
  packs: readonly RulePack[];
  /** Indicators to compute. Defaults to none. */
  indicators?: readonly IndicatorDefinition[];
  /** Parameter overrides by rule id (or indicator id), then parameter name. */
  parameters?: ParameterOverrides;
  /** Quarters judged by community-quarter rules. Defaults to Q1–Q4 of the dataset's campaign year. */
  quarters?: string[];
  /** Months judged by project-month rules. Defaults to the campaign year's months up to asOf's month. */
  months?: string[];
  /** Outcomes listed as findings. Defaults to fail, pending and unknown; passes are counted in the summary. */
  include?: readonly Outcome[];
  /** The city code at the top of indicator breakdowns. Defaults to Quanzhou, `350500`. */
  cityCode?: string;
}

/** Per-outcome counts. */
export type OutcomeCounts = Record<Outcome, number>;

/** The result of {@link check}. Byte-identical JSON for the same input, parameters and asOf. */
export interface CheckResult {
  asOf: string;
  campaignYear: number;
  packs: { id: string; version: string; hash: string }[];
  /** Effective parameters of every rule that ran. */
  parameters: Record<string, Record<string, number | string | boolean>>;
  periods: Periods;
  findings: Finding[];
  indicators: Indicator[];
  summary: {
    subjects: number;
    byOutcome: OutcomeCounts;
    byRule: Record<string, OutcomeCounts>;
    byCounty: Record<string, OutcomeCounts>;
  };
}

/** Thrown only for misuse of the API (a bad asOf, an unknown parameter), never for bad data. */
export class RulesError extends Error {
  override readonly name = 'RulesError';
  readonly code: 'INVALID_AS_OF' | 'UNKNOWN_PARAMETER' | 'INVALID_OPTION';
  constructor(code: RulesError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

const zero = (): OutcomeCounts => ({ pass: 0, fail: 0, pending: 0, unknown: 0, not_applicable: 0 });

function effectiveParameters(
  rule: { id: string; parameters: Record<string, { default: number | string | boolean }> },
  overrides: ParameterOverrides | undefined,
) {
  const params: Record<string, number | string | boolean> = {};
  for (const [name, def] of Object.entries(rule.parameters)) params[name] = def.default;
  const given = overrides?.[rule.id];
  if (given) {
    for (const [name, value] of Object.entries(given)) {
      if (!(name in rule.parameters))
        throw new RulesError('UNKNOWN_PARAMETER', `Rule ${rule.id} has no parameter "${name}"`);
      if (typeof value !== typeof params[name])
        throw new RulesError(
          'INVALID_OPTION',
          `Parameter ${rule.id}.${name} must be a ${typeof params[name]}`,
        );
      params[name] = value;
    }
  }
  return params;
}

/** The default periods: the campaign year's quarters, and its months up to asOf. */
export function defaultPeriods(campaignYear: number, asOf: string): Periods {
  const quarters = [1, 2, 3, 4].map((q) => `${campaignYear}Q${q}`);
  const lastMonth = asOf.slice(0, 4) > String(campaignYear) ? 12 : Number(asOf.slice(5, 7));
  const months = Array.from(
    { length: Math.max(0, Math.min(12, lastMonth)) },
    (_, i) => `${campaignYear}-${String(i + 1).padStart(2, '0')}`,
  );
  return { quarters, months };
}

function safeEvaluate(
  rule: Rule,
  ref: Parameters<Rule['evaluate']>[0],
  ctx: Parameters<Rule['evaluate']>[1],
): Evaluation {
  try {
    return rule.evaluate(ref, ctx);
  } catch (cause) {
    // A rule never throws on bad data; if one does, the subject is reported as unknown rather than lost.
    return {
      outcome: 'unknown',
      evidence: [
        {
          pointer: ref.pointer,
          note: {
            'zh-CN': '数据无法判定（规则执行异常）',
            en: `Could not be judged: ${(cause as Error)?.message ?? 'error'}`,
          },
        },
      ],
    };
  }
}

/**
 * A check that takes its dataset in chunks: each chunk must be self-contained for the subjects it holds (a
 * project with all its payroll, attendance and payments; a community with its disclosures). Findings, counts and
 * indicator items accumulate; `result()` sorts and aggregates. This is how a city-scale wage dataset (millions of
 * payroll lines) is checked project by project in bounded memory. `check()` is one session with one chunk.
 * Rules that look across subjects (WG-REVERSE-CHECK looks at every project of an enterprise) see only the chunk
 * they run in: give them the enterprise's projects in the same chunk.
 */
export class CheckSession {
  private readonly options: CheckOptions;
  private readonly include: Set<Outcome>;
  private readonly findings: Finding[] = [];
  private readonly byRule: Record<string, OutcomeCounts> = {};
  private readonly byCounty: Record<string, OutcomeCounts> = {};
  private readonly byOutcome = zero();
  private readonly parameters: CheckResult['parameters'] = {};
  private readonly indicatorItems = new Map<string, IndicatorItem[]>();
  private readonly names = new Map<string, string>();
  private periods: Periods | undefined;
  private campaignYear: number | undefined;
  private subjects = 0;

  constructor(options: CheckOptions) {
    if (!isCivilDate(options.asOf))
      throw new RulesError(
        'INVALID_AS_OF',
        `asOf must be a civil date YYYY-MM-DD, got ${String(options.asOf)}`,
      );
    this.options = options;
    this.include = new Set<Outcome>(options.include ?? ['fail', 'pending', 'unknown']);
    for (const pack of options.packs)
      for (const rule of pack.rules) {
        this.parameters[rule.id] = effectiveParameters(rule, options.parameters);
        this.byRule[rule.id] = zero();
      }
    for (const def of options.indicators ?? []) {
      effectiveParameters({ id: def.id, parameters: def.parameters ?? {} }, options.parameters);
      this.indicatorItems.set(def.id, []);
    }
  }

  /** Evaluates every rule and indicator on one chunk of the dataset. */
  add(dataset: CheckDataset): this {
    const { asOf } = this.options;
    const index = new DatasetIndex(dataset);
    this.campaignYear ??= dataset.campaignYear;
    if (!this.periods) {
      const defaults = defaultPeriods(dataset.campaignYear, asOf);
      this.periods = {
        quarters: this.options.quarters ?? defaults.quarters,
        months: this.options.months ?? defaults.months,
      };
    }
    const periods = this.periods;
    for (const d of dataset.records.division ?? []) this.names.set(d.code, d.name);
    // Subject by subject, every rule of its kind in turn (not rule by rule over all subjects): a subject's
    // records are still in the CPU's cache for the next rule.
    const byKind = new Map<
      string,
      {
        pack: RulePack;
        rule: Rule;
        params: Record<string, number | string | boolean>;
        counts: OutcomeCounts;
      }[]
    >();
    for (const pack of this.options.packs) {
      for (const rule of pack.rules) {
        if (asOf < rule.inForce.from || (rule.inForce.to !== undefined && asOf > rule.inForce.to)) continue;
        const key = `${rule.subjectKind}|${rule.campaign}`;
        let list = byKind.get(key);
        if (!list) {
          list = [];
          byKind.set(key, list);
        }
        list.push({
          pack,
          rule,
          params: this.parameters[rule.id] as Record<string, number | string | boolean>,
          counts: this.byRule[rule.id] as OutcomeCounts,
        });
      }
    }
    const campaignYear = dataset.campaignYear;
    for (const rules of byKind.values()) {
      const first = rules[0] as (typeof rules)[number];
      const contexts = rules.map((r) => ({ asOf, campaignYear, params: r.params, index }));
      forEachSubject(first.rule.subjectKind, index, periods, first.rule.campaign, (ref) => {
        const county = ref.subject.countyCode;
        this.byCounty[county] ??= zero();
        const countyCounts = this.byCounty[county] as OutcomeCounts;
        for (let i = 0; i < rules.length; i++) {
          const { pack, rule, counts } = rules[i] as (typeof rules)[number];
          this.subjects++;
          const ev = safeEvaluate(rule, ref, contexts[i] as (typeof contexts)[number]);
          counts[ev.outcome]++;
          this.byOutcome[ev.outcome]++;
          countyCounts[ev.outcome]++;
          if (this.include.has(ev.outcome)) this.findings.push(toFinding(pack, rule, ref, ev));
        }
      });
    }
    for (const def of this.options.indicators ?? []) {
      const params = effectiveParameters(
        { id: def.id, parameters: def.parameters ?? {} },
        this.options.parameters,
      );
      const items = def.compute({ asOf, campaignYear: dataset.campaignYear, index, periods, params });
      const bucket = this.indicatorItems.get(def.id) as IndicatorItem[];
      for (const item of items) bucket.push(item);
    }
    return this;
  }

  /** The result so far: findings sorted, indicators aggregated city → county → street. */
  result(): CheckResult {
    const findings = [...this.findings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const nameOf = (code: string) => this.names.get(code);
    const indicators = (this.options.indicators ?? []).map((def) =>
      aggregate(def, this.indicatorItems.get(def.id) ?? [], this.options.cityCode ?? '350500', nameOf),
    );
    const byCounty = Object.fromEntries(
      Object.keys(this.byCounty)
        .sort()
        .map((k) => [k, this.byCounty[k] as OutcomeCounts]),
    );
    const campaignYear = this.campaignYear ?? Number(this.options.asOf.slice(0, 4));
    return {
      asOf: this.options.asOf,
      campaignYear,
      packs: this.options.packs.map((p) => ({ id: p.id, version: p.version, hash: p.hash })),
      parameters: this.parameters,
      periods: this.periods ?? defaultPeriods(campaignYear, this.options.asOf),
      findings,
      indicators,
      summary: { subjects: this.subjects, byOutcome: { ...this.byOutcome }, byRule: this.byRule, byCounty },
    };
  }
}

function toFinding(pack: RulePack, rule: Rule, ref: SubjectRef, ev: Evaluation): Finding {
  const named = {
    subject: ref.subject.name ?? ref.subject.id,
    period: ref.period ?? '',
    deadline: ev.deadline ?? '',
  };
  // The rule's own values, with the three the engine names taking precedence.
  const templateParams = ev.params === undefined ? named : Object.assign({}, ev.params, named);
  // Field by field in the documented order (it is the order of the JSON), without spreading optional fields in:
  // a spread in the middle of a literal takes V8's slow path, and a check can write tens of thousands of these.
  const finding = {
    id: `${rule.id}|${ref.subject.kind}:${ref.subject.id}${ref.period ? `|${ref.period}` : ''}`,
    ruleId: rule.id,
    ruleVersion: rule.version,
    pack: { id: pack.id, version: pack.version, hash: pack.hash },
    clauseIds: ev.clauseIds ?? rule.clauseIds,
    subject: ref.subject,
  } as Finding;
  if (ref.period) finding.period = ref.period;
  finding.outcome = ev.outcome;
  finding.severity = rule.severity;
  finding.evidence = ev.evidence ?? [];
  if (ev.deadline) finding.deadline = ev.deadline;
  const supervising: ResponsibleUnit = { unit: rule.supervisingUnit, divisionCode: ref.subject.divisionCode };
  finding.responsible = ref.regulated ? { regulated: ref.regulated, supervising } : { supervising };
  finding.message = formatMessage(rule.message, templateParams);
  finding.remediation = formatMessage(rule.remediation, templateParams);
  finding.why = ev.outcome === 'fail' ? (ev.why ?? []) : [];
  return finding;
}

/**
 * Runs rule packs over a dataset and computes indicators. Pure: the same dataset, options and asOf give
 * byte-identical JSON. The dataset is indexed once, so a run is linear in the data.
 *
 * @example
 * const result = check(dataset, { asOf: '2023-11-30', packs: [publicIncomePack], indicators: PUBLIC_INCOME_INDICATORS });
 */
export function check(dataset: CheckDataset, options: CheckOptions): CheckResult {
  return new CheckSession(options).add(dataset).result();
}
