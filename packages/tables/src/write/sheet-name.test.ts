import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_NAME_LENGTH, sanitiseSheetName, uniqueSheetNames } from './sheet-name';

const FORBIDDEN = /[[\]:*?/\\]/;

function isValidExcelName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !FORBIDDEN.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none is left.
    !/[\u0000-\u001f]/.test(name) &&
    !/^[\uDC00-\uDFFF]/.test(name) &&
    !/[\uD800-\uDBFF]$/.test(name) &&
    name.toUpperCase() !== 'HISTORY'
  );
}

describe('sanitiseSheetName', () => {
  it.each([
    ['收支明细', '收支明细'],
    ['2023/Q2 收支[明细]', '2023_Q2 收支_明细_'],
    ['a:b*c?d\\e', 'a_b_c_d_e'],
    ["'引号'", '引号'],
    ['  空格  ', '空格'],
    ['', 'Sheet1'],
    ["'''", 'Sheet1'],
    ['History', 'History_'],
    ['history', 'history_'],
    [
      '泉州市丰泽区某某小区2023年第二季度公共收益收支明细表（修订稿）',
      '泉州市丰泽区某某小区2023年第二季度公共收益收支明细表（修订',
    ],
    ['tab\tname', 'tab_name'],
  ])('%j → %j', (input, expected) => {
    expect(sanitiseSheetName(input)).toBe(expected);
  });

  it('uses the fallback for a name with nothing left', () => {
    expect(sanitiseSheetName('   ', 'Sheet7')).toBe('Sheet7');
  });

  it('never cuts a surrogate pair in half', () => {
    const name = `${'a'.repeat(30)}𠀀`;
    expect(sanitiseSheetName(name)).toBe('a'.repeat(30));
  });

  it('always gives a name Excel accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
        expect(isValidExcelName(sanitiseSheetName(raw))).toBe(true);
      }),
    );
  });
});

describe('uniqueSheetNames', () => {
  it.each([
    [
      ['收入', '收入', 'a/b'],
      ['收入', '收入 (2)', 'a_b'],
    ],
    [
      ['Data', 'DATA', 'data'],
      ['Data', 'DATA (2)', 'data (3)'],
    ],
    [
      ['', ''],
      ['Sheet1', 'Sheet2'],
    ],
    [
      ['Sheet2', ''],
      ['Sheet2', 'Sheet2 (2)'],
    ],
    [
      ['x'.repeat(40), 'x'.repeat(35)],
      ['x'.repeat(31), `${'x'.repeat(27)} (2)`],
    ],
  ])('%j → %j', (input, expected) => {
    expect(uniqueSheetNames(input)).toEqual(expected);
  });

  it('gives valid names, unique ignoring case', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('收入', 'Sheet', 'a/b', '', 'x'.repeat(40), "'q'", 'SHEET'), {
          maxLength: 30,
        }),
        (raw) => {
          const names = uniqueSheetNames(raw);
          expect(names).toHaveLength(raw.length);
          for (const name of names) expect(isValidExcelName(name)).toBe(true);
          expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
        },
      ),
    );
  });
});
