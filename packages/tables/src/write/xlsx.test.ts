import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { streamingWorkbookReader } from '../../test/streaming-reader';
import { parseDate } from '../cells/date';
import { stripFormulaGuard } from '../cells/formula';
import { parseMoney } from '../cells/money';
import type { SheetColumn, SheetRow, SheetSpec } from './sheet';
import { TableWriteError } from './write-error';
import { writeXlsx, xlsxBuffer } from './xlsx';

const dir = mkdtempSync(join(tmpdir(), 'rectify-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLUMNS: SheetColumn[] = [
  { key: 'seq', header: '序号', type: 'integer' },
  { key: 'date', header: '日期', type: 'date' },
  { key: 'name', header: '小区名称', type: 'text' },
  { key: 'uscc', header: '统一社会信用代码', type: 'code' },
  { key: 'amount', header: '金额（元）', type: 'money' },
  { key: 'wan', header: '金额（万元）', type: 'money-wan' },
  { key: 'share', header: '比例', type: 'ratio' },
  { key: 'area', header: '面积', type: 'decimal' },
  { key: 'status', header: '状态', type: 'status' },
  { key: 'public', header: '是否公示', type: 'boolean', width: 11 },
];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, index = 0): ExcelJS.Worksheet {
  const sheet = workbook.worksheets[index];
  if (!sheet) throw new Error(`no sheet ${index}`);
  return sheet;
}

const exactFen = fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 });
const civilDate = fc
  .date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const injection = fc.constantFrom(
  '=HYPERLINK("http://evil.example","点我")',
  '+1+2',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1',
  '＝1+1',
  "'=already guarded",
  '泉州市丰泽区某某小区（东区）',
  'a,b"c\nd',
);

