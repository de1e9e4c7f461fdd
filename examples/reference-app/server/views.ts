// The page data of the /app endpoints, built from the stored records (SQL) and the cached check of the as-of date.
import {
  CAMPAIGN_TASKS,
  check,
  type Finding,
  type Indicator,
  type IndicatorRow,
  PUBLIC_INCOME_RULES,
  planSampling,
  type TaskProgressInput,
  taskStatus,
  WAGES_RULES,
  wagesPack,
} from '@rectify/rules';
import type { Community, ConstructionProject, Dataset, QuarterlyDisclosure } from '@rectify/schemas';
import type {
  CommunityResponse,
  CommunityRow,
  DashboardResponse,
  DivisionResponse,
  DivisionSummary,
  FindingCounts,
  ProjectResponse,
  ProjectRow,
  RuleCount,
  RuleInfo,
  SamplingResponse,
  TasksResponse,
  TrailStep,
  WarningLevelName,
} from '../shared/api';
import type { CheckedDataset, LoadedDataset } from './app-data';
import type { Queryable } from './storage/storage';

/** The city at the top of every trail. */
export const CITY_CODE = '350500';

const RULES = [...PUBLIC_INCOME_RULES, ...WAGES_RULES];
const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));

const none = (): FindingCounts => ({ fail: 0, pending: 0, unknown: 0 });

/** Thrown for an id or code the dataset does not have; the routes answer 404. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

function levelOf(code: string): TrailStep['level'] {
  if (code === CITY_CODE) return 'city';
  return code.length === 6 ? 'county' : 'street';
}

function nameOf(data: LoadedDataset, code: string): string {
  return data.divisions.get(code)?.name ?? code;
}

/** City → county → street steps down to `code`. */
export function trailTo(data: LoadedDataset, code: string): TrailStep[] {
  const codes = [CITY_CODE];
  if (code.length >= 6 && code.slice(0, 6) !== CITY_CODE) codes.push(code.slice(0, 6));
  if (code.length === 9) codes.push(code);
  return codes.map((c) => ({ code: c, name: nameOf(data, c), level: levelOf(c) }));
}

/** Communities and projects per division code (streets and counties), counted in SQL. */
async function subjectCounts(db: Queryable): Promise<Map<string, { communities: number; projects: number }>> {
  const rows = await db.query<{ division_code: string; county_code: string; kind: string; n: number }>(
    `select division_code, county_code, kind, count(*)::int as n from records
     where kind in ('community', 'constructionProject') and division_code is not null
     group by division_code, county_code, kind`,
  );
  const counts = new Map<string, { communities: number; projects: number }>();
  const add = (code: string, kind: string, n: number) => {
    let c = counts.get(code);
    if (!c) {
      c = { communities: 0, projects: 0 };
      counts.set(code, c);
    }
    if (kind === 'community') c.communities += n;
    else c.projects += n;
  };
  for (const r of rows) {
    add(r.division_code, r.kind, r.n);
    if (r.county_code !== r.division_code) add(r.county_code, r.kind, r.n);
    add(CITY_CODE, r.kind, r.n);
  }
  return counts;
}

function summary(
  data: LoadedDataset,
  checked: CheckedDataset,
  counts: Map<string, { communities: number; projects: number }>,
  code: string,
): DivisionSummary {
  const c = counts.get(code) ?? { communities: 0, projects: 0 };
  return {
    code,
    name: nameOf(data, code),
    level: levelOf(code),
    ...c,
    findings: { ...(checked.divisionCounts.get(code) ?? none()) },
  };
}

function topRules(findings: Iterable<Finding>, limit = 10): RuleCount[] {
  const fails = new Map<string, number>();
  for (const f of findings) if (f.outcome === 'fail') fails.set(f.ruleId, (fails.get(f.ruleId) ?? 0) + 1);
  return [...fails]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([ruleId, fail]) => ({
      ruleId,
      fail,
      title: RULE_BY_ID.get(ruleId)?.title ?? { 'zh-CN': ruleId, en: ruleId },
    }));
}

/** The counties of the dataset, in code order. */
export function countyCodes(data: LoadedDataset): string[] {
  return [...data.divisions.values()]
    .filter((d) => d.level === 'county')
    .map((d) => d.code)
    .sort();
}

/** The city dashboard. */
export async function dashboardView(
  db: Queryable,
  data: LoadedDataset,
  checked: CheckedDataset,
): Promise<DashboardResponse> {
  const counts = await subjectCounts(db);
  const { result } = checked;
  return {
    asOf: checked.asOf,
    indicators: result.indicators,
    summary: { subjects: result.summary.subjects, byOutcome: result.summary.byOutcome },
    packs: result.packs,
    counties: countyCodes(data).map((code) => summary(data, checked, counts, code)),
    topRules: topRules(result.findings),
  };
}

