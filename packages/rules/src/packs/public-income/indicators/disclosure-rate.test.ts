import type { QuarterlyDisclosure } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, disclosureDeadline, nextQuarter } from '../../../calendar/index';
import { RulesError } from '../../../engine/check';
import {
  communityRecord,
  disclosureRecord,
  indicatorDataset,
  rowOf,
  runIndicator,
} from '../../../testing/handling-builders';
import { disclosureRateIndicator, latestDueQuarter } from './disclosure-rate';

const withPostings = (
  communityId: string,
  quarter: string,
  postings: [string, string][],
): QuarterlyDisclosure =>
  disclosureRecord(communityId, quarter, '2023-01-01', {
    postings: postings.map(([channel, postedAt]) => ({
      channel: channel as 'notice-board',
      postedAt,
      evidence: [],
    })),
  });

// PI.T1 季度公示率达到100%: on time (PI.C1.b, deadline 2023-10-31 for 2023Q3) on all three channels (PI.C1.c).
describe('PI-T1-DISCLOSURE (PI.T1, PI.C1.b, PI.C1.c)', () => {
  type Case = [name: string, disclosures: QuarterlyDisclosure[], counted: 0 | 1];
  const cases: Case[] = [
    ['all three channels before the deadline', [disclosureRecord('X', '2023Q3', '2023-10-20')], 1],
    ['all three on the deadline day', [disclosureRecord('X', '2023Q3', '2023-10-31')], 1],
    [
      'one channel a day late',
      [
        withPostings('X', '2023Q3', [
          ['notice-board', '2023-10-20'],
          ['provincial-system', '2023-10-20'],
          ['quanzhou-system', '2023-11-01'],
        ]),
      ],
      0,
    ],
    [
      'late in Shanghai though 10-31 in UTC',
      [
        withPostings('X', '2023Q3', [
          ['notice-board', '2023-10-31T16:30:00Z'],
          ['provincial-system', '2023-10-20'],
          ['quanzhou-system', '2023-10-20'],
        ]),
      ],
      0,
    ],
    [
      'a channel missing',
      [
        withPostings('X', '2023Q3', [
          ['notice-board', '2023-10-20'],
          ['provincial-system', '2023-10-20'],
        ]),
      ],
      0,
    ],
    ['no disclosure of the quarter', [disclosureRecord('X', '2023Q2', '2023-07-10')], 0],
  ];
  it.each(cases)('%s', (_name, disclosures, counted) => {
    const d = indicatorDataset({
      community: [communityRecord('X', '350503001')],
      quarterlyDisclosure: disclosures,
    });
    const indicator = runIndicator(disclosureRateIndicator, d, '2023-11-30');
    expect([indicator.numerator, indicator.denominator]).toEqual([counted, 1]);
    expect(indicator.met).toBe(counted === 1);
  });

  it('100% means every community, per street, county and city', () => {
    const d = indicatorDataset({
      community: [
        communityRecord('A', '350502001'),
        communityRecord('B', '350503001'),
        communityRecord('C', '350503002'),
      ],
      quarterlyDisclosure: [
        disclosureRecord('A', '2023Q3', '2023-10-10'),
        disclosureRecord('B', '2023Q3', '2023-10-10'),
      ],
    });
    const indicator = runIndicator(disclosureRateIndicator, d, '2023-11-30');
    expect(rowOf(indicator, '350502')).toMatchObject({ numerator: 1, denominator: 1, met: true });
    expect(rowOf(indicator, '350503')).toMatchObject({ numerator: 1, denominator: 2, met: false });
    expect(rowOf(indicator, '350503002')).toMatchObject({ numerator: 0, denominator: 1, met: false });
    expect(indicator.met).toBe(false);
  });

  it('a community whose company took over after the quarter need not disclose it', () => {
    const d = indicatorDataset({
      community: [
        communityRecord('A', '350503001'),
        communityRecord('B', '350503001', { servedSince: '2023-10-05' }),
      ],
      quarterlyDisclosure: [disclosureRecord('A', '2023Q3', '2023-10-10')],
    });
    expect(runIndicator(disclosureRateIndicator, d, '2023-11-30')).toMatchObject({
      numerator: 1,
      denominator: 1,
      met: true,
    });
  });

  it('the quarter can be chosen; a bad one is misuse', () => {
    const d = indicatorDataset({
      community: [communityRecord('A', '350503001')],
      quarterlyDisclosure: [
        disclosureRecord('A', '2023Q2', '2023-08-05'),
        disclosureRecord('A', '2023Q3', '2023-10-05'),
      ],
    });
    expect(runIndicator(disclosureRateIndicator, d, '2023-11-30').numerator).toBe(1);
    expect(runIndicator(disclosureRateIndicator, d, '2023-11-30', { quarter: '2023Q2' }).numerator).toBe(0);
    expect(() => runIndicator(disclosureRateIndicator, d, '2023-11-30', { quarter: '2023-Q2' })).toThrow(
      RulesError,
    );
  });

  it.each([
    ['2023-10-31', '2023Q2'],
    ['2023-11-01', '2023Q3'],
    ['2024-01-31', '2023Q3'],
    ['2024-02-01', '2023Q4'],
  ])('on %s the latest quarter already due is %s', (asOf, quarter) => {
    expect(latestDueQuarter(asOf)).toBe(quarter);
  });

  it('property: the latest due quarter is due before asOf and the next one is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (n) => {
        const asOf = addDays('2020-01-01', n);
        const q = latestDueQuarter(asOf);
        expect(disclosureDeadline(q) < asOf).toBe(true);
        expect(disclosureDeadline(nextQuarter(q)) >= asOf).toBe(true);
      }),
    );
  });
});
