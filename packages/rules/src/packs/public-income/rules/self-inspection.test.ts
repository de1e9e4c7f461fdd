import { readFileSync } from 'node:fs';
import type { SelfInspection } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../calendar/index';
import { cleanPublicIncome, outcomeOf, runRule } from '../../../testing/builders';
import { selfInspectionRecord, withRecords } from '../../../testing/handling-builders';
import { selfInspectionRule } from './self-inspection';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const run = (records: SelfInspection[], asOf: string, parameters?: Record<string, number | string>) =>
  runRule(selfInspectionRule, withRecords(cleanPublicIncome(), { selfInspection: records }), asOf, {
    ...(parameters ? { parameters: { 'PI-SELF-INSPECTION': parameters } } : {}),
  });
const one = (
  overrides: Partial<SelfInspection>,
  asOf: string,
  parameters?: Record<string, number | string>,
) => outcomeOf(run([selfInspectionRecord(overrides)], asOf, parameters), 'C1');

// PI.S2 自查自纠: 7月30日前公示自查结果，公示日期不少于30日，并通过微信、短信、电话等告知全体业主.
describe('PI-SELF-INSPECTION (PI.S2)', () => {
  type Case = [name: string, overrides: Partial<SelfInspection>, asOf: string, expected: string];
  const cases: Case[] = [
    ['ledger, posting by 07-30 for 36 days, every owner told by WeChat: pass', {}, '2023-11-30', 'pass'],
    [
      'posted on 07-30 itself passes',
      { postedOn: '2023-07-30', takenDownOn: '2023-09-05' },
      '2023-11-30',
      'pass',
    ],
    ['posted on 07-31 fails', { postedOn: '2023-07-31', takenDownOn: '2023-09-05' }, '2023-11-30', 'fail'],
    ['posted on 08-10 fails', { postedOn: '2023-08-10', takenDownOn: '2023-09-15' }, '2023-11-30', 'fail'],
    ['taken down after 29 days fails (art. 201)', { takenDownOn: '2023-08-18' }, '2023-11-30', 'fail'],
    [
      'taken down after exactly 30 days passes (posted 07-20, down 08-19)',
      { takenDownOn: '2023-08-19' },
      '2023-11-30',
      'pass',
    ],
    [
      'still on display on 08-10 (period ends 08-19): pending',
      { takenDownOn: undefined },
      '2023-08-10',
      'pending',
    ],
    ['never taken down, judged after the period: pass', { takenDownOn: undefined }, '2023-11-30', 'pass'],
    ['no ledger fails', { ledgerEstablished: false }, '2023-11-30', 'fail'],
    [
      'no ledger yet before 07-30: pending',
      { ledgerEstablished: false, postedOn: undefined, takenDownOn: undefined },
      '2023-07-15',
      'pending',
    ],
    ['not posted after 07-30 fails', { postedOn: undefined, takenDownOn: undefined }, '2023-07-31', 'fail'],
    ['no electronic channel (other only) fails', { notifiedChannels: ['other'] }, '2023-11-30', 'fail'],
    ['no channel at all fails', { notifiedChannels: [] }, '2023-11-30', 'fail'],
    ['SMS passes', { notifiedChannels: ['sms'] }, '2023-11-30', 'pass'],
    [
      'an app message counts as electronic (微信、短信、电话等)',
      { notifiedChannels: ['app'] },
      '2023-11-30',
      'pass',
    ],
    ['80% of owners told fails', { ownersNotified: 320 }, '2023-11-30', 'fail'],
    ['399 of 400 owners told fails', { ownersNotified: 399 }, '2023-11-30', 'fail'],
    ['owners told not recorded: unknown', { ownersNotified: undefined }, '2023-11-30', 'unknown'],
    [
      'owners total absent: the registry households (400) stand in',
      { ownersTotal: undefined },
      '2023-11-30',
      'pass',
    ],
    [
      'owners total absent and 399 told: fails against 400 households',
      { ownersTotal: undefined, ownersNotified: 399 },
      '2023-11-30',
      'fail',
    ],
    ['a record of another year does not count', { year: 2022 }, '2023-11-30', 'fail'],
  ];
  it.each(cases)('%s', (_name, overrides, asOf, expected) => {
    expect(one(overrides, asOf)).toBe(expected);
  });

  it.each([
    ['2023-07-30', 'pending'],
    ['2023-07-31', 'fail'],
  ])('cleanPublicIncome() has no self-inspection record: on %s it is %s', (asOf, expected) => {
    expect(outcomeOf(run([], asOf), 'C1')).toBe(expected);
  });

  it('the date, the days and the coverage are parameters', () => {
    expect(
      one({ postedOn: '2023-08-10', takenDownOn: '2023-09-15' }, '2023-11-30', { postingDeadline: '08-15' }),
    ).toBe('pass');
    expect(one({ ownersNotified: 320 }, '2023-11-30', { notificationCoverageBp: 8000 })).toBe('pass');
    expect(one({ takenDownOn: '2023-08-10' }, '2023-11-30', { minDisplayDays: 20 })).toBe('pass');
    expect(one({}, '2023-11-30', { postingDeadline: '02-30' })).toBe('unknown');
  });

  it('a failure lists every failed condition with pointers into the record', () => {
    const [f] = run(
      [selfInspectionRecord({ postedOn: '2023-08-05', takenDownOn: '2023-08-20', ownersNotified: 320 })],
      '2023-11-30',
    );
    expect(f?.outcome).toBe('fail');
    expect(f?.deadline).toBe('2023-07-30');
    expect(f?.why.every((w) => w.clauseId === 'PI.S2')).toBe(true);
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/selfInspection/0/postedOn',
      '/records/selfInspection/0/takenDownOn',
      '/records/selfInspection/0/ownersNotified',
    ]);
    expect(f?.evidence[2]).toMatchObject({ observed: '320/400', expected: '≥ 100%' });
    expect(f?.message['zh-CN']).toContain('2023-07-30');
  });

  it('quotes the campaign text verbatim, parameters included', () => {
    for (const q of selfInspectionRule.quote) expect(seed).toContain(q);
    for (const p of Object.values(selfInspectionRule.parameters)) {
      const source = p.source;
      if (source.kind === 'clause' && source.quote) expect(seed).toContain(source.quote);
    }
  });

  it('property: a board posting on 07-20 passes exactly when it stays up at least 30 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (days) => {
        expect(one({ takenDownOn: addDays('2023-07-20', days) }, '2023-11-30')).toBe(
          days >= 30 ? 'pass' : 'fail',
        );
      }),
      { numRuns: 40 },
    );
  });
});
