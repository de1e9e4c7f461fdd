// Every report the rules' coverage matrix names as serving a clause exists, and really cites that clause.
import { OTHER_SERVICES } from '@rectify/rules';
import { describe, expect, it } from 'vitest';
import { findReport } from '../src/index';

describe('reports in the clause coverage matrix', () => {
  const entries = OTHER_SERVICES.filter((s) => s.kind === 'report');
  it('names reports', () => {
    expect(entries.length).toBeGreaterThan(5);
  });
  it.each(entries.map((e) => [e.id, e.clauseIds] as const))('%s exists and cites %j', (id, clauseIds) => {
    const report = findReport(id);
    expect(report?.id).toBe(id);
    for (const c of clauseIds) expect(report?.clauseIds).toContain(c);
  });
});
