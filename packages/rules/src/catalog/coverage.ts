import { CLAUSES, type Clause, type ClauseDocument } from './clauses';
import type { OtherService, OtherServiceKind } from './other-services';
import type { ClauseServer } from './task-services';

/** The kinds of thing that serve a clause, in the order a coverage row lists them. */
export type ServiceKind = 'rule' | 'indicator' | 'planner' | 'task' | OtherServiceKind;

/** Report order of {@link ServiceKind}. */
export const SERVICE_KINDS: readonly ServiceKind[] = [
  'rule',
  'indicator',
  'planner',
  'task',
  'schema',
  'role',
  'report',
  'widget',
];

/** What the coverage matrix is computed from: everything in the kit that cites clause IDs. */
export interface CoverageSources {
  /** Rules (their `clauseIds`). */
  readonly rules?: readonly ClauseServer[];
  /** Indicators. */
  readonly indicators?: readonly ClauseServer[];
  /** Planners. */
  readonly planners?: readonly ClauseServer[];
  /** Task-tracker entries (see `TASK_SERVICES`). */
  readonly tasks?: readonly ClauseServer[];
  /** Schema fields, roles, reports, widgets (see `OTHER_SERVICES`). */
  readonly other?: readonly OtherService[];
}

/** One server of a clause. */
export interface ClauseService {
  /** What kind of thing it is. */
  readonly kind: ServiceKind;
  /** Its id. */
  readonly id: string;
}

/** A clause and what serves it. */
export interface ClauseCoverage {
  /** Clause ID. */
  readonly clauseId: string;
  /** Its document. */
  readonly document: ClauseDocument;
  /** Its catalog section. */
  readonly section: string;
  /** What it says. */
  readonly summary: string;
  /** Servers, by kind (in {@link SERVICE_KINDS} order) then id; empty = not served. */
  readonly servedBy: readonly ClauseService[];
}

/** A citation of a clause ID the catalog does not have. */
export interface UnknownClauseReference {
  /** Kind of the citing thing. */
  readonly kind: ServiceKind;
  /** Its id. */
  readonly id: string;
  /** The clause ID it cites. */
  readonly clauseId: string;
}

/** The clause coverage matrix: every clause of the catalog with what serves it. */
export interface CoverageMatrix {
  /** Every clause, in catalog order. */
  readonly clauses: readonly ClauseCoverage[];
  /** Clauses served by at least one thing. */
  readonly served: number;
  /** Clauses in the catalog. */
  readonly total: number;
  /** IDs of clauses nothing serves, in catalog order. */
  readonly unserved: readonly string[];
  /** Citations of IDs that are not in the catalog (a typo or a stale ID), sorted. */
  readonly unknownReferences: readonly UnknownClauseReference[];
}

const rank = (kind: ServiceKind) => SERVICE_KINDS.indexOf(kind);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Computes the clause coverage matrix: for every clause of the catalog, the rules, indicators, planners, tasks
 * and other servers that cite it. Citations of IDs outside the catalog are reported, not dropped, so a stale ID
 * shows up. Pure and deterministic: servers are listed by kind then id, duplicates removed.
 *
 * @param sources - everything that cites clauses
 * @param catalog - the clause catalog. Defaults to {@link CLAUSES}.
 * @example
 * const matrix = coverageMatrix({ rules: publicIncomePack.rules, planners: PLANNERS, tasks: TASK_SERVICES, other: OTHER_SERVICES });
 */
export function coverageMatrix(
  sources: CoverageSources,
  catalog: readonly Clause[] = CLAUSES,
): CoverageMatrix {
  const servers = new Map<string, Map<string, ClauseService>>(catalog.map((c) => [c.id, new Map()]));
  const unknown = new Map<string, UnknownClauseReference>();
  const add = (kind: ServiceKind, list: readonly ClauseServer[] | undefined) => {
    for (const server of list ?? [])
      for (const clauseId of server.clauseIds) {
        const bucket = servers.get(clauseId);
        if (bucket) bucket.set(`${kind}\u0000${server.id}`, { kind, id: server.id });
        else unknown.set(`${kind}\u0000${server.id}\u0000${clauseId}`, { kind, id: server.id, clauseId });
      }
  };
  add('rule', sources.rules);
  add('indicator', sources.indicators);
  add('planner', sources.planners);
  add('task', sources.tasks);
  for (const kind of ['schema', 'role', 'report', 'widget'] as const)
    add(
      kind,
      (sources.other ?? []).filter((o) => o.kind === kind),
    );

  const clauses = catalog.map((clause): ClauseCoverage => {
    const servedBy = [...(servers.get(clause.id)?.values() ?? [])].sort(
      (a, b) => rank(a.kind) - rank(b.kind) || compare(a.id, b.id),
    );
    return {
      clauseId: clause.id,
      document: clause.document,
      section: clause.section,
      summary: clause.summary,
      servedBy,
    };
  });
  const unserved = clauses.filter((c) => c.servedBy.length === 0).map((c) => c.clauseId);
  const unknownReferences = [...unknown.values()].sort(
    (a, b) => rank(a.kind) - rank(b.kind) || compare(a.id, b.id) || compare(a.clauseId, b.clauseId),
  );
  return {
    clauses,
    served: clauses.length - unserved.length,
    total: clauses.length,
    unserved,
    unknownReferences,
  };
}
