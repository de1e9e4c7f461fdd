import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MoneyUnit, parseMoney } from './money';
import type { CellResult } from './types';
import { CellUsageError } from './usage-error';

const FULL_WIDTH = (s: string) =>
  s
    .replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    .replace(/,/g, '，')
    .replace(/\./g, '．');

function group(int: string): string {
  return int.replace(/\B(?=([0-9]{3})+(?![0-9]))/g, ',');
}

interface Style {
  grouping: boolean;
  trim: boolean;
  fullWidth: boolean;
  prefix: '' | '¥' | '￥' | '¥ ' | 'RMB ';
  negative: '-' | '－' | '()' | '（）';
}

const style = fc.record<Style>({
  grouping: fc.boolean(),
  trim: fc.boolean(),
  fullWidth: fc.boolean(),
  prefix: fc.constantFrom('', '¥', '￥', '¥ ', 'RMB '),
  negative: fc.constantFrom('-', '－', '()', '（）'),
});

// Writes |fen| as a decimal of the unit (10^scale fen), then decorates it like a person would.
function format(fen: bigint, scale: number, suffix: string, s: Style): string {
  const abs = fen < 0n ? -fen : fen;
  const unit = 10n ** BigInt(scale);
  const int = (abs / unit).toString();
  let frac = scale === 0 ? '' : (abs % unit).toString().padStart(scale, '0');
  if (s.trim) frac = frac.replace(/0+$/, '');
  let text = (s.grouping ? group(int) : int) + (frac ? `.${frac}` : '');
  if (s.fullWidth) text = FULL_WIDTH(text);
  text = `${s.prefix}${text}${suffix}`;
  if (fen >= 0n) return text;
  if (s.negative === '()') return `(${text})`;
  if (s.negative === '（）') return `（${text}）`;
  return s.negative + text;
}

const safeFen = fc.bigInt({ min: -BigInt(Number.MAX_SAFE_INTEGER), max: BigInt(Number.MAX_SAFE_INTEGER) });

function value(result: CellResult<number>): number | undefined {
  if (!result.ok) throw new Error(`expected ok, got ${result.issue.code}`);
  return result.value;
}

function code(result: CellResult<number>): string | undefined {
  return result.ok ? undefined : result.issue.code;
}

describe('parseMoney: accepted forms', () => {
  it.each<[unknown, MoneyUnit | undefined, number]>([
    ['1,234.50元', undefined, 123450],
    ['￥1,234.56', undefined, 123456],
    ['¥ 12', undefined, 1200],
    ['¥12.5', undefined, 1250],
    ['RMB 1,000', undefined, 100000],
    ['人民币100元', undefined, 10000],
    ['1.2万元', undefined, 1200000],
    ['1.2万', undefined, 1200000],
    ['1.2 万元', undefined, 1200000],
    ['12,345.678万元', undefined, 12345678000],
    ['0.000001万元', undefined, 1],
    ['１，２３４．５０元', undefined, 123450],
    ['１２３４', undefined, 123400],
    ['（1,234.00）', undefined, -123400],
    ['(1,234.00)', undefined, -123400],
    ['(¥1,234.00)', undefined, -123400],
    ['(1,234.00)元', undefined, -123400],
    ['-1,234.00', undefined, -123400],
    ['－1,234.00', undefined, -123400],
    ['−5', undefined, -500],
    ['-¥5', undefined, -500],
    ['¥-5', undefined, -500],
    ['+5', undefined, 500],
    ['12元整', undefined, 1200],
    ['.5', undefined, 50],
    ['5.', undefined, 500],
    ['007', undefined, 700],
    ['1.230', undefined, 123],
    ['-0', undefined, 0],
    ['350分', undefined, 350],
    ["'-1,234.00", undefined, -123400],
    ['12', 'wan', 12000000],
    ['12.5', 'wan', 12500000],
    ['12', 'fen', 12],
    [1234.5, undefined, 123450],
    [0, undefined, 0],
    [-0, undefined, 0],
    [-12.34, undefined, -1234],
    [12.5, 'wan', 12500000],
    [1e-6, 'wan', 1],
    [100, 'fen', 100],
    [900719925474.09, undefined, 90071992547409],
    ['90,071,992,547,409.91元', undefined, Number.MAX_SAFE_INTEGER],
    [{ formula: 'SUM(B2:B9)', result: 1234.5 }, undefined, 123450],
    [{ richText: [{ text: '1,2' }, { text: '34元' }] }, undefined, 123400],
  ])('%j (column unit %s) → %d fen', (input, unit, expected) => {
    const result = parseMoney(input, unit ? { unit } : {});
    expect(value(result)).toBe(expected);
    expect(Object.is(value(result), -0)).toBe(false);
  });

  it.each([[''], ['   '], ['-'], ['—'], ['——'], ['－'], [null], [undefined]])(
    '%j is an empty cell',
    (input) => {
      expect(parseMoney(input)).toEqual({ ok: true, value: undefined, empty: true });
    },
  );
});

