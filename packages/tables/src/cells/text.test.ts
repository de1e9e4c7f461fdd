import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseForMatch, normaliseText } from './text';

const toFullWidth = (s: string) =>
  s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

describe('normaliseText', () => {
  it.each([
    ['１２３４', '1234'],
    ['ＡＢＣ－ｘｙｚ', 'ABC-xyz'],
    ['１，２３４．５０元', '1,234.50元'],
    ['泉州市某某物业服务有限公司（丰泽分公司）', '泉州市某某物业服务有限公司（丰泽分公司）'],
    ['\u3000 丰泽区\u00A0\u00A0东海街道 ', '丰泽区 东海街道'],
    ['张\u200B三\u200D\uFEFF', '张三'],
    ['第一行\r\n第二行\t末尾', '第一行 第二行 末尾'],
    ['', ''],
    ['   ', ''],
    ['【备注】', '【备注】'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('maps printable ASCII written in full width back to ASCII (parentheses excepted)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ0189,.;:!?-+=@#%&*/\\[]{}~ ') }), (s) => {
        expect(normaliseText(toFullWidth(s))).toBe(normaliseText(s));
      }),
    );
  });

  it('is idempotent and leaves no full-width ASCII, zero-width characters or doubled spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).toBe(once);
        expect(once).not.toMatch(/[\uFF01-\uFF07\uFF0A-\uFF5E\u200B-\u200D\u2060\uFEFF]/);
        expect(once).not.toMatch(/\s\s|^\s|\s$/);
      }),
    );
  });
});

describe('normaliseForMatch', () => {
  it.each([
    ['金额（万元）', '金额(万元)'],
    ['金额 (万元)', '金额(万元)'],
    [' 金 额（ 万元 ）', '金额(万元)'],
    ['【序号】', '[序号]'],
    ['Ｐ ＩＤ', 'pid'],
    ['USCC 统一社会信用代码', 'uscc统一社会信用代码'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseForMatch(input)).toBe(expected);
  });

  it('gives equal keys for a header written with different widths, spacing and case', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'收入金额万元ABCabc12') }), (s) => {
        const variant = toFullWidth(s.toUpperCase()).replace(/(.)/g, '$1 ');
        expect(normaliseForMatch(`【${variant}】（${s}）`)).toBe(
          normaliseForMatch(`[${s}] (${s.toLowerCase()})`),
        );
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = normaliseForMatch(s);
        expect(normaliseForMatch(once)).toBe(once);
        expect(once).not.toMatch(/[\sA-Z（）【】]/);
      }),
    );
  });
});
