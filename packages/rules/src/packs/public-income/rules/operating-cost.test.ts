import { readFileSync } from 'node:fs';
import type { Dataset } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParameterOverrides } from '../../../engine/types';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { disclosureIn, rebalance, retotal } from '../../../testing/c2-builders';
import { operatingCostRule } from './operating-cost';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

/** Adds an expense line of `category` to Q2 (totals and balances follow). */
const cost =
  (amount: number, category: 'operating-cost' | 'utilities' = 'operating-cost') =>
  (d: Dataset) => {
    const disclosure = disclosureIn(d, '2023Q2');
    if (!disclosure) return;
    disclosure.expenseLines.push({
      category,
      description: '经营管理费',
      amount,
      evidence: [{ kind: 'invoice', ref: 'F-OP' }],
    });
    retotal(disclosure);
    rebalance(d);
  };
/** Sets Q2's advertising line so income totals `total` fen (parking stays 300 000). */
const income = (total: number) => (d: Dataset) => {
  const disclosure = disclosureIn(d, '2023Q2');
  const line = disclosure?.incomeLines[1];
  if (!disclosure || !line) return;
  line.amount = total - 300_000;
  retotal(disclosure);
  rebalance(d);
};
const all =
  (...steps: ((d: Dataset) => void)[]) =>
  (d: Dataset) => {
    for (const s of steps) s(d);
  };
const exact: ParameterOverrides = { 'PI-OPERATING-COST': { roundingToleranceFen: 0 } };

// PI.C4.c — 虚增公共收益经营管理费用. Clean Q2: income 420 000 fen, cap 20 % → 84 000.
describe('PI-OPERATING-COST (PI.C4.c)', () => {
  type Case = [
    name: string,
    mutate: (d: Dataset) => void,
    quarter: string,
    expected: string,
    parameters?: ParameterOverrides,
  ];
  const cases: Case[] = [
    ['no operating costs pass', () => {}, '2023Q2', 'pass'],
    ['a quarter with no disclosure is not judged here', () => {}, '2023Q4', 'not_applicable'],
    ['costs exactly at the cap pass', cost(84_000), '2023Q2', 'pass'],
    ['one fen above the cap is rounding', cost(84_001), '2023Q2', 'pass'],
    ['two fen above the cap fail', cost(84_002), '2023Q2', 'fail'],
    ['with no tolerance one fen above the cap fails', cost(84_001), '2023Q2', 'fail', exact],
    ['costs well above the cap fail', cost(120_000), '2023Q2', 'fail'],
    ['two lines are summed', all(cost(50_000), cost(40_000)), '2023Q2', 'fail'],
    ['other expense categories do not count', cost(200_000, 'utilities'), '2023Q2', 'pass'],
    [
      'the cap is floored: 20 % of 420 004 fen is 84 000.8 → 84 000',
      all(income(420_004), cost(84_001)),
      '2023Q2',
      'fail',
      exact,
    ],
    ['…and 84 000 is within it', all(income(420_004), cost(84_000)), '2023Q2', 'pass', exact],
    [
      'no agreed cap is unknown',
      (d) => {
        const c = d.records.community?.[0];
        if (c) delete c.operatingCostCapBp;
      },
      '2023Q2',
      'unknown',
    ],
    [
      'a cap of zero allows nothing beyond the tolerance',
      (d) => {
        const c = d.records.community?.[0];
        if (c) c.operatingCostCapBp = 0;
        cost(2)(d);
      },
      '2023Q2',
      'fail',
    ],
    ['another quarter is untouched by the planted cost', cost(120_000), '2023Q3', 'pass'],
  ];
  it.each(cases)('%s', (_name, mutate, quarter, expected, parameters) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(
      outcomeOf(runRule(operatingCostRule, d, '2023-11-30', parameters ? { parameters } : {}), 'C1', quarter),
    ).toBe(expected);
  });

  it('a failure cites its clause and points at the costs, the income and the cap', () => {
    const d = clone(cleanPublicIncome());
    cost(120_000)(d);
    const f = runRule(operatingCostRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.clauseIds).toEqual(['PI.C4.c']);
    expect(f?.why).toEqual([
      expect.objectContaining({ clauseId: 'PI.C4.c', observed: 120_000, expected: '≤ 84000' }),
    ]);
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/quarterlyDisclosure/1/expenseLines',
      '/records/quarterlyDisclosure/1/incomeTotal',
      '/records/community/0/operatingCostCapBp',
      '/records/quarterlyDisclosure/1/expenseLines/1/amount',
    ]);
  });

  it('passes up to floor(income × cap) + 1 fen and fails beyond, for any income and cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 300_000, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: -3, max: 3 }),
        (total, bp, off) => {
          const cap = Math.floor((total * bp) / 10000); // exact: the product stays below 2^53
          const spent = cap + off;
          if (spent <= 0) return;
          const d = clone(cleanPublicIncome());
          const c = d.records.community?.[0];
          if (c) c.operatingCostCapBp = bp;
          all(income(total), cost(spent))(d);
          const outcome = outcomeOf(
            runRule(operatingCostRule, d, '2023-11-30', { quarters: ['2023Q2'] }),
            'C1',
            '2023Q2',
          );
          expect(outcome).toBe(off <= 1 ? 'pass' : 'fail');
        },
      ),
      { numRuns: 80 },
    );
  });

  it('declares its tolerance as an interpretation', () => {
    expect(operatingCostRule.parameters.roundingToleranceFen).toMatchObject({
      default: 1,
      unit: 'fen',
      source: { kind: 'interpretation' },
    });
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of operatingCostRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
