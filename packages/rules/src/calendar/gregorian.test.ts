import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error';
import { isLeapYear, lastDayOfMonth } from './gregorian';

describe('isLeapYear', () => {
  it.each([
    [2023, false],
    [2024, true],
    [2100, false],
    [2000, true],
    [1900, false],
    [2400, true],
    [1, false],
    [4, true],
    [9996, true],
  ])('%i → %s', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });

  it.each([0, 10000, 2023.5, Number.NaN])('throws CalendarError on year %s (misuse)', (year) => {
    expect(() => isLeapYear(year)).toThrow(CalendarError);
  });
});

describe('lastDayOfMonth', () => {
  it.each([
    [2023, 2, 28],
    [2024, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2023, 1, 31],
    [2023, 4, 30],
    [2023, 6, 30],
    [2023, 7, 31],
    [2023, 9, 30],
    [2023, 11, 30],
    [2023, 12, 31],
  ])('%i-%i → %i', (year, month, day) => {
    expect(lastDayOfMonth(year, month)).toBe(day);
  });

  it.each([0, 13, 1.5])('throws CalendarError on month %s', (month) => {
    expect(() => lastDayOfMonth(2023, month)).toThrow(CalendarError);
  });

  it('gives February 29 days exactly in leap years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (year) => {
        expect(lastDayOfMonth(year, 2) === 29).toBe(isLeapYear(year));
      }),
    );
  });

  it('makes a year of 365 or 366 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (year) => {
        let total = 0;
        for (let m = 1; m <= 12; m++) total += lastDayOfMonth(year, m);
        expect(total).toBe(isLeapYear(year) ? 366 : 365);
      }),
    );
  });
});
