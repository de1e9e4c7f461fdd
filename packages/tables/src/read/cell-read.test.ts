import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ColumnCellResult, readColumnCell } from './cell-read';
import { type CompiledColumn, compileMapping } from './compile-mapping';
import type { ColumnMapping } from './mapping';

function column(spec: Omit<ColumnMapping, 'field' | 'headers'>): CompiledColumn {
  const compiled = compileMapping({
    kind: 'worker',
    title: { 'zh-CN': '测试', en: 'Test' },
    columns: [{ field: 'x/y', headers: ['测试列'], ...spec }],
  });
  return compiled.columns[0] as CompiledColumn;
}

function value(result: ColumnCellResult): unknown {
  if (!result.ok) throw new Error(`expected ok, got ${result.issue.code}`);
  return result.value;
}

function code(result: ColumnCellResult): string | undefined {
  return result.ok ? undefined : result.issue.code;
}

const text = column({ type: 'text' });
const id = column({ type: 'code' });
const month = column({ type: 'month' });
const quarter = column({ type: 'quarter' });
const list = column({ type: 'list' });
const kinds = column({
  type: 'list',
  options: [
    { code: 'repair', labels: ['维修'] },
    { code: 'tax', labels: ['税费'] },
  ],
});
const names = column({ type: 'list', item: 'name' });
const money = column({ type: 'money' });

describe('readColumnCell: text and codes', () => {
  it.each([
    [text, '  丰泽　花园 ', '丰泽 花园'],
    [text, 12.5, '12.5'],
    [text, true, '是'],
    [text, new Date(Date.UTC(2023, 6, 31)), '2023-07-31'],
    [text, "'=1+1", '=1+1'],
    [id, ' 9135 0500 ma2xy1234t ', '91350500MA2XY1234T'],
    [id, '３５０５０３００１', '350503001'],
    [id, 350503001, '350503001'],
    [id, '1001', '1001'],
  ])('%#: reads %j', (col, input, expected) => {
    expect(value(readColumnCell(col, input))).toBe(expected);
  });

  it.each([
    [2 ** 60, 'CODE_FORMAT'],
    ['3.50502E+17', 'CODE_FORMAT'],
    ['3.50502e17', 'CODE_FORMAT'],
    [new Date(0), 'CODE_FORMAT'],
    ['#N/A', 'CELL_ERROR_VALUE'],
    ['小区\uFFFD名', 'ENCODING_INVALID'],
  ])('rejects code %j with %s', (input, expected) => {
    expect(code(readColumnCell(id, input))).toBe(expected);
  });

  it('reads blanks and dashes as empty', () => {
    for (const input of [undefined, null, '', '  ', '-', '—']) {
      expect(readColumnCell(text, input)).toMatchObject({ ok: true, empty: true, value: undefined });
    }
  });
});

describe('readColumnCell: months and quarters', () => {
  it.each([
    ['2023-07', '2023-07'],
    ['2023-7', '2023-07'],
    ['2023/07', '2023-07'],
    ['2023.7', '2023-07'],
    ['2023年7月', '2023-07'],
    ['２０２３年７月', '2023-07'],
    ['202307', '2023-07'],
    [202307, '2023-07'],
    ['2023-07-31', '2023-07'],
    [45138, '2023-07'],
    [new Date(Date.UTC(2023, 6, 1)), '2023-07'],
  ])('month %j → %s', (input, expected) => {
    expect(value(readColumnCell(month, input))).toBe(expected);
  });

  it.each(['2023-13', '7月', '2023', 'abc', '2023年13月', '1899-12'])('rejects month %j', (input) => {
    expect(code(readColumnCell(month, input))).toBe('MONTH_FORMAT');
  });

  it.each([
    ['2023Q2', '2023Q2'],
    ['2023q2', '2023Q2'],
    ['2023-Q2', '2023Q2'],
    ['2023 Q2', '2023Q2'],
    ['Q2 2023', '2023Q2'],
    ['2023年第二季度', '2023Q2'],
    ['2023年第2季度', '2023Q2'],
    ['2023年二季度', '2023Q2'],
    ['2023年4季', '2023Q4'],
  ])('quarter %j → %s', (input, expected) => {
    expect(value(readColumnCell(quarter, input))).toBe(expected);
  });

  it.each(['2023Q5', '2023年第五季度', '第二季度', 20232, '2023'])('rejects quarter %j', (input) => {
    expect(code(readColumnCell(quarter, input))).toBe('QUARTER_FORMAT');
  });

  it('reads every month of 1900–2100 written in any of the usual ways', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('-', '/', '.', '年'),
        fc.boolean(),
        (y, m, sep, pad) => {
          const mm = pad ? String(m).padStart(2, '0') : String(m);
          const written = sep === '年' ? `${y}年${mm}月` : `${y}${sep}${mm}`;
          expect(value(readColumnCell(month, written))).toBe(`${y}-${String(m).padStart(2, '0')}`);
        },
      ),
    );
  });

  it('reads every quarter written in any of the usual ways', () => {
    const chinese = ['一', '二', '三', '四'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(4),
        (y, q, style) => {
          const written = [
            `${y}Q${q}`,
            `${y}-q${q}`,
            `${y}年第${chinese[q - 1]}季度`,
            `${y}年第${q}季度`,
            `Q${q} ${y}`,
          ][style];
          expect(value(readColumnCell(quarter, written))).toBe(`${y}Q${q}`);
        },
      ),
    );
  });
});

describe('readColumnCell: lists and money', () => {
  it('splits lists on Chinese and Latin separators, dropping blanks and repeats', () => {
    expect(value(readColumnCell(list, 'P1、P2，P3,P4;P5；P6\nP2、 '))).toEqual([
      'P1',
      'P2',
      'P3',
      'P4',
      'P5',
      'P6',
    ]);
    expect(value(readColumnCell(kinds, '维修、税费、repair'))).toEqual(['repair', 'tax']);
    expect(value(readColumnCell(names, '张三、李四'))).toEqual(['张三', '李四']);
    expect(readColumnCell(list, '、，')).toMatchObject({ ok: true, empty: true });
  });

  it('rejects a list item that is not an allowed value, naming the whole cell', () => {
    const result = readColumnCell(kinds, '维修、绿化');
    expect(result).toMatchObject({ ok: false, issue: { code: 'ENUM_UNKNOWN', original: '维修、绿化' } });
  });

  it('reads money in the unit the header gave', () => {
    expect(value(readColumnCell(money, '1.2'))).toBe(120);
    expect(value(readColumnCell(money, '1.2', { unit: 'wan' }))).toBe(1_200_000);
    expect(value(readColumnCell(money, '1,234.50元', { unit: 'wan' }))).toBe(123_450);
  });

  it('never throws, whatever the cell', () => {
    const columns = [text, id, month, quarter, list, kinds, names, money];
    fc.assert(
      fc.property(
        fc.constantFrom(...columns),
        fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.date(), fc.constant(null), fc.object()),
        (col, input) => {
          const result = readColumnCell(col, input);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });
});
