import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFormulaLike, neutraliseFormula, stripFormulaGuard } from './formula';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠'];

const textStartingAnyhow = fc
  .tuple(fc.constantFrom('', "'", "''", ...TRIGGERS), fc.string({ unit: 'binary' }))
  .map(([head, tail]) => head + tail);

describe('neutraliseFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['=HYPERLINK("http://evil","点击")', `'=HYPERLINK("http://evil","点击")`],
    ['+86 595 2222', "'+86 595 2222"],
    ['-1,234.00', "'-1,234.00"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['＝1+1', "'＝1+1"],
    ["'=already", "''=already"],
    ['泉州市', '泉州市'],
    ['1-2', '1-2'],
    ["'abc", "'abc"],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it('keeps numbers, booleans, dates and nulls as they are', () => {
    const date = new Date(Date.UTC(2023, 6, 31));
    expect(neutraliseFormula(-1234.5)).toBe(-1234.5);
    expect(neutraliseFormula(0)).toBe(0);
    expect(neutraliseFormula(true)).toBe(true);
    expect(neutraliseFormula(date)).toBe(date);
    expect(neutraliseFormula(null)).toBeNull();
    expect(neutraliseFormula(undefined)).toBeUndefined();
  });

  it('never leaves a string starting with a trigger character', () => {
    fc.assert(
      fc.property(textStartingAnyhow, (s) => {
        const out = neutraliseFormula(s);
        expect(isFormulaLike(out)).toBe(false);
        expect(TRIGGERS.includes(out.charAt(0))).toBe(false);
      }),
    );
  });

  it('returns every non-string unchanged', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((v) => typeof v !== 'string'),
        (v) => {
          expect(Object.is(neutraliseFormula(v), v)).toBe(true);
        },
      ),
    );
  });

  it('is undone exactly by stripFormulaGuard', () => {
    fc.assert(
      fc.property(textStartingAnyhow, (s) => {
        expect(stripFormulaGuard(neutraliseFormula(s))).toBe(s);
      }),
    );
  });
});

describe('isFormulaLike', () => {
  it.each([
    ['=1', true],
    ['-', true],
    ['\n', true],
    ['＠x', true],
    [' =1', false],
    ["'=1", false],
    ['', false],
    ['中文', false],
  ])('%j → %s', (input, expected) => {
    expect(isFormulaLike(input)).toBe(expected);
  });
});
