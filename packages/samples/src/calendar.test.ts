import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayOf,
  disclosureDeadline,
  formatDay,
  monthEnd,
  monthIndex,
  parseDay,
  quarterEnd,
  quarterStart,
  shanghaiInstant,
  weekdayOf,
  weekdaysBetween,
} from './calendar';

describe('calendar', () => {
  it('round-trips day numbers and civil dates (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 100_000 }), (n) => {
        expect(parseDay(formatDay(n))).toBe(n);
      }),
    );
  });

  it('agrees with the proleptic Gregorian calendar of Date.UTC (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          expect(dayOf(y, m, d)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
          expect(weekdayOf(dayOf(y, m, d))).toBe(new Date(Date.UTC(y, m - 1, d)).getUTCDay());
        },
      ),
    );
  });

  it.each(['2023-02-29', '2023-13-01', '2023-04-31', '23-01-01', '２０２３-01-01'])('rejects %s', (s) => {
    expect(Number.isNaN(parseDay(s))).toBe(true);
  });

  it('counts weekdays like a day-by-day loop (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 18_000, max: 20_000 }), fc.integer({ min: -3, max: 60 }), (from, len) => {
        let n = 0;
        for (let d = from; d <= from + len; d++) if (weekdayOf(d) !== 0 && weekdayOf(d) !== 6) n++;
        expect(weekdaysBetween(from, from + len)).toBe(n);
      }),
    );
  });

  it.each([
    [{ year: 2023, quarter: 1 }, '2023-01-01', '2023-03-31', '2023-04-30'],
    [{ year: 2023, quarter: 2 }, '2023-04-01', '2023-06-30', '2023-07-31'],
    [{ year: 2023, quarter: 3 }, '2023-07-01', '2023-09-30', '2023-10-31'],
    [{ year: 2023, quarter: 4 }, '2023-10-01', '2023-12-31', '2024-01-31'],
  ])('quarter %j runs %s..%s, disclosed by %s (PI.C1.b)', (q, start, end, due) => {
    expect(formatDay(quarterStart(q))).toBe(start);
    expect(formatDay(quarterEnd(q))).toBe(end);
    expect(formatDay(disclosureDeadline(q))).toBe(due);
  });

  it('writes Shanghai instants and month ends', () => {
    expect(shanghaiInstant(dayOf(2023, 7, 31), 9 * 60 + 5)).toBe('2023-07-31T09:05:00+08:00');
    expect(formatDay(monthEnd(monthIndex(2024, 2)))).toBe('2024-02-29');
  });
});
