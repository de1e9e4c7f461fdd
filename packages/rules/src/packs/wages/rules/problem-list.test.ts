import { readFileSync } from 'node:fs';
import type { Problem } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { outcomeOf, runRule } from '../../../testing/builders';
import { cleanWages, WAGES_USCC } from '../../../testing/wages-builders';
import { problemListRule } from './problem-list';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

/** A wages problem of P1 found 2023-09-01 with a time limit of 2023-10-31, all three steps in place by 10-20. */
const problem = (overrides: Partial<Problem> = {}): Problem => ({
  id: 'WP1',
  campaign: 'wages',
  kind: 'wage-account-missing',
  projectId: 'P1',
  enterpriseUscc: WAGES_USCC.contractor1,
  divisionCode: '350503001',
  source: 'screening',
  foundOn: '2023-09-01',
  description: '农民工工资专用账户未按时开立',
  responsiblePerson: { id: 'RP-1', name: '陈建华', phone: '13905950000' },
  deadline: '2023-10-31',
  rectifiedOn: '2023-10-10',
  handledOn: '2023-10-15',
  accountabilityOn: '2023-10-20',
  evidence: [],
  ...overrides,
});

const open = { rectifiedOn: undefined, handledOn: undefined, accountabilityOn: undefined };

const run = (p: Problem, asOf: string, parameters?: Record<string, number>) => {
  const d = cleanWages();
  d.records.problem = [p];
  return runRule(
    problemListRule,
    d,
    asOf,
    parameters ? { parameters: { 'WG-PROBLEM-LIST': parameters } } : {},
  );
};

// WG.M1 按照“一个明确二个清单三个到位”排查法，明确责任人 … 密切跟踪整改、处理、问责到位情况.
describe('WG-PROBLEM-LIST (WG.M1)', () => {
  type Case = [name: string, overrides: Partial<Problem>, asOf: string, expected: string];
  const cases: Case[] = [
    ['all three steps in place by the time limit passes', {}, '2023-11-30', 'pass'],
    [
      'steps in place on the time limit itself pass',
      { rectifiedOn: '2023-10-31', handledOn: '2023-10-31', accountabilityOn: '2023-10-31' },
      '2023-11-30',
      'pass',
    ],
    ['no responsible person fails at once', { ...open, responsiblePerson: undefined }, '2023-09-02', 'fail'],
    ['open before the time limit: pending', open, '2023-10-31', 'pending'],
    ['nothing in place the day after the time limit fails', open, '2023-11-01', 'fail'],
    [
      'accountability missing after the time limit fails',
      { accountabilityOn: undefined },
      '2023-11-30',
      'fail',
    ],
    ['handling in place a day late fails', { handledOn: '2023-11-01' }, '2023-11-30', 'fail'],
    [
      'a step dated after asOf is not yet in place: pending',
      { accountabilityOn: '2023-10-25' },
      '2023-10-22',
      'pending',
    ],
    [
      'no time limit: 60 days after discovery (2023-10-31) is still pending',
      { ...open, deadline: undefined },
      '2023-10-31',
      'pending',
    ],
    ['no time limit: day 61 (2023-11-01) fails', { ...open, deadline: undefined }, '2023-11-01', 'fail'],
    ['a problem found after asOf is not applicable', {}, '2023-08-31', 'not_applicable'],
  ];
  it.each(cases)('%s', (_name, overrides, asOf, expected) => {
    expect(outcomeOf(run(problem(overrides), asOf), 'WP1')).toBe(expected);
  });

  it('judges only problems of the wages campaign', () => {
    expect(run(problem({ campaign: 'public-income', communityId: 'C1' }), '2023-11-30')).toEqual([]);
  });

  it('each missing step is its own why condition, without personal data', () => {
    const [f] = run(
      problem({ ...open, responsiblePerson: undefined, handledOn: '2023-10-01' }),
      '2023-11-30',
    );
    expect(f?.outcome).toBe('fail');
    expect(f?.deadline).toBe('2023-10-31');
    expect(f?.why.map((w) => [w.clauseId, w.text.en])).toEqual([
      ['WG.M1', 'no responsible person named'],
      ['WG.M1', 'rectification not in place'],
      ['WG.M1', 'accountability not in place'],
    ]);
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/problem/0/responsiblePerson',
      '/records/problem/0/rectifiedOn',
      '/records/problem/0/accountabilityOn',
    ]);
    const [g] = run(problem(), '2023-11-30');
    expect(JSON.stringify([f, g])).not.toMatch(/陈建华|13905950000/);
  });

  it('the default limit is a parameter; an invalid one gives unknown', () => {
    const p = problem({ ...open, deadline: undefined });
    expect(outcomeOf(run(p, '2023-11-01'), 'WP1')).toBe('fail');
    expect(outcomeOf(run(p, '2023-11-01', { closureDays: 90 }), 'WP1')).toBe('pending');
    expect(outcomeOf(run(p, '2023-11-01', { closureDays: -5 }), 'WP1')).toBe('unknown');
  });

  it('quotes the campaign text verbatim', () => {
    for (const q of problemListRule.quote) expect(seed).toContain(q);
  });
});
