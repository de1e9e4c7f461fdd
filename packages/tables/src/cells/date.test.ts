import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil } from './civil';
import { excelSerialFromDate, parseDate } from './date';
import type { CellResult } from './types';
import { CellUsageError } from './usage-error';

const FULL_WIDTH = (s: string) =>
  s.replace(/[0-9\-/.: ]/g, (ch) => (ch === ' ' ? '\u3000' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));

const civil = fc
  .integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2100, 12, 31) })
  .map((days) => civilFromDays(days));

const pad = (n: number) => String(n).padStart(2, '0');
const iso = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${year}-${pad(month)}-${pad(day)}`;

// Every year-first form parseDate accepts, for one date.
function forms({ year, month, day }: { year: number; month: number; day: number }): string[] {
  return [
    `${year}-${pad(month)}-${pad(day)}`,
    `${year}-${month}-${day}`,
    `${year}/${month}/${day}`,
    `${year}/${pad(month)}/${pad(day)}`,
    `${year}.${month}.${day}`,
    `${year}.${pad(month)}.${pad(day)}`,
    `${year}年${month}月${day}日`,
    `${year}年${pad(month)}月${pad(day)}日`,
    `${year}年${pad(month)}月${pad(day)}号`,
    `${year} 年 ${month} 月 ${day} 日`,
  ];
}

function value(result: CellResult<string>): string | undefined {
  if (!result.ok) throw new Error(`expected ok, got ${result.issue.code} for ${result.issue.original}`);
  return result.value;
}

function codes(result: CellResult<string>): string[] {
  return result.ok ? (result.warnings ?? []).map((w) => w.code) : [result.issue.code];
}

describe('parseDate: accepted forms', () => {
  it.each<[unknown, string]>([
    ['2023-07-31', '2023-07-31'],
    ['2023/7/31', '2023-07-31'],
    ['2023.7.31', '2023-07-31'],
    ['2023年7月31日', '2023-07-31'],
    ['2023年07月31号', '2023-07-31'],
    ['２０２３－０７－３１', '2023-07-31'],
    ['２０２３年７月３１日', '2023-07-31'],
    ['  2023-07-31 ', '2023-07-31'],
    ['2023/7/31 0:00:00', '2023-07-31'],
    ['2023-07-31T00:00:00.000', '2023-07-31'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    [45138, '2023-07-31'],
    [61, '1900-03-01'],
    [59, '1900-02-28'],
    [1, '1900-01-01'],
    [73415, '2100-12-31'],
    [new Date(Date.UTC(2023, 6, 31)), '2023-07-31'],
    [{ formula: 'A1+1', result: new Date(Date.UTC(2023, 7, 1)) }, '2023-08-01'],
  ])('%j → %s', (input, expected) => {
    expect(value(parseDate(input))).toBe(expected);
  });

  it.each<[unknown, string]>([
    ['2023-07-31 14:00', '2023-07-31'],
    ['2023-07-31 14:00:59', '2023-07-31'],
    ['2023-07-31T08:30:00', '2023-07-31'],
    ['2023年7月31日 14:00', '2023-07-31'],
    ['2023年7月31日14时30分', '2023-07-31'],
    ['2023年7月31日 9点', '2023-07-31'],
    [45138.5, '2023-07-31'],
    [new Date(Date.UTC(2023, 6, 31, 14)), '2023-07-31'],
  ])('%j → %s with the time dropped and a warning', (input, expected) => {
    const result = parseDate(input);
    expect(value(result)).toBe(expected);
    expect(codes(result)).toEqual(['DATE_TIME_DROPPED']);
    expect(result.ok && result.warnings?.[0]?.severity).toBe('warning');
  });

  it('reads serials in the 1904 date system', () => {
    expect(value(parseDate(0, { date1904: true }))).toBe('1904-01-01');
    expect(value(parseDate(43676, { date1904: true }))).toBe('2023-07-31');
  });

  it.each([[''], ['-'], ['—'], [null], [undefined]])('%j is an empty cell', (input) => {
    expect(parseDate(input)).toEqual({ ok: true, value: undefined, empty: true });
  });
});

describe('parseDate: issues', () => {
  it.each<[unknown, string]>([
    ['2023-02-29', 'DATE_INVALID'],
    ['2023-13-01', 'DATE_INVALID'],
    ['2023-04-31', 'DATE_INVALID'],
    ['2023-00-10', 'DATE_INVALID'],
    ['2100-02-29', 'DATE_INVALID'],
    ['2023年2月30日', 'DATE_INVALID'],
    [new Date(Number.NaN), 'DATE_INVALID'],
    ['07/31/2023', 'DATE_AMBIGUOUS'],
    ['31/07/2023', 'DATE_AMBIGUOUS'],
    ['31.07.2023', 'DATE_AMBIGUOUS'],
    ['7-31-2023', 'DATE_AMBIGUOUS'],
    ['23/7/31', 'DATE_AMBIGUOUS'],
    ['2023-07-31T14:00:00+08:00', 'DATE_FORMAT'],
    ['2023-07-31Z', 'DATE_FORMAT'],
    ['2023-07-31 25:00', 'DATE_FORMAT'],
    ['2023-07-31 abc', 'DATE_FORMAT'],
    ['2023/07-31', 'DATE_FORMAT'],
    ['2023-007-31', 'DATE_FORMAT'],
    ['2023年7月', 'DATE_FORMAT'],
    ['23年7月31日', 'DATE_FORMAT'],
    ['20230731', 'DATE_FORMAT'],
    ['45138', 'DATE_FORMAT'],
    ['七月三十一日', 'DATE_FORMAT'],
    [true, 'DATE_FORMAT'],
    ['0223-07-31', 'DATE_RANGE'],
    ['2223-07-31', 'DATE_RANGE'],
    [new Date(Date.UTC(1850, 0, 1)), 'DATE_RANGE'],
    [60, 'DATE_SERIAL_INVALID'],
    [0, 'DATE_SERIAL_INVALID'],
    [0.5, 'DATE_SERIAL_INVALID'],
    [-1, 'DATE_SERIAL_INVALID'],
    [2958466, 'DATE_SERIAL_INVALID'],
    [20230731, 'DATE_SERIAL_INVALID'],
    [Number.NaN, 'DATE_SERIAL_INVALID'],
    [{ formula: 'TODAY()' }, 'FORMULA_CELL'],
    ['#VALUE!', 'CELL_ERROR_VALUE'],
  ])('%j → %s', (input, expected) => {
    const result = parseDate(input);
    expect(codes(result)).toEqual([expected]);
    expect(result.ok).toBe(false);
  });

  it('names the date in an 8-digit number typed where a date was expected', () => {
    const result = parseDate(20230731);
    expect(!result.ok && result.issue.message['zh-CN']).toContain('2023-07-31');
  });

  it('honours minYear and maxYear', () => {
    expect(value(parseDate('1850-01-01', { minYear: 1800 }))).toBe('1850-01-01');
    expect(codes(parseDate('2023-07-31', { maxYear: 2020 }))).toEqual(['DATE_RANGE']);
    expect(() => parseDate('2023-07-31', { minYear: 1.5 })).toThrow(CellUsageError);
  });

  it('rejects negative serials in the 1904 system', () => {
    expect(codes(parseDate(-1, { date1904: true }))).toEqual(['DATE_SERIAL_INVALID']);
  });
});

describe('parseDate: properties', () => {
  it('reads back any date written in any accepted form, in ASCII or full-width digits', () => {
    fc.assert(
      fc.property(civil, fc.boolean(), (date, fullWidth) => {
        for (const text of forms(date)) {
          const result = parseDate(fullWidth ? FULL_WIDTH(text) : text);
          expect(value(result)).toBe(iso(date));
          expect(result.ok && result.warnings).toBeUndefined();
        }
      }),
    );
  });

  it('drops a non-midnight time from any accepted form, with exactly one warning', () => {
    const clock = fc
      .tuple(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
      )
      .filter(([h, m, s]) => h + m + s > 0);
    fc.assert(
      fc.property(civil, clock, fc.constantFrom(' ', 'T'), (date, [h, m, s], sep) => {
        for (const text of forms(date)) {
          const result = parseDate(`${text}${sep}${h}:${pad(m)}:${pad(s)}`);
          expect(value(result)).toBe(iso(date));
          expect(codes(result)).toEqual(['DATE_TIME_DROPPED']);
        }
      }),
    );
  });

  it('reads a UTC-midnight Date as its UTC day, whatever the host time zone', () => {
    fc.assert(
      fc.property(civil, ({ year, month, day }) => {
        expect(value(parseDate(new Date(Date.UTC(year, month - 1, day))))).toBe(iso({ year, month, day }));
      }),
    );
  });

  it('round-trips dates and Excel serials in both date systems', () => {
    fc.assert(
      fc.property(civil, fc.boolean(), (date, date1904) => {
        fc.pre(!date1904 || date.year >= 1904);
        const serial = excelSerialFromDate(iso(date), { date1904 });
        expect(value(parseDate(serial, { date1904 }))).toBe(iso(date));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 73415 }), (serial) => {
        fc.pre(serial !== 60);
        const date = value(parseDate(serial)) ?? '';
        expect(excelSerialFromDate(date)).toBe(serial);
      }),
    );
  });

  it('agrees with the usual Excel epoch arithmetic from 1900-03-01 on', () => {
    const epoch = Date.UTC(1899, 11, 30);
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 73415 }), (serial) => {
        const expected = new Date(epoch + serial * 86_400_000).toISOString().slice(0, 10);
        expect(value(parseDate(serial))).toBe(expected);
      }),
    );
  });

  it('never throws and always gives YYYY-MM-DD or a coded issue', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string({ unit: fc.constantFrom(...'0123456789-/.年月日号 :T') }),
          fc.double(),
          fc.date(),
        ),
        (input) => {
          const result = parseDate(input);
          if (result.ok && result.value !== undefined)
            expect(result.value).toMatch(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);
          if (!result.ok) expect(result.issue.code).toMatch(/^(DATE_|FORMULA_CELL|CELL_)/);
        },
      ),
    );
  });
});

describe('excelSerialFromDate', () => {
  it.each([
    ['1900-01-01', false, 1],
    ['1900-02-28', false, 59],
    ['1900-03-01', false, 61],
    ['2023-07-31', false, 45138],
    ['9999-12-31', false, 2958465],
    ['1904-01-01', true, 0],
    ['2023-07-31', true, 43676],
  ])('%s (1904: %s) → %d', (date, date1904, serial) => {
    expect(excelSerialFromDate(date, { date1904 })).toBe(serial);
  });

  it.each([['1899-12-31'], ['2023-02-29'], ['2023-7-31'], ['not a date']])('throws for %j', (date) => {
    expect(() => excelSerialFromDate(date)).toThrow(CellUsageError);
  });

  it('throws for a date before the 1904 epoch', () => {
    expect(() => excelSerialFromDate('1903-12-31', { date1904: true })).toThrow(CellUsageError);
  });
});
