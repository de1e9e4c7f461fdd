import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText, validUscc } from '../__fixtures__/tables';
import { importTable, streamTable } from './import';

const USCC = validUscc(5);
const HEADER = [
  '小区编号',
  '小区名称',
  '所属街道代码',
  '物业服务企业',
  '统一社会信用代码',
  '建筑面积（㎡）',
  '户数',
  '是否成立业委会',
  '是否设置公示牌',
  '公示牌位置',
  '是否位于主要人行出入口',
  '账户管理方式',
];

function row(n: number): unknown[] {
  return [
    `C${n}`,
    `泉州市丰泽区东海街道第${n}号花园小区`,
    '350503001',
    '泉州市某某物业服务有限公司（丰泽分公司）',
    USCC,
    '12,345.67',
    300 + (n % 500),
    '是',
    '是',
    '小区东门主要人行出入口旁',
    n % 2 ? '是' : '否',
    '单独开户',
  ];
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-large-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('large tables', () => {
  it('streams a 50 MB CSV with bounded memory, every row accounted for', async () => {
    const path = join(dir, 'large.csv');
    const out = createWriteStream(path);
    const write = async (text: string) => {
      if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    };
    await write(`\ufeff${csvText([['泉州市住宅小区基本信息表'], HEADER])}`);
    let size = 0;
    let rows = 0;
    const expected = { imported: 0, rejected: 0, blank: 0, subtotal: 0 };
    while (size < 50 * 1024 * 1024) {
      rows += 1;
      let line: string;
      if (rows % 10_000 === 0) {
        line = csvText([['合计', '', '', '', '', '1,234,567.00', '3000']]);
        expected.subtotal += 1;
      } else if (rows % 7_777 === 0) {
        line = '\r\n';
        expected.blank += 1;
      } else if (rows % 5_003 === 0) {
        line = csvText([row(rows).map((v, i) => (i === 4 ? `${USCC.slice(0, 17)}0` : v))]);
        expected.rejected += USCC.endsWith('0') ? 0 : 1;
        expected.imported += USCC.endsWith('0') ? 1 : 0;
      } else {
        line = csvText([row(rows)]);
        expected.imported += 1;
      }
      size += Buffer.byteLength(line);
      await write(line);
    }
    await new Promise<void>((resolve) => {
      out.end(() => resolve());
    });
    expect((await stat(path)).size).toBeGreaterThan(50 * 1024 * 1024);

    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let seen = 0;
    let lastRow = 0;
    const stream = streamTable(path, { kind: 'community' });
    for await (const result of stream) {
      seen += 1;
      expect(result.row).toBeGreaterThan(lastRow);
      lastRow = result.row;
      if (seen % 2_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(stream.summary.encoding).toBe('utf-8');
    expect(stream.summary.headerRow).toBe(2);
    expect(stream.summary.counts).toEqual({ read: rows, skipped: 0, ...expected });
    // Holding the rows (or the text and the rows) would take several times the file's 50 MB.
    expect(peak - baseline).toBeLessThan(192 * 1024 * 1024);
  }, 300_000);

  it('reads a large XLSX of Chinese text without garbling characters split between chunks', async () => {
    const names = (n: number) => `泉州市第${n}号花园小区（${'东西南北中'.repeat(1 + (n % 7))}）`;
    const inline = join(dir, 'inline.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: inline, useSharedStrings: false });
    const sheet = writer.addWorksheet('小区');
    sheet.addRow(HEADER).commit();
    for (let n = 1; n <= 6_000; n += 1) {
      const r = row(n);
      r[1] = names(n);
      sheet.addRow(r).commit();
    }
    await writer.commit();
    const shared = new ExcelJS.Workbook();
    const ws = shared.addWorksheet('小区');
    ws.addRow(HEADER);
    for (let n = 1; n <= 6_000; n += 1) {
      const r = row(n);
      r[1] = names(n);
      ws.addRow(r);
    }
    const sharedBytes = new Uint8Array(await shared.xlsx.writeBuffer());
    for (const input of [inline, sharedBytes]) {
      const report = await importTable(input, { kind: 'community' });
      expect(report.issues).toEqual([]);
      expect(report.counts.imported).toBe(6_000);
      expect(report.records.every((r, i) => r.name === names(i + 1))).toBe(true);
    }
  }, 120_000);
});
