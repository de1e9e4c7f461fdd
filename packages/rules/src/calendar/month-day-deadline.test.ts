import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error';
import { civilDateParts } from './civil-date';
import { lastDayOfMonth } from './gregorian';
import { formatMonth, monthOfDate } from './month';
import { dayOfMonthDeadline } from './month-day-deadline';

// PI.Q1 “每月23日前”, WG.Q1 “于每月23日”; PI.X7 “每月30日前”, PI.X36 “每月25日前”.
describe('dayOfMonthDeadline', () => {
  it.each([
    ['2023-07', 23, '2023-07-23'],
    ['2023-07', 30, '2023-07-30'],
    ['2023-02', 30, '2023-02-28'],
    ['2024-02', 30, '2024-02-29'],
    ['2100-02', 29, '2100-02-28'],
    ['2000-02', 30, '2000-02-29'],
    ['2023-04', 31, '2023-04-30'],
    ['2023-12', 31, '2023-12-31'],
    ['2023-11', 1, '2023-11-01'],
  ])('(%s, %i) → %s', (month, day, deadline) => {
    expect(dayOfMonthDeadline(month, day)).toBe(deadline);
  });

  it.each([0, 32, 2.5])('throws on day %s (misuse)', (day) => {
    expect(() => dayOfMonthDeadline('2023-07', day)).toThrow(CalendarError);
  });

  it('stays in its month and clamps to the month end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, m, day) => {
          const month = formatMonth(year, m);
          const deadline = dayOfMonthDeadline(month, day);
          expect(monthOfDate(deadline)).toBe(month);
          expect(civilDateParts(deadline).day).toBe(Math.min(day, lastDayOfMonth(year, m)));
        },
      ),
    );
  });
});