/** An indicator seen from one division: its own row's values, its streets as the breakdown. */
export function scopeIndicator(indicator: Indicator, code: string): Indicator {
  const own: IndicatorRow | undefined = indicator.breakdown.find((r) => r.divisionCode === code);
  const breakdown =
    code.length === 6
      ? indicator.breakdown.filter((r) => r.level === 'street' && r.divisionCode.startsWith(code))
      : [];
  const { parts: _parts, ...rest } = indicator;
  return {
    ...rest,
    numerator: own?.numerator ?? 0,
    denominator: own?.denominator ?? 0,
    value: own?.value ?? null,
    met: own?.met ?? null,
    ...(own?.parts ? { parts: own.parts } : {}),
    breakdown,
  };
}

/** A county or street page. */
export async function divisionView(
  db: Queryable,
  data: LoadedDataset,
  checked: CheckedDataset,
  code: string,
): Promise<DivisionResponse> {
  const division = data.divisions.get(code);
  if (!division || (division.level !== 'county' && division.level !== 'street'))
    throw new NotFoundError(`No county or street ${code}`);
  const counts = await subjectCounts(db);
  const isCounty = division.level === 'county';
  const children = isCounty
    ? [...data.divisions.values()]
        .filter((d) => d.level === 'street' && d.parentCode === code)
        .map((d) => d.code)
        .sort()
        .map((c) => summary(data, checked, counts, c))
    : [];
  // The county is part of the index, so a street's lookup names it too.
  const county = code.slice(0, 6);
  const communityRows = isCounty
    ? []
    : await db.query<{
        id: string;
        division_code: string;
        name: string;
        company: string;
        households: number;
      }>(
        `select id, division_code, payload->>'name' as name, payload->>'companyName' as company,
                (payload->>'households')::int as households
         from records where kind = 'community' and county_code = $1 and division_code = $2 order by id`,
        [county, code],
      );
  const projectRows = await db.query<{ id: string; division_code: string; name: string; status: string }>(
    `select id, division_code, payload->>'name' as name, payload->>'status' as status
     from records where kind = 'constructionProject' and county_code = $1 ${isCounty ? '' : 'and division_code = $2'}
     order by id`,
    isCounty ? [county] : [county, code],
  );
  const communities: CommunityRow[] = communityRows.map((r) => ({
    id: r.id,
    name: r.name,
    divisionCode: r.division_code,
    companyName: r.company,
    households: r.households,
    findings: { ...(checked.subjectCounts.get(r.id) ?? none()) },
  }));
  const projects: ProjectRow[] = projectRows.map((r) => ({
    id: r.id,
    name: r.name,
    divisionCode: r.division_code,
    status: r.status,
    findings: { ...(checked.subjectCounts.get(r.id) ?? none()) },
  }));
  const inDivision = checked.result.findings.filter((f) =>
    isCounty
      ? (f.subject.countyCode ?? f.subject.divisionCode?.slice(0, 6)) === code
      : f.subject.divisionCode === code,
  );
  return {
    asOf: checked.asOf,
    division: summary(data, checked, counts, code),
    trail: trailTo(data, code),
    indicators: checked.result.indicators.map((i) => scopeIndicator(i, code)),
    children,
    communities,
    projects,
    topRules: topRules(inDivision),
  };
}

function rulesOf(findings: readonly Finding[]): RuleInfo[] {
  const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
  return ids.flatMap((id) => {
    const rule = RULE_BY_ID.get(id);
    return rule ? [{ id, title: rule.title, quote: rule.quote }] : [];
  });
}

function divisionNames(data: LoadedDataset, trail: readonly TrailStep[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const step of trail) names[step.code] = step.name;
  for (const code of countyCodes(data)) names[code] = nameOf(data, code);
  return names;
}

/** A community page: the community, its disclosures and findings. */
export async function communityView(
  db: Queryable,
  data: LoadedDataset,
  checked: CheckedDataset,
  id: string,
): Promise<CommunityResponse> {
  const rows = await db.query<{ kind: string; payload: string }>(
    `select kind, payload::text as payload from records
     where (kind = 'community' and id = $1) or (kind = 'quarterlyDisclosure' and owner_id = $1)
     order by kind, seq`,
    [id],
  );
  const community = rows.find((r) => r.kind === 'community');
  if (!community) throw new NotFoundError(`No community ${id}`);
  const record = JSON.parse(community.payload) as Community;
  const disclosures = rows
    .filter((r) => r.kind === 'quarterlyDisclosure')
    .map((r) => JSON.parse(r.payload) as QuarterlyDisclosure)
    .sort((a, b) => b.quarter.localeCompare(a.quarter));
  const findings = [...(checked.bySubject.get(id) ?? [])];
  const trail = trailTo(data, record.divisionCode);
  return {
    asOf: checked.asOf,
    community: record,
    trail,
    disclosures,
    findings,
    rules: rulesOf(findings),
    divisionNames: divisionNames(data, trail),
  };
}

const LEVEL_IN_MESSAGE = /level (none|blue|yellow|orange|red)\b/;

