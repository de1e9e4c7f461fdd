import { readFileSync } from 'node:fs';
import type { Complaint } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../calendar/index';
import { cleanPublicIncome, outcomeOf, runRule } from '../../../testing/builders';
import { complaintRecord, withRecords } from '../../../testing/handling-builders';
import { complaintHandlingRule } from './complaint-handling';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const run = (complaint: Complaint, asOf: string, parameters?: Record<string, number>) =>
  runRule(complaintHandlingRule, withRecords(cleanPublicIncome(), { complaint: [complaint] }), asOf, {
    ...(parameters ? { parameters: { 'PI-COMPLAINT-HANDLING': parameters } } : {}),
  });
const open = { acceptedOn: undefined, investigatedOn: undefined, answeredOn: undefined, closedOn: undefined };

// PI.C3.c 投诉查处不及时 — PI.S3 处理结果应同步反馈投诉人. Received 2023-08-01: accept by 08-16, answer by 09-30.
describe('PI-COMPLAINT-HANDLING (PI.C3.c, PI.S3)', () => {
  type Case = [name: string, overrides: Partial<Complaint>, asOf: string, expected: string];
  const cases: Case[] = [
    ['accepted and answered in time passes', {}, '2023-11-30', 'pass'],
    ['accepted on day 15 (2023-08-16) passes', { acceptedOn: '2023-08-16' }, '2023-11-30', 'pass'],
    ['accepted on day 16 (2023-08-17) fails', { acceptedOn: '2023-08-17' }, '2023-11-30', 'fail'],
    [
      'answered on day 60 (2023-09-30) passes',
      { answeredOn: '2023-09-30', closedOn: '2023-09-30' },
      '2023-11-30',
      'pass',
    ],
    [
      'answered on day 61 (2023-10-01) fails',
      { answeredOn: '2023-10-01', closedOn: '2023-10-02' },
      '2023-11-30',
      'fail',
    ],
    ['nothing done, within 15 days: pending', open, '2023-08-16', 'pending'],
    ['nothing done on day 16: fails (not accepted)', open, '2023-08-17', 'fail'],
    [
      'accepted, not answered, within 60 days: pending',
      { ...open, acceptedOn: '2023-08-05' },
      '2023-09-30',
      'pending',
    ],
    ['accepted, not answered on day 61: fails', { ...open, acceptedOn: '2023-08-05' }, '2023-10-01', 'fail'],
    [
      'closed but never answered past 60 days: fails even though closed',
      { answeredOn: undefined, closedOn: '2023-08-30' },
      '2023-11-30',
      'fail',
    ],
    [
      'no acceptance date but investigated on day 10: accepted in time',
      { acceptedOn: undefined, investigatedOn: '2023-08-11' },
      '2023-11-30',
      'pass',
    ],
    [
      'an answer dated after asOf is not yet known: pending',
      { answeredOn: '2023-09-20', closedOn: undefined },
      '2023-09-10',
      'pending',
    ],
    ['a complaint received after asOf is not applicable', {}, '2023-07-31', 'not_applicable'],
  ];
  it.each(cases)('%s', (_name, overrides, asOf, expected) => {
    expect(outcomeOf(run(complaintRecord(overrides), asOf), 'CP1')).toBe(expected);
  });

  it('the limits are parameters', () => {
    const late = complaintRecord({ answeredOn: '2023-10-10', closedOn: '2023-10-10' });
    expect(outcomeOf(run(late, '2023-11-30'), 'CP1')).toBe('fail');
    expect(outcomeOf(run(late, '2023-11-30', { answerDays: 90 }), 'CP1')).toBe('pass');
  });

  it('a failure cites both clauses, the deadline and pointers, and never the complainant', () => {
    const [f] = run(complaintRecord({ ...open }), '2023-11-30');
    expect(f?.outcome).toBe('fail');
    expect(f?.why.map((w) => w.clauseId)).toEqual(['PI.C3.c', 'PI.S3']);
    expect(f?.deadline).toBe('2023-08-16');
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/complaint/0/acceptedOn',
      '/records/complaint/0/answeredOn',
    ]);
    const text = JSON.stringify(f);
    expect(text).not.toContain('张三');
    expect(text).not.toContain('13800000000');
    expect(f?.message['zh-CN']).toContain('15');
  });

  it('a closed, unanswered complaint says so in its evidence', () => {
    const [f] = run(complaintRecord({ answeredOn: undefined, closedOn: '2023-08-30' }), '2023-11-30');
    expect(f?.why).toHaveLength(1);
    expect(f?.why[0]?.clauseId).toBe('PI.S3');
    expect(f?.evidence[0]?.note?.en).toContain('closed on 2023-08-30');
  });

  it('quotes the campaign text verbatim and cites the law for its numbers', () => {
    for (const q of complaintHandlingRule.quote) expect(seed).toContain(q);
    expect(complaintHandlingRule.parameters.acceptDays.source).toEqual({
      kind: 'law',
      citation: '《信访工作条例》(2022) 第二十五条/第三十二条',
    });
    expect(complaintHandlingRule.parameters.answerDays.description.en).toContain('sets no number');
  });

  it('property: an answered complaint fails exactly when the answer is later than answerDays after receipt', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 15 }),
        (answerAfter, acceptAfter) => {
          const receivedOn = '2023-07-10';
          const complaint = complaintRecord({
            receivedOn,
            acceptedOn: addDays(receivedOn, Math.min(acceptAfter, answerAfter)),
            investigatedOn: undefined,
            answeredOn: addDays(receivedOn, answerAfter),
            closedOn: undefined,
          });
          expect(outcomeOf(run(complaint, '2023-12-31'), 'CP1')).toBe(answerAfter > 60 ? 'fail' : 'pass');
        },
      ),
      { numRuns: 60 },
    );
  });
});
