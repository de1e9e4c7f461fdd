import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EnumOption, parseBoolean, parseDecimal, parseEnum, parseInteger } from './scalar';
import type { CellResult } from './types';
import { CellUsageError } from './usage-error';

const FULL_WIDTH = (s: string) =>
  s.replace(/[0-9,.-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const group = (int: string) => int.replace(/\B(?=([0-9]{3})+(?![0-9]))/g, ',');

function value<T>(result: CellResult<T>): T | undefined {
  if (!result.ok) throw new Error(`expected ok, got ${result.issue.code}`);
  return result.value;
}

function code<T>(result: CellResult<T>): string | undefined {
  return result.ok ? undefined : result.issue.code;
}

describe('parseInteger', () => {
  it.each<[unknown, number]>([
    ['12', 12],
    ['１,２３４', 1234],
    ['-7', -7],
    ['+7', 7],
    ['12.00', 12],
    [' 1,000,000 ', 1000000],
    [42, 42],
    [-0, 0],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    [{ formula: 'COUNTA(A:A)', result: 9 }, 9],
  ])('%j → %d', (input, expected) => {
    expect(value(parseInteger(input))).toBe(expected);
  });

  it.each<[unknown, string]>([
    ['12.5', 'INTEGER_FORMAT'],
    [12.5, 'INTEGER_FORMAT'],
    ['12人', 'INTEGER_FORMAT'],
    ['1,23', 'INTEGER_FORMAT'],
    ['十二', 'INTEGER_FORMAT'],
    ['1e3', 'INTEGER_FORMAT'],
    [true, 'INTEGER_FORMAT'],
    [Number.POSITIVE_INFINITY, 'INTEGER_FORMAT'],
    ['9007199254740992', 'INTEGER_RANGE'],
    [2 ** 60, 'INTEGER_RANGE'],
  ])('%j → %s', (input, expected) => {
    expect(code(parseInteger(input))).toBe(expected);
  });

  it('accepts the unit words it is given', () => {
    expect(value(parseInteger('12人', { suffixes: ['人', '户'] }))).toBe(12);
    expect(value(parseInteger('３ 户', { suffixes: ['人', '户'] }))).toBe(3);
    expect(code(parseInteger('人', { suffixes: ['人'] }))).toBe('INTEGER_FORMAT');
    expect(() => parseInteger('1', { suffixes: 'x' as unknown as string[] })).toThrow(CellUsageError);
  });

  it('reads back any safe integer, grouped or not, in either width', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.boolean(), fc.boolean(), (n, grouped, fullWidth) => {
        const digits = String(Math.abs(n));
        let text = (n < 0 ? '-' : '') + (grouped ? group(digits) : digits);
        if (fullWidth) text = FULL_WIDTH(text);
        expect(value(parseInteger(text))).toBe(n === 0 ? 0 : n);
        expect(value(parseInteger(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('parseDecimal', () => {
  it.each<[unknown, number]>([
    ['120.5', 120.5],
    ['1,234.565平方米', 1234.57],
    ['1,234.564', 1234.56],
    ['-1.005', -1.01],
    ['-0.004', 0],
    ['120.5㎡', 120.5],
    ['120.5 m²', 120.5],
    ['120.5M2', 120.5],
    ['８８．８８平米', 88.88],
    [120.456, 120.46],
    [0.1 + 0.2, 0.3],
    [1.005, 1.01],
    [-0, 0],
  ])('%j → %d', (input, expected) => {
    const got = value(parseDecimal(input));
    expect(got).toBe(expected);
    expect(Object.is(got, -0)).toBe(false);
  });

  it.each<[unknown, string]>([
    ['abc', 'DECIMAL_FORMAT'],
    ['1,5', 'DECIMAL_FORMAT'],
    ['120.5亩', 'DECIMAL_FORMAT'],
    ['1.2e3', 'DECIMAL_FORMAT'],
    [Number.NaN, 'DECIMAL_FORMAT'],
    ['100000000000000', 'DECIMAL_RANGE'],
  ])('%j → %s', (input, expected) => {
    expect(code(parseDecimal(input))).toBe(expected);
  });

  it('honours scale and suffixes', () => {
    expect(value(parseDecimal('2.5', { scale: 0 }))).toBe(3);
    expect(value(parseDecimal('1.23456', { scale: 4 }))).toBe(1.2346);
    expect(code(parseDecimal('12㎡', { suffixes: [] }))).toBe('DECIMAL_FORMAT');
    expect(() => parseDecimal('1', { scale: -1 })).toThrow(CellUsageError);
    expect(() => parseDecimal('1', { scale: 1.5 })).toThrow(CellUsageError);
  });

  it('rounds half away from zero on the decimal digits, never on the float', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (thousandths) => {
        const abs = thousandths < 0n ? -thousandths : thousandths;
        const text = `${thousandths < 0n ? '-' : ''}${abs / 1000n}.${(abs % 1000n).toString().padStart(3, '0')}`;
        const hundredths = (abs + 5n) / 10n;
        const sign = thousandths < 0n && hundredths > 0n ? '-' : '';
        const expected = Number(
          `${sign}${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`,
        );
        expect(value(parseDecimal(text))).toBe(expected);
      }),
    );
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.double(), fc.string({ unit: fc.constantFrom(...'0123456789,.-㎡m² ') })),
        (input) => {
          const result = parseDecimal(input);
          if (result.ok && result.value !== undefined) expect(Number.isFinite(result.value)).toBe(true);
        },
      ),
    );
  });
});

describe('parseBoolean', () => {
  it.each<[unknown, boolean]>([
    ['是', true],
    ['否', false],
    ['有', true],
    ['无', false],
    ['Y', true],
    ['n', false],
    ['Yes', true],
    ['NO', false],
    ['TRUE', true],
    ['false', false],
    ['√', true],
    ['×', false],
    ['✓', true],
    ['1', true],
    ['０', false],
    [1, true],
    [0, false],
    [true, true],
    [false, false],
    [' 是 ', true],
  ])('%j → %s', (input, expected) => {
    expect(value(parseBoolean(input))).toBe(expected);
  });

  it.each([['x'], ['X'], ['对'], ['2'], [2], ['是否'], [new Date(0)]])('%j → BOOLEAN_FORMAT', (input) => {
    expect(code(parseBoolean(input))).toBe('BOOLEAN_FORMAT');
  });

  it('treats blanks as empty', () => {
    expect(parseBoolean('')).toEqual({ ok: true, value: undefined, empty: true });
  });
});

describe('parseEnum', () => {
  const options: EnumOption[] = [
    { code: 'bank', labels: ['银行存款', '银行'] },
    { code: 'cash', labels: ['现金'] },
    { code: 'fund', labels: ['专项维修资金（公共部分）'] },
    { code: '1', labels: ['一类'] },
  ];

  it.each<[unknown, string]>([
    ['银行存款', 'bank'],
    ['银行 存款', 'bank'],
    ['银行', 'bank'],
    ['BANK', 'bank'],
    ['ｂａｎｋ', 'bank'],
    ['现金', 'cash'],
    ['专项维修资金(公共部分)', 'fund'],
    ['专项维修资金 （公共部分）', 'fund'],
    ['一类', '1'],
    [1, '1'],
    ['1', '1'],
  ])('%j → %s', (input, expected) => {
    expect(value(parseEnum(input, options))).toBe(expected);
  });

  it('reports an unknown value and lists the allowed labels', () => {
    const result = parseEnum('支票', options);
    expect(code(result)).toBe('ENUM_UNKNOWN');
    expect(!result.ok && result.issue.message['zh-CN']).toContain('银行存款');
    expect(code(parseEnum(true, options))).toBe('ENUM_UNKNOWN');
  });

  it('throws when two codes share a normalised label', () => {
    expect(() =>
      parseEnum('x', [
        { code: 'a', labels: ['公共 收益'] },
        { code: 'b', labels: ['公共收益'] },
      ]),
    ).toThrow(CellUsageError);
    expect(() => parseEnum('x', 'bank' as unknown as EnumOption[])).toThrow(CellUsageError);
  });

  it('matches every label however it is spaced, bracketed or cased', () => {
    fc.assert(
      fc.property(fc.constantFrom(...options), fc.nat(), (option, pick) => {
        const label = option.labels[pick % option.labels.length] ?? option.code;
        const messy = ` ${label.split('').join(' ')} `.replace(/（/g, '(').replace(/）/g, ')');
        expect(value(parseEnum(messy, options))).toBe(option.code);
      }),
    );
  });
});
