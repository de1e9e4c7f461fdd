import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInteger, formatRatio } from './number';

describe('formatInteger', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [-1_234_567, '-1,234,567'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
  ])('%d → %s', (n, text) => {
    expect(formatInteger(n)).toBe(text);
  });

  it('rejects non-integers', () => {
    expect(() => formatInteger(1.5)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
  });

  it('reads back to the same integer without the separators', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(Number(formatInteger(n).replace(/,/g, ''))).toBe(n);
      }),
    );
  });
});

describe('formatRatio', () => {
  it.each([
    [0, undefined, '0.00%'],
    [1, undefined, '100.00%'],
    [0.9, undefined, '90.00%'],
    [0.12345, undefined, '12.35%'],
    [0.12344999, undefined, '12.34%'],
    [0.005, undefined, '0.50%'],
    [0.00005, undefined, '0.01%'],
    [0.000049, undefined, '0.00%'],
    [1e-7, undefined, '0.00%'],
    [-0.12345, undefined, '-12.35%'],
    [-0.00001, undefined, '0.00%'],
    [12.5, undefined, '1,250.00%'],
    [1e21, 0, '100,000,000,000,000,000,000,000%'],
    [0.875, 0, '88%'],
    [0.123456, 4, '12.3456%'],
  ])('%d (decimals %s) → %s', (ratio, decimals, text) => {
    expect(formatRatio(ratio, decimals === undefined ? {} : { decimals })).toBe(text);
  });

  it('rejects non-finite ratios and odd decimals', () => {
    expect(() => formatRatio(Number.NaN)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
    expect(() => formatRatio(0.5, { decimals: 7 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expect(() => formatRatio(0.5, { decimals: 1.5 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });

  it('is exact on ratios of whole basis points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (bp) => {
        const whole = Math.floor(bp / 100);
        const expected = `${formatInteger(whole)}.${String(bp % 100).padStart(2, '0')}%`;
        expect(formatRatio(bp / 10_000)).toBe(expected);
      }),
    );
  });
});
