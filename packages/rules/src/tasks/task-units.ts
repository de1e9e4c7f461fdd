/**
 * The units a campaign task can name, as codes of the `units` codelist of `@rectify/schemas` (the level —
 * city or county — is carried apart, by {@link TaskLevel} here and by the division code in progress
 * records). PI.R1–PI.R7 name the first eight; the wages lists name the two bureaus.
 */
export const TASK_UNIT_CODES = [
  'housing-authority',
  'development-reform',
  'public-security',
  'civil-affairs',
  'market-regulation',
  'street-office',
  'residents-committee',
  'property-association',
  'housing-construction-bureau',
  'hrss-bureau',
] as const;

/**
 * A responsible unit: `housing-authority` 物业管理主管部门 (PI.R1), `development-reform` 发改 (PI.R2),
 * `public-security` 公安 (PI.R3), `civil-affairs` 民政 (PI.R4), `market-regulation` 市场监管 (PI.R5),
 * `street-office` 街道办事处（乡镇人民政府） and `residents-committee` 居（村）民委员会 (PI.R6),
 * `property-association` 物业管理行业协会 (PI.R7), `housing-construction-bureau` 住建局 and `hrss-bureau` 人社局
 * (WG).
 */
export type TaskUnitCode = (typeof TASK_UNIT_CODES)[number];

/** The level of government a task list addresses: 市 (Quanzhou city) or 县（市、区） (a county-level division). */
export type TaskLevel = 'city' | 'county';

/** What {@link parseParticipants} reads from a participants cell. */
export interface ParsedParticipants {
  /** Levels named by the prefix (`市、县` → both, `市` → city, `县（市、区）` → county); empty when none. */
  readonly levels: readonly TaskLevel[];
  /** Units, in the order written, without duplicates. */
  readonly units: readonly TaskUnitCode[];
  /** The unit marked `（牵头单位）` (lead unit), if any. */
  readonly leadUnit?: TaskUnitCode;
  /** Parts that name no known unit; empty for every row of the three lists. */
  readonly unrecognized: readonly string[];
}

const LEVEL_PREFIXES: ReadonlyArray<readonly [string, readonly TaskLevel[]]> = [
  ['市、县', ['city', 'county']],
  ['县（市、区）', ['county']],
  ['市', ['city']],
];

const UNIT_NAMES: ReadonlyMap<string, TaskUnitCode> = new Map(
  Object.entries({
    物业主管: 'housing-authority',
    物业管理主管: 'housing-authority',
    发改: 'development-reform',
    公安: 'public-security',
    民政: 'civil-affairs',
    市场监管: 'market-regulation',
    '街道办事处（乡镇人民政府）': 'street-office',
    '街道（乡镇）': 'street-office',
    '居（村）民委员会': 'residents-committee',
    物业管理行业协会: 'property-association',
    物业管理协会: 'property-association',
    住建: 'housing-construction-bureau',
    住建局: 'housing-construction-bureau',
    人社: 'hrss-bureau',
    人社局: 'hrss-bureau',
  } satisfies Record<string, TaskUnitCode>),
);

const LEAD_MARK = '（牵头单位）';

/**
 * Reads the participants (参与单位 / 责任单位) cell of a task row: `市、县物业主管（牵头单位）、发改、公安、民政、市场监管部门`
 * → levels city and county, units housing-authority (lead), development-reform, public-security,
 * civil-affairs, market-regulation. The trailing `部门` / `机关` applies to each listed unit. Never throws: a
 * part it cannot read is returned in `unrecognized`.
 */
export function parseParticipants(text: string): ParsedParticipants {
  let rest = typeof text === 'string' ? text.trim() : '';
  let levels: readonly TaskLevel[] = [];
  for (const [prefix, named] of LEVEL_PREFIXES) {
    // `市场监管部门` starts with 市 but names no level.
    if (rest.startsWith(prefix) && !rest.startsWith('市场')) {
      levels = named;
      rest = rest.slice(prefix.length);
      break;
    }
  }
  const units: TaskUnitCode[] = [];
  const unrecognized: string[] = [];
  let leadUnit: TaskUnitCode | undefined;
  for (const raw of rest.split('、')) {
    const isLead = raw.includes(LEAD_MARK);
    const name = raw.replace(LEAD_MARK, '').replace(/(部门|机关)$/, '');
    const unit = UNIT_NAMES.get(name);
    if (unit === undefined) {
      if (raw !== '') unrecognized.push(raw);
      continue;
    }
    if (!units.includes(unit)) units.push(unit);
    if (isLead) leadUnit = unit;
  }
  return leadUnit === undefined ? { levels, units, unrecognized } : { levels, units, leadUnit, unrecognized };
}
