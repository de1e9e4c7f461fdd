import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error';
import { addDays, daysBetween } from './civil-date';
import {
  formatQuarter,
  isQuarter,
  monthsOfQuarter,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  quarterEnd,
  quarterOfDate,
  quarterParts,
  quarterStart,
  quartersOfYear,
} from './quarter';

const quarterArb = fc
  .record({ year: fc.integer({ min: 2, max: 9998 }), quarter: fc.integer({ min: 1, max: 4 }) })
  .map(({ year, quarter }) => formatQuarter(year, quarter));

describe('isQuarter / parseQuarter', () => {
  it.each([
    ['2023Q2', true],
    ['2023Q4', true],
    ['2023Q0', false],
    ['2023Q5', false],
    ['2023q2', false],
    ['2023-Q2', false],
    ['23Q2', false],
    ['0000Q1', false],
    ['2023-07', false],
  ])('%j → %s', (value, expected) => {
    expect(isQuarter(value)).toBe(expected);
    const result = parseQuarter(value, '/quarter');
    expect(result.ok).toBe(expected);
    if (!result.ok) expect(result.issue).toMatchObject({ code: 'invalid-quarter', path: '/quarter' });
  });

  it('gives the parts of a quarter and throws on misuse', () => {
    expect(quarterParts('2023Q2')).toEqual({ year: 2023, quarter: 2 });
    expect(() => quarterParts('2023Q5')).toThrow(CalendarError);
    expect(() => formatQuarter(2023, 0)).toThrow(CalendarError);
  });
});

describe('quarter arithmetic', () => {
  it.each([
    ['2023-01-01', '2023Q1'],
    ['2023-03-31', '2023Q1'],
    ['2023-04-01', '2023Q2'],
    ['2023-06-30', '2023Q2'],
    ['2023-07-01', '2023Q3'],
    ['2023-09-30', '2023Q3'],
    ['2023-10-01', '2023Q4'],
    ['2023-12-31', '2023Q4'],
    ['2024-02-29', '2024Q1'],
  ])('quarterOfDate(%s) → %s', (date, quarter) => {
    expect(quarterOfDate(date)).toBe(quarter);
  });

  it.each([
    ['2023Q1', '2023-01-01', '2023-03-31', 90],
    ['2024Q1', '2024-01-01', '2024-03-31', 91],
    ['2100Q1', '2100-01-01', '2100-03-31', 90],
    ['2000Q1', '2000-01-01', '2000-03-31', 91],
    ['2023Q2', '2023-04-01', '2023-06-30', 91],
    ['2023Q3', '2023-07-01', '2023-09-30', 92],
    ['2023Q4', '2023-10-01', '2023-12-31', 92],
  ])('%s runs %s … %s (%i days)', (quarter, start, end, days) => {
    expect(quarterStart(quarter)).toBe(start);
    expect(quarterEnd(quarter)).toBe(end);
    expect(daysBetween(start, end) + 1).toBe(days);
  });

  it.each([
    ['2023Q4', '2024Q1'],
    ['2023Q1', '2023Q2'],
    ['2099Q4', '2100Q1'],
  ])('nextQuarter(%s) → %s, and back', (quarter, next) => {
    expect(nextQuarter(quarter)).toBe(next);
    expect(previousQuarter(next)).toBe(quarter);
  });

  it('lists the quarters of a year and the months of a quarter', () => {
    expect(quartersOfYear(2023)).toEqual(['2023Q1', '2023Q2', '2023Q3', '2023Q4']);
    expect(monthsOfQuarter('2023Q3')).toEqual(['2023-07', '2023-08', '2023-09']);
    expect(monthsOfQuarter('2023Q4')).toEqual(['2023-10', '2023-11', '2023-12']);
  });

  it('throws when stepping outside 0001–9999', () => {
    expect(() => nextQuarter('9999Q4')).toThrow(CalendarError);
    expect(() => previousQuarter('0001Q1')).toThrow(CalendarError);
  });

  it('properties: quarters tile the calendar', () => {
    fc.assert(
      fc.property(quarterArb, (quarter) => {
        expect(quarterOfDate(quarterStart(quarter))).toBe(quarter);
        expect(quarterOfDate(quarterEnd(quarter))).toBe(quarter);
        expect(addDays(quarterEnd(quarter), 1)).toBe(quarterStart(nextQuarter(quarter)));
        expect(previousQuarter(nextQuarter(quarter))).toBe(quarter);
        const length = daysBetween(quarterStart(quarter), quarterEnd(quarter)) + 1;
        expect(length).toBeGreaterThanOrEqual(90);
        expect(length).toBeLessThanOrEqual(92);
      }),
    );
  });
});
