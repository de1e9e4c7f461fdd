import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLANNERS } from '../planners/index';
import { CAMPAIGN_TASKS } from '../tasks/index';
import { CLAUSES, type Clause } from './clauses';
import { type CoverageSources, coverageMatrix } from './coverage';
import { kitCoverage } from './kit-coverage';
import { OTHER_SERVICES } from './other-services';
import { TASK_CLAUSE_LINKS, TASK_SERVICES } from './task-services';

const catalog: Clause[] = [
  { id: 'PI.T1', document: 'PI', section: 'Targets', summary: 'rate', plan: 'indicator' },
  { id: 'PI.C1.a', document: 'PI', section: 'Content', summary: 'board', plan: 'rule' },
  { id: 'PI.M2', document: 'PI', section: 'Measures', summary: 'sampling', plan: 'planner' },
  { id: 'WG.T1', document: 'WG', section: 'Targets', summary: 'guarantee', plan: 'indicator' },
];

describe('coverageMatrix — every clause → what serves it', () => {
  it.each<[string, CoverageSources, Record<string, string[]>, string[]]>([
    ['nothing given: nothing served', {}, { 'PI.T1': [], 'PI.C1.a': [], 'PI.M2': [], 'WG.T1': [] }, []],
    [
      'one of each kind, listed by kind order then id',
      {
        rules: [{ id: 'PI-BOARD', clauseIds: ['PI.C1.a'] }],
        indicators: [{ id: 'PI-DISCLOSURE-RATE', clauseIds: ['PI.T1'] }],
        planners: [{ id: 'PI-SAMPLING-PLAN', clauseIds: ['PI.M2'] }],
        tasks: [{ id: 'PI.X19', clauseIds: ['PI.M2'] }],
        other: [
          { kind: 'role', id: 'street-office', clauseIds: ['PI.M2'], description: { 'zh-CN': '', en: '' } },
          {
            kind: 'schema',
            id: 'inspection.kind=sampling',
            clauseIds: ['PI.M2'],
            description: { 'zh-CN': '', en: '' },
          },
        ],
      },
      {
        'PI.T1': ['indicator:PI-DISCLOSURE-RATE'],
        'PI.C1.a': ['rule:PI-BOARD'],
        'PI.M2': [
          'planner:PI-SAMPLING-PLAN',
          'task:PI.X19',
          'schema:inspection.kind=sampling',
          'role:street-office',
        ],
        'WG.T1': [],
      },
      [],
    ],
    [
      'a server citing a clause twice, or listed twice, is listed once',
      {
        rules: [
          { id: 'R', clauseIds: ['PI.T1', 'PI.T1'] },
          { id: 'R', clauseIds: ['PI.T1'] },
        ],
      },
      { 'PI.T1': ['rule:R'], 'PI.C1.a': [], 'PI.M2': [], 'WG.T1': [] },
      [],
    ],
    [
      'an unknown clause ID is reported, not dropped',
      { rules: [{ id: 'R', clauseIds: ['PI.C9'] }], tasks: [{ id: 'T', clauseIds: ['WG.T1', 'WG.T9'] }] },
      { 'PI.T1': [], 'PI.C1.a': [], 'PI.M2': [], 'WG.T1': ['task:T'] },
      ['rule:R:PI.C9', 'task:T:WG.T9'],
    ],
  ])('%s', (_, sources, expected, unknown) => {
    const matrix = coverageMatrix(sources, catalog);
    expect(
      Object.fromEntries(matrix.clauses.map((c) => [c.clauseId, c.servedBy.map((s) => `${s.kind}:${s.id}`)])),
    ).toEqual(expected);
    expect(matrix.unknownReferences.map((u) => `${u.kind}:${u.id}:${u.clauseId}`)).toEqual(unknown);
    const served = Object.values(expected).filter((v) => v.length > 0).length;
    expect([matrix.served, matrix.total]).toEqual([served, 4]);
    expect(matrix.unserved).toEqual(Object.keys(expected).filter((k) => expected[k]?.length === 0));
  });

  it('lists every catalog clause exactly once, in catalog order, whatever the sources (property)', () => {
    const ids = CLAUSES.map((c) => c.id);
    const server = fc.record({
      id: fc.string({ minLength: 1, maxLength: 5 }),
      clauseIds: fc.array(fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 6 })), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(server, { maxLength: 20 }),
        fc.array(server, { maxLength: 20 }),
        (rules, tasks) => {
          const matrix = coverageMatrix({ rules, tasks });
          expect(matrix.clauses.map((c) => c.clauseId)).toEqual(ids);
          expect(matrix.served + matrix.unserved.length).toBe(matrix.total);
          const cited = new Set([...rules, ...tasks].flatMap((s) => s.clauseIds));
          for (const c of matrix.clauses) expect(c.servedBy.length > 0).toBe(cited.has(c.clauseId));
          expect(matrix.unknownReferences.every((u) => !ids.includes(u.clauseId))).toBe(true);
          // Same input, same output.
          expect(
            coverageMatrix({ rules: [...rules].reverse(), tasks: [...tasks].reverse() }).clauses,
          ).toEqual(matrix.clauses);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('TASK_SERVICES — the task tracker serves every task row and the clauses it carries out', () => {
  it('has one entry per task row, citing its own ID, plus the reporting calendar', () => {
    expect(TASK_SERVICES.length).toBe(CAMPAIGN_TASKS.length + 1);
    for (const task of CAMPAIGN_TASKS)
      expect(TASK_SERVICES.find((s) => s.id === task.id)?.clauseIds[0]).toBe(task.id);
    expect(TASK_SERVICES.at(-1)).toEqual({ id: 'reportingCalendar', clauseIds: ['PI.Q1', 'WG.Q1'] });
  });

  it('links only real task rows to real main-text clauses of the same document', () => {
    for (const [taskId, clauseIds] of Object.entries(TASK_CLAUSE_LINKS)) {
      expect(CAMPAIGN_TASKS.some((t) => t.id === taskId)).toBe(true);
      for (const clauseId of clauseIds) {
        expect(CLAUSES.some((c) => c.id === clauseId && c.range === undefined)).toBe(true);
        expect(clauseId.slice(0, 2)).toBe(taskId.slice(0, 2));
      }
    }
  });
});

describe('kitCoverage — the kit as a whole', () => {
  it('cites no unknown clause ID from planners, tasks and other servers', () => {
    const matrix = kitCoverage({});
    expect(matrix.unknownReferences).toEqual([]);
    expect(matrix.total).toBe(CLAUSES.length);
    // Every task row is served by the task tracker at least.
    for (const c of matrix.clauses.filter((x) => x.clauseId.includes('.X')))
      expect(c.servedBy.some((s) => s.kind === 'task' && s.id === c.clauseId)).toBe(true);
    for (const planner of PLANNERS)
      for (const id of planner.clauseIds)
        expect(matrix.clauses.find((c) => c.clauseId === id)?.servedBy).toContainEqual({
          kind: 'planner',
          id: planner.id,
        });
    expect(OTHER_SERVICES.length).toBeGreaterThan(0);
  });
});
