import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilDateParts,
  compareDates,
  formatCivilDate,
  lastDayOfMonth,
  monthOfDate,
  monthsBetween,
} from '../calendar';
import { occurrences } from './occurrences';
import { resolveDeadline } from './resolve-deadline';

describe('occurrences', () => {
  it.each([
    [
      '每月30日前',
      undefined,
      undefined,
      ['2023-07-30', '2023-08-30', '2023-09-30', '2023-10-30', '2023-11-30', '2023-12-30'],
    ],
    [
      '每月25日前',
      undefined,
      undefined,
      ['2023-07-25', '2023-08-25', '2023-09-25', '2023-10-25', '2023-11-25', '2023-12-25'],
    ],
    ['每月30日前', '2023-07-31', '2023-10-15', ['2023-08-30', '2023-09-30']],
    ['每月30日前', '2024-01-01', '2024-04-30', ['2024-01-30', '2024-02-29', '2024-03-30', '2024-04-30']],
    ['7月底前', undefined, undefined, ['2023-07-31']],
    ['6月底前', undefined, undefined, ['2023-06-30']],
    ['9月底前', undefined, '2023-08-31', []],
    ['持续推进至12月底', undefined, undefined, ['2023-12-31']],
    ['尽快', undefined, undefined, []],
  ] as const)('%s from %s to %s → %j', (text, from, to, expected) => {
    expect(occurrences(resolveDeadline(text, 2023), 2023, from, to)).toEqual(expected);
  });

  it('clamps monthly instances to the month end in leap and common years', () => {
    const monthly = resolveDeadline('每月30日前', 2023);
    expect(occurrences(monthly, 2023, '2023-01-01', '2023-03-31')).toEqual([
      '2023-01-30',
      '2023-02-28',
      '2023-03-30',
    ]);
    expect(occurrences(monthly, 2100, '2100-02-01', '2100-02-28')).toEqual(['2100-02-28']);
    expect(occurrences(monthly, 2000, '2000-02-01', '2000-02-29')).toEqual(['2000-02-29']);
  });

  it('property: monthly instances are in the window, one a month, clamped, in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1990, max: 2150 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 30 }),
        (day, year, month, fromDay, span) => {
          const from = formatCivilDate(year, month, fromDay);
          const toYear = year + Math.floor((month - 1 + span) / 12);
          const toMonth = ((month - 1 + span) % 12) + 1;
          const to = formatCivilDate(toYear, toMonth, lastDayOfMonth(toYear, toMonth));
          const dates = occurrences({ kind: 'monthly', day, text: '' }, year, from, to);
          expect(dates.length).toBeGreaterThanOrEqual(span);
          expect(dates.length).toBeLessThanOrEqual(span + 1);
          dates.forEach((d, i) => {
            expect(compareDates(from, d)).toBeLessThanOrEqual(0);
            expect(compareDates(d, to)).toBeLessThanOrEqual(0);
            const p = civilDateParts(d);
            expect(p.day).toBe(Math.min(day, lastDayOfMonth(p.year, p.month)));
            const prev = dates[i - 1];
            if (prev !== undefined) expect(monthsBetween(monthOfDate(prev), monthOfDate(d))).toBe(1);
          });
        },
      ),
    );
  });
});
