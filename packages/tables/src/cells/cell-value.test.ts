import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCellValue } from './cell-value';
import { parseDate } from './date';
import { parseMoney } from './money';
import { parseBoolean, parseDecimal, parseInteger } from './scalar';

describe('readCellValue', () => {
  it.each<[unknown, string, string]>([
    [null, 'empty', ''],
    [undefined, 'empty', ''],
    ['  ', 'empty', '  '],
    ['—', 'empty', '—'],
    ['－', 'empty', '－'],
    ['１２', 'text', '１２'],
    [12, 'number', '12'],
    [1e-7, 'number', '1e-7'],
    [true, 'boolean', 'TRUE'],
    [new Date(Date.UTC(2023, 6, 31)), 'date', '2023-07-31T00:00:00.000Z'],
    [new Date(Number.NaN), 'date', 'Invalid Date'],
    [{ richText: [{ text: '金' }, { text: '额', font: { bold: true } }] }, 'text', '金额'],
    [{ text: '链接', hyperlink: 'https://example.org' }, 'text', '链接'],
    [{ text: { richText: [{ text: 'x' }] }, hyperlink: 'https://example.org' }, 'text', 'x'],
    [{ formula: 'A1', result: 3 }, 'number', '3'],
    [{ sharedFormula: 'A2', result: 'a' }, 'text', 'a'],
    [{ formula: 'A1' }, 'rejected', '=A1'],
    [{ sharedFormula: 'A2' }, 'rejected', '=(A2)'],
    [{ error: '#REF!' }, 'rejected', '#REF!'],
    [{ formula: '1/0', result: { error: '#DIV/0!' } }, 'rejected', '#DIV/0!'],
    ['#NAME?', 'rejected', '#NAME?'],
    ['=1+1', 'rejected', '=1+1'],
    [{ some: 'object' }, 'rejected', '{"some":"object"}'],
  ])('%j → %s', (input, kind, original) => {
    const cell = readCellValue(input);
    expect(cell.kind).toBe(kind);
    expect(cell.original).toBe(original);
  });

  it('normalises text and removes the guard that neutraliseFormula adds', () => {
    const cell = readCellValue("'－1,234");
    expect(cell).toMatchObject({ kind: 'text', text: '-1,234' });
  });

  it('reads BigInts as text and rejects symbols', () => {
    expect(readCellValue(12n)).toMatchObject({ kind: 'text', text: '12', original: '12' });
    expect(readCellValue(Symbol('s'))).toMatchObject({ kind: 'rejected', original: 'Symbol(s)' });
  });

  it('survives circular objects', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(readCellValue(loop)).toMatchObject({
      kind: 'rejected',
      original: '[object Object]',
      issue: { code: 'CELL_TYPE_UNSUPPORTED' },
    });
  });

  it('adds a FORMULA_CELL warning for a saved formula result', () => {
    const cell = readCellValue({ formula: 'SUM(A1:A3)', result: 6 });
    expect(cell.warnings.map((w) => [w.code, w.severity, w.original])).toEqual([
      ['FORMULA_CELL', 'warning', '=SUM(A1:A3)'],
    ]);
  });
});

describe('cells read back from a real XLSX written by exceljs', () => {
  it('parses dates, formulas, rich text, merged cells and error values as exceljs returns them', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('公共收益');
    sheet.getCell('A1').value = new Date(Date.UTC(2023, 6, 31));
    sheet.getCell('A2').value = 45138;
    sheet.getCell('B1').value = 1234.5;
    sheet.getCell('B2').value = { formula: 'B1*2', result: 2469 };
    sheet.getCell('B3').value = { formula: 'NOW()' };
    sheet.getCell('B4').value = { error: '#DIV/0!' };
    sheet.getCell('B5').value = { richText: [{ text: '１,２' }, { text: '34.50元', font: { bold: true } }] };
    sheet.getCell('C1').value = '120.5㎡';
    sheet.mergeCells('D1:D3');
    sheet.getCell('D1').value = 3;
    sheet.getCell('E1').value = true;
    const buffer = await book.xlsx.writeBuffer();

    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(buffer);
    const read = loaded.getWorksheet('公共收益');
    const cell = (ref: string) => read?.getCell(ref).value;

    expect(parseDate(cell('A1'))).toEqual({ ok: true, value: '2023-07-31' });
    expect(parseDate(cell('A2'))).toEqual({ ok: true, value: '2023-07-31' });
    expect(parseMoney(cell('B1'))).toEqual({ ok: true, value: 123450 });
    expect(parseMoney(cell('B2'))).toMatchObject({
      ok: true,
      value: 246900,
      warnings: [{ code: 'FORMULA_CELL' }],
    });
    expect(parseMoney(cell('B3'))).toMatchObject({
      ok: false,
      issue: { code: 'FORMULA_CELL', severity: 'error' },
    });
    expect(parseMoney(cell('B4'))).toMatchObject({ ok: false, issue: { code: 'CELL_ERROR_VALUE' } });
    expect(parseMoney(cell('B5'))).toEqual({ ok: true, value: 123450 });
    expect(parseDecimal(cell('C1'))).toEqual({ ok: true, value: 120.5 });
    expect(parseInteger(cell('D1'))).toEqual({ ok: true, value: 3 });
    expect(parseInteger(cell('D2'))).toEqual({ ok: true, value: 3 });
    expect(parseBoolean(cell('E1'))).toEqual({ ok: true, value: true });
    expect(parseMoney(cell('F9'))).toEqual({ ok: true, value: undefined, empty: true });
  });
});
