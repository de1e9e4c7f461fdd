import { RECORD_KINDS, type RecordKind } from '@rectify/schemas';
import { parseDay } from './calendar';
import { SamplesError } from './errors';

/** Options of {@link generateDataset} and {@link streamDataset}. Every option has a default. */
export interface GenerateOptions {
  /** Seed of the pseudo-random source: the same options and seed give a byte-identical dataset. Defaults to `'quanzhou'`. */
  seed?: string;
  /** The as-of date (Asia/Shanghai civil date): nothing is dated after it, deadlines are judged against it. Defaults to `'2023-11-30'`. */
  asOf?: string;
  /** The campaign year whose quarters Q1..Q4 are generated and judged. Defaults to `2023`. */
  campaignYear?: number;
  /** Number of residential communities, 0 to 100,000 (a 10-community toy to the whole city at 20,000). Defaults to `200`. */
  communities?: number;
  /** Number of construction projects, 0 to 20,000. Defaults to `30`. */
  projects?: number;
  /**
   * Mean number of workers on a project's roster in a month; each project varies around it by size class and
   * the roster turns over during the year. Defaults to `40`.
   */
  workersPerProject?: number;
  /**
   * Planted violations: rule id → how many subjects to break (see `PLANTERS` for the ids). The manifest lists
   * what was planted; fewer are planted when too few eligible subjects exist. Defaults to none.
   */
  plant?: Readonly<Record<string, number>>;
  /**
   * Alternative to `plant`: for every registered rule without an explicit count, break this fraction (0-1) of
   * the rule's eligible subjects (rounded). Defaults to `0`.
   */
  plantRate?: number;
  /** Only these record kinds are emitted (all are generated, so the data stay consistent). Defaults to every kind. */
  kinds?: readonly RecordKind[];
}

/** {@link GenerateOptions} with every default applied. */
export interface ResolvedOptions {
  /** See {@link GenerateOptions.seed}. */
  readonly seed: string;
  /** See {@link GenerateOptions.asOf}. */
  readonly asOf: string;
  /** See {@link GenerateOptions.campaignYear}. */
  readonly campaignYear: number;
  /** See {@link GenerateOptions.communities}. */
  readonly communities: number;
  /** See {@link GenerateOptions.projects}. */
  readonly projects: number;
  /** See {@link GenerateOptions.workersPerProject}. */
  readonly workersPerProject: number;
  /** See {@link GenerateOptions.plant}. */
  readonly plant: Readonly<Record<string, number>>;
  /** See {@link GenerateOptions.plantRate}. */
  readonly plantRate: number;
  /** See {@link GenerateOptions.kinds}. */
  readonly kinds: ReadonlySet<RecordKind>;
}

/** The defaults of {@link GenerateOptions}. */
export const DEFAULT_OPTIONS = {
  seed: 'quanzhou',
  asOf: '2023-11-30',
  campaignYear: 2023,
  communities: 200,
  projects: 30,
  workersPerProject: 40,
} as const;

function integerIn(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SamplesError('INVALID_OPTION', `Option "${name}" must be an integer from ${min} to ${max}.`);
  }
  return value;
}

/**
 * Applies the defaults and checks the options.
 *
 * @throws SamplesError `INVALID_OPTION` for a malformed option, `UNKNOWN_RULE` for a `plant` key that is not in
 * `knownRuleIds`.
 */
export function resolveOptions(options: GenerateOptions, knownRuleIds: ReadonlySet<string>): ResolvedOptions {
  const seed = options.seed ?? DEFAULT_OPTIONS.seed;
  if (typeof seed !== 'string' || seed.length === 0 || seed.length > 200) {
    throw new SamplesError(
      'INVALID_OPTION',
      'Option "seed" must be a non-empty string of at most 200 characters.',
    );
  }
  const asOf = options.asOf ?? DEFAULT_OPTIONS.asOf;
  if (typeof asOf !== 'string' || Number.isNaN(parseDay(asOf))) {
    throw new SamplesError('INVALID_OPTION', 'Option "asOf" must be a real civil date YYYY-MM-DD.');
  }
  const campaignYear = integerIn(
    'campaignYear',
    options.campaignYear ?? DEFAULT_OPTIONS.campaignYear,
    2001,
    2099,
  );
  if (Number(asOf.slice(0, 4)) < campaignYear) {
    throw new SamplesError('INVALID_OPTION', 'Option "asOf" must not be before the campaign year.');
  }
  const communities = integerIn(
    'communities',
    options.communities ?? DEFAULT_OPTIONS.communities,
    0,
    100_000,
  );
  const projects = integerIn('projects', options.projects ?? DEFAULT_OPTIONS.projects, 0, 20_000);
  const workersPerProject = integerIn(
    'workersPerProject',
    options.workersPerProject ?? DEFAULT_OPTIONS.workersPerProject,
    1,
    2_000,
  );
  const plant: Record<string, number> = {};
  for (const [ruleId, count] of Object.entries(options.plant ?? {})) {
    if (!knownRuleIds.has(ruleId)) {
      throw new SamplesError('UNKNOWN_RULE', `No planter is registered for rule "${ruleId}".`);
    }
    plant[ruleId] = integerIn(`plant.${ruleId}`, count, 0, 1_000_000);
  }
  const plantRate = options.plantRate ?? 0;
  if (typeof plantRate !== 'number' || !(plantRate >= 0 && plantRate <= 1)) {
    throw new SamplesError('INVALID_OPTION', 'Option "plantRate" must be a number from 0 to 1.');
  }
  const kinds = new Set<RecordKind>();
  for (const k of options.kinds ?? RECORD_KINDS) {
    if (!(RECORD_KINDS as readonly string[]).includes(k)) {
      throw new SamplesError('INVALID_OPTION', `Option "kinds" names an unknown record kind "${String(k)}".`);
    }
    kinds.add(k);
  }
  return { seed, asOf, campaignYear, communities, projects, workersPerProject, plant, plantRate, kinds };
}