describe('parseMoney: issues', () => {
  it.each<[unknown, MoneyUnit | undefined, string]>([
    ['1 234,5', undefined, 'MONEY_FORMAT'],
    ['1234,5', undefined, 'MONEY_FORMAT'],
    ['1,23', undefined, 'MONEY_FORMAT'],
    ['12,34.5', undefined, 'MONEY_FORMAT'],
    ['0,123', undefined, 'MONEY_FORMAT'],
    ['1.2.3', undefined, 'MONEY_FORMAT'],
    ['1.23E+11', undefined, 'MONEY_FORMAT'],
    ['壹万元整', undefined, 'MONEY_FORMAT'],
    ['1.2千元', undefined, 'MONEY_FORMAT'],
    ['--5', undefined, 'MONEY_FORMAT'],
    ['-(5)', undefined, 'MONEY_FORMAT'],
    ['(5', undefined, 'MONEY_FORMAT'],
    ['¥¥5', undefined, 'MONEY_FORMAT'],
    ['5元万元', undefined, 'MONEY_FORMAT'],
    ['.', undefined, 'MONEY_FORMAT'],
    ['约1000元', undefined, 'MONEY_FORMAT'],
    [true, undefined, 'MONEY_FORMAT'],
    [new Date(0), undefined, 'MONEY_FORMAT'],
    [Number.NaN, undefined, 'MONEY_FORMAT'],
    [Number.POSITIVE_INFINITY, undefined, 'MONEY_FORMAT'],
    ['1.234', undefined, 'MONEY_PRECISION'],
    ['1.2345678万元', undefined, 'MONEY_PRECISION'],
    ['1.5分', undefined, 'MONEY_PRECISION'],
    [0.1 + 0.2, undefined, 'MONEY_PRECISION'],
    [1e-7, undefined, 'MONEY_PRECISION'],
    [12.5, 'fen', 'MONEY_PRECISION'],
    ['90071992547409.92', undefined, 'MONEY_RANGE'],
    [1e21, undefined, 'MONEY_RANGE'],
    ['9,007,199,254.75万元', undefined, 'MONEY_RANGE'],
    ['=B2*2', undefined, 'FORMULA_CELL'],
    [{ formula: 'SUM(B2:B9)' }, undefined, 'FORMULA_CELL'],
    [{ error: '#DIV/0!' }, undefined, 'CELL_ERROR_VALUE'],
    ['#N/A', undefined, 'CELL_ERROR_VALUE'],
  ])('%j (column unit %s) → %s', (input, unit, expected) => {
    const result = parseMoney(input, unit ? { unit } : {});
    expect(code(result)).toBe(expected);
    if (!result.ok) {
      expect(result.issue.severity).toBe('error');
      expect(result.issue.message['zh-CN']).not.toBe('');
      expect(result.issue.message.en).not.toBe('');
    }
  });

  it('uses the unit in the cell over the header unit, with a conflict warning', () => {
    const result = parseMoney('12,000元', { unit: 'wan' });
    expect(result.ok && result.value).toBe(1200000);
    expect(result.ok && result.warnings?.map((w) => [w.code, w.severity])).toEqual([
      ['MONEY_UNIT_CONFLICT', 'warning'],
    ]);
    const agreeing = parseMoney('1.2万元', { unit: 'wan' });
    expect(agreeing).toEqual({ ok: true, value: 1200000 });
    const noHeader = parseMoney('1.2万元');
    expect(noHeader).toEqual({ ok: true, value: 1200000 });
  });

  it('warns that a formula result was used', () => {
    const result = parseMoney({ formula: 'B2+B3', result: 10 });
    expect(result.ok && result.warnings?.map((w) => w.code)).toEqual(['FORMULA_CELL']);
    if (result.ok) expect(result.warnings?.[0]?.original).toBe('=B2+B3');
  });

  it('keeps the original text and never echoes it in the message', () => {
    const result = parseMoney('张三 13800001234');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.original).toBe('张三 13800001234');
      expect(JSON.stringify(result.issue.message)).not.toContain('13800001234');
    }
  });

  it('throws only for a unit that is not one of its options', () => {
    expect(() => parseMoney('1', { unit: 'jiao' as MoneyUnit })).toThrow(CellUsageError);
  });
});

