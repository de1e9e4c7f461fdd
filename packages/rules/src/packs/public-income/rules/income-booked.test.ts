import { readFileSync } from 'node:fs';
import type { Dataset } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../calendar/index';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { disclosureIn, retotal } from '../../../testing/c2-builders';
import { incomeBookedRule } from './income-booked';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

/** Sets the K1 (parking) line of a quarter to `amount` fen and recomputes the totals. */
const bookK1 = (d: Dataset, quarter: string, amount: number) => {
  const disclosure = disclosureIn(d, quarter);
  const line = disclosure?.incomeLines.find((l) => l.contractId === 'K1');
  if (!disclosure || !line) return;
  line.amount = amount;
  retotal(disclosure);
};
const contractK1 = (d: Dataset) => d.records.commonPartContract?.[0];

// PI.C2.c — 公共收益不入账、少入账、虚增项目列支.
describe('PI-INCOME-BOOKED (PI.C2.c)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, quarter: string, expected: string];
  const cases: Case[] = [
    ['the contract’s full quarterly income is booked: pass', () => {}, '2023Q2', 'pass'],
    ['a quarter with no disclosure is not judged here', () => {}, '2023Q4', 'not_applicable'],
    ['half of the quarterly income booked fails', (d) => bookK1(d, '2023Q2', 150_000), '2023Q2', 'fail'],
    ['one fen short fails', (d) => bookK1(d, '2023Q2', 299_999), '2023Q2', 'fail'],
    ['more than the contract is not under-booking', (d) => bookK1(d, '2023Q2', 300_001), '2023Q2', 'pass'],
    [
      'income booked without the contract id is not booked for the contract',
      (d) => {
        const line = disclosureIn(d, '2023Q2')?.incomeLines[0];
        if (line) delete line.contractId;
      },
      '2023Q2',
      'fail',
    ],
    [
      'two lines of the contract are summed',
      (d) => {
        const disclosure = disclosureIn(d, '2023Q2');
        if (!disclosure) return;
        disclosure.incomeLines = [
          {
            category: 'parking',
            description: '地面停车（4–5月）',
            amount: 200_000,
            sourceId: 'S1',
            contractId: 'K1',
          },
          {
            category: 'parking',
            description: '地面停车（6月）',
            amount: 100_000,
            sourceId: 'S1',
            contractId: 'K1',
          },
          ...disclosure.incomeLines.slice(1),
        ];
        retotal(disclosure);
      },
      '2023Q2',
      'pass',
    ],
    // Started 2023-05-15: 47 of Q2's 91 days, floor(300 000 × 47 / 91) = 154 945.
    [
      'a contract starting mid-quarter owes its days pro rata (exactly floor booked)',
      (d) => {
        const k = contractK1(d);
        if (k) k.startsOn = '2023-05-15';
        bookK1(d, '2023Q2', 154_945);
      },
      '2023Q2',
      'pass',
    ],
    [
      'a contract starting mid-quarter: one fen under the pro-rata share fails',
      (d) => {
        const k = contractK1(d);
        if (k) k.startsOn = '2023-05-15';
        bookK1(d, '2023Q2', 154_944);
      },
      '2023Q2',
      'fail',
    ],
    // Ended 2023-08-10: 41 of Q3's 92 days, floor(300 000 × 41 / 92) = 133 695.
    [
      'a contract ending mid-quarter owes its days pro rata',
      (d) => {
        const k = contractK1(d);
        if (k) k.endsOn = '2023-08-10';
        bookK1(d, '2023Q3', 133_695);
      },
      '2023Q3',
      'pass',
    ],
    [
      'a contract not yet started owes nothing',
      (d) => {
        const k = contractK1(d);
        if (k) k.startsOn = '2023-04-01';
        bookK1(d, '2023Q1', 0);
      },
      '2023Q1',
      'pass',
    ],
    [
      'a contract active on the last day of the quarter only owes one day',
      (d) => {
        const k = contractK1(d);
        if (k) k.startsOn = '2023-03-31';
        bookK1(d, '2023Q1', 3_333); // floor(300 000 × 1 / 90)
      },
      '2023Q1',
      'pass',
    ],
    [
      'a contract of another community is not this community’s income',
      (d) => {
        const k = contractK1(d);
        if (k) k.communityId = 'C9';
        bookK1(d, '2023Q2', 0);
      },
      '2023Q2',
      'pass',
    ],
    [
      'an expense line without evidence is an invented expense',
      (d) => {
        const line = disclosureIn(d, '2023Q3')?.expenseLines[0];
        if (line) line.evidence = [];
      },
      '2023Q3',
      'fail',
    ],
    [
      'another quarter is untouched by the planted line',
      (d) => bookK1(d, '2023Q2', 150_000),
      '2023Q3',
      'pass',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, quarter, expected) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(outcomeOf(runRule(incomeBookedRule, d, '2023-11-30'), 'C1', quarter)).toBe(expected);
  });

  it('an under-booking cites its clause, the booked line and the contract', () => {
    const d = clone(cleanPublicIncome());
    bookK1(d, '2023Q2', 150_000);
    const f = runRule(incomeBookedRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.clauseIds).toEqual(['PI.C2.c']);
    expect(f?.why).toEqual([
      expect.objectContaining({ clauseId: 'PI.C2.c', observed: 150_000, expected: '≥ 300000' }),
    ]);
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/quarterlyDisclosure/1/incomeLines/0/amount',
      '/records/commonPartContract/0/quarterlyIncome',
    ]);
  });

  it('an invented expense points at its empty evidence', () => {
    const d = clone(cleanPublicIncome());
    const line = disclosureIn(d, '2023Q3')?.expenseLines[0];
    if (line) line.evidence = [];
    const f = runRule(incomeBookedRule, d, '2023-11-30').find((x) => x.period === '2023Q3');
    expect(f?.evidence).toEqual([
      {
        pointer: '/records/quarterlyDisclosure/2/expenseLines/0/evidence',
        observed: [],
        expected: 'receipt, invoice or contract',
      },
    ]);
  });

  it('booking exactly the floored pro-rata share passes and one fen less fails, for any start day and income', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 1, max: 2_000_000_000 }),
        (offset, income) => {
          const startsOn = addDays('2023-04-01', offset);
          const days = 91 - offset;
          const due = Math.floor((income * days) / 91); // exact: the product stays below 2^53
          const run = (amount: number) => {
            const d = clone(cleanPublicIncome());
            const k = contractK1(d);
            if (k) {
              k.startsOn = startsOn;
              k.quarterlyIncome = income;
            }
            bookK1(d, '2023Q2', amount);
            return outcomeOf(
              runRule(incomeBookedRule, d, '2023-11-30', { quarters: ['2023Q2'] }),
              'C1',
              '2023Q2',
            );
          };
          expect(run(due)).toBe('pass');
          if (due > 0) expect(run(due - 1)).toBe('fail');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of incomeBookedRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
