import { readFileSync } from 'node:fs';
import type { Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import type { ParameterOverrides } from '../../../engine/types';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { disclosureIn, rebalance, withSurplusDeposits } from '../../../testing/c2-builders';
import { surplusDepositedRule } from './surplus-deposited';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

// Clean owners' share per quarter: base 400 000 − company 120 000.
const OWNERS_SHARE = 280_000;

/** Replaces the transfers for `forQuarter` with the given ones, recorded in `inQuarter`'s disclosure. */
const deposit =
  (forQuarter: string, inQuarter: string, transfers: { amount: number; transferredOn: string }[]) =>
  (d: Dataset) => {
    for (const x of d.records.quarterlyDisclosure ?? [])
      x.maintenanceFundTransfers = x.maintenanceFundTransfers.filter((tr) => tr.forQuarter !== forQuarter);
    disclosureIn(d, inQuarter)?.maintenanceFundTransfers.push(
      ...transfers.map((tr) => ({ ...tr, forQuarter, evidence: [] })),
    );
    rebalance(d);
  };

// PI.C2.e — 未将公共收益结余及时存入维修资金专户. "及时" = by the end of the next quarter (parameter).
describe('PI-SURPLUS-DEPOSITED (PI.C2.e)', () => {
  type Case = [
    name: string,
    mutate: (d: Dataset) => void,
    asOf: string,
    quarter: string,
    expected: string,
    parameters?: ParameterOverrides,
  ];
  const cases: Case[] = [
    ['Q1 surplus deposited in Q2 passes', () => {}, '2023-11-30', '2023Q1', 'pass'],
    ['Q2 surplus deposited in Q3 passes', () => {}, '2023-11-30', '2023Q2', 'pass'],
    ['Q3 surplus is due by 2023-12-31: pending on 2023-11-30', () => {}, '2023-11-30', '2023Q3', 'pending'],
    ['Q3 surplus on the deadline day itself is still pending', () => {}, '2023-12-31', '2023Q3', 'pending'],
    ['Q3 surplus not deposited by 2023-12-31 fails on 2024-01-01', () => {}, '2024-01-01', '2023Q3', 'fail'],
    ['a quarter with no disclosure is not judged here', () => {}, '2023-11-30', '2023Q4', 'not_applicable'],
    ['the transfer for Q1 omitted fails', deposit('2023Q1', '2023Q2', []), '2023-11-30', '2023Q1', 'fail'],
    [
      'deposited on the deadline day passes',
      deposit('2023Q1', '2023Q2', [{ amount: OWNERS_SHARE, transferredOn: '2023-06-30' }]),
      '2023-11-30',
      '2023Q1',
      'pass',
    ],
    [
      'deposited the day after the deadline fails',
      deposit('2023Q1', '2023Q3', [{ amount: OWNERS_SHARE, transferredOn: '2023-07-01' }]),
      '2023-11-30',
      '2023Q1',
      'fail',
    ],
    [
      'one fen short fails',
      deposit('2023Q1', '2023Q2', [{ amount: OWNERS_SHARE - 1, transferredOn: '2023-04-15' }]),
      '2023-11-30',
      '2023Q1',
      'fail',
    ],
    [
      'two transfers are summed',
      deposit('2023Q1', '2023Q2', [
        { amount: 200_000, transferredOn: '2023-04-15' },
        { amount: 80_000, transferredOn: '2023-06-15' },
      ]),
      '2023-11-30',
      '2023Q1',
      'pass',
    ],
    [
      'a transfer recorded in any disclosure of the community counts',
      deposit('2023Q1', '2023Q3', [{ amount: OWNERS_SHARE, transferredOn: '2023-06-20' }]),
      '2023-11-30',
      '2023Q1',
      'pass',
    ],
    [
      'a transfer made within the quarter itself counts',
      deposit('2023Q1', '2023Q1', [{ amount: OWNERS_SHARE, transferredOn: '2023-03-31' }]),
      '2023-11-30',
      '2023Q1',
      'pass',
    ],
    [
      'with two quarters allowed a transfer in Q3 is in time for Q1',
      deposit('2023Q1', '2023Q3', [{ amount: OWNERS_SHARE, transferredOn: '2023-08-15' }]),
      '2023-11-30',
      '2023Q1',
      'pass',
      { 'PI-SURPLUS-DEPOSITED': { surplusDepositQuartersAfter: 2 } },
    ],
    [
      'with no quarter allowed the surplus is due within its own quarter',
      () => {},
      '2023-11-30',
      '2023Q1',
      'fail',
      { 'PI-SURPLUS-DEPOSITED': { surplusDepositQuartersAfter: 0 } },
    ],
    [
      'surplus kept by an owners’ decision is exempt',
      (d) => {
        const x = disclosureIn(d, '2023Q1');
        if (x) x.surplusRetainedByDecisionId = 'OD1';
        deposit('2023Q1', '2023Q2', [])(d);
      },
      '2023-11-30',
      '2023Q1',
      'not_applicable',
    ],
    [
      'a retention decision missing from the dataset is unknown',
      (d) => {
        const x = disclosureIn(d, '2023Q1');
        if (x) x.surplusRetainedByDecisionId = 'OD-MISSING';
        deposit('2023Q1', '2023Q2', [])(d);
      },
      '2023-11-30',
      '2023Q1',
      'unknown',
    ],
    [
      'no owners’ share, nothing to deposit',
      (d) => {
        const x = disclosureIn(d, '2023Q1');
        if (x) x.distribution = { base: 0, companyShare: 0, ownersShare: 0 };
        deposit('2023Q1', '2023Q2', [])(d);
      },
      '2023-11-30',
      '2023Q1',
      'not_applicable',
    ],
    [
      'a disclosure that shows no split is unknown',
      (d) => {
        const x = disclosureIn(d, '2023Q1');
        if (x) delete x.distribution;
      },
      '2023-11-30',
      '2023Q1',
      'unknown',
    ],
    [
      'another quarter is untouched by the planted omission',
      deposit('2023Q1', '2023Q2', []),
      '2023-11-30',
      '2023Q2',
      'pass',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, quarter, expected, parameters) => {
    const d = withSurplusDeposits(clone(cleanPublicIncome()));
    mutate(d);
    expect(
      outcomeOf(runRule(surplusDepositedRule, d, asOf, parameters ? { parameters } : {}), 'C1', quarter),
    ).toBe(expected);
  });

  it('cleanPublicIncome() keeps every surplus in the account, so its past quarters fail without deposits', () => {
    const findings = runRule(surplusDepositedRule, clone(cleanPublicIncome()), '2023-11-30');
    expect(['2023Q1', '2023Q2', '2023Q3'].map((q) => outcomeOf(findings, 'C1', q))).toEqual([
      'fail',
      'fail',
      'pending',
    ]);
  });

  it('a failure cites its clause and deadline and points at the owners’ share', () => {
    const d = withSurplusDeposits(clone(cleanPublicIncome()));
    deposit('2023Q1', '2023Q2', [{ amount: 100_000, transferredOn: '2023-04-15' }])(d);
    const f = runRule(surplusDepositedRule, d, '2023-11-30').find((x) => x.period === '2023Q1');
    expect(f?.clauseIds).toEqual(['PI.C2.e']);
    expect(f?.deadline).toBe('2023-06-30');
    expect(f?.why).toEqual([
      expect.objectContaining({ clauseId: 'PI.C2.e', observed: 100_000, expected: `≥ ${OWNERS_SHARE}` }),
    ]);
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/quarterlyDisclosure/0/distribution/ownersShare',
      '/records/quarterlyDisclosure/1/maintenanceFundTransfers/0',
    ]);
    expect(f?.message['zh-CN']).toContain('2023-06-30');
  });

  it('declares "in time" as an interpretation', () => {
    expect(surplusDepositedRule.parameters.surplusDepositQuartersAfter).toMatchObject({
      default: 1,
      source: { kind: 'interpretation' },
    });
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of surplusDepositedRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