describe('parseMoney: properties', () => {
  it('reads back any safe fen amount written as yuan, however it is decorated', () => {
    fc.assert(
      fc.property(safeFen, style, fc.constantFrom('', '元', ' 元'), (fen, s, suffix) => {
        const text = format(fen, 2, suffix, s);
        expect(value(parseMoney(text))).toBe(Number(fen));
      }),
    );
  });

  it('reads back any safe fen amount written as 万元 (up to six decimals), in the cell or by header', () => {
    fc.assert(
      fc.property(safeFen, style, fc.constantFrom('万元', '万', ' 万元', ''), (fen, s, suffix) => {
        const text = format(fen, 6, suffix, s);
        const result = parseMoney(text, suffix === '' ? { unit: 'wan' } : {});
        expect(value(result)).toBe(Number(fen));
      }),
    );
  });

  it('reads an XLSX number exactly through its shortest decimal string', () => {
    const fen15 = fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 });
    fc.assert(
      fc.property(fen15, (fen) => {
        expect(value(parseMoney(fen / 100))).toBe(fen);
        expect(value(parseMoney(fen / 1e6, { unit: 'wan' }))).toBe(fen);
        expect(value(parseMoney(fen, { unit: 'fen' }))).toBe(fen);
      }),
    );
  });

  it('rejects rather than rounds any amount with a fraction of a fen', () => {
    fc.assert(
      fc.property(safeFen, fc.integer({ min: 1, max: 9 }), (fen, extra) => {
        const text = `${format(fen, 2, '', { grouping: true, trim: false, fullWidth: false, prefix: '', negative: '-' })}${extra}`;
        expect(code(parseMoney(text))).toBe('MONEY_PRECISION');
      }),
    );
  });

  it('never throws and only ever gives safe integers or a coded issue', () => {
    const alphabet = fc.constantFrom(...'0123456789０１２,，..．-－+()（）¥￥元万分整 eE');
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.string({ unit: alphabet }), fc.double()),
        fc.constantFrom<MoneyUnit | undefined>(undefined, 'yuan', 'wan', 'fen'),
        (input, unit) => {
          const result = parseMoney(input, unit ? { unit } : {});
          if (result.ok) {
            if (result.value !== undefined) expect(Number.isSafeInteger(result.value)).toBe(true);
          } else {
            expect(result.issue.code).toMatch(/^(MONEY_|FORMULA_CELL|CELL_)/);
          }
        },
      ),
    );
  });
});