describe('writeXlsx round trip (read back with exceljs)', () => {
  it('reads back every money amount, date and text exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            amount: exactFen,
            wan: exactFen,
            date: civilDate,
            name: fc.oneof(injection, fc.string()),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        async (records) => {
          const rows = records.map((r, i): SheetRow => ({ seq: i + 1, ...r }));
          const bytes = await xlsxBuffer([{ name: '明细', columns: COLUMNS, rows }]);
          const sheet = sheetOf(await load(bytes));
          for (const [i, want] of records.entries()) {
            const row = sheet.getRow(i + 2);
            expect(parseMoney(row.getCell(5).value)).toEqual({ ok: true, value: want.amount });
            expect(parseMoney(row.getCell(6).value, { unit: 'wan' })).toEqual({ ok: true, value: want.wan });
            expect(parseDate(row.getCell(2).value)).toEqual({ ok: true, value: want.date });
            const name = row.getCell(3).value;
            if (want.name === '') expect(name).toBeNull();
            else expect(stripFormulaGuard(String(name))).toBe(want.name.replace(/\r/g, '\n'));
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps formula-like text as literal text, never a formula', async () => {
    const texts = [
      '=HYPERLINK("http://evil.example","点我")',
      '=1+1',
      '+1+2',
      '-2+3',
      '@SUM(A1:A2)',
      '\t=1',
      '\r=1',
      '＝1+1',
      "'=x",
    ];
    const columns: SheetColumn[] = [
      { key: 'text', header: '=header', type: 'text' },
      { key: 'code', header: '代码', type: 'code' },
      { key: 'status', header: '状态', type: 'status' },
    ];
    const rows = texts.map((t) => ({ text: t, code: t, status: t }));
    const sheet = sheetOf(await load(await xlsxBuffer([{ name: 's', columns, rows }])));
    expect(sheet.getCell('A1').value).toBe("'=header");
    for (const [i, t] of texts.entries()) {
      for (let c = 1; c <= 3; c += 1) {
        const cell = sheet.getRow(i + 2).getCell(c);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
        expect(String(cell.value).startsWith("'")).toBe(true);
        // XML turns a lone CR into LF; the guard itself survives.
        expect(stripFormulaGuard(String(cell.value))).toBe(t.replace(/\r/g, '\n'));
      }
    }
  });

  it('writes a frozen, styled header, column widths and number formats', async () => {
    const rows = [
      {
        seq: 1234,
        date: '2023-07-31',
        name: '一号',
        uscc: '0012',
        amount: 123456,
        wan: 1_234_567,
        share: 0.3,
        area: 88.5,
        status: '已公示',
        public: true,
      },
    ];
    const bytes = await xlsxBuffer([
      { name: '明细', columns: COLUMNS, rows, totals: { name: '合计', amount: 123456, wan: 1_234_567 } },
    ]);
    const sheet = sheetOf(await load(bytes));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([undefined, ...COLUMNS.map((c) => c.header)]);
    const headerCell = sheet.getCell('A1');
    expect(headerCell.font?.bold).toBe(true);
    expect(headerCell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(headerCell.border?.bottom?.style).toBe('thin');
    expect(COLUMNS.map((_, i) => sheet.getColumn(i + 1).width)).toEqual([
      10, 12, 12, 20, 16, 14, 10, 12, 10, 11,
    ]);
    const formats = COLUMNS.map((_, i) => sheet.getRow(2).getCell(i + 1).numFmt);
    expect(formats).toEqual([
      '#,##0',
      'yyyy-mm-dd',
      undefined,
      '@',
      '#,##0.00',
      '#,##0.00',
      '0.00%',
      '#,##0.00',
      undefined,
      undefined,
    ]);
    expect(sheet.getCell('B2').value).toEqual(new Date(Date.UTC(2023, 6, 31)));
    expect(sheet.getCell('E2').value).toBe(1234.56);
    expect(sheet.getCell('F2').value).toBe(1.234567);
    expect(sheet.getCell('J2').value).toBe('是');
    const totals = sheet.getRow(3);
    expect(totals.getCell(3).value).toBe('合计');
    expect(totals.getCell(5).value).toBe(1234.56);
    expect(totals.getCell(5).numFmt).toBe('#,##0.00');
    for (let c = 1; c <= COLUMNS.length; c += 1) expect(totals.getCell(c).font?.bold).toBe(true);
    expect(totals.getCell(5).border?.bottom?.style).toBe('double');
    expect(sheet.rowCount).toBe(3);
  });

  it('sanitises and de-duplicates sheet names, Chinese kept', async () => {
    const columns: SheetColumn[] = [{ key: 'a', header: 'A', type: 'text' }];
    const names = ['收支明细', '收支明细', '2023/Q2 [汇总]', "'引号'", '', 'x'.repeat(40)];
    const result = await writeXlsx(
      names.map((name) => ({ name, columns, rows: [{ a: name }] })),
      join(dir, 'names.xlsx'),
    );
    const expected = ['收支明细', '收支明细 (2)', '2023_Q2 _汇总_', '引号', 'Sheet5', 'x'.repeat(31)];
    expect(result.sheets).toEqual(expected.map((name) => ({ name, rows: 1 })));
    const workbook = await load(readFileSync(join(dir, 'names.xlsx')));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(expected);
  });

  it('streams async rows and reports the rows written per sheet', async () => {
    async function* rows(n: number) {
      for (let i = 0; i < n; i += 1) {
        await Promise.resolve();
        yield { seq: i + 1, amount: i * 101 };
      }
    }
    const columns = COLUMNS.filter((c) => c.key === 'seq' || c.key === 'amount');
    const path = join(dir, 'async.xlsx');
    const result = await writeXlsx(
      [
        { name: '一', columns, rows: rows(1500) },
        { name: '二', columns, rows: rows(0), totals: { seq: 0 } },
        { name: '三', columns, rows: rows(3000) },
      ],
      path,
      { created: new Date(Date.UTC(2023, 6, 31)), creator: '测试' },
    );
    expect(result.sheets).toEqual([
      { name: '一', rows: 1500 },
      { name: '二', rows: 0 },
      { name: '三', rows: 3000 },
    ]);
    const workbook = await load(readFileSync(path));
    expect(workbook.creator).toBe('测试');
    expect(workbook.created).toEqual(new Date(Date.UTC(2023, 6, 31)));
    expect(sheetOf(workbook, 0).getCell('B1501').value).toBe(1499 * 1.01);
    expect(sheetOf(workbook, 1).rowCount).toBe(2);
    expect(sheetOf(workbook, 2).getCell('A3001').value).toBe(3000);
  });

  it('reads back Chinese text exactly through a streaming reader', async () => {
    const n = 20_000;
    const name = (i: number) => `泉州市丰泽区第${i}小区（${i % 2 ? '东' : '西'}区）`;
    const path = join(dir, 'stream.xlsx');
    const columns = COLUMNS.filter((c) => ['seq', 'name', 'amount'].includes(c.key));
    const rows = (function* () {
      for (let i = 0; i < n; i += 1) yield { seq: i, name: name(i), amount: i * 7919 };
    })();
    await writeXlsx([{ name: '明细', columns, rows }], path);
    let seen = 0;
    for await (const worksheet of streamingWorkbookReader(path)) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        if (row.number === 1) continue;
        const values = row.values as unknown[];
        const i = values[1] as number;
        expect(values[2]).toBe(name(i));
        expect(parseMoney(values[3])).toEqual({ ok: true, value: i * 7919 });
        seen += 1;
      }
    }
    expect(seen).toBe(n);
  });
});

