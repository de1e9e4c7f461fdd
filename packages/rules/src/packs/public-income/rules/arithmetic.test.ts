import type { Dataset, QuarterlyDisclosure } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { balancedDisclosure, disclosureIn, type LedgerInput } from '../../../testing/c1-builders';
import { arithmeticRule } from './arithmetic';

const QUARTERS = ['2023Q1', '2023Q2', '2023Q3'];

/** Moves a quarter's closing balance by `delta` fen and carries it through every later opening and closing. */
const carry = (d: Dataset, from: string, delta: number) => {
  for (const q of QUARTERS.slice(QUARTERS.indexOf(from))) {
    const disclosure = disclosureIn(d, q);
    if (q !== from) disclosure.openingBalance += delta;
    disclosure.closingBalance += delta;
  }
};

const outcomes = (d: Dataset) => {
  const findings = runRule(arithmeticRule, d, '2023-11-30');
  return QUARTERS.map((q) => outcomeOf(findings, 'C1', q));
};

// PI.C1.f — 公示的账目混乱，公示金额填报不实: every equation holds exactly, in integer fen.
describe('PI-ARITHMETIC (PI.C1.f)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, expected: (string | undefined)[]];
  const cases: Case[] = [
    ['clean accounts pass in every quarter', () => {}, ['pass', 'pass', 'pass']],
    [
      'incomeTotal + 100 fen fails that quarter only',
      (d) => {
        disclosureIn(d, '2023Q2').incomeTotal += 100;
      },
      ['pass', 'fail', 'pass'],
    ],
    [
      'one fen off a single income line fails',
      (d) => {
        const line = disclosureIn(d, '2023Q2').incomeLines[1];
        if (line) line.amount += 1;
      },
      ['pass', 'fail', 'pass'],
    ],
    [
      'expenseTotal off by one fen fails',
      (d) => {
        disclosureIn(d, '2023Q1').expenseTotal -= 1;
      },
      ['fail', 'pass', 'pass'],
    ],
    [
      'shares that do not add up to the base fail',
      (d) => {
        const dist = disclosureIn(d, '2023Q3').distribution;
        if (dist) dist.ownersShare += 1;
      },
      ['pass', 'pass', 'fail'],
    ],
    [
      'a larger company share with owners share and balances recomputed passes (the ratio is PI.C2.d)',
      (d) => {
        const dist = disclosureIn(d, '2023Q2').distribution;
        if (!dist) return;
        const extra = Math.round(dist.base / 10);
        dist.companyShare += extra;
        dist.ownersShare -= extra;
        carry(d, '2023Q2', -extra);
      },
      ['pass', 'pass', 'pass'],
    ],
    [
      'a maintenance-fund transfer with balances recomputed passes',
      (d) => {
        disclosureIn(d, '2023Q2').maintenanceFundTransfers.push({
          amount: 150_000,
          transferredOn: '2023-06-28',
          forQuarter: '2023Q1',
          evidence: [],
        });
        carry(d, '2023Q2', -150_000);
      },
      ['pass', 'pass', 'pass'],
    ],
    [
      'a maintenance-fund transfer left out of the closing balance fails',
      (d) => {
        disclosureIn(d, '2023Q2').maintenanceFundTransfers.push({
          amount: 150_000,
          transferredOn: '2023-06-28',
          forQuarter: '2023Q1',
          evidence: [],
        });
      },
      ['pass', 'fail', 'pass'],
    ],
    [
      "a closing balance off by one fen fails, and so does the next quarter's opening",
      (d) => {
        disclosureIn(d, '2023Q2').closingBalance += 1;
      },
      ['pass', 'fail', 'fail'],
    ],
    [
      'the first quarter may open with any balance when there is no earlier disclosure',
      (d) => {
        disclosureIn(d, '2023Q1').openingBalance = 12_345;
        carry(d, '2023Q1', 12_345);
      },
      ['pass', 'pass', 'pass'],
    ],
    [
      'a gap in the disclosures leaves the opening unchecked, the rest still checked',
      (d) => {
        d.records.quarterlyDisclosure = d.records.quarterlyDisclosure?.filter((x) => x.quarter !== '2023Q2');
        disclosureIn(d, '2023Q3').openingBalance += 500;
        disclosureIn(d, '2023Q3').closingBalance += 500;
      },
      ['pass', 'not_applicable', 'pass'],
    ],
    [
      'no distribution recorded: the company took no share',
      (d) => {
        const disclosure = disclosureIn(d, '2023Q3');
        const share = disclosure.distribution?.companyShare ?? 0;
        disclosure.distribution = undefined;
        disclosure.closingBalance += share;
      },
      ['pass', 'pass', 'pass'],
    ],
    [
      'an amount that is not integer fen cannot be judged exactly: unknown',
      (d) => {
        const line = disclosureIn(d, '2023Q1').expenseLines[0];
        if (line) line.amount = 199.5;
      },
      ['unknown', 'pass', 'pass'],
    ],
  ];
  it.each(cases)('%s', (_name, mutate, expected) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(outcomes(d)).toEqual(expected);
  });

  it('a quarter with no disclosure record is not judged here (Q4)', () => {
    expect(outcomeOf(runRule(arithmeticRule, cleanPublicIncome(), '2024-03-01'), 'C1', '2023Q4')).toBe(
      'not_applicable',
    );
  });

  it('each broken equation is its own condition, with the stated and computed amounts', () => {
    const d = clone(cleanPublicIncome());
    disclosureIn(d, '2023Q2').incomeTotal += 100;
    const f = runRule(arithmeticRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.clauseIds).toEqual(['PI.C1.f']);
    expect(f?.why.map((w) => [w.clauseId, w.observed, w.expected])).toEqual([
      ['PI.C1.f', 420_100, 420_000],
      ['PI.C1.f', 560_000, 560_100],
    ]);
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/quarterlyDisclosure/1/incomeTotal',
      '/records/quarterlyDisclosure/1/closingBalance',
    ]);
    expect(f?.message['zh-CN']).toContain('收入合计不等于各项收入之和；期末结余');
  });

  it("a broken carry-over points at the opening balance and names the previous quarter's closing", () => {
    const d = clone(cleanPublicIncome());
    disclosureIn(d, '2023Q3').openingBalance -= 1;
    disclosureIn(d, '2023Q3').closingBalance -= 1;
    const f = runRule(arithmeticRule, d, '2023-11-30').find((x) => x.period === '2023Q3');
    expect(f?.why).toHaveLength(1);
    expect(f?.evidence).toEqual([
      expect.objectContaining({
        pointer: '/records/quarterlyDisclosure/2/openingBalance',
        observed: 559_999,
        expected: 560_000,
      }),
    ]);
    expect(f?.evidence[0]?.note?.en).toContain('/records/quarterlyDisclosure/1/closingBalance');
  });

  it('a non-integer amount is reported where it sits', () => {
    const d = clone(cleanPublicIncome());
    disclosureIn(d, '2023Q1').incomeTotal = 0.1 + 0.2;
    const f = runRule(arithmeticRule, d, '2023-11-30').find((x) => x.period === '2023Q1');
    expect(f?.outcome).toBe('unknown');
    expect(f?.evidence).toEqual([
      { pointer: '/records/quarterlyDisclosure/0/incomeTotal', observed: 0.1 + 0.2, expected: 'integer fen' },
    ]);
  });
});

