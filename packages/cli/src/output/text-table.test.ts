import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from './display-width';
import { textTable } from './text-table';

describe('textTable', () => {
  it('aligns columns by display width, CJK counting two', () => {
    const text = textTable(
      ['规则', 'Message'],
      [
        ['PI-BOARD', 'x'],
        ['小区', 'y'],
      ],
    );
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    const starts = lines
      .filter((_, i) => i !== 1)
      .map((l) => displayWidth(l.slice(0, l.lastIndexOf('  ') + 2)));
    expect(new Set(starts).size).toBe(1);
  });

  it('keeps every cell on one line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 3, maxLength: 3 }), { maxLength: 5 }),
        (rows) => {
          expect(textTable(['a', 'b', 'c'], rows).split('\n')).toHaveLength(rows.length + 2);
        },
      ),
    );
  });
});

describe('displayWidth', () => {
  it.each([
    ['Amount', 6],
    ['金额（元）', 10],
    ['PI-BOARD 小区', 13],
    ['', 0],
  ])('%j is %i cells', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('is at least the number of code points and at most twice it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const n = Array.from(s).length;
        expect(displayWidth(s)).toBeGreaterThanOrEqual(n);
        expect(displayWidth(s)).toBeLessThanOrEqual(2 * n);
      }),
    );
  });
});
