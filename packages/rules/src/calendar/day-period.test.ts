import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error';
import { addDays, daysBetween } from './civil-date';
import { coversDays, periodEnd } from './day-period';

const dateArb = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2150, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

// Civil Code art. 201: a period of N days starting on day D is counted from D+1 and ends at the end of D+N.
describe('periodEnd (Civil Code art. 201)', () => {
  it.each([
    ['2023-07-01', 30, '2023-07-31'],
    ['2023-07-30', 30, '2023-08-29'],
    ['2023-12-15', 30, '2024-01-14'],
    ['2023-02-01', 30, '2023-03-03'],
    ['2024-02-01', 30, '2024-03-02'],
    ['2100-02-01', 30, '2100-03-03'],
    ['2000-02-01', 30, '2000-03-02'],
    ['2023-07-01', 0, '2023-07-01'],
  ])('%s + %i days → ends %s', (start, days, end) => {
    expect(periodEnd(start, days)).toBe(end);
  });

  it.each([-1, 1.5, Number.NaN])('throws on a period of %s days (misuse)', (days) => {
    expect(() => periodEnd('2023-07-01', days)).toThrow(CalendarError);
  });

  it('equals addDays(start, n)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 1000 }), (start, n) => {
        expect(periodEnd(start, n)).toBe(addDays(start, n));
      }),
    );
  });
});

// PI.C1.d: 公示时间少于30日 is a violation; the notice must be shown through day D+30.
describe('coversDays (PI.C1.d, PI.S2)', () => {
  it.each([
    // postedOn, takenDownOn, asOf, status, observed
    ['2023-07-01', '2023-07-31', '2023-09-01', 'complete', 30],
    ['2023-07-01', '2023-08-15', '2023-09-01', 'complete', 45],
    ['2023-07-01', '2023-07-30', '2023-09-01', 'short', 29],
    ['2023-07-01', '2023-07-01', '2023-09-01', 'short', 0],
    ['2023-07-01', undefined, '2023-07-15', 'in-progress', 14],
    ['2023-07-01', undefined, '2023-07-31', 'complete', 30],
    ['2023-07-01', undefined, '2023-12-31', 'complete', 183],
    ['2023-07-01', '2023-07-20', '2023-07-15', 'in-progress', 14],
    ['2023-07-01', undefined, '2023-06-30', 'in-progress', 0],
    ['2023-07-01', '2023-06-01', '2023-09-01', 'short', 0],
    ['2023-12-15', '2024-01-14', '2024-02-01', 'complete', 30],
    ['2024-02-01', '2024-03-02', '2024-03-10', 'complete', 30],
    ['2023-02-01', '2023-03-02', '2023-03-10', 'short', 29],
    ['2100-02-01', '2100-03-03', '2100-03-10', 'complete', 30],
  ] as const)(
    'posted %s, down %s, as of %s → %s (%i days)',
    (postedOn, takenDownOn, asOf, status, observed) => {
      expect(coversDays(postedOn, takenDownOn, 30, asOf)).toEqual({
        status,
        observedDays: observed,
        requiredDays: 30,
        periodEnd: periodEnd(postedOn, 30),
      });
    },
  );

  it.each([
    ['2023-07-31', 'short', 29],
    ['2023-08-01', 'complete', 30],
  ] as const)('strict reading: taken down on %s → %s', (takenDownOn, status, observed) => {
    const result = coversDays('2023-07-01', takenDownOn, 30, '2023-09-01', {
      takenDownCountsAsDisplayed: false,
    });
    expect(result).toMatchObject({ status, observedDays: observed });
  });

  it('strict reading: still up on the last day of the period is not yet complete', () => {
    const opts = { takenDownCountsAsDisplayed: false };
    expect(coversDays('2023-07-01', undefined, 30, '2023-07-31', opts).status).toBe('in-progress');
    expect(coversDays('2023-07-01', undefined, 30, '2023-08-01', opts).status).toBe('complete');
  });

  it('property: complete exactly when taken down on or after D+N (or D+N+1 in the strict reading)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -5, max: 80 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        (posted, down, n, lenient) => {
          const takenDownOn = addDays(posted, down);
          const asOf = addDays(posted, 200);
          const result = coversDays(posted, takenDownOn, n, asOf, { takenDownCountsAsDisplayed: lenient });
          const needed = lenient ? periodEnd(posted, n) : addDays(periodEnd(posted, n), 1);
          expect(result.status).toBe(daysBetween(needed, takenDownOn) >= 0 ? 'complete' : 'short');
          expect(result.observedDays).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('property: a notice still up is never short, and completes once asOf reaches the end of the period', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -10, max: 80 }),
        fc.integer({ min: 0, max: 60 }),
        (posted, offset, n) => {
          const asOf = addDays(posted, offset);
          const result = coversDays(posted, undefined, n, asOf);
          expect(result.status).toBe(offset >= 0 && offset >= n ? 'complete' : 'in-progress');
        },
      ),
    );
  });
});
