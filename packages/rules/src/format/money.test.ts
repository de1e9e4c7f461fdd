import { parseMoney } from '@rectify/tables';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWan, formatYuan } from './money';

const safeFen = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

// Half away from zero to whole 10,000 fen, in BigInt so the oracle shares nothing with the code.
function roundedToWan(fen: number): number {
  const f = BigInt(fen);
  const abs = f < 0n ? -f : f;
  const q = (abs + 5_000n) / 10_000n;
  return Number((f < 0n ? -q : q) * 10_000n);
}

describe('formatYuan', () => {
  it.each([
    [0, '¥0.00'],
    [-0, '¥0.00'],
    [1, '¥0.01'],
    [-5, '-¥0.05'],
    [100, '¥1.00'],
    [123_456, '¥1,234.56'],
    [-123_456, '-¥1,234.56'],
    [100_000_000_00, '¥100,000,000.00'],
    [Number.MAX_SAFE_INTEGER, '¥90,071,992,547,409.91'],
    [Number.MIN_SAFE_INTEGER, '-¥90,071,992,547,409.91'],
  ])('%d fen → %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '100' as unknown as number])(
    'rejects %s',
    (fen) => {
      expect(() => formatYuan(fen)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
    },
  );

  it('reads back through parseMoney exactly, for any safe fen', () => {
    fc.assert(
      fc.property(safeFen, (fen) => {
        const parsed = parseMoney(formatYuan(fen));
        expect(parsed).toMatchObject({ ok: true, value: fen === 0 ? 0 : fen });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatWan', () => {
  it.each([
    [0, '0.00'],
    [123_456, '0.12'],
    [1_234_567, '1.23'],
    [4_999, '0.00'],
    [5_000, '0.01'],
    [-4_999, '0.00'],
    [-5_000, '-0.01'],
    [1_234_999, '1.23'],
    [1_235_000, '1.24'],
    [1_245_000, '1.25'],
    [-1_234_999, '-1.23'],
    [-1_235_000, '-1.24'],
    [1_000_000, '1.00'],
    [12_345_678_900, '12,345.68'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254.74'],
  ])('%d fen → %s 万元', (fen, text) => {
    expect(formatWan(fen)).toBe(text);
  });

  it('rejects fractions of a fen', () => {
    expect(() => formatWan(0.5)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
  });

  it('reads back through parseMoney as the amount rounded half away from zero to 100 yuan', () => {
    fc.assert(
      fc.property(safeFen, (fen) => {
        const parsed = parseMoney(formatWan(fen), { unit: 'wan' });
        const expected = roundedToWan(fen);
        expect(parsed).toMatchObject({ ok: true, value: expected === 0 ? 0 : expected });
        expect(Math.abs(expected - fen)).toBeLessThanOrEqual(5_000);
      }),
      { numRuns: 2000 },
    );
  });
});
