import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatYuan } from './yuan';

describe('formatYuan — money in explanations (integer fen, STYLE: ¥1,234.56)', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [123_456, '¥1,234.56'],
    [5_000_000, '¥50,000.00'],
    [-100, '-¥1.00'],
    [100_000_000_000, '¥1,000,000,000.00'],
  ])('%i fen → %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it('reads back to the same fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 50), max: 2 ** 50 }), (fen) => {
        const text = formatYuan(fen);
        expect(text).toMatch(/^-?¥[0-9]{1,3}(,[0-9]{3})*\.[0-9]{2}$/);
        const digits = text.replace(/[^0-9]/g, '');
        expect(BigInt(digits) * (text.startsWith('-') ? -1n : 1n)).toBe(BigInt(fen));
      }),
    );
  });
});
