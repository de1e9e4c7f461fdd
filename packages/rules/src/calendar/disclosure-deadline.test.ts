import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error';
import { addDays, compareDates, daysBetween } from './civil-date';
import { disclosureDeadline } from './disclosure-deadline';
import { monthOfDate, nextMonth } from './month';
import { formatQuarter, quarterEnd } from './quarter';

// PI.C1.b: “未按规定在每季度第一个月的月底前，将上一季度公共收益收支情况…公示”.
describe('disclosureDeadline (PI.C1.b)', () => {
  it.each([
    ['2023Q1', '2023-04-30'],
    ['2023Q2', '2023-07-31'],
    ['2023Q3', '2023-10-31'],
    ['2023Q4', '2024-01-31'],
    ['2024Q4', '2025-01-31'],
    ['2099Q4', '2100-01-31'],
    ['1999Q4', '2000-01-31'],
  ])('%s → %s', (quarter, deadline) => {
    expect(disclosureDeadline(quarter)).toBe(deadline);
  });

  it('throws on a malformed quarter (misuse)', () => {
    expect(() => disclosureDeadline('2023Q5')).toThrow(CalendarError);
  });

  it('is always a month end, in the month after the quarter ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9998 }), fc.integer({ min: 1, max: 4 }), (year, q) => {
        const quarter = formatQuarter(year, q);
        const deadline = disclosureDeadline(quarter);
        expect(addDays(deadline, 1).endsWith('-01')).toBe(true);
        expect(monthOfDate(deadline)).toBe(nextMonth(monthOfDate(quarterEnd(quarter))));
        expect(compareDates(deadline, quarterEnd(quarter))).toBe(1);
        expect(daysBetween(quarterEnd(quarter), deadline)).toBe(q === 1 ? 30 : 31);
      }),
    );
  });
});
