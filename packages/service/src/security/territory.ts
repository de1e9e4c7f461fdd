import { containsScope, type DivisionScope, inScope, isCityWide, isDivisionCode } from './division-scope';

/** Where a record lies with respect to a scope. */
export type Placement = 'in' | 'out' | 'unattributed';

/** The outcome of {@link assessScope}: how many records lie outside the scope, never which. */
export interface ScopeAssessment {
  /** The scope's division code. */
  readonly scope: string;
  /** Records assessed. */
  readonly total: number;
  /** Records that lie in another division. */
  readonly records: number;
  /** Records whose division cannot be told (a reference to a record not sent, a missing or malformed code). */
  readonly unattributed: number;
  /** Refused records by kind. */
  readonly byKind: Record<string, number>;
  /** Whether the request must be refused: anything outside, or anything unattributed for a scope narrower than the city. */
  readonly refused: boolean;
}

/** The city an enterprise without a registered division is judged in (the rules place it so too). */
const CITY_CODE = '350500';

/** Record kinds that name their division themselves. */
const DIRECT = new Set([
  'community',
  'complaint',
  'constructionProject',
  'inspection',
  'problem',
  'publicityRecord',
  'surveyWave',
  'taskProgress',
  'wageComplaint',
]);

/** Record kinds that lie where the community they belong to lies. */
const BY_COMMUNITY = new Set([
  'ownersDecision',
  'commonPartContract',
  'quarterlyDisclosure',
  'repairProject',
  'accountEvidence',
  'ownerObjection',
  'rectificationDisclosure',
  'selfInspection',
]);

/** Record kinds that lie where the construction project they belong to lies. */
const BY_PROJECT = new Set([
  'paymentGuarantee',
  'wageAccount',
  'wageDeposit',
  'rightsBoard',
  'worker',
  'rosterUpdate',
  'dailyAttendance',
  'workerAttendance',
  'keyPersonnelPresence',
  'payrollLine',
  'labourCostTransfer',
  'paymentMilestone',
  'projectPayment',
  'subcontract',
  'screeningItem',
]);

type Rec = Record<string, unknown>;
const asRecord = (value: unknown): Rec | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Rec) : undefined;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Division codes of the records others refer to, by id (the first record wins on a duplicate id). */
function indexBy(list: unknown, key: string, code: (r: Rec) => unknown): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (!Array.isArray(list)) return map;
  for (const item of list) {
    const r = asRecord(item);
    const id = r && str(r[key]);
    if (r && id !== undefined && !map.has(id)) map.set(id, code(r));
  }
  return map;
}

/**
 * Places every record of a dataset's `records` with respect to a scope, in order, by kind. A record lies where
 * its own division code says; records without one lie where the community, project, problem or enterprise they
 * refer to lies, when that record is in the same request. Division records of the scope's own city or province
 * are in scope (naming them reveals nothing of another area). Never throws on malformed input: a record whose
 * division cannot be told is `unattributed`.
 */
export function placeRecords(records: unknown, scope: DivisionScope): Map<string, Placement[]> {
  const all = asRecord(records) ?? {};
  const communities = indexBy(all.community, 'id', (r) => r.divisionCode);
  const projects = indexBy(all.constructionProject, 'id', (r) => r.divisionCode);
  const problems = indexBy(all.problem, 'id', (r) => r.divisionCode);
  const enterprises = indexBy(all.enterprise, 'uscc', (r) => r.divisionCode ?? CITY_CODE);

  const place = (code: unknown): Placement =>
    !isDivisionCode(code) ? 'unattributed' : inScope(scope, code) ? 'in' : 'out';
  const via = (map: Map<string, unknown>, id: unknown): Placement => {
    const key = str(id);
    return key !== undefined && map.has(key) ? place(map.get(key)) : 'unattributed';
  };

  const placeRecord = (kind: string, r: Rec): Placement => {
    if (DIRECT.has(kind)) return place(r.divisionCode);
    if (BY_COMMUNITY.has(kind)) return via(communities, r.communityId);
    if (BY_PROJECT.has(kind)) return via(projects, r.projectId);
    switch (kind) {
      case 'division':
        return isDivisionCode(r.code) && containsScope(scope, r.code) ? 'in' : place(r.code);
      case 'enterprise':
        return place(r.divisionCode ?? CITY_CODE);
      case 'inspector':
        return place(asRecord(r.unit)?.divisionCode);
      case 'audit': {
        const ids = Array.isArray(r.communityIds) ? r.communityIds : [];
        if (ids.length === 0) return 'unattributed';
        const placements = ids.map((id) => via(communities, id));
        if (placements.includes('out')) return 'out';
        return placements.includes('unattributed') ? 'unattributed' : 'in';
      }
      case 'creditAction':
        return r.problemId !== undefined ? via(problems, r.problemId) : via(enterprises, r.uscc);
      case 'enterpriseRecord':
        return via(enterprises, r.uscc);
      default:
        return 'unattributed';
    }
  };

  const out = new Map<string, Placement[]>();
  for (const [kind, list] of Object.entries(all)) {
    if (!Array.isArray(list)) continue;
    out.set(
      kind,
      list.map((item) => {
        const r = asRecord(item);
        return r ? placeRecord(kind, r) : 'unattributed';
      }),
    );
  }
  return out;
}

/** Counts how many records of a request lie outside a key's scope ({@link placeRecords}), and whether to refuse it. */
export function assessScope(records: unknown, scope: DivisionScope): ScopeAssessment {
  let total = 0;
  let out = 0;
  let unattributed = 0;
  const byKind: Record<string, number> = {};
  for (const [kind, placements] of placeRecords(records, scope)) {
    for (const placement of placements) {
      total++;
      if (placement === 'in') continue;
      if (placement === 'out') out++;
      else unattributed++;
      byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
  }
  const refused = out > 0 || (unattributed > 0 && !isCityWide(scope));
  return { scope: scope.code, total, records: out, unattributed, byKind, refused };
}
