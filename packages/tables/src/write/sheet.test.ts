import { describe, expect, it } from 'vitest';
import { assertSheetSpec, columnWidth, displayWidth, type SheetColumn, type SheetSpec } from './sheet';
import { TableWriteError } from './write-error';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['Amount', 6],
    ['金额（元）', 10],
    ['金额(元)', 8],
    ['ＡＢ', 4],
    ['한국', 4],
    ['𠀀', 2],
    ['小区 A', 6],
  ])('%j is %i wide', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('columnWidth', () => {
  const column = (header: string, type: SheetColumn['type'], width?: number): SheetColumn =>
    width === undefined ? { key: 'k', header, type } : { key: 'k', header, type, width };

  it.each([
    [column('金额（元）', 'money'), 16],
    [column('收入金额（元）', 'money'), 16],
    [column('2023年第二季度公共收益收入金额（元）', 'money'), 38],
    [column('日期', 'date'), 12],
    [column('统一社会信用代码', 'code'), 20],
    [column('A', 'boolean'), 8],
    [column('说'.repeat(40), 'text'), 60],
    [column('金额', 'money', 9), 9],
  ])('%j → %i', (col, width) => {
    expect(columnWidth(col)).toBe(width);
  });
});

describe('assertSheetSpec', () => {
  const base: SheetSpec = { name: 's', columns: [{ key: 'a', header: 'A', type: 'text' }], rows: [] };

  it('accepts a well-formed sheet with sync or async rows', () => {
    expect(() => assertSheetSpec(base)).not.toThrow();
    async function* rows() {
      yield { a: 'x' };
    }
    expect(() => assertSheetSpec({ ...base, rows: rows() })).not.toThrow();
  });

  it.each([
    ['no columns', { ...base, columns: [] }],
    [
      'a repeated key',
      {
        ...base,
        columns: [
          { key: 'a', header: 'A', type: 'text' },
          { key: 'a', header: 'B', type: 'money' },
        ],
      },
    ],
    ['an unknown type', { ...base, columns: [{ key: 'a', header: 'A', type: 'currency' }] }],
    ['a zero width', { ...base, columns: [{ key: 'a', header: 'A', type: 'text', width: 0 }] }],
    ['a NaN width', { ...base, columns: [{ key: 'a', header: 'A', type: 'text', width: Number.NaN }] }],
    ['rows that are not iterable', { ...base, rows: 3 }],
  ])('rejects %s', (_label, spec) => {
    expect(() => assertSheetSpec(spec as SheetSpec)).toThrow(TableWriteError);
    try {
      assertSheetSpec(spec as SheetSpec);
    } catch (error) {
      expect((error as TableWriteError).code).toBe('INVALID_SHEET');
    }
  });
});
