import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDate } from '../cells/date';
import { stripFormulaGuard } from '../cells/formula';
import { parseMoney } from '../cells/money';
import { csvString, writeCsv } from './csv';
import type { SheetColumn, SheetRow, SheetSpec } from './sheet';
import { TableWriteError } from './write-error';

const dir = mkdtempSync(join(tmpdir(), 'rectify-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLUMNS: SheetColumn[] = [
  { key: 'name', header: '小区名称', type: 'text' },
  { key: 'date', header: '日期', type: 'date' },
  { key: 'amount', header: '金额（元）', type: 'money' },
  { key: 'wan', header: '金额（万元）', type: 'money-wan' },
  { key: 'public', header: '是否公示', type: 'boolean' },
];

function sheet(rows: SheetRow[], totals?: SheetRow): SheetSpec & { rows: SheetRow[] } {
  return totals === undefined
    ? { name: '明细', columns: COLUMNS, rows }
    : { name: '明细', columns: COLUMNS, rows, totals };
}

describe('csvString', () => {
  it('writes a BOM, CRLF line ends, plain 元 amounts, dates and a totals row', () => {
    const text = csvString(
      sheet(
        [
          { name: '一号小区', date: '2023-07-31', amount: 123456789, wan: 1_200_000, public: true },
          { name: '二号小区', date: null, amount: -5, wan: 1, public: false },
        ],
        { name: '合计', amount: 123456784 },
      ),
    );
    expect(text).toBe(
      '\ufeff小区名称,日期,金额（元）,金额（万元）,是否公示\r\n' +
        '一号小区,2023-07-31,1234567.89,1.20,是\r\n' +
        '二号小区,,-0.05,0.000001,否\r\n' +
        '合计,,1234567.84,,\r\n',
    );
  });

  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['泉州市（东区）', '泉州市（东区）'],
    ['  spaced  ', '  spaced  '],
    ['=1+2', "'=1+2"],
    ['=A1,"x"', `"'=A1,""x"""`],
    ['@cmd', "'@cmd"],
    ['-1', "'-1"],
    ['+86 138', "'+86 138"],
    ['\t=1', "'\t=1"],
    ['＝1', "'＝1"],
  ])('quotes and guards the text %j as %j', (name, field) => {
    const text = csvString(sheet([{ name }]), { bom: false });
    expect(text).toBe(`小区名称,日期,金额（元）,金额（万元）,是否公示\r\n${field},,,,\r\n`);
  });

  it('writes integer fen with moneyAs: fen', () => {
    const text = csvString(sheet([{ amount: 123456, wan: 1_200_000 }]), { bom: false, moneyAs: 'fen' });
    expect(text.split('\r\n')[1]).toBe(',,123456,1200000,');
  });

  it('reads back exactly with a CSV parser, parseMoney and stripFormulaGuard', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string({ unit: 'grapheme', maxLength: 20 }),
            date: fc.constantFrom('2023-07-31', '1999-01-01', '2000-02-29'),
            amount: fc.maxSafeInteger(),
            wan: fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (rows) => {
          const records: string[][] = parse(csvString(sheet(rows)), { bom: true });
          expect(records[0]).toEqual(COLUMNS.map((c) => c.header));
          for (const [i, want] of rows.entries()) {
            const [name, date, amount, wan] = records[i + 1] ?? [];
            expect(stripFormulaGuard(name ?? '')).toBe(want.name);
            expect(parseDate(date)).toEqual({ ok: true, value: want.date });
            expect(parseMoney(amount)).toEqual({ ok: true, value: want.amount });
            expect(parseMoney(wan, { unit: 'wan' })).toEqual({ ok: true, value: want.wan });
          }
          expect(records).toHaveLength(rows.length + 1);
        },
      ),
    );
  });

  it('needs rows in memory and a known money unit', () => {
    async function* rows() {
      yield {};
    }
    expect(() =>
      csvString({ ...sheet([]), rows: rows() } as unknown as SheetSpec & { rows: SheetRow[] }),
    ).toThrow(TableWriteError);
    expect(() => csvString(sheet([]), { moneyAs: 'wan' as 'fen' })).toThrow(/moneyAs/);
  });
});

describe('writeCsv', () => {
  it('writes a file with the UTF-8 BOM and the same text as csvString', async () => {
    const rows = [
      { name: '泉州,丰泽"区"', date: '2023-07-31', amount: 100, wan: 0, public: true },
      { name: '=cmd|"/c calc"!A0', amount: 1 },
    ];
    const path = join(dir, 'a.csv');
    expect(await writeCsv(sheet(rows, { name: '合计', amount: 101 }), path)).toEqual({ rows: 2 });
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(csvString(sheet(rows, { name: '合计', amount: 101 })));
  });

  it('omits the BOM on request', async () => {
    const path = join(dir, 'nobom.csv');
    await writeCsv(sheet([{ name: 'x' }]), path, { bom: false });
    expect(readFileSync(path, 'utf8').startsWith('小区名称')).toBe(true);
  });

  it('waits for a slow stream to drain instead of buffering the whole file', async () => {
    let received = 0;
    let maxBuffered = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        maxBuffered = Math.max(maxBuffered, this.writableLength);
        setImmediate(callback);
      },
    });
    let finished = false;
    slow.on('finish', () => {
      finished = true;
    });
    async function* rows() {
      for (let i = 0; i < 30_000; i += 1) {
        yield {
          name: `泉州市丰泽区第${i}小区（东区）`,
          date: '2023-07-31',
          amount: i * 1001,
          wan: i,
          public: i % 2 === 0,
        };
      }
    }
    const result = await writeCsv({ name: 's', columns: COLUMNS, rows: rows() }, slow);
    expect(result).toEqual({ rows: 30_000 });
    expect(finished).toBe(true);
    expect(received).toBeGreaterThan(1_500_000);
    // One chunk (64 Ki characters, at most three bytes each) beyond the high-water mark at most.
    expect(maxBuffered).toBeLessThan(16 * 1024 + 3 * 64 * 1024 + 4096);
  });

  it('rejects a bad value, names its row and removes the half-written file', async () => {
    const path = join(dir, 'bad.csv');
    function* rows() {
      for (let i = 1; i <= 5000; i += 1)
        yield { name: '小区', date: i === 4000 ? '2023-02-30' : '2023-02-28' };
    }
    const written = writeCsv({ name: '明细', columns: COLUMNS, rows: rows() }, path);
    await expect(written).rejects.toMatchObject({ code: 'INVALID_VALUE' });
    await expect(written).rejects.toThrow(/row 4000, column "date"/);
    expect(existsSync(path)).toBe(false);
  });

  it('passes on an error of the target stream', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error('disk full'));
      },
    });
    await expect(writeCsv(sheet([{ name: 'x' }]), broken)).rejects.toThrow('disk full');
  });
});