describe('writeXlsx backpressure', () => {
  it('stops pulling rows while the target does not drain, then finishes', async () => {
    let held: (() => void)[] | undefined = [];
    let received = 0;
    const stalled = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (held) held.push(() => callback());
        else callback();
      },
    });
    const total = 200_000;
    let pulled = 0;
    const rows = (function* () {
      for (let i = 0; i < total; i += 1) {
        pulled += 1;
        yield { seq: i, name: `泉州市丰泽区第${i}小区（东区）`, amount: i * 7919, date: '2023-07-31' };
      }
    })();
    const columns = COLUMNS.filter((c) => ['seq', 'name', 'amount', 'date'].includes(c.key));
    const written = writeXlsx([{ name: '明细', columns, rows }], stalled);
    let last = -1;
    while (pulled !== last) {
      last = pulled;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The writer waits: a bounded backlog, nowhere near the whole sheet.
    expect(pulled).toBeLessThan(total / 4);
    const release = held ?? [];
    held = undefined;
    for (const callback of release) callback();
    expect(await written).toEqual({ sheets: [{ name: '明细', rows: total }] });
    expect(pulled).toBe(total);
    expect(received).toBeGreaterThan(1_000_000);
  });
});

describe('writeXlsx misuse and failures', () => {
  const columns: SheetColumn[] = [{ key: 'amount', header: '金额', type: 'money' }];

  it('rejects a workbook without sheets and a malformed sheet before creating the file', async () => {
    const path = join(dir, 'never.xlsx');
    await expect(writeXlsx([], path)).rejects.toMatchObject({ code: 'INVALID_SHEET' });
    await expect(writeXlsx([{ name: 's', columns: [], rows: [] }], path)).rejects.toThrow(TableWriteError);
    expect(existsSync(path)).toBe(false);
  });

  it('rejects a fraction of a fen in row 1,000 and removes the half-written file', async () => {
    const path = join(dir, 'bad.xlsx');
    const rows = (function* () {
      for (let i = 1; i <= 2000; i += 1) yield { amount: i === 1000 ? 0.5 : i };
    })();
    const written = writeXlsx([{ name: 'bad', columns, rows }], path);
    await expect(written).rejects.toMatchObject({ code: 'INVALID_VALUE' });
    await expect(written).rejects.toThrow(/row 1000, column "amount"/);
    expect(existsSync(path)).toBe(false);
  });

  it('rejects a bad totals row', async () => {
    const spec: SheetSpec = { name: 's', columns, rows: [{ amount: 1 }], totals: { amount: '合计' } };
    await expect(xlsxBuffer([spec])).rejects.toThrow(/the totals row/);
  });

  it('passes on an error of the target stream instead of hanging', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error('disk full'));
      },
    });
    const rows = (function* () {
      for (let i = 0; i < 5000; i += 1) yield { amount: i };
    })();
    await expect(writeXlsx([{ name: 's', columns, rows }], broken)).rejects.toThrow('disk full');
  });

  it('rejects a path in a folder that does not exist', async () => {
    await expect(
      writeXlsx([{ name: 's', columns, rows: [{ amount: 1 }] }], join(dir, 'missing', 'x.xlsx')),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
