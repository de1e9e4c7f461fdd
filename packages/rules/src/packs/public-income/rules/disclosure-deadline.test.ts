import { describe, expect, it } from 'vitest';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { disclosureDeadlineRule } from './disclosure-deadline';

// PI.C1.b — 每季度第一个月的月底前公示上一季度收支情况.
describe('PI-DISCLOSURE-DEADLINE (PI.C1.b)', () => {
  type Case = [
    name: string,
    mutate: (d: ReturnType<typeof cleanPublicIncome>) => void,
    asOf: string,
    quarter: string,
    expected: string,
  ];
  const cases: Case[] = [
    ['posted before the deadline passes', () => {}, '2023-11-30', '2023Q2', 'pass'],
    [
      'posted on the deadline day itself passes (2023-07-31)',
      (d) => {
        const p = d.records.quarterlyDisclosure?.[1]?.postings[1];
        if (p) p.postedAt = '2023-07-31';
      },
      '2023-11-30',
      '2023Q2',
      'pass',
    ],
    [
      'an instant late on 07-31 UTC is already 08-01 in Shanghai: fail',
      (d) => {
        const p = d.records.quarterlyDisclosure?.[1]?.postings[0];
        if (p) p.postedAt = '2023-07-31T16:30:00Z';
      },
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    [
      'one channel posted a day late fails',
      (d) => {
        const p = d.records.quarterlyDisclosure?.[1]?.postings[2];
        if (p) p.postedAt = '2023-08-01';
      },
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    [
      'a posting time without an offset cannot be placed on a Shanghai day: unknown, never a pass',
      (d) => {
        const p = d.records.quarterlyDisclosure?.[1]?.postings[0];
        if (p) p.postedAt = '2023-07-20 09:00';
      },
      '2023-11-30',
      '2023Q2',
      'unknown',
    ],
    [
      'a posting date that does not exist (2023-07-32) is unknown, not compared as text',
      (d) => {
        const p = d.records.quarterlyDisclosure?.[1]?.postings[0];
        if (p) p.postedAt = '2023-07-32';
      },
      '2023-11-30',
      '2023Q2',
      'unknown',
    ],
    ['Q4 is due 31 January next year: pending on 2023-11-30', () => {}, '2023-11-30', '2023Q4', 'pending'],
    ['Q4 with no disclosure on 2024-02-01 fails', () => {}, '2024-02-01', '2023Q4', 'fail'],
    ['Q4 on 2024-01-31 itself is still pending', () => {}, '2024-01-31', '2023Q4', 'pending'],
    [
      'no disclosure after the deadline fails',
      (d) => {
        d.records.quarterlyDisclosure = d.records.quarterlyDisclosure?.filter((x) => x.quarter !== '2023Q3');
      },
      '2023-11-30',
      '2023Q3',
      'fail',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, quarter, expected) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(outcomeOf(runRule(disclosureDeadlineRule, d, asOf), 'C1', quarter)).toBe(expected);
  });

  it('a failure cites its clause, deadline and evidence pointer', () => {
    const d = clone(cleanPublicIncome());
    const p = d.records.quarterlyDisclosure?.[1]?.postings[2];
    if (p) p.postedAt = '2023-08-05';
    const f = runRule(disclosureDeadlineRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.clauseIds).toEqual(['PI.C1.b']);
    expect(f?.deadline).toBe('2023-07-31');
    expect(f?.evidence[0]).toEqual({
      pointer: '/records/quarterlyDisclosure/1/postings/2/postedAt',
      observed: '2023-08-05',
      expected: '≤ 2023-07-31',
    });
    expect(f?.why[0]?.clauseId).toBe('PI.C1.b');
    expect(f?.message['zh-CN']).toContain('2023-07-31');
  });
});
