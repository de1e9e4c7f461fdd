import { readFileSync } from 'node:fs';
import type { Dataset } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParameterOverrides } from '../../../engine/types';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { disclosureIn, rebalance } from '../../../testing/c2-builders';
import { distributionRatioRule } from './distribution-ratio';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

/** Moves `delta` fen of Q2's distributable amount from the owners to the company and recomputes balances. */
const shift = (delta: number) => (d: Dataset) => {
  const split = disclosureIn(d, '2023Q2')?.distribution;
  if (!split) return;
  split.companyShare += delta;
  split.ownersShare -= delta;
  rebalance(d);
};
/** Sets Q2's base and company share directly (owners get the rest). */
const split = (base: number, companyShare: number) => (d: Dataset) => {
  const disclosure = disclosureIn(d, '2023Q2');
  if (disclosure) disclosure.distribution = { base, companyShare, ownersShare: base - companyShare };
};

// PI.C2.d — 未按规定或约定的比例进行分配. Clean Q2: base 400 000 fen at 30 % → company 120 000.
describe('PI-DISTRIBUTION-RATIO (PI.C2.d)', () => {
  type Case = [
    name: string,
    mutate: (d: Dataset) => void,
    quarter: string,
    expected: string,
    parameters?: ParameterOverrides,
  ];
  const cases: Case[] = [
    ['the agreed 30 % split passes', () => {}, '2023Q2', 'pass'],
    ['a quarter with no disclosure is not judged here', () => {}, '2023Q4', 'not_applicable'],
    ['the company taking 10 % of the base more fails', shift(40_000), '2023Q2', 'fail'],
    ['one fen more is rounding', shift(1), '2023Q2', 'pass'],
    ['two fen more is not', shift(2), '2023Q2', 'fail'],
    ['one fen less is rounding', shift(-1), '2023Q2', 'pass'],
    ['two fen less is not: the ratio binds both ways', shift(-2), '2023Q2', 'fail'],
    [
      'with no tolerance one fen more fails',
      shift(1),
      '2023Q2',
      'fail',
      { 'PI-DISTRIBUTION-RATIO': { roundingToleranceFen: 0 } },
    ],
    [
      'half a fen rounds up: 333 335 × 30 % = 100 000.5 → 100 001',
      split(333_335, 100_001),
      '2023Q2',
      'pass',
      { 'PI-DISTRIBUTION-RATIO': { roundingToleranceFen: 0 } },
    ],
    [
      '…and 100 000 is then a fen off',
      split(333_335, 100_000),
      '2023Q2',
      'fail',
      { 'PI-DISTRIBUTION-RATIO': { roundingToleranceFen: 0 } },
    ],
    ['a zero base with nothing distributed passes', split(0, 0), '2023Q2', 'pass'],
    [
      'no distribution agreement is unknown',
      (d) => {
        const c = d.records.community?.[0];
        if (c) delete c.distribution;
      },
      '2023Q2',
      'unknown',
    ],
    [
      'a disclosure that shows no split is unknown',
      (d) => {
        const disclosure = disclosureIn(d, '2023Q2');
        if (disclosure) delete disclosure.distribution;
      },
      '2023Q2',
      'unknown',
    ],
    [
      'a different agreed ratio is applied',
      (d) => {
        const c = d.records.community?.[0];
        if (c?.distribution) c.distribution.companyShareBp = 2000;
      },
      '2023Q2',
      'fail',
    ],
    ['another quarter is untouched by the planted split', shift(40_000), '2023Q3', 'pass'],
  ];
  it.each(cases)('%s', (_name, mutate, quarter, expected, parameters) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(
      outcomeOf(
        runRule(distributionRatioRule, d, '2023-11-30', parameters ? { parameters } : {}),
        'C1',
        quarter,
      ),
    ).toBe(expected);
  });

  it('a failure cites its clause and points at the company share and the agreement', () => {
    const d = clone(cleanPublicIncome());
    shift(40_000)(d);
    const f = runRule(distributionRatioRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.clauseIds).toEqual(['PI.C2.d']);
    expect(f?.why).toEqual([
      expect.objectContaining({ clauseId: 'PI.C2.d', observed: 160_000, expected: '120000 ± 1' }),
    ]);
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/quarterlyDisclosure/1/distribution/companyShare',
      '/records/community/0/distribution/companyShareBp',
    ]);
  });

  it('the unknown for a missing agreement points at the community', () => {
    const d = clone(cleanPublicIncome());
    const c = d.records.community?.[0];
    if (c) delete c.distribution;
    const f = runRule(distributionRatioRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.evidence[0]?.pointer).toBe('/records/community/0/distribution');
  });

  it('passes within one fen of round(base × ratio) and fails two fen away, for any base and ratio', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom(-2, -1, 0, 1, 2),
        (base, bp, off) => {
          const due = Math.round((base * bp) / 10000); // exact here: the product stays below 2^53
          const share = due + off;
          if (share < 0 || share > base) return;
          const d = clone(cleanPublicIncome());
          const c = d.records.community?.[0];
          if (c?.distribution) c.distribution.companyShareBp = bp;
          split(base, share)(d);
          const outcome = outcomeOf(
            runRule(distributionRatioRule, d, '2023-11-30', { quarters: ['2023Q2'] }),
            'C1',
            '2023Q2',
          );
          expect(outcome).toBe(Math.abs(off) <= 1 ? 'pass' : 'fail');
        },
      ),
      { numRuns: 80 },
    );
  });

  it('declares its tolerance as an interpretation', () => {
    expect(distributionRatioRule.parameters.roundingToleranceFen).toMatchObject({
      default: 1,
      unit: 'fen',
      source: { kind: 'interpretation' },
    });
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of distributionRatioRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