describe('PI-ARITHMETIC (PI.C1.f) properties', () => {
  const money = fc.integer({ min: 0, max: 1_000_000_000 });
  const ledger: fc.Arbitrary<LedgerInput> = fc.record({
    openingBalance: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
    incomeAmounts: fc.array(money, { maxLength: 6 }),
    expenseAmounts: fc.array(money, { maxLength: 6 }),
    companyShareBp: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
    transferAmounts: fc.array(fc.integer({ min: 0, max: 100_000_000 }), { maxLength: 3 }),
  });

  /** Two consecutive quarters built from random lines, the second opening with the first's closing. */
  const build = (q1: LedgerInput, q2: LedgerInput): Dataset => {
    const d = clone(cleanPublicIncome());
    const first = balancedDisclosure(disclosureIn(d, '2023Q1'), q1);
    const second = balancedDisclosure(disclosureIn(d, '2023Q2'), {
      ...q2,
      openingBalance: first.closingBalance,
    });
    d.records.quarterlyDisclosure = [first, second];
    return d;
  };

  /** Every money field of a disclosure, as (holder, key); balances may be negative, amounts may not. */
  const slots = (x: QuarterlyDisclosure) => {
    type Slot = { holder: Record<string, number>; key: string; signed: boolean };
    const slot = (holder: object, key: string, signed = false): Slot => ({
      holder: holder as Record<string, number>,
      key,
      signed,
    });
    const dist = x.distribution;
    return [
      slot(x, 'openingBalance', true),
      slot(x, 'incomeTotal'),
      slot(x, 'expenseTotal'),
      slot(x, 'closingBalance', true),
      ...x.incomeLines.map((l) => slot(l, 'amount')),
      ...x.expenseLines.map((l) => slot(l, 'amount')),
      ...x.maintenanceFundTransfers.map((m) => slot(m, 'amount')),
      ...(dist ? [slot(dist, 'base'), slot(dist, 'companyShare'), slot(dist, 'ownersShare')] : []),
    ];
  };

  it('a disclosure built with the equations holding passes', () => {
    fc.assert(
      fc.property(ledger, ledger, (q1, q2) => {
        const d = build(q1, q2);
        const findings = runRule(arithmeticRule, d, '2023-11-30');
        expect(outcomeOf(findings, 'C1', '2023Q1')).toBe('pass');
        expect(outcomeOf(findings, 'C1', '2023Q2')).toBe('pass');
      }),
    );
  });

  it('changing any single amount by a non-zero number of fen fails', () => {
    const delta = fc.integer({ min: -100_000_000, max: 100_000_000 }).filter((n) => n !== 0);
    fc.assert(
      fc.property(ledger, ledger, fc.nat(), delta, (q1, q2, pick, by) => {
        const d = build(q1, q2);
        const all = slots(disclosureIn(d, '2023Q2'));
        const slot = all[pick % all.length];
        const before = slot?.holder[slot.key];
        if (!slot || before === undefined) return;
        // Amounts stay non-negative, as the schema requires; the change is still non-zero.
        slot.holder[slot.key] = !slot.signed && before + by < 0 ? before - by : before + by;
        expect(slot.holder[slot.key]).not.toBe(before);
        expect(outcomeOf(runRule(arithmeticRule, d, '2023-11-30'), 'C1', '2023Q2')).toBe('fail');
      }),
    );
  });
});
