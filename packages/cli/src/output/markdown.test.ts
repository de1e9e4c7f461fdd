import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownCell, markdownTable } from './markdown';

describe('markdownCell', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['line\nbreak', 'line break'],
    ['<script>', '&lt;script>'],
    ['a & b', 'a &amp; b'],
    ['back\\slash', 'back\\\\slash'],
    ['≥ 90%', '≥ 90%'],
  ])('%j → %j', (text, cell) => {
    expect(markdownCell(text)).toBe(cell);
  });

  it('never leaves an unescaped pipe, a line break or a tag opener', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = markdownCell(s);
        expect(cell).not.toMatch(/[\r\n<]/);
        expect(cell.replace(/\\\\/g, '').replace(/\\\|/g, '')).not.toContain('|');
      }),
    );
  });
});

describe('markdownTable', () => {
  it('writes a header, a rule and one line per row', () => {
    expect(markdownTable(['A', 'B'], [['1', 'x|y']])).toBe('| A | B |\n| --- | --- |\n| 1 | x\\|y |');
  });
});
