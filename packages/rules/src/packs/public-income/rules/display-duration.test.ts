import type { Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import type { ParameterOverrides } from '../../../engine/types';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { disclosureIn } from '../../../testing/c1-builders';
import { displayDurationRule } from './display-duration';

/** Sets the 2023Q2 board notice (posted 2023-07-10 09:00 Shanghai) to come down at `at`, or never. */
const takeDownQ2 = (at: string | undefined) => (d: Dataset) => {
  const board = disclosureIn(d, '2023Q2').postings[0];
  if (board) board.takenDownAt = at;
};

// PI.C1.d — 公示时间少于30日; counted per Civil Code art. 201: posted on 2023-07-10, the 30th day is 2023-08-09.
describe('PI-DISPLAY-DURATION (PI.C1.d)', () => {
  type Case = [
    name: string,
    mutate: (d: Dataset) => void,
    asOf: string,
    quarter: string,
    expected: string,
    parameters?: ParameterOverrides,
  ];
  const cases: Case[] = [
    ['displayed 41 days passes', () => {}, '2023-11-30', '2023Q2', 'pass'],
    [
      'taken down on the 30th day (2023-08-09) passes',
      takeDownQ2('2023-08-09'),
      '2023-11-30',
      '2023Q2',
      'pass',
    ],
    [
      'taken down on the 29th day (2023-08-08) fails',
      takeDownQ2('2023-08-08'),
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    [
      'taken down at 01:00 on 2023-08-09 Shanghai (17:00Z the day before) is the 30th day: pass',
      takeDownQ2('2023-08-08T17:00:00Z'),
      '2023-11-30',
      '2023Q2',
      'pass',
    ],
    [
      'taken down at 23:59 on 2023-08-08 Shanghai is the 29th day: fail',
      takeDownQ2('2023-08-08T15:59:00Z'),
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    ['taken down after 10 days fails', takeDownQ2('2023-07-20'), '2023-11-30', '2023Q2', 'fail'],
    [
      'still up and within its period on asOf (29th day) is pending, not a violation',
      takeDownQ2(undefined),
      '2023-08-08',
      '2023Q2',
      'pending',
    ],
    [
      'still up on the 30th day itself: the period is covered, pass',
      takeDownQ2(undefined),
      '2023-08-09',
      '2023Q2',
      'pass',
    ],
    ['no take-down and the period over passes', takeDownQ2(undefined), '2023-11-30', '2023Q2', 'pass'],
    [
      'a take-down dated after asOf had not happened on asOf: pending',
      takeDownQ2('2023-08-05'),
      '2023-08-01',
      '2023Q2',
      'pending',
    ],
    ['a notice not yet posted on asOf is pending', () => {}, '2023-10-05', '2023Q3', 'pending'],
    [
      'a take-down before the posting is zero days shown: fail',
      takeDownQ2('2023-07-01'),
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    [
      'a longer minimum (45 days) makes 41 days fail',
      () => {},
      '2023-11-30',
      '2023Q2',
      'fail',
      { 'PI-DISPLAY-DURATION': { minDisplayDays: 45 } },
    ],
    [
      'a minimum of exactly the days shown (41) passes',
      () => {},
      '2023-11-30',
      '2023Q2',
      'pass',
      { 'PI-DISPLAY-DURATION': { minDisplayDays: 41 } },
    ],
    [
      'a nonsensical minimum is unknown, never a throw',
      () => {},
      '2023-11-30',
      '2023Q2',
      'unknown',
      { 'PI-DISPLAY-DURATION': { minDisplayDays: -1 } },
    ],
    [
      'no board posting is not judged here (PI-DISCLOSURE-CHANNELS covers it)',
      (d) => {
        const disclosure = disclosureIn(d, '2023Q2');
        disclosure.postings = disclosure.postings.filter((p) => p.channel !== 'notice-board');
      },
      '2023-11-30',
      '2023Q2',
      'not_applicable',
    ],
    [
      'a quarter with no disclosure record is not judged here (Q4)',
      () => {},
      '2024-03-01',
      '2023Q4',
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, quarter, expected, parameters) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    const findings = runRule(displayDurationRule, d, asOf, parameters ? { parameters } : {});
    expect(outcomeOf(findings, 'C1', quarter)).toBe(expected);
  });

  it('a failure gives the days shown, the end of the period and the take-down pointer', () => {
    const d = clone(cleanPublicIncome());
    takeDownQ2('2023-08-08')(d);
    const f = runRule(displayDurationRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.clauseIds).toEqual(['PI.C1.d']);
    expect(f?.deadline).toBe('2023-08-09');
    expect(f?.why).toEqual([
      expect.objectContaining({ clauseId: 'PI.C1.d', observed: 29, expected: '≥ 30' }),
    ]);
    expect(f?.evidence).toEqual([
      {
        pointer: '/records/quarterlyDisclosure/1/postings/0/takenDownAt',
        observed: '2023-08-08',
        expected: '≥ 2023-08-09',
      },
    ]);
    expect(f?.message['zh-CN']).toContain('29 日，少于 30 日');
  });

  it('the parameter cites its clause', () => {
    expect(displayDurationRule.parameters.minDisplayDays).toMatchObject({
      default: 30,
      unit: 'days',
      source: { kind: 'clause', clauseId: 'PI.C1.d', quote: '公示时间少于30日' },
    });
  });

  it('a pending notice carries the end of its period as deadline', () => {
    const d = clone(cleanPublicIncome());
    takeDownQ2(undefined)(d);
    const f = runRule(displayDurationRule, d, '2023-07-25').find((x) => x.period === '2023Q2');
    expect(f?.outcome).toBe('pending');
    expect(f?.deadline).toBe('2023-08-09');
    expect(f?.evidence).toEqual([
      {
        pointer: '/records/quarterlyDisclosure/1/postings/0/takenDownAt',
        observed: null,
        expected: '≥ 2023-08-09',
      },
    ]);
  });
});
