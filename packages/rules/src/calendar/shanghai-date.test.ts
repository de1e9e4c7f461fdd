import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error';
import { parseShanghaiDate, toShanghaiDate } from './shanghai-date';

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** Writes an instant at a given offset (minutes) without any local-time Date method. */
function writeInstant(ms: number, offsetMinutes: number): string {
  const shifted = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
  if (offsetMinutes === 0) return `${shifted}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${shifted}${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
}

describe('toShanghaiDate', () => {
  it.each([
    ['2023-07-31T23:30:00+00:00', '2023-08-01'],
    ['2023-07-31T15:59:59Z', '2023-07-31'],
    ['2023-07-31T16:00:00Z', '2023-08-01'],
    ['2023-07-31T09:00:00+08:00', '2023-07-31'],
    ['2023-07-31T23:59:59.999+08:00', '2023-07-31'],
    ['2023-08-01T00:30:00+09:00', '2023-07-31'],
    ['2023-07-31T11:00:00-05:00', '2023-08-01'],
    ['2023-07-31T10:59:00-05:00', '2023-07-31'],
    ['2023-12-31T16:00:00Z', '2024-01-01'],
    ['2023-12-31T15:59:59.999999999Z', '2023-12-31'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
    ['2023-02-28T16:00:00Z', '2023-03-01'],
    ['2100-02-28T16:00:00Z', '2100-03-01'],
    ['2000-02-28T16:00:00Z', '2000-02-29'],
    ['2023-07-31T16:00Z', '2023-08-01'],
    // China kept daylight saving time in 1986–1991: 1988-07-01 15:30Z was 00:30 on 2 July in Shanghai.
    ['1988-07-01T15:30:00Z', '1988-07-02'],
    ['1992-07-01T15:30:00Z', '1992-07-01'],
    // Civil dates pass through.
    ['2023-07-31', '2023-07-31'],
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (instant, date) => {
    expect(toShanghaiDate(instant)).toBe(date);
  });

  it.each([
    '2023-07-31T23:30:00',
    '2023-07-31 23:30:00+08:00',
    '2023-07-31T23:30:00z',
    '2023-02-29T10:00:00+08:00',
    '2023-07-31T24:00:00+08:00',
    '2023-07-31T23:30:00+0800',
    '２０２３-07-31T09:00:00+08:00',
    '2023-02-29',
    '',
  ])('rejects %j with an issue, and toShanghaiDate throws', (value) => {
    const result = parseShanghaiDate(value, '/postedAt');
    expect(result).toMatchObject({ ok: false, issue: { code: 'invalid-instant', path: '/postedAt' } });
    expect(() => toShanghaiDate(value)).toThrow(CalendarError);
  });

  it('never throws from parseShanghaiDate', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        expect(typeof parseShanghaiDate(value).ok).toBe('boolean');
      }),
    );
  });

  it('agrees with date-fns formatting in Asia/Shanghai, whatever offset the instant is written with', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1901, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (ms, offset) => {
          const expected = format(ms, 'yyyy-MM-dd', { in: tz('Asia/Shanghai') });
          expect(toShanghaiDate(writeInstant(ms, offset))).toBe(expected);
        },
      ),
    );
  });
});
