import { readFileSync } from 'node:fs';
import type { Dataset } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clone, outcomeOf, runRule } from '../../../testing/builders';
import { CLEAN_WAGES_AS_OF, cleanWages, projectIn } from '../../../testing/wages-builders';
import { paymentGuaranteeRule } from './payment-guarantee';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const guarantee = (d: Dataset, projectId = 'P1') =>
  d.records.paymentGuarantee?.find((g) => g.projectId === projectId);

// WG.T1 — 努力实现在建项目工程款支付担保全覆盖; WG.F1 — 工程款支付担保…制度落实不到位问题.
describe('WG-PAYMENT-GUARANTEE (WG.T1, WG.F1)', () => {
  type Case = [
    name: string,
    mutate: (d: Dataset) => void,
    asOf: string,
    params: Record<string, number>,
    expected: string,
  ];
  const cases: Case[] = [
    ['a guarantee valid on asOf passes', () => {}, CLEAN_WAGES_AS_OF, {}, 'pass'],
    [
      'valid until asOf itself passes',
      (d) => {
        const g = guarantee(d);
        if (g) g.validUntil = CLEAN_WAGES_AS_OF;
      },
      CLEAN_WAGES_AS_OF,
      {},
      'pass',
    ],
    [
      'expired the day before asOf fails',
      (d) => {
        const g = guarantee(d);
        if (g) g.validUntil = '2023-11-29';
      },
      CLEAN_WAGES_AS_OF,
      {},
      'fail',
    ],
    [
      'issued on asOf itself passes',
      (d) => {
        const g = guarantee(d);
        if (g) g.issuedOn = CLEAN_WAGES_AS_OF;
      },
      CLEAN_WAGES_AS_OF,
      {},
      'pass',
    ],
    [
      'issued the day after asOf (not yet in effect) fails',
      (d) => {
        const g = guarantee(d);
        if (g) g.issuedOn = '2023-12-01';
      },
      CLEAN_WAGES_AS_OF,
      {},
      'fail',
    ],
    [
      'no guarantee at all fails',
      (d) => {
        d.records.paymentGuarantee = d.records.paymentGuarantee?.filter((g) => g.projectId !== 'P1');
      },
      CLEAN_WAGES_AS_OF,
      {},
      'fail',
    ],
    [
      'an expired guarantee replaced by a valid one passes',
      (d) => {
        const g = guarantee(d);
        if (g)
          d.records.paymentGuarantee?.unshift({
            ...g,
            id: 'PG-P1-OLD',
            issuedOn: '2022-01-01',
            validUntil: '2023-06-30',
          });
      },
      CLEAN_WAGES_AS_OF,
      {},
      'pass',
    ],
    [
      'amount exactly the minimum share (10 %) passes',
      () => {},
      CLEAN_WAGES_AS_OF,
      { minShareBp: 1000 },
      'pass',
    ],
    [
      'amount one basis point short of the minimum share fails',
      () => {},
      CLEAN_WAGES_AS_OF,
      { minShareBp: 1001 },
      'fail',
    ],
    [
      'a completed project is not applicable',
      (d) => {
        projectIn(d).status = 'completed';
        d.records.paymentGuarantee = [];
      },
      CLEAN_WAGES_AS_OF,
      {},
      'not_applicable',
    ],
    [
      'a planned project is not applicable',
      (d) => {
        projectIn(d).status = 'planned';
      },
      CLEAN_WAGES_AS_OF,
      {},
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, params, expected) => {
    const d = clone(cleanWages());
    mutate(d);
    const findings = runRule(paymentGuaranteeRule, d, asOf, {
      parameters: { 'WG-PAYMENT-GUARANTEE': params },
    });
    expect(outcomeOf(findings, 'P1')).toBe(expected);
  });

  it('passes on both clean projects', () => {
    const findings = runRule(paymentGuaranteeRule, cleanWages(), CLEAN_WAGES_AS_OF);
    expect(findings.map((f) => [f.subject.id, f.outcome])).toEqual([
      ['P1', 'pass'],
      ['P2', 'pass'],
    ]);
  });

  it('an expired guarantee fails citing WG.T1 with the validUntil pointer', () => {
    const d = clone(cleanWages());
    const g = guarantee(d);
    if (g) g.validUntil = '2023-10-31';
    const f = runRule(paymentGuaranteeRule, d, CLEAN_WAGES_AS_OF).find((x) => x.subject.id === 'P1');
    expect(f?.clauseIds).toEqual(['WG.F1', 'WG.T1']);
    expect(f?.why[0]?.clauseId).toBe('WG.T1');
    expect(f?.evidence).toEqual([
      { pointer: '/records/paymentGuarantee/0/validUntil', observed: '2023-10-31', expected: '≥ 2023-11-30' },
    ]);
    expect(f?.responsible.supervising?.unit).toBe('housing-construction-bureau');
  });

  it('the share test is exact in integers for any contract value and share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (value, bp) => {
          const d = clone(cleanWages());
          const p = projectIn(d);
          p.contractValue = value;
          const exact = (BigInt(value) * BigInt(bp)) / 10_000n;
          const g = guarantee(d);
          if (g) g.amount = Number(exact);
          const at = runRule(paymentGuaranteeRule, d, CLEAN_WAGES_AS_OF, {
            parameters: { 'WG-PAYMENT-GUARANTEE': { minShareBp: bp } },
          });
          expect(outcomeOf(at, 'P1')).toBe('pass');
          if (g && exact > 0n) g.amount = Number(exact) - 1;
          const below = runRule(paymentGuaranteeRule, d, CLEAN_WAGES_AS_OF, {
            parameters: { 'WG-PAYMENT-GUARANTEE': { minShareBp: bp } },
          });
          expect(outcomeOf(below, 'P1')).toBe(exact > 0n ? 'fail' : 'pass');
        },
      ),
      { numRuns: 50 },
    );
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of paymentGuaranteeRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
