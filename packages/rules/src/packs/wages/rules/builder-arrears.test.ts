import { readFileSync } from 'node:fs';
import type { Dataset } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clone, outcomeOf, runRule } from '../../../testing/builders';
import {
  CLEAN_WAGES_AS_OF,
  cleanWages,
  payrollIn,
  projectIn,
  WAGES_USCC,
} from '../../../testing/wages-builders';
import { builderArrearsRule } from './builder-arrears';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const payment = (d: Dataset, id: string) => d.records.projectPayment?.find((p) => p.id === id);
const dropPayment = (id: string) => (d: Dataset) => {
  d.records.projectPayment = d.records.projectPayment?.filter((p) => p.id !== id);
};

// WG.F2 — 建设单位拖欠工程款问题; art. 29 (builder advances wages), WG.M4 — 建设单位应当落实工资清欠责任.
describe('WG-BUILDER-ARREARS (WG.F2)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, asOf: string, expected: string];
  const cases: Case[] = [
    ['every instalment due is paid: pass', () => {}, CLEAN_WAGES_AS_OF, 'pass'],
    ['the October instalment unpaid: fail', dropPayment('PAY-P1-3'), CLEAN_WAGES_AS_OF, 'fail'],
    [
      'unpaid instalment due on asOf itself (2023-10-31): pending',
      dropPayment('PAY-P1-3'),
      '2023-10-31',
      'pending',
    ],
    ['unpaid instalment, the day after it fell due: fail', dropPayment('PAY-P1-3'), '2023-11-01', 'fail'],
    [
      'a payment one fen short: fail',
      (d) => {
        const p = payment(d, 'PAY-P1-3');
        if (p) p.amount -= 1;
      },
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'a payment made after asOf does not count',
      (d) => {
        const p = payment(d, 'PAY-P1-3');
        if (p) p.paidOn = '2023-12-01';
      },
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'a payment by someone else than the builder does not count',
      (d) => {
        const p = payment(d, 'PAY-P1-3');
        if (p) p.payerUscc = WAGES_USCC.stranger;
      },
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'a labour-cost payment is not project money paid to the contractor',
      (d) => {
        const p = payment(d, 'PAY-P1-3');
        if (p) p.purpose = 'labour-cost';
      },
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'a settlement payment counts like a progress payment',
      (d) => {
        const p = payment(d, 'PAY-P1-3');
        if (p) p.purpose = 'settlement';
      },
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    [
      'one lump payment covering all three instalments passes, whatever milestone it names',
      (d) => {
        dropPayment('PAY-P1-2')(d);
        dropPayment('PAY-P1-3')(d);
        const p = payment(d, 'PAY-P1-1');
        if (p) p.amount = 1_300_000_000;
      },
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    [
      'no payment schedule: unknown, never a silent pass',
      (d) => {
        d.records.paymentMilestone = d.records.paymentMilestone?.filter((m) => m.projectId !== 'P1');
      },
      CLEAN_WAGES_AS_OF,
      'unknown',
    ],
    [
      'a suspended project is judged',
      (d) => {
        projectIn(d).status = 'suspended';
        dropPayment('PAY-P1-3')(d);
      },
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'a completed project is not applicable',
      (d) => {
        projectIn(d).status = 'completed';
      },
      CLEAN_WAGES_AS_OF,
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, expected) => {
    const d = clone(cleanWages());
    mutate(d);
    expect(outcomeOf(runRule(builderArrearsRule, d, asOf), 'P1')).toBe(expected);
  });

  it('passes on both clean projects', () => {
    expect(runRule(builderArrearsRule, cleanWages(), CLEAN_WAGES_AS_OF).map((f) => f.outcome)).toEqual([
      'pass',
      'pass',
    ]);
  });

  it('FIFO: a short September payment is absorbed by the oldest instalments; what is left falls on October', () => {
    const d = clone(cleanWages());
    const p = payment(d, 'PAY-P1-2');
    if (p) p.amount = 100_000_000; // 300万元 short
    const f = runRule(builderArrearsRule, d, CLEAN_WAGES_AS_OF).find((x) => x.subject.id === 'P1');
    expect(f?.outcome).toBe('fail');
    expect(f?.deadline).toBe('2023-10-31');
    expect(f?.why).toHaveLength(1);
    expect(f?.why[0]).toMatchObject({ clauseId: 'WG.F2', observed: 1_000_000_000, expected: '≥ 1300000000' });
    expect(f?.why[0]?.text['zh-CN']).toContain('¥3,000,000.00');
    expect(f?.why[0]?.text['zh-CN']).toContain('已逾期 30 天');
    expect(f?.evidence.map((e) => [e.pointer, e.observed, e.expected])).toEqual([
      ['/records/paymentMilestone/2/amount', 100_000_000, 400_000_000],
    ]);
    expect(f?.message['zh-CN']).toContain('¥3,000,000.00');
  });

  it('FIFO: without the advance payment, September is the oldest unpaid (61 days) and October is wholly unpaid', () => {
    const d = clone(cleanWages());
    dropPayment('PAY-P1-1')(d);
    const f = runRule(builderArrearsRule, d, CLEAN_WAGES_AS_OF).find((x) => x.subject.id === 'P1');
    expect(f?.deadline).toBe('2023-09-30');
    expect(f?.message['zh-CN']).toContain('¥5,000,000.00');
    expect(f?.message['zh-CN']).toContain('61 天');
    expect(f?.evidence.map((e) => [e.pointer, e.observed])).toEqual([
      ['/records/paymentMilestone/1/amount', 300_000_000],
      ['/records/paymentMilestone/2/amount', 0],
    ]);
  });

  it('with wage arrears too, why adds the builder’s duty to advance wages (art. 29)', () => {
    const d = clone(cleanWages());
    dropPayment('PAY-P1-3')(d);
    const l = payrollIn(d, 'P1', '2023-10')[0];
    if (l) l.amountPaid = 0;
    const f = runRule(builderArrearsRule, d, CLEAN_WAGES_AS_OF).find((x) => x.subject.id === 'P1');
    expect(f?.clauseIds).toEqual(['WG.F2', 'WG.M4']);
    expect(f?.why.map((w) => w.clauseId)).toEqual(['WG.F2', 'WG.M4']);
    expect(f?.why[1]?.text['zh-CN']).toContain('第二十九条');
    expect(f?.why[1]?.expected).toBe('builder advances wages ≤ 400000000');
  });

  it('arrears are Σ due − Σ paid, and the oldest unpaid is found FIFO, for any payments', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 600_000_000 }), { minLength: 0, maxLength: 4 }),
        (amounts) => {
          const d = clone(cleanWages());
          d.records.projectPayment = d.records.projectPayment?.filter(
            (p) => !(p.projectId === 'P1' && p.purpose === 'progress'),
          );
          amounts.forEach((amount, i) => {
            d.records.projectPayment?.push({
              id: `PAY-X-${i}`,
              projectId: 'P1',
              payerUscc: WAGES_USCC.builder1,
              payeeUscc: WAGES_USCC.contractor1,
              paidOn: `2023-1${i % 2}-0${i + 1}`,
              amount,
              purpose: 'progress',
              evidence: [],
            });
          });
          const paid = amounts.reduce((a, b) => a + b, 0);
          const due = 1_300_000_000;
          const f = runRule(builderArrearsRule, d, CLEAN_WAGES_AS_OF).find((x) => x.subject.id === 'P1');
          if (paid >= due) {
            expect(f?.outcome).toBe('pass');
          } else {
            expect(f?.outcome).toBe('fail');
            expect(f?.why[0]?.observed).toBe(paid);
            const oldest =
              paid < 500_000_000 ? '2023-08-31' : paid < 900_000_000 ? '2023-09-30' : '2023-10-31';
            expect(f?.deadline).toBe(oldest);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of builderArrearsRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
