import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error';
import { addDays } from './civil-date';
import { isOverdue } from './deadline-status';

describe('isOverdue', () => {
  it.each([
    // deadline, doneOn, asOf, status
    ['2023-07-31', '2023-07-31', '2023-08-10', 'done'],
    ['2023-07-31', '2023-07-15', '2023-07-20', 'done'],
    ['2023-07-31', '2023-08-01', '2023-08-10', 'done-late'],
    ['2023-07-31', undefined, '2023-07-31', 'pending'],
    ['2023-07-31', undefined, '2023-08-01', 'overdue'],
    ['2023-07-31', '2023-08-05', '2023-08-01', 'overdue'],
    ['2023-07-31', '2023-07-25', '2023-07-20', 'pending'],
    ['2023-12-31', undefined, '2024-01-01', 'overdue'],
    ['2024-02-29', '2024-02-29', '2024-03-01', 'done'],
  ] as const)('deadline %s, done %s, as of %s → %s', (deadline, doneOn, asOf, status) => {
    expect(isOverdue(deadline, doneOn, asOf)).toBe(status);
  });

  it('throws on an invalid date (misuse)', () => {
    expect(() => isOverdue('2023-02-30', undefined, '2023-03-01')).toThrow(CalendarError);
  });

  it('property: the four outcomes follow from the three dates', () => {
    const base = '2023-07-31';
    fc.assert(
      fc.property(
        fc.integer({ min: -60, max: 60 }),
        fc.option(fc.integer({ min: -60, max: 60 }), { nil: undefined }),
        (asOfOffset, doneOffset) => {
          const asOf = addDays(base, asOfOffset);
          const doneOn = doneOffset === undefined ? undefined : addDays(base, doneOffset);
          const status = isOverdue(base, doneOn, asOf);
          const known = doneOffset !== undefined && doneOffset <= asOfOffset;
          if (known) expect(status).toBe(doneOffset <= 0 ? 'done' : 'done-late');
          else expect(status).toBe(asOfOffset <= 0 ? 'pending' : 'overdue');
        },
      ),
    );
  });
});
