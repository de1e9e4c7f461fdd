import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDAR_ERROR_CODES, CalendarError } from './calendar-error';
import {
  addDays,
  civilDateParts,
  compareDates,
  daysBetween,
  formatCivilDate,
  isCivilDate,
  parseCivilDate,
} from './civil-date';
import { lastDayOfMonth } from './gregorian';

/** Any real day in 0001–9999, written as a civil date. */
const civilDateArb = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => formatCivilDate(year, month, Math.min(day, lastDayOfMonth(year, month))));

/** Days in the years 1900–2200, where the campaigns and their oracle (UTC Date methods) live. */
const modernDateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Oracle for day arithmetic: UTC Date methods, which never depend on the host zone. */
function oracleAddDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

describe('isCivilDate / parseCivilDate', () => {
  it.each([
    ['2023-07-31', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['2100-02-29', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-07-00', false],
    ['0000-01-01', false],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2023-7-31', false],
    ['2023/07/31', false],
    ['２０２３-07-31', false],
    ['2023-07-31T00:00:00+08:00', false],
    [' 2023-07-31', false],
    ['', false],
    [20230731, false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (value, expected) => {
    expect(isCivilDate(value)).toBe(expected);
    const result = parseCivilDate(value, '/reportedOn');
    expect(result.ok).toBe(expected);
    if (!result.ok) {
      expect(result.issue).toMatchObject({ code: 'invalid-civil-date', path: '/reportedOn' });
      expect(result.issue.message['zh-CN']).toContain('YYYY-MM-DD');
    }
  });

  it('never echoes the rejected value (it may be personal data)', () => {
    const result = parseCivilDate('350502199001011234');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('350502199001011234');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof parseCivilDate(value).ok).toBe('boolean');
      }),
    );
  });

  it('round-trips through parts', () => {
    fc.assert(
      fc.property(civilDateArb, (date) => {
        const { year, month, day } = civilDateParts(date);
        expect(formatCivilDate(year, month, day)).toBe(date);
      }),
    );
  });
});

describe('addDays', () => {
  it.each([
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2023-01-01', 365, '2024-01-01'],
    ['2024-01-01', 365, '2024-12-31'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2023-07-01', 30, '2023-07-31'],
    ['2023-07-31', 0, '2023-07-31'],
    ['1999-12-31', 1, '2000-01-01'],
    ['2099-12-31', 61, '2100-03-02'],
  ])('%s %+i → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2023-02-30', 1, CALENDAR_ERROR_CODES.invalidCivilDate],
    ['2023-07-31', 1.5, CALENDAR_ERROR_CODES.invalidArgument],
    ['9999-12-31', 1, CALENDAR_ERROR_CODES.outOfRange],
    ['0001-01-01', -1, CALENDAR_ERROR_CODES.outOfRange],
  ])('throws %s on misuse (%s %+d)', (date, days, code) => {
    expect(() => addDays(date, days)).toThrow(expect.objectContaining({ name: 'CalendarError', code }));
  });

  it('agrees with UTC Date arithmetic', () => {
    fc.assert(
      fc.property(modernDateArb, fc.integer({ min: -20000, max: 20000 }), (date, days) => {
        expect(addDays(date, days)).toBe(oracleAddDays(date, days));
      }),
    );
  });

  it('is undone by daysBetween', () => {
    fc.assert(
      fc.property(civilDateArb, fc.integer({ min: -3000, max: 3000 }), (date, days) => {
        fc.pre(isCivilDateInRange(date, days));
        expect(daysBetween(date, addDays(date, days))).toBe(days);
        expect(addDays(addDays(date, days), -days)).toBe(date);
      }),
    );
  });

  it('composes: addDays(addDays(d, a), b) = addDays(d, a + b)', () => {
    fc.assert(
      fc.property(
        modernDateArb,
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (d, a, b) => {
          expect(addDays(addDays(d, a), b)).toBe(addDays(d, a + b));
        },
      ),
    );
  });
});

function isCivilDateInRange(date: string, days: number): boolean {
  try {
    addDays(date, days);
    return true;
  } catch (error) {
    if (error instanceof CalendarError && error.code === CALENDAR_ERROR_CODES.outOfRange) return false;
    throw error;
  }
}

describe('daysBetween', () => {
  it.each([
    ['2023-01-01', '2024-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['2100-01-01', '2101-01-01', 365],
    ['2000-01-01', '2001-01-01', 366],
    ['2023-07-31', '2023-07-01', -30],
    ['2023-12-31', '2024-01-01', 1],
    ['2023-07-31', '2023-07-31', 0],
  ])('%s → %s is %i days', (a, b, days) => {
    expect(daysBetween(a, b)).toBe(days);
  });

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(civilDateArb, civilDateArb, (a, b) => {
        expect(daysBetween(a, b)).toBe(-daysBetween(b, a));
      }),
    );
  });
});

describe('compareDates', () => {
  it.each([
    ['2023-07-31', '2023-08-01', -1],
    ['2023-08-01', '2023-07-31', 1],
    ['2023-12-31', '2023-12-31', 0],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });

  it('orders like the strings do (four-digit years, zero-padded) and like daysBetween', () => {
    fc.assert(
      fc.property(civilDateArb, civilDateArb, (a, b) => {
        const c = compareDates(a, b);
        expect(c).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(c).toBe(Math.sign(daysBetween(b, a)));
      }),
    );
  });

  it('throws on an invalid date', () => {
    expect(() => compareDates('2023-02-29', '2023-03-01')).toThrow(CalendarError);
  });
});
