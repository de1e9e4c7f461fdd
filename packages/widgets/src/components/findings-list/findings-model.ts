import type { Finding, Outcome, Severity } from '@rectify/rules';

/** How the list is grouped: not at all, by rule, or by county. */
export type FindingsGroupBy = 'none' | 'rule' | 'division';

/** The filters of the findings list; `'all'` lets everything through. */
export interface FindingsFilters {
  /** Severity, or `'all'`. */
  severity: Severity | 'all';
  /** A clause ID the finding cites (`PI.C1.b`), or `'all'`. */
  clauseId: string;
  /** The county (6-digit code) of the finding's subject, or `'all'`. */
  countyCode: string;
  /** Outcome, or `'all'`. */
  outcome: Outcome | 'all';
}

/** One row of the (virtualised) list: a group header or a finding. */
export type FindingsRow =
  | { kind: 'group'; key: string; groupKey: string; count: number }
  | { kind: 'finding'; key: string; finding: Finding };

/** The findings that pass the filters, in their given order. */
export function filterFindings(findings: readonly Finding[], filters: FindingsFilters): Finding[] {
  const { severity, clauseId, countyCode, outcome } = filters;
  return findings.filter(
    (f) =>
      (severity === 'all' || f.severity === severity) &&
      (outcome === 'all' || f.outcome === outcome) &&
      (countyCode === 'all' || f.subject?.countyCode === countyCode) &&
      (clauseId === 'all' || (Array.isArray(f.clauseIds) && f.clauseIds.includes(clauseId))),
  );
}

function groupKeyOf(finding: Finding, groupBy: FindingsGroupBy): string {
  return groupBy === 'rule' ? String(finding.ruleId) : String(finding.subject?.countyCode ?? '');
}

/**
 * The rows of the list: the findings as they are, or grouped (groups in code order, a header row before each,
 * findings in their given order inside a group).
 */
export function findingsRows(findings: readonly Finding[], groupBy: FindingsGroupBy): FindingsRow[] {
  if (groupBy === 'none') return findings.map((finding) => ({ kind: 'finding', key: finding.id, finding }));
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = groupKeyOf(f, groupBy);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const rows: FindingsRow[] = [];
  for (const key of [...groups.keys()].sort()) {
    const list = groups.get(key) ?? [];
    rows.push({ kind: 'group', key: `group:${key}`, groupKey: key, count: list.length });
    for (const finding of list) rows.push({ kind: 'finding', key: finding.id, finding });
  }
  return rows;
}

/** The values each filter can take, from the findings themselves (sorted). */
export interface FilterOptions {
  severities: Severity[];
  clauseIds: string[];
  countyCodes: string[];
  outcomes: Outcome[];
}

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'major', 'minor'];
const OUTCOME_ORDER: readonly Outcome[] = ['fail', 'pending', 'unknown', 'pass', 'not_applicable'];

/** Collects the filter options present in the findings. */
export function filterOptions(findings: readonly Finding[]): FilterOptions {
  const severities = new Set<string>();
  const clauses = new Set<string>();
  const counties = new Set<string>();
  const outcomes = new Set<string>();
  for (const f of findings) {
    severities.add(f.severity);
    outcomes.add(f.outcome);
    if (f.subject?.countyCode) counties.add(f.subject.countyCode);
    if (Array.isArray(f.clauseIds)) for (const c of f.clauseIds) clauses.add(c);
  }
  return {
    severities: SEVERITY_ORDER.filter((s) => severities.has(s)),
    clauseIds: [...clauses].sort(),
    countyCodes: [...counties].sort(),
    outcomes: OUTCOME_ORDER.filter((o) => outcomes.has(o)),
  };
}
