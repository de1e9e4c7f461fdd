import type { PaymentMilestone } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Located } from '../../engine/dataset-index';
import { DatasetIndex } from '../../engine/dataset-index';
import { CLEAN_WAGES_AS_OF, cleanWages } from '../../testing/wages-builders';
import {
  allocateFifo,
  analyseLabourCost,
  analyseWageMonth,
  builderArrears,
  hasWageArrears,
  isActiveInMonth,
  labourCostDeadline,
  monthsBefore,
  payDeadline,
  shareOf,
} from './shared';

const milestone = (i: number, amount: number): Located<PaymentMilestone> => ({
  record: { id: `M${i}`, projectId: 'P', dueOn: `2023-0${i + 1}-01`, amount, description: 'x' },
  pointer: `/records/paymentMilestone/${i}`,
});

describe('wages shared helpers', () => {
  it.each([
    ['2023-09', 15, '2023-10-15'],
    ['2023-12', 15, '2024-01-15'],
    ['2023-01', 31, '2023-02-28'],
    ['2024-01', 30, '2024-02-29'],
  ])('the pay deadline of %s with pay day %i is %s (art. 15: the month after)', (month, day, expected) => {
    expect(payDeadline(month, day)).toBe(expected);
  });

  it.each([
    ['2023-09', 1, '2023-10-31'],
    ['2023-09', 0, '2023-09-30'],
    ['2023-11', 2, '2024-01-31'],
  ])('the labour-cost deadline of %s with lag %i is %s (art. 24)', (month, lag, expected) => {
    expect(labourCostDeadline(month, lag)).toBe(expected);
  });

  it('months before asOf leave out the current month and cross the year', () => {
    expect(monthsBefore('2023-11-30', 3)).toEqual(['2023-08', '2023-09', '2023-10']);
    expect(monthsBefore('2024-02-01', 3)).toEqual(['2023-11', '2023-12', '2024-01']);
    expect(monthsBefore('2024-02-01', 0)).toEqual([]);
  });

  it('FIFO allocation covers the oldest first, conserves money and never goes negative', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), { maxLength: 8 }),
        fc.integer({ min: -5, max: 100_000_000_000 }),
        (amounts, paid) => {
          const ms = amounts.map((a, i) => milestone(i, a));
          const alloc = allocateFifo(ms, paid);
          const due = amounts.reduce((a, b) => a + b, 0);
          const covered = alloc.reduce((a, b) => a + b.covered, 0);
          expect(covered).toBe(Math.min(Math.max(0, paid), due));
          for (const a of alloc) {
            expect(a.covered).toBeGreaterThanOrEqual(0);
            expect(a.outstanding).toBeGreaterThanOrEqual(0);
            expect(a.covered + a.outstanding).toBe(a.milestone.record.amount);
          }
          // Once a milestone is left with an outstanding amount, every later one is uncovered.
          const firstOpen = alloc.findIndex((a) => a.outstanding > 0);
          if (firstOpen >= 0) for (const a of alloc.slice(firstOpen + 1)) expect(a.covered).toBe(0);
        },
      ),
    );
  });

  it('shareOf is exact beyond 2^53', () => {
    expect(shareOf(900_000_000_000_000, 300 * 200, 1_000_000)).toBe(54_000_000_000_000);
    expect(shareOf(199, 50, 100)).toBe(99);
    expect(shareOf(100, 1, 0)).toBe(0);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (v, bp) => {
          const s = shareOf(v, bp, 10_000);
          expect(BigInt(s) * 10_000n <= BigInt(v) * BigInt(bp)).toBe(true);
          expect((BigInt(s) + 1n) * 10_000n > BigInt(v) * BigInt(bp)).toBe(true);
        },
      ),
    );
  });

  it('the clean dataset has no arrears, gaps or missing labour cost on its as-of date', () => {
    const d = cleanWages();
    const index = new DatasetIndex(d);
    for (const p of d.records.constructionProject ?? []) {
      expect(builderArrears(p, index, CLEAN_WAGES_AS_OF).arrears).toBe(0);
      expect(hasWageArrears(p.id, index, CLEAN_WAGES_AS_OF)).toBe(false);
      for (const m of ['2023-08', '2023-09', '2023-10']) {
        expect(isActiveInMonth(p, m)).toBe(true);
        expect(analyseWageMonth(p.id, m, index, CLEAN_WAGES_AS_OF).gaps).toEqual([]);
        const lc = analyseLabourCost(p.id, m, index, CLEAN_WAGES_AS_OF);
        expect(lc.onTime).toBeGreaterThanOrEqual(lc.required);
      }
      expect(isActiveInMonth(p, '2023-07')).toBe(false);
    }
  });
});
