import { readFileSync } from 'node:fs';
import type { Problem } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../calendar/index';
import { cleanPublicIncome, outcomeOf, runRule } from '../../../testing/builders';
import { problemRecord, withRecords } from '../../../testing/handling-builders';
import { problemHandlingRule } from './problem-handling';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const run = (problems: Problem[], asOf: string, parameters?: Record<string, number>) =>
  runRule(problemHandlingRule, withRecords(cleanPublicIncome(), { problem: problems }), asOf, {
    ...(parameters ? { parameters: { 'PI-PROBLEM-HANDLING': parameters } } : {}),
  });
const untouched = {
  interviewedOn: undefined,
  rectifiedOn: undefined,
  handledOn: undefined,
  punishedOn: undefined,
  exposedOn: undefined,
  referredOn: undefined,
  closedOn: undefined,
};

// PI.C5.b 对发现的问题企业未及时查处、曝光、移送处理. Found 2023-08-01: first step due by 08-31; time limit 09-30.
describe('PI-PROBLEM-HANDLING (PI.C5.b)', () => {
  type Case = [name: string, overrides: Partial<Problem>, asOf: string, expected: string];
  const cases: Case[] = [
    ['interviewed, rectified and closed in time passes', {}, '2023-11-30', 'pass'],
    [
      'no step, no time limit, on day 30: pending',
      { ...untouched, deadline: undefined },
      '2023-08-31',
      'pending',
    ],
    ['no step on day 31: fails', { ...untouched, deadline: undefined }, '2023-09-01', 'fail'],
    [
      'first step on day 30 (referral) passes',
      { ...untouched, deadline: undefined, referredOn: '2023-08-31' },
      '2023-11-30',
      'pass',
    ],
    [
      'first step on day 31 fails',
      { ...untouched, deadline: undefined, exposedOn: '2023-09-01' },
      '2023-11-30',
      'fail',
    ],
    [
      'interviewed in time, time limit ahead, not yet rectified: pending',
      { rectifiedOn: undefined, closedOn: undefined },
      '2023-09-30',
      'pending',
    ],
    [
      'interviewed in time, time limit passed unrectified: fails',
      { rectifiedOn: undefined, closedOn: undefined },
      '2023-10-01',
      'fail',
    ],
    [
      'rectified after the time limit fails',
      { rectifiedOn: '2023-10-05', closedOn: '2023-10-06' },
      '2023-11-30',
      'fail',
    ],
    [
      'closed (without rectification) by the time limit passes',
      { rectifiedOn: undefined, closedOn: '2023-09-30' },
      '2023-11-30',
      'pass',
    ],
    [
      'a step dated after asOf is not yet known',
      { ...untouched, deadline: undefined, interviewedOn: '2023-08-20' },
      '2023-08-15',
      'pending',
    ],
    ['a problem found after asOf is not applicable', {}, '2023-07-31', 'not_applicable'],
  ];
  it.each(cases)('%s', (_name, overrides, asOf, expected) => {
    expect(outcomeOf(run([problemRecord(overrides)], asOf), 'P1')).toBe(expected);
  });

  it('judges only problems of the public-income campaign', () => {
    const wages = problemRecord({
      id: 'P2',
      campaign: 'wages',
      kind: 'wage-arrears',
      communityId: undefined,
      projectId: 'PR1',
      ...untouched,
    });
    const findings = run([problemRecord(), wages], '2023-11-30');
    expect(findings.map((f) => f.subject.id)).toEqual(['P1']);
  });

  it('the handling limit is a parameter', () => {
    const slow = problemRecord({ ...untouched, deadline: undefined, interviewedOn: '2023-09-10' });
    expect(outcomeOf(run([slow], '2023-11-30'), 'P1')).toBe('fail');
    expect(outcomeOf(run([slow], '2023-11-30', { handlingDays: 45 }), 'P1')).toBe('pass');
  });

  it('a failure gives both failed conditions with their deadlines and pointers', () => {
    const [f] = run([problemRecord({ ...untouched })], '2023-11-30');
    expect(f?.outcome).toBe('fail');
    expect(f?.why.map((w) => w.expected)).toEqual(['≤ 2023-08-31', '≤ 2023-09-30']);
    expect(f?.why.every((w) => w.clauseId === 'PI.C5.b')).toBe(true);
    expect(f?.deadline).toBe('2023-08-31');
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/problem/0/foundOn',
      '/records/problem/0/deadline',
    ]);
  });

  it('quotes the campaign text verbatim', () => {
    for (const q of problemHandlingRule.quote) expect(seed).toContain(q);
    expect(problemHandlingRule.parameters.handlingDays.source.kind).toBe('interpretation');
  });

  it('property: with no time limit, the outcome follows the first step against day 30', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 90 }),
        fc.constantFrom(...(Object.keys(untouched) as (keyof typeof untouched)[])),
        (after, field) => {
          const problem = problemRecord({
            ...untouched,
            deadline: undefined,
            [field]: addDays('2023-08-01', after),
          });
          expect(outcomeOf(run([problem], '2023-12-31'), 'P1')).toBe(after > 30 ? 'fail' : 'pass');
        },
      ),
      { numRuns: 50 },
    );
  });
});
