import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCivilDate } from '../calendar/index';
import { civilDateOf, formatDate, formatDateEn, formatDateLong, formatDateZh } from './date';

describe('civil dates', () => {
  it.each([
    ['2023-07-31', '2023年7月31日', '31 July 2023'],
    ['2023-01-01', '2023年1月1日', '1 January 2023'],
    ['2024-02-29', '2024年2月29日', '29 February 2024'],
    ['2000-12-09', '2000年12月9日', '9 December 2000'],
  ])('%s → %s / %s', (date, zh, en) => {
    expect(formatDate(date)).toBe(date);
    expect(formatDateZh(date)).toBe(zh);
    expect(formatDateEn(date)).toBe(en);
    expect(formatDateLong(date, 'zh-CN')).toBe(zh);
    expect(formatDateLong(date, 'en')).toBe(en);
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2023-13-01',
    '2023-00-10',
    '2023-7-31',
    '２０２３-07-31',
    '',
    '2023-07-31T00:00:00Z',
  ])('rejects %j', (date) => {
    expect(isCivilDate(date)).toBe(false);
    expect(() => formatDateZh(date)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
    expect(() => formatDate(date)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
  });

  it('writes every existing day and reads it back', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(isCivilDate(iso)).toBe(true);
          const m = /^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$/.exec(formatDateZh(iso));
          expect(m?.slice(1).map(Number)).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
        },
      ),
    );
  });
});

describe('civilDateOf', () => {
  it.each([
    ['2023-07-31', '2023-07-31'],
    ['2023-07-31T10:00:00+08:00', '2023-07-31'],
    ['2023-07-31T16:00:00Z', '2023-08-01'],
    ['2023-07-31T15:59:59.999Z', '2023-07-31'],
    ['2023-12-31T23:30:00-05:00', '2024-01-01'],
    ['2023-07-31T10:00:00', undefined],
    ['2023-02-30T10:00:00Z', undefined],
    ['yesterday', undefined],
  ])('%s → %s', (asOf, date) => {
    expect(civilDateOf(asOf)).toBe(date);
  });
});
