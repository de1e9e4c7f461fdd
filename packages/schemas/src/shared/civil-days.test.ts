import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil } from './civil-days';

const MIN = daysFromCivil(1, 1, 1);
const MAX = daysFromCivil(9999, 12, 31);

describe('civil day arithmetic', () => {
  it('agrees with Date.UTC (the oracle) on every day of years 1–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN, max: MAX }), (days) => {
        const { year, month, day } = civilFromDays(days);
        const oracle = new Date(days * 86_400_000);
        expect([year, month, day]).toEqual([
          oracle.getUTCFullYear(),
          oracle.getUTCMonth() + 1,
          oracle.getUTCDate(),
        ]);
        expect(daysFromCivil(year, month, day)).toBe(days);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts across year ends and leap days', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2024, 3, 1) - daysFromCivil(2024, 2, 28)).toBe(2);
    expect(daysFromCivil(2023, 3, 1) - daysFromCivil(2023, 2, 28)).toBe(1);
    expect(daysFromCivil(2100, 3, 1) - daysFromCivil(2100, 2, 28)).toBe(1);
    expect(daysFromCivil(2000, 3, 1) - daysFromCivil(2000, 2, 28)).toBe(2);
    expect(civilFromDays(daysFromCivil(2023, 12, 31) + 1)).toEqual({ year: 2024, month: 1, day: 1 });
  });
});
