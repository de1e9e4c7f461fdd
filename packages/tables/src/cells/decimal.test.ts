import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeBigInt, literalDigits, numberDigits, safeNumber, scaledInteger } from './decimal';

describe('numberDigits', () => {
  it.each([
    [0, false, '0', ''],
    [-0, false, '0', ''],
    [1234.5, false, '1234', '5'],
    [-12.34, true, '12', '34'],
    [1e-7, false, '0', '0000001'],
    [1.5e-10, false, '0', '00000000015'],
    [1e21, false, '1000000000000000000000', ''],
    [1.2345e22, false, '12345000000000000000000', ''],
    [0.30000000000000004, false, '0', '30000000000000004'],
  ])('%d → %s %s.%s', (n, negative, int, frac) => {
    expect(numberDigits(n)).toEqual({ negative, int, frac });
  });

  it('spells every finite double as the decimal String() gives, exponent or not', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const d = numberDigits(n);
        const text = `${d.negative ? '-' : ''}${d.int}${d.frac ? `.${d.frac}` : ''}`;
        expect(Number(text)).toBe(n === 0 ? 0 : n);
        expect(d.int).toMatch(/^(0|[1-9][0-9]*)$/);
        expect(d.frac).not.toMatch(/0$/);
      }),
    );
  });

  it('throws for non-finite numbers (callers check first)', () => {
    expect(() => numberDigits(Number.NaN)).toThrow(RangeError);
  });
});

describe('literalDigits', () => {
  it.each([
    ['1,234.50', { negative: false, int: '1234', frac: '5' }],
    ['1234', { negative: false, int: '1234', frac: '' }],
    ['.5', { negative: false, int: '0', frac: '5' }],
    ['5.', { negative: false, int: '5', frac: '' }],
    ['000', { negative: false, int: '0', frac: '' }],
    ['1,234,567', { negative: false, int: '1234567', frac: '' }],
  ])('%s', (body, expected) => {
    expect(literalDigits(body)).toEqual(expected);
  });

  it.each([
    [''],
    ['.'],
    ['1,23'],
    ['1234,567'],
    [',123'],
    ['0,123'],
    ['1.2.3'],
    ['1.2,3'],
    ['1 234'],
    ['1e3'],
  ])('rejects %j', (body) => {
    expect(literalDigits(body)).toBeUndefined();
  });

  it('drops the sign of zero', () => {
    expect(literalDigits('0.00', true)).toEqual({ negative: false, int: '0', frac: '' });
  });
});

describe('scaledInteger and safe range', () => {
  it('scales exactly or refuses', () => {
    expect(scaledInteger({ negative: true, int: '12', frac: '5' }, 2)).toBe(-1250n);
    expect(scaledInteger({ negative: false, int: '1', frac: '234' }, 2)).toBeUndefined();
    expect(safeNumber(0n)).toBe(0);
    expect(isSafeBigInt(BigInt(Number.MAX_SAFE_INTEGER))).toBe(true);
    expect(isSafeBigInt(-BigInt(Number.MAX_SAFE_INTEGER) - 1n)).toBe(false);
  });
});