/** The arrears warning of a project, read from its WG-EARLY-WARNING finding (the rule's level, its failed conditions). */
export function projectWarning(findings: readonly Finding[]): ProjectResponse['warning'] {
  const warning = findings
    .filter((f) => f.ruleId === 'WG-EARLY-WARNING')
    .sort((a, b) => (b.period ?? '').localeCompare(a.period ?? ''))[0];
  if (!warning) return null;
  if (warning.outcome === 'unknown') return 'unknown';
  const match = LEVEL_IN_MESSAGE.exec(warning.message.en);
  if (!match) return 'unknown';
  return {
    level: match[1] as WarningLevelName,
    reasons: warning.why.map((w) => ({ text: w.text, clauseId: w.clauseId })),
  };
}

/**
 * The project's records (everything owned by it, with the divisions and enterprises its rules look up), checked
 * with every outcome listed: the checklist shows what passed, not only what failed.
 */
async function projectPasses(
  db: Queryable,
  data: LoadedDataset,
  id: string,
  asOf: string,
): Promise<Finding[]> {
  const rows = await db.query<{ kind: string; list: string }>(
    `select kind, json_agg(payload order by seq)::text as list from records
     where owner_id = $1 or kind in ('division', 'enterprise')
     group by kind`,
    [id],
  );
  const records: Record<string, unknown[]> = {};
  for (const r of rows) records[r.kind] = JSON.parse(r.list) as unknown[];
  const { records: _all, ...header } = data.dataset;
  const chunk = { ...header, records } as Dataset;
  return check(chunk, { asOf, packs: [wagesPack], include: ['pass', 'not_applicable'] }).findings.filter(
    (f) => f.subject.id === id,
  );
}

/** A project page: the project (no personal data), its compliance findings and warning. */
export async function projectView(
  db: Queryable,
  data: LoadedDataset,
  checked: CheckedDataset,
  id: string,
): Promise<ProjectResponse> {
  const [row] = await db.query<{ payload: string }>(
    `select payload::text as payload from records where kind = 'constructionProject' and id = $1`,
    [id],
  );
  if (!row) throw new NotFoundError(`No construction project ${id}`);
  const p = JSON.parse(row.payload) as ConstructionProject;
  const listed = checked.bySubject.get(id) ?? [];
  // The city-wide check lists fail / pending / unknown; what it did not list passed or did not apply.
  const seen = new Set(listed.map((f) => f.id));
  const passes = (await projectPasses(db, data, id, checked.asOf)).filter((f) => !seen.has(f.id));
  const findings = [...listed, ...passes];
  const trail = trailTo(data, p.divisionCode);
  return {
    asOf: checked.asOf,
    project: {
      id: p.id,
      name: p.name,
      status: p.status,
      divisionCode: p.divisionCode,
      builder: p.builder,
      generalContractor: p.generalContractor,
      kind: p.kind,
      funding: p.funding,
      contractValue: p.contractValue,
    },
    trail,
    findings,
    warning: projectWarning(findings),
    rules: rulesOf(findings),
    divisionNames: divisionNames(data, trail),
  };
}

/** The task tracker: both campaigns' task lists and the progress reported in the division (default the city). */
export async function tasksView(
  db: Queryable,
  data: LoadedDataset,
  asOf: string,
  divisionCode: string,
): Promise<TasksResponse> {
  const scoped = divisionCode === CITY_CODE;
  const rows = await db.query<{ payload: string }>(
    scoped
      ? `select payload::text as payload from records where kind = 'taskProgress' order by seq`
      : `select payload::text as payload from records where kind = 'taskProgress' and county_code = $1 order by seq`,
    scoped ? [] : [divisionCode],
  );
  const progress = rows.map((r) => JSON.parse(r.payload) as TaskProgressInput);
  const campaignYear = data.dataset.campaignYear;
  return {
    asOf,
    campaignYear,
    divisionCode,
    tasks: CAMPAIGN_TASKS,
    progress,
    statuses: CAMPAIGN_TASKS.map((task) =>
      taskStatus(task, progress, asOf, campaignYear, scoped ? {} : { divisionCode }),
    ),
  };
}

/** The double-random sampling plan of a year (PI.M2), for the city or one county. */
export function samplingView(
  data: LoadedDataset,
  year: number,
  seed: string,
  countyCode: string | undefined,
): SamplingResponse {
  const plan = planSampling(data.index, { year, seed, ...(countyCode ? { countyCode } : {}) });
  const communityNames: Record<string, string> = {};
  const wanted = new Set(plan.counties.flatMap((c) => c.picks.map((p) => p.communityId)));
  for (const c of data.dataset.records.community ?? []) if (wanted.has(c.id)) communityNames[c.id] = c.name;
  const divisionNames: Record<string, string> = {};
  for (const d of data.divisions.values()) if (d.level !== 'committee') divisionNames[d.code] = d.name;
  return { year, seed, plan, communityNames, divisionNames };
}
