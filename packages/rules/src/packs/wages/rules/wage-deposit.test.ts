import { readFileSync } from 'node:fs';
import type { Dataset } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clone, outcomeOf, runRule } from '../../../testing/builders';
import { CLEAN_WAGES_AS_OF, cleanWages, projectIn } from '../../../testing/wages-builders';
import { wageDepositRule } from './wage-deposit';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const deposit = (d: Dataset, projectId: string) =>
  d.records.wageDeposit?.find((x) => x.projectId === projectId);

// WG.F1 — 工资保证金…制度落实不到位; art. 32 and the 2021 deposit rules (1%, halved, doubled, exempt).
describe('WG-WAGE-DEPOSIT (WG.F1)', () => {
  type Case = [
    name: string,
    project: string,
    mutate: (d: Dataset) => void,
    params: Record<string, number>,
    expected: string,
  ];
  const cases: Case[] = [
    ['P1: 1% of 5000万元 = 50万元 lodged passes', 'P1', () => {}, {}, 'pass'],
    [
      'P1: one fen short fails',
      'P1',
      (d) => {
        const x = deposit(d, 'P1');
        if (x) x.amount = 49_999_999;
      },
      {},
      'fail',
    ],
    [
      'P1: two deposits adding up to the amount pass',
      'P1',
      (d) => {
        const x = deposit(d, 'P1');
        if (x) {
          x.amount = 30_000_000;
          d.records.wageDeposit?.push({ ...x, id: 'WD-P1-B', amount: 20_000_000, lodgedOn: '2023-08-15' });
        }
      },
      {},
      'pass',
    ],
    ['P1: a 2% ratio doubles the requirement: fail', 'P1', () => {}, { depositRatioBp: 200 }, 'fail'],
    [
      'P1: increased for arrears (×2): 50万元 is short',
      'P1',
      (d) => {
        const x = deposit(d, 'P1');
        if (x) x.adjustment = 'increased';
      },
      {},
      'fail',
    ],
    [
      'P1: increased, 100万元 lodged passes',
      'P1',
      (d) => {
        const x = deposit(d, 'P1');
        if (x) {
          x.adjustment = 'increased';
          x.amount = 100_000_000;
        }
      },
      {},
      'pass',
    ],
    [
      'P1: exempt passes with any amount',
      'P1',
      (d) => {
        const x = deposit(d, 'P1');
        if (x) {
          x.adjustment = 'exempt';
          x.amount = 0;
        }
      },
      {},
      'pass',
    ],
    ['P2: reduced to half (6万元) passes', 'P2', () => {}, {}, 'pass'],
    [
      'P2: the reduction removed, 6万元 is short of 12万元',
      'P2',
      (d) => {
        const x = deposit(d, 'P2');
        if (x) x.adjustment = 'none';
      },
      {},
      'fail',
    ],
    ['P2: a smaller reduction (to 60%) makes 6万元 short', 'P2', () => {}, { reducedPercent: 60 }, 'fail'],
    [
      'P1: no deposit fails',
      'P1',
      (d) => {
        d.records.wageDeposit = d.records.wageDeposit?.filter((x) => x.projectId !== 'P1');
      },
      {},
      'fail',
    ],
    [
      'P1: deposit released on asOf while under construction fails',
      'P1',
      (d) => {
        const x = deposit(d, 'P1');
        if (x) x.releasedOn = '2023-11-30';
      },
      {},
      'fail',
    ],
    [
      'P1: deposit lodged after asOf does not count',
      'P1',
      (d) => {
        const x = deposit(d, 'P1');
        if (x) x.lodgedOn = '2023-12-01';
      },
      {},
      'fail',
    ],
    [
      'P1: a completed project is not applicable',
      'P1',
      (d) => {
        projectIn(d).status = 'completed';
      },
      {},
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, project, mutate, params, expected) => {
    const d = clone(cleanWages());
    mutate(d);
    expect(
      outcomeOf(
        runRule(wageDepositRule, d, CLEAN_WAGES_AS_OF, { parameters: { 'WG-WAGE-DEPOSIT': params } }),
        project,
      ),
    ).toBe(expected);
  });

  it('a short deposit fails with both amounts in the message and the amount pointer', () => {
    const d = clone(cleanWages());
    const x = deposit(d, 'P1');
    if (x) x.amount = 30_000_000;
    const f = runRule(wageDepositRule, d, CLEAN_WAGES_AS_OF).find((y) => y.subject.id === 'P1');
    expect(f?.why).toEqual([
      { clauseId: 'WG.F1', text: expect.any(Object), observed: 30_000_000, expected: '≥ 50000000' },
    ]);
    expect(f?.evidence).toEqual([
      { pointer: '/records/wageDeposit/0/amount', observed: 30_000_000, expected: 'Σ ≥ 50000000' },
    ]);
    expect(f?.message['zh-CN']).toContain('¥300,000.00');
    expect(f?.message['zh-CN']).toContain('¥500,000.00');
  });

  it('the requirement is floor(value × ratio × percent / 10^6) exactly, for any contract value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900_000_000_000_000 }),
        fc.integer({ min: 1, max: 300 }),
        (value, bp) => {
          const d = clone(cleanWages());
          projectIn(d, 'P2').contractValue = value;
          const required = Number((BigInt(value) * BigInt(bp) * 50n) / 1_000_000n);
          const x = deposit(d, 'P2');
          if (x) x.amount = required;
          const opts = { parameters: { 'WG-WAGE-DEPOSIT': { depositRatioBp: bp } } };
          expect(outcomeOf(runRule(wageDepositRule, d, CLEAN_WAGES_AS_OF, opts), 'P2')).toBe('pass');
          if (x && required > 0) {
            x.amount = required - 1;
            expect(outcomeOf(runRule(wageDepositRule, d, CLEAN_WAGES_AS_OF, opts), 'P2')).toBe('fail');
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of wageDepositRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
