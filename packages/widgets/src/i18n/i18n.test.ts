import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveLang } from './lang';
import { createLocale } from './locale';
import { EN_MESSAGES } from './messages-en';
import { ZH_CN_MESSAGES } from './messages-zh-cn';

// The shape of a catalog: keys, and for functions the kind (their texts differ by language).
function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'function';
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, shape((value as Record<string, unknown>)[k])]),
    );
  return typeof value;
}

describe('catalogs', () => {
  it('English has every message of Simplified Chinese', () => {
    expect(shape(EN_MESSAGES)).toEqual(shape(ZH_CN_MESSAGES));
  });
});

describe('resolveLang', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hant', 'zh-CN'],
    ['fr', 'zh-CN'],
    ['', 'zh-CN'],
    [undefined, 'zh-CN'],
    [null, 'zh-CN'],
  ])('%s → %s', (tag, lang) => {
    expect(resolveLang(tag)).toBe(lang);
  });
});

describe('createLocale', () => {
  const zh = createLocale('zh-CN');
  const en = createLocale('en');

  it.each([
    [123_456, 'yuan', '¥1,234.56'],
    [-5, 'yuan', '-¥0.05'],
    [0, 'yuan', '¥0.00'],
    [123_456, 'wan', '0.12'],
    [1_234_567, 'wan', '1.23'],
    [12_345_678_900, 'wan', '12,345.68'],
  ] as const)('money(%s, %s) is %s', (fen, unit, text) => {
    expect(zh.money(fen, unit)).toBe(text);
  });

  it('formats dates and periods per language', () => {
    expect(zh.date('2023-07-31')).toBe('2023-07-31');
    expect(zh.noticeDate('2023-07-31')).toBe('2023年7月31日');
    expect(en.noticeDate('2023-07-31')).toBe('31 July 2023');
    expect(zh.period('2023Q2')).toBe('2023年第二季度');
    expect(en.period('2023Q2')).toBe('Q2 2023');
    expect(zh.ratio(0.8)).toBe('80.00%');
    expect(zh.decimal(6.685)).toBe('6.69');
    expect(zh.decimal(1234.5)).toBe('1,234.50');
  });

  it('names statuses with an icon and words', () => {
    expect(zh.status('fail')).toEqual({ icon: '✗', text: '不合格' });
    expect(en.status('met')).toEqual({ icon: '✓', text: 'Met' });
    expect(zh.status('warning-red')).toEqual({ icon: '●', text: '红色预警' });
    expect(zh.status('no-such-code').text).toBe('no-such-code');
  });

  it('names units, categories and Quanzhou counties', () => {
    expect(zh.unit('housing-authority')).toBe('物业管理主管部门');
    expect(en.incomeCategory('parking')).toBe('Parking on common areas');
    expect(zh.division('350502')).toBe('鲤城区');
    expect(zh.division('350502002', { '350502002': '临江街道' })).toBe('临江街道');
  });

  it('never throws on bad data: every formatter gives a string', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const locale of [zh, en]) {
          for (const text of [
            locale.money(value),
            locale.money(value, 'wan'),
            locale.date(value),
            locale.noticeDate(value),
            locale.period(value),
            locale.ratio(value),
            locale.integer(value),
            locale.decimal(value),
          ])
            expect(typeof text).toBe('string');
        }
      }),
    );
  });

  it('shows money exactly for every safe integer of fen', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        const text = zh.money(fen);
        const digits = text.replace(/[^0-9]/g, '');
        expect(BigInt(digits) * (text.startsWith('-') ? -1n : 1n)).toBe(BigInt(fen));
      }),
    );
  });
});
