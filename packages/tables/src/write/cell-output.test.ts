import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../cells/money';
import { csvFieldText, formatFen, xlsxCellValue } from './cell-output';
import type { SheetCell, SheetColumn, SheetColumnType } from './sheet';
import { TableWriteError } from './write-error';

const place = { sheet: '明细', row: 3 };
const col = (type: SheetColumnType): SheetColumn => ({ key: 'k', header: 'H', type });

// Amounts Excel keeps exactly as numbers: below 10^15 fen (15 significant digits).
const exactFen = fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 });
// `0 - n`, not `-n`: negating 0 gives -0, which no amount is (it is written, and read back, as 0; see below).
const anyFen = fc.maxSafeInteger().chain((n) => fc.constantFrom(n, 0 - n));

describe('formatFen', () => {
  it.each([
    [0, 2, 2, '0.00'],
    [-0, 2, 2, '0.00'],
    [5, 2, 2, '0.05'],
    [-5, 2, 2, '-0.05'],
    [123456, 2, 2, '1234.56'],
    [-123456, 2, 2, '-1234.56'],
    [1_200_000, 6, 2, '1.20'],
    [1_234_567, 6, 2, '1.234567'],
    [1, 6, 2, '0.000001'],
    [Number.MAX_SAFE_INTEGER, 2, 2, '90071992547409.91'],
  ])('formatFen(%i, %i, %i) is %j', (fen, scale, min, text) => {
    expect(formatFen(fen, scale, min)).toBe(text);
  });

  it('reads back through parseMoney as the same fen, in 元 and in 万元', () => {
    fc.assert(
      fc.property(fc.oneof(exactFen, anyFen), (fen) => {
        expect(parseMoney(formatFen(fen, 2))).toEqual({ ok: true, value: fen });
        expect(parseMoney(formatFen(fen, 6, 2), { unit: 'wan' })).toEqual({ ok: true, value: fen });
      }),
    );
  });
});

describe('xlsxCellValue', () => {
  it.each<[SheetColumnType, SheetCell, unknown]>([
    ['money', 123456, 1234.56],
    ['money', -5, -0.05],
    ['money', 10 ** 15, '10000000000000.00'],
    ['money-wan', 1_234_567, 1.234567],
    ['integer', 42, 42],
    ['decimal', 12.5, 12.5],
    ['ratio', 0.3, 0.3],
    ['date', '2023-07-31', new Date(Date.UTC(2023, 6, 31))],
    ['date', '0099-01-01', '0099-01-01'],
    ['date', '1900-02-28', '1900-02-28'],
    ['boolean', true, '是'],
    ['boolean', false, '否'],
    ['text', '=1+2', "'=1+2"],
    ['status', '＝cmd', "'＝cmd"],
    ['code', '0012', '0012'],
    ['text', 12, '12'],
    ['text', -12, "'-12"],
    ['text', true, '是'],
    ['text', 'a\u0001b', 'a\ufffdb'],
    ['text', '\u0000=1', '\ufffd=1'],
    ['text', '', null],
    ['money', null, null],
    ['date', undefined, null],
  ])('%s %j → %j', (type, value, expected) => {
    expect(xlsxCellValue(col(type), value, place)).toEqual(expected);
  });

  it.each<[SheetColumnType, SheetCell]>([
    ['money', 12.5],
    ['money', '1234.56'],
    ['money', Number.MAX_SAFE_INTEGER + 1],
    ['money-wan', Number.NaN],
    ['integer', 1.5],
    ['decimal', Number.POSITIVE_INFINITY],
    ['ratio', '30%'],
    ['date', '2023-02-29'],
    ['date', '2023/07/31'],
    ['date', 45000],
    ['boolean', '是'],
    ['text', Number.NaN],
  ])('rejects %s %j with INVALID_VALUE', (type, value) => {
    expect(() => xlsxCellValue(col(type), value, place)).toThrow(TableWriteError);
    expect(() => xlsxCellValue(col(type), value, place)).toThrow(/sheet "明细", row 3, column "k"/);
  });

  it('writes exact-range money as a number whose shortest form parseMoney reads as the same fen', () => {
    fc.assert(
      fc.property(exactFen, (fen) => {
        const yuan = xlsxCellValue(col('money'), fen, place);
        const wan = xlsxCellValue(col('money-wan'), fen, place);
        expect(typeof yuan).toBe('number');
        expect(parseMoney(yuan)).toEqual({ ok: true, value: fen });
        expect(parseMoney(wan, { unit: 'wan' })).toEqual({ ok: true, value: fen });
      }),
    );
  });

  it('writes money beyond 10^15 fen as exact text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10 ** 15, max: Number.MAX_SAFE_INTEGER }), (fen) => {
        const yuan = xlsxCellValue(col('money'), fen, place);
        expect(typeof yuan).toBe('string');
        expect(parseMoney(yuan)).toEqual({ ok: true, value: fen });
      }),
    );
  });
});

describe('csvFieldText', () => {
  it.each<[SheetColumnType, SheetCell, 'yuan' | 'fen', string]>([
    ['money', 123456, 'yuan', '1234.56'],
    ['money', -100, 'yuan', '-1.00'],
    ['money', 123456, 'fen', '123456'],
    ['money-wan', 1_200_000, 'yuan', '1.20'],
    ['money-wan', 1_200_000, 'fen', '1200000'],
    ['date', '2023-07-31', 'yuan', '2023-07-31'],
    ['integer', 1234567, 'yuan', '1234567'],
    ['ratio', 0.125, 'yuan', '0.125'],
    ['boolean', true, 'yuan', '是'],
    ['text', '@SUM(A1)', 'yuan', "'@SUM(A1)"],
    ['text', 'a\u0001b', 'yuan', 'a\u0001b'],
    ['code', '-1', 'yuan', "'-1"],
    ['money', null, 'yuan', ''],
  ])('%s %j (%s) → %j', (type, value, moneyAs, expected) => {
    expect(csvFieldText(col(type), value, place, moneyAs)).toBe(expected);
  });

  it('names the totals row in its error', () => {
    expect(() => csvFieldText(col('money'), 0.5, { sheet: 's', row: 'totals' }, 'yuan')).toThrow(
      /the totals row/,
    );
  });
});
