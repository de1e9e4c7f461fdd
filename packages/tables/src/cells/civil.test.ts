import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatCivil, isValidCivil } from './civil';

const DAY = 86_400_000;

describe('civil calendar arithmetic', () => {
  it('agrees with Date.UTC over years 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1, 1, 1), max: daysFromCivil(9999, 12, 31) }), (days) => {
        const { year, month, day } = civilFromDays(days);
        const d = new Date(days * DAY);
        expect([year, month, day]).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
        expect(daysFromCivil(year, month, day)).toBe(days);
        expect(isValidCivil(year, month, day)).toBe(true);
      }),
    );
  });

  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2023, 4, 31, false],
    [2023, 0, 1, false],
    [2023, 13, 1, false],
    [2023, 1, 0, false],
    [2023, 1.5, 1, false],
  ])('isValidCivil(%d, %d, %d) is %s', (y, m, d, expected) => {
    expect(isValidCivil(y, m, d)).toBe(expected);
  });

  it('formats with zero padding', () => {
    expect(formatCivil(33, 7, 1)).toBe('0033-07-01');
    expect(formatCivil(2023, 12, 31)).toBe('2023-12-31');
  });
});
