import { readFileSync } from 'node:fs';
import type { WageComplaint } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../calendar/index';
import { outcomeOf, runRule } from '../../../testing/builders';
import { cleanWages, WAGES_USCC } from '../../../testing/wages-builders';
import { wageComplaintRule } from './wage-complaint';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

/** Received 2023-08-01 (accept by 08-08), accepted 08-03 (close by 10-26), closed 09-01 with the wages paid. */
const complaint = (overrides: Partial<WageComplaint> = {}): WageComplaint => ({
  id: 'WC-T',
  projectId: 'P1',
  enterpriseUscc: WAGES_USCC.contractor1,
  divisionCode: '350503001',
  channel: 'hotline',
  complainant: { name: '李大伟', phone: '13800001111' },
  workersInvolved: 3,
  amountClaimed: 1_800_000,
  receivedOn: '2023-08-01',
  acceptedOn: '2023-08-03',
  closedOn: '2023-09-01',
  outcome: 'paid',
  amountRecovered: 1_800_000,
  ...overrides,
});

const open = { acceptedOn: undefined, closedOn: undefined, outcome: undefined };

const run = (c: WageComplaint, asOf: string, parameters?: Record<string, number>) => {
  const d = cleanWages();
  d.records.wageComplaint = [c];
  return runRule(
    wageComplaintRule,
    d,
    asOf,
    parameters ? { parameters: { 'WG-WAGE-COMPLAINT': parameters } } : {},
  );
};

// WG.T5 拖欠农民工工资举报投诉案件实现动态清零 — WG.M5 欠薪案件办理超期. Received 2023-08-01.
describe('WG-WAGE-COMPLAINT (WG.T5, WG.M5)', () => {
  type Case = [name: string, overrides: Partial<WageComplaint>, asOf: string, expected: string];
  const cases: Case[] = [
    ['accepted and closed in time passes', {}, '2023-11-30', 'pass'],
    ['accepted on day 7 (2023-08-08) passes', { acceptedOn: '2023-08-08' }, '2023-11-30', 'pass'],
    ['accepted on day 8 (2023-08-09) fails', { acceptedOn: '2023-08-09' }, '2023-11-30', 'fail'],
    ['nothing done within 7 days: pending', open, '2023-08-08', 'pending'],
    ['nothing done on day 8: fails', open, '2023-08-09', 'fail'],
    [
      'accepted 08-03, open on day 84 after acceptance (2023-10-26): pending',
      { ...open, acceptedOn: '2023-08-03' },
      '2023-10-26',
      'pending',
    ],
    [
      'accepted 08-03, open on day 85 (2023-10-27): fails',
      { ...open, acceptedOn: '2023-08-03' },
      '2023-10-27',
      'fail',
    ],
    ['closed on day 84 after acceptance passes', { closedOn: '2023-10-26' }, '2023-11-30', 'pass'],
    ['closed on day 85 after acceptance fails', { closedOn: '2023-10-27' }, '2023-11-30', 'fail'],
    [
      'no acceptance date but closed within 7 days: accepted in time',
      { acceptedOn: undefined, closedOn: '2023-08-06' },
      '2023-11-30',
      'pass',
    ],
    [
      'a closing dated after asOf is not yet known: pending',
      { closedOn: '2023-09-20' },
      '2023-09-10',
      'pending',
    ],
    ['a complaint received after asOf is not applicable', {}, '2023-07-31', 'not_applicable'],
  ];
  it.each(cases)('%s', (_name, overrides, asOf, expected) => {
    expect(outcomeOf(run(complaint(overrides), asOf), 'WC-T')).toBe(expected);
  });

  it('never accepted: the closing clock runs from the last day it should have been accepted', () => {
    // accept by 08-08, close by 08-08 + 84 = 10-31.
    const [f] = run(complaint(open), '2023-11-01');
    expect(f?.why.map((w) => [w.clauseId, w.expected])).toEqual([
      ['WG.T5', '≤ 2023-08-08'],
      ['WG.M5', '≤ 2023-10-31'],
    ]);
    expect(f?.deadline).toBe('2023-08-08');
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/wageComplaint/0/acceptedOn',
      '/records/wageComplaint/0/closedOn',
    ]);
  });

  it('the limits are parameters (126 days for an extended case); an invalid one gives unknown', () => {
    const late = complaint({ closedOn: '2023-11-20' });
    expect(outcomeOf(run(late, '2023-11-30'), 'WC-T')).toBe('fail');
    expect(outcomeOf(run(late, '2023-11-30', { closeDays: 126 }), 'WC-T')).toBe('pass');
    expect(outcomeOf(run(late, '2023-11-30', { acceptDays: -1 }), 'WC-T')).toBe('unknown');
  });

  it('open within both limits is pending, past either it fails', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 200 }),
        (acceptedAfter, asOfAfter) => {
          const acceptedOn = addDays('2023-08-01', acceptedAfter);
          const asOf = addDays('2023-08-01', asOfAfter);
          const outcome = outcomeOf(run(complaint({ ...open, acceptedOn }), asOf), 'WC-T');
          const accepted = acceptedAfter <= asOfAfter;
          const late = accepted ? acceptedAfter > 7 : asOfAfter > 7;
          const overdue = asOfAfter > (accepted ? acceptedAfter : 7) + 84;
          return outcome === (late || overdue ? 'fail' : 'pending');
        },
      ),
      { numRuns: 80 },
    );
  });

  it('the finding never shows the complainant, and the message states both limits', () => {
    const [f] = run(complaint(open), '2023-12-31');
    expect(f?.outcome).toBe('fail');
    expect(JSON.stringify(f)).not.toMatch(/李大伟|13800001111/);
    expect(f?.message['zh-CN']).toContain('7');
    expect(f?.message['zh-CN']).toContain('84');
    expect(f?.responsible.supervising?.unit).toBe('hrss-bureau');
  });

  it('the clean dataset’s complaint passes', () => {
    expect(outcomeOf(runRule(wageComplaintRule, cleanWages(), '2023-11-30'), 'WC-1')).toBe('pass');
  });

  it('quotes the campaign text verbatim and cites the laws for its numbers', () => {
    for (const q of wageComplaintRule.quote) expect(seed).toContain(q);
    expect(wageComplaintRule.parameters.acceptDays.source).toMatchObject({
      kind: 'law',
      citation: expect.stringContaining('第十八条'),
    });
    expect(wageComplaintRule.parameters.closeDays.source).toMatchObject({
      kind: 'law',
      citation: expect.stringContaining('第十七条'),
    });
  });
});
