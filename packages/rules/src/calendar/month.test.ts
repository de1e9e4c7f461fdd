import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error';
import { addDays, formatCivilDate } from './civil-date';
import { lastDayOfMonth } from './gregorian';
import {
  formatMonth,
  isMonth,
  monthEnd,
  monthOfDate,
  monthParts,
  monthRange,
  monthStart,
  monthsBetween,
  nextMonth,
  parseMonth,
  previousMonth,
} from './month';

const monthArb = fc
  .record({ year: fc.integer({ min: 2, max: 9990 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => formatMonth(year, month));

describe('isMonth / parseMonth', () => {
  it.each([
    ['2023-07', true],
    ['2023-12', true],
    ['2023-13', false],
    ['2023-00', false],
    ['2023-7', false],
    ['0000-01', false],
    ['2023-07-01', false],
    ['2023Q3', false],
    [202307, false],
  ])('%j → %s', (value, expected) => {
    expect(isMonth(value)).toBe(expected);
    const result = parseMonth(value, '/period');
    expect(result.ok).toBe(expected);
    if (!result.ok) expect(result.issue).toMatchObject({ code: 'invalid-month', path: '/period' });
  });

  it('throws CalendarError from monthParts on misuse', () => {
    expect(() => monthParts('2023-13')).toThrow(CalendarError);
    expect(() => formatMonth(2023, 13)).toThrow(CalendarError);
  });
});

describe('month arithmetic', () => {
  it.each([
    ['2023-07-31', '2023-07'],
    ['2024-02-29', '2024-02'],
    ['2023-12-31', '2023-12'],
    ['2024-01-01', '2024-01'],
  ])('monthOfDate(%s) → %s', (date, month) => {
    expect(monthOfDate(date)).toBe(month);
  });

  it.each([
    ['2023-02', '2023-02-28'],
    ['2024-02', '2024-02-29'],
    ['2100-02', '2100-02-28'],
    ['2000-02', '2000-02-29'],
    ['2023-04', '2023-04-30'],
    ['2023-12', '2023-12-31'],
  ])('monthEnd(%s) → %s', (month, end) => {
    expect(monthEnd(month)).toBe(end);
  });

  it.each([
    ['2023-12', '2024-01'],
    ['2023-07', '2023-08'],
    ['2099-12', '2100-01'],
  ])('nextMonth(%s) → %s, and back', (month, next) => {
    expect(nextMonth(month)).toBe(next);
    expect(previousMonth(next)).toBe(month);
  });

  it.each([
    ['2023-07', '2023-12', 5],
    ['2023-07', '2024-01', 6],
    ['2024-01', '2023-07', -6],
    ['2023-07', '2023-07', 0],
  ])('monthsBetween(%s, %s) → %i', (a, b, n) => {
    expect(monthsBetween(a, b)).toBe(n);
  });

  it('lists a range of months, both ends included', () => {
    expect(monthRange('2023-07', '2023-12')).toEqual([
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
    ]);
    expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthRange('2023-12', '2023-07')).toEqual([]);
  });

  it('throws when stepping outside 0001–9999', () => {
    expect(() => nextMonth('9999-12')).toThrow(CalendarError);
    expect(() => previousMonth('0001-01')).toThrow(CalendarError);
  });

  it('properties: next/previous are inverse; monthEnd is the day before the next month starts', () => {
    fc.assert(
      fc.property(monthArb, (month) => {
        expect(previousMonth(nextMonth(month))).toBe(month);
        expect(monthsBetween(month, nextMonth(month))).toBe(1);
        expect(addDays(monthEnd(month), 1)).toBe(monthStart(nextMonth(month)));
        expect(monthOfDate(monthStart(month))).toBe(month);
        expect(monthOfDate(monthEnd(month))).toBe(month);
      }),
    );
  });

  it('property: monthRange has monthsBetween + 1 consecutive months', () => {
    fc.assert(
      fc.property(monthArb, fc.integer({ min: 0, max: 40 }), (from, n) => {
        let to = from;
        for (let i = 0; i < n; i++) to = nextMonth(to);
        const range = monthRange(from, to);
        expect(range).toHaveLength(monthsBetween(from, to) + 1);
        expect(range[0]).toBe(from);
        expect(range.at(-1)).toBe(to);
      }),
    );
  });

  it('property: monthOfDate keeps the year and month of any day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const date = formatCivilDate(y, m, Math.min(d, lastDayOfMonth(y, m)));
          expect(monthOfDate(date)).toBe(formatMonth(y, m));
        },
      ),
    );
  });
});
