import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error';
import { INSTANT_PATTERN, parseShanghaiDate, shanghaiEpochDay, toShanghaiDate } from './shanghai-date';

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

  it('reads exactly the language of INSTANT_PATTERN (with real days), char by char', () => {
    // Strings near the grammar: valid instants with one character changed, dropped or added, so every branch
    // of the scanner meets both well-formed and broken input.
    const digits = (w: number, max: number) => fc.integer({ min: 0, max }).map((n) => pad(n, w));
    const instant = fc
      .tuple(
        digits(4, 9999),
        digits(2, 13),
        digits(2, 32),
        digits(2, 24),
        digits(2, 60),
        fc.option(fc.tuple(digits(2, 60), fc.option(fc.stringMatching(/^[0-9]{0,10}$/)))),
        fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), digits(2, 24), digits(2, 60))),
      )
      .map(([y, mo, d, h, mi, sec, zone]) => {
        const s = sec ? `:${sec[0]}${sec[1] === null ? '' : `.${sec[1]}`}` : '';
        const z = typeof zone === 'string' ? zone : `${zone[0]}${zone[1]}:${zone[2]}`;
        return `${y}-${mo}-${d}T${h}:${mi}${s}${z}`;
      });
    const mutated = fc
      .tuple(instant, fc.nat(), fc.constantFrom('drop', 'change', 'add', 'none'), fc.string({ maxLength: 1 }))
      .map(([s, at, how, c]) => {
        const i = at % (s.length + 1);
        if (how === 'drop') return s.slice(0, i) + s.slice(i + 1);
        if (how === 'change') return s.slice(0, i) + c + s.slice(i + 1);
        if (how === 'add') return s.slice(0, i) + c + s.slice(i);
        return s;
      });
    const realDay = (s: string) => {
      const [y, mo, d] = [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
      const utc = new Date(Date.UTC(2000, mo - 1, d));
      return (
        y >= 1 &&
        utc.getUTCMonth() === mo - 1 &&
        (d !== 29 || mo !== 2 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)))
      );
    };
    fc.assert(
      fc.property(mutated, (s) => {
        const accepted = !Number.isNaN(shanghaiEpochDay(s));
        const m = INSTANT_PATTERN.exec(s);
        // Outside the calendar's years the day may leave 0001–9999 after the offset; those are rejected too.
        const inRange = !m || (s.slice(0, 4) !== '0001' && s.slice(0, 4) !== '9999');
        if (inRange) expect(accepted).toBe(m !== null && realDay(s));
        if (accepted && Number(s.slice(0, 4)) >= 1993 && m) {
          const [, , , , , , sec = '0', frac = '', zone, sign, oh, om] = m;
          const offset = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
          const ms =
            Date.UTC(
              Number(s.slice(0, 4)),
              Number(s.slice(5, 7)) - 1,
              Number(s.slice(8, 10)),
              Number(s.slice(11, 13)),
              Number(s.slice(14, 16)),
              Number(sec),
            ) +
            Number(frac.slice(0, 3).padEnd(3, '0')) -
            offset * 60_000;
          expect(shanghaiEpochDay(s)).toBe(Math.floor((ms + 8 * 3_600_000) / 86_400_000));
        }
      }),
      { numRuns: 5_000 },
    );
  });
});
