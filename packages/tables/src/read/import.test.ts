import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  csvText,
  handMadeXlsx,
  PNG_BYTES,
  validResidentId,
  validUscc,
  xlsxBytes,
  zipBomb,
} from '../__fixtures__/tables';
import { type ImportReport, importTable, streamTable } from './import';
import { extendMapping } from './mapping';
import { MAPPINGS } from './mappings/index';
import { TableReadError } from './read-error';

const USCC = validUscc(1);
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

function community(i: number): unknown[] {
  return [
    `C${String(i).padStart(3, '0')}`,
    `小区${i}`,
    '350503001',
    '泉州某物业服务有限公司',
    USCC,
    '1,200.5',
    100 + i,
    '是',
    '是',
    '东门',
    '是',
    '单独开户',
  ];
}

function ids(report: ImportReport): string[] {
  return report.records.map((r) => (r as { id: string }).id);
}

function codes(report: ImportReport): string[] {
  return report.issues.map((i) => i.code);
}

function balanced(report: ImportReport): void {
  const c = report.counts;
  expect(c.read).toBe(c.imported + c.rejected + c.blank + c.subtotal + c.skipped);
  expect(report.records.length).toBe(c.imported);
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-tables-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('importTable: CSV encodings', () => {
  it('reads a GBK-encoded CSV, reporting GB18030', async () => {
    const bytes = iconv.encode(csvText([HEADER, community(1), community(2)]), 'gbk');
    const report = await importTable(bytes, { kind: 'community' });
    expect(report.encoding).toBe('gb18030');
    expect(ids(report)).toEqual(['C001', 'C002']);
    expect(report.records[0]).toMatchObject({
      name: '小区1',
      companyName: '泉州某物业服务有限公司',
      buildingArea: 1200.5,
    });
    balanced(report);
  });

  it('reads UTF-8 with a BOM without polluting the first header', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(csvText([HEADER, community(1)])),
    ]);
    const report = await importTable(bytes, { kind: 'community' });
    expect(report.encoding).toBe('utf-8');
    expect(report.columns[0]).toEqual({ column: 'A 小区编号', field: 'id' });
    expect(ids(report)).toEqual(['C001']);
  });

  it('reads GB18030 named explicitly, and UTF-16 behind its BOM', async () => {
    const gb = await importTable(iconv.encode(csvText([HEADER, community(3)]), 'gb18030'), {
      kind: 'community',
      encoding: 'gbk',
    });
    expect(ids(gb)).toEqual(['C003']);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode(csvText([HEADER, community(4)]), 'utf16le'),
    ]);
    const u = await importTable(utf16, { kind: 'community' });
    expect(u.encoding).toBe('utf-16le');
    expect(ids(u)).toEqual(['C004']);
  });

  it('reads tab-separated text', async () => {
    const text = [HEADER, community(5)].map((r) => r.join('\t')).join('\n');
    expect(ids(await importTable(Buffer.from(text), { kind: 'community' }))).toEqual(['C005']);
  });

  it('rejects cells that do not decode, keeping the rows that do', async () => {
    const good = Buffer.from(csvText([HEADER, community(1)]));
    const bad = Buffer.concat([
      Buffer.from('C002,'),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from(`,350503001,某物业,${USCC},1,1,是,是,,,\r\n`),
    ]);
    const report = await importTable(Buffer.concat([good, bad]), { kind: 'community', encoding: 'utf-8' });
    expect(ids(report)).toEqual(['C001']);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'ENCODING_INVALID', row: 3, column: 'B 小区名称' }),
    );
    balanced(report);
  });
});

describe('importTable: layout', () => {
  it('finds the header on row 4 after a title block and numbers rows as a spreadsheet does', async () => {
    const rows = [
      ['泉州市某街道住宅小区基本信息表'],
      ['填报单位：某街道', '', '单位：元'],
      [],
      HEADER,
      community(1),
      community(2),
    ];
    const report = await importTable(Buffer.from(csvText(rows)), { kind: 'community' });
    expect(report.headerRow).toBe(4);
    expect(ids(report)).toEqual(['C001', 'C002']);
    const bad = await importTable(Buffer.from(csvText([...rows, ['C003', '小区3']])), { kind: 'community' });
    expect(bad.issues.find((i) => i.code === 'CELL_REQUIRED')).toMatchObject({
      row: 7,
      column: 'C 所属街道代码',
    });
  });

  it('counts and skips blank rows, subtotal rows, notes and repeated headers; none is lost', async () => {
    const rows = [
      HEADER,
      community(1),
      [],
      ['', '', '', ''],
      community(2),
      ['合计', '', '', '', '', '2,401', '203'],
      HEADER,
      community(3),
      ['本页小计', '', '', '', '', '1,200.5', '103'],
      ['总 计'],
      ['注：本表由街道填报。'],
      ['填表人：张三', '联系电话：13812345678'],
    ];
    const report = await importTable(Buffer.from(csvText(rows)), { kind: 'community' });
    expect(ids(report)).toEqual(['C001', 'C002', 'C003']);
    expect(report.counts).toEqual({ read: 11, imported: 3, rejected: 0, blank: 2, subtotal: 3, skipped: 3 });
    balanced(report);
    const note = report.issues.find((i) => i.row === 12);
    expect(note?.original).not.toContain('13812345678');
  });

  it('treats a row with only a serial number as blank, and text only in unread columns as skipped', async () => {
    const rows = [
      ['序号', ...HEADER, '备注'],
      ['1', ...community(1), ''],
      ['2'],
      ['3', '', '', '', '', '', '', '', '', '', '', '', '', '补报'],
    ];
    const report = await importTable(Buffer.from(csvText(rows)), { kind: 'community' });
    expect(report.counts).toMatchObject({ imported: 1, blank: 1, skipped: 1 });
    expect(codes(report)).toContain('COLUMN_IGNORED');
    expect(report.issues.filter((i) => i.code === 'COLUMN_IGNORED').map((i) => i.column)).toEqual(['N 备注']);
  });

  it('normalises full-width digits, trailing spaces and money written as 1,234.50元 or 1.2万元', async () => {
    const header = [
      '明细编号',
      '项目编号',
      '人员编号',
      '用工单位统一社会信用代码',
      '工资所属月份',
      '应发金额（元）',
      '实发金额',
      '发放日期',
      '是否通过专户',
      '是否签字',
    ];
    const rows = [
      header,
      [
        '１ ',
        ' P001 ',
        'W001  ',
        `${USCC} `,
        '２０２３年７月',
        '1,234.50元',
        '￥1,234.50',
        '２０２３－０８－１０',
        '是 ',
        '√',
      ],
      ['2', 'P001', 'W002', USCC, '2023-07', '1.2万元', '1.2万', '2023/8/10', '否', '×'],
      ['3', 'P001', 'W003', USCC, '2023.7', '（100.00）', '1,23.4', '2023-08-10', '否', '否'],
    ];
    const report = await importTable(Buffer.from(csvText(rows)), { kind: 'payrollLine' });
    expect(report.records).toEqual([
      expect.objectContaining({
        id: '1',
        projectId: 'P001',
        workerId: 'W001',
        month: '2023-07',
        amountDue: 123450,
        amountPaid: 123450,
        paidOn: '2023-08-10',
        throughSpecialAccount: true,
        signed: true,
      }),
      expect.objectContaining({
        id: '2',
        month: '2023-07',
        amountDue: 1_200_000,
        amountPaid: 1_200_000,
        throughSpecialAccount: false,
        signed: false,
      }),
    ]);
    const row4 = report.issues.filter((i) => i.row === 4).map((i) => [i.code, i.column]);
    expect(row4).toEqual(
      expect.arrayContaining([
        ['SCHEMA_RANGE', 'F 应发金额（元）'],
        ['MONEY_FORMAT', 'G 实发金额'],
      ]),
    );
    balanced(report);
  });

  it('reads the unit from a header (金额（万元）) or a title line (单位：万元)', async () => {
    const header = [
      '明细编号',
      '项目编号',
      '人员编号',
      '用工单位统一社会信用代码',
      '工资所属月份',
      '应发金额（万元）',
      '实发金额',
      '是否通过专户',
      '是否签字',
    ];
    const row = ['1', 'P1', 'W1', USCC, '2023-07', '1.5', '1.5', '是', '是'];
    const byHeader = await importTable(Buffer.from(csvText([header, row])), { kind: 'payrollLine' });
    expect(byHeader.records[0]).toMatchObject({ amountDue: 1_500_000, amountPaid: 150 });
    expect(byHeader.columns.find((c) => c.field === 'amountDue')?.unit).toBe('wan');
    const byTitle = await importTable(Buffer.from(csvText([['单位：万元'], header, row])), {
      kind: 'payrollLine',
    });
    expect(byTitle.records[0]).toMatchObject({ amountDue: 1_500_000, amountPaid: 1_500_000 });
  });

  it('reports a missing header and a missing required column', async () => {
    const none = await importTable(
      Buffer.from(
        csvText([
          ['a', 'b'],
          ['1', '2'],
        ]),
      ),
      { kind: 'community' },
    );
    expect(codes(none)).toEqual(['HEADER_NOT_FOUND']);
    expect(none.headerRow).toBe(0);
    const missing = await importTable(Buffer.from(csvText([HEADER.slice(1), community(1).slice(1)])), {
      kind: 'community',
    });
    expect(missing.issues[0]).toMatchObject({
      code: 'COLUMN_MISSING',
      column: '小区编号',
      severity: 'error',
    });
    expect(missing.counts.rejected).toBe(1);
    expect(missing.issues).toContainEqual(
      expect.objectContaining({ code: 'CELL_REQUIRED', row: 2, column: '小区编号' }),
    );
  });

  it('ends a malformed CSV with an issue after the rows before it', async () => {
    const text = `${csvText([HEADER, community(1)])}C002,"小区2,350503001\r\n`;
    const report = await importTable(Buffer.from(text), { kind: 'community' });
    expect(ids(report)).toEqual(['C001']);
    expect(codes(report)).toContain('CSV_MALFORMED');
  });

  it('stops at maxRows with an issue', async () => {
    const rows = [HEADER, ...Array.from({ length: 10 }, (_, i) => community(i + 1))];
    const report = await importTable(Buffer.from(csvText(rows)), { kind: 'community', maxRows: 4 });
    expect(ids(report)).toEqual(['C001', 'C002', 'C003', 'C004']);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'ROWS_LIMIT', row: 6 }));
  });

  it('masks personal data in originals and never echoes it in messages', async () => {
    const id = validResidentId(7);
    const header = [
      '人员编号',
      '项目编号',
      '姓名',
      '身份证号',
      '联系电话',
      '用工单位统一社会信用代码',
      '进场日期',
    ];
    const rows = [header, ['W1', 'P1', '张三丰', `${id.slice(0, 17)}0`, '13812345678', USCC, '2023-13-01']];
    const report = await importTable(Buffer.from(csvText(rows)), { kind: 'worker' });
    const text = JSON.stringify(report.issues);
    expect(text).not.toContain(id.slice(6, 14));
    expect(report.issues.find((i) => i.path === '/person/idNumber')?.original).toBe(
      `${id.slice(0, 6)}********${id.slice(14, 17)}0`,
    );
    expect(report.issues.find((i) => i.code === 'DATE_INVALID')).toMatchObject({
      column: 'G 进场日期',
      original: '2023-13-01',
    });
  });

  it('accepts constants and an extended mapping with host aliases', async () => {
    const mapping = extendMapping(MAPPINGS.community, { aliases: { name: ['小区（楼盘）名称'] } });
    const header = HEADER.map((h) => (h === '小区名称' ? '小区（楼盘）名称' : h)).filter(
      (h) => h !== '所属街道代码',
    );
    const row = community(1).filter((_, i) => i !== 2);
    const report = await importTable(Buffer.from(csvText([header, row])), {
      kind: 'community',
      mapping,
      constants: { divisionCode: '350503002' },
    });
    expect(report.records[0]).toMatchObject({ name: '小区1', divisionCode: '350503002' });
  });
});

describe('importTable: XLSX', () => {
  it('carries merged body cells down and warns about cells hidden in a merge', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('小区');
      ws.addRow(HEADER);
      ws.addRow(community(1));
      ws.addRow([...community(2).slice(0, 2), null, null, null, ...community(2).slice(5)]);
      ws.addRow([...community(3).slice(0, 2), null, null, null, ...community(3).slice(5)]);
      ws.mergeCells('C2:C4');
      ws.mergeCells('D2:D4');
      ws.mergeCells('E2:E4');
      ws.addRow([...community(4).slice(0, 9), '东门岗亭旁', null, '单独开户']);
      ws.mergeCells('J5:K5');
    });
    const report = await importTable(bytes, { kind: 'community' });
    expect(report.sheet).toBe('小区');
    expect(ids(report)).toEqual(['C001', 'C002', 'C003', 'C004']);
    expect(report.records[2]).toMatchObject({ divisionCode: '350503001', companyUscc: USCC });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'CELL_MERGED_EMPTY', row: 5, column: 'K 是否位于主要人行出入口' }),
    );
    balanced(report);
  });

  it('reads a two-row header whose group cell is merged across its sub-headers', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['小区台账']);
      ws.addRow([...HEADER.slice(0, 8), '公示牌', null, null, '账户管理方式']);
      ws.addRow([
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        '是否设置',
        '位置',
        '是否位于主要人行出入口',
        null,
      ]);
      ws.mergeCells('I2:K2');
      for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'L']) ws.mergeCells(`${c}2:${c}3`);
      ws.addRow(community(1));
    });
    const report = await importTable(bytes, { kind: 'community' });
    expect(report.headerRow).toBe(3);
    expect(report.columns.map((c) => c.column).slice(8)).toEqual([
      'I 公示牌是否设置',
      'J 公示牌位置',
      'K 公示牌是否位于主要人行出入口',
      'L 账户管理方式',
    ]);
    expect(report.records[0]).toMatchObject({
      board: { exists: true, location: '东门', atMainPedestrianEntrance: true },
    });
  });

  it('uses a formula cell’s saved result with a warning, and rejects one without', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('小区');
      ws.addRow(HEADER);
      const a = community(1);
      a[6] = { formula: '50*2', result: 100 };
      ws.addRow(a);
      const b = community(2);
      b[6] = { formula: '50*2' };
      ws.addRow(b);
    });
    const report = await importTable(bytes, { kind: 'community' });
    expect(report.records).toEqual([expect.objectContaining({ id: 'C001', households: 100 })]);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'FORMULA_CELL',
        severity: 'warning',
        row: 2,
        column: 'G 户数',
        original: '=50*2',
      }),
      expect.objectContaining({ code: 'FORMULA_CELL', severity: 'error', row: 3, column: 'G 户数' }),
    ]);
  });

  it('reads dates, numbers and booleans as exceljs gives them, and flags codes stored as numbers', async () => {
    const header = [
      '人员编号',
      '项目编号',
      '姓名',
      '身份证号',
      '用工单位统一社会信用代码',
      '进场日期',
      '是否签订劳动合同',
    ];
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('花名册');
      ws.addRow(header);
      ws.addRow([1001, 'P1', '李四', validResidentId(3), USCC, new Date(Date.UTC(2023, 6, 31)), true]);
      ws.addRow([1002, 'P1', '王五', 350502199001010000, USCC, 45138, '否']);
      ws.getCell('F3').numFmt = 'General';
    });
    const report = await importTable(bytes, { kind: 'worker' });
    expect(report.records).toEqual([
      expect.objectContaining({
        id: '1001',
        joinedOn: '2023-07-31',
        contractSigned: true,
        person: { name: '李四', idNumber: validResidentId(3) },
      }),
    ]);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'CODE_FORMAT', row: 3, column: 'D 身份证号' }),
    );
  });

  it('skips an instructions sheet and hidden sheets, or reads the sheet named', async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet('填表说明').addRow(['请按模板填写，不要修改表头。']);
      const hidden = wb.addWorksheet('下拉选项');
      hidden.state = 'hidden';
      hidden.addRow(HEADER);
      hidden.addRow(community(9));
      const ws = wb.addWorksheet('小区信息');
      ws.addRow(HEADER);
      ws.addRow(community(1));
      const other = wb.addWorksheet('第二批');
      other.addRow(HEADER);
      other.addRow(community(2));
    });
    const auto = await importTable(bytes, { kind: 'community' });
    expect(auto.sheet).toBe('小区信息');
    expect(ids(auto)).toEqual(['C001']);
    const named = await importTable(bytes, { kind: 'community', sheet: '第二批' });
    expect(ids(named)).toEqual(['C002']);
    const hidden = await importTable(bytes, { kind: 'community', sheet: '下拉选项' });
    expect(ids(hidden)).toEqual(['C009']);
    const missing = await importTable(bytes, { kind: 'community', sheet: '第三批' });
    expect(missing.issues).toEqual([expect.objectContaining({ code: 'SHEET_NOT_FOUND' })]);
    expect(missing.issues[0]?.message['zh-CN']).toContain('小区信息');
  });

  it('stops an XLSX at maxRows, counts rows absent from the sheet as blank, lets cells win over constants, caps the issues listed', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('小区');
      ws.addRow(HEADER);
      for (let i = 1; i <= 30; i += 1) ws.getRow(i * 2).values = community(i) as ExcelJS.CellValue[];
    });
    const limited = await importTable(bytes, { kind: 'community', maxRows: 10 });
    expect(limited.counts).toMatchObject({ read: 10, imported: 5, blank: 5 });
    expect(limited.issues).toEqual([expect.objectContaining({ code: 'ROWS_LIMIT', row: 12, sheet: '小区' })]);
    const all = await importTable(bytes, { kind: 'community', constants: { households: -1 } });
    expect(all.counts).toMatchObject({ imported: 30, read: 59, blank: 29 });
    expect(all.records[0]?.households).toBe(101);
    const noisy = await importTable(
      Buffer.from(csvText([HEADER, ...Array.from({ length: 10 }, () => ['x'])])),
      {
        kind: 'community',
        maxIssues: 3,
      },
    );
    expect(noisy.issues).toHaveLength(4);
    expect(noisy.issues[3]).toMatchObject({ code: 'TOO_MANY_ISSUES', severity: 'warning' });
    expect(noisy.counts.rejected).toBe(10);
  });

  it('reads a sheet written by another writer: inline strings, no shared strings, merges after the data', async () => {
    const cell = (r: number, i: number, v: unknown) =>
      typeof v === 'number'
        ? `<c r="${String.fromCharCode(65 + i)}${r}"><v>${v}</v></c>`
        : `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${String(v)}</t></is></c>`;
    const row = (r: number, cells: unknown[]) =>
      `<row r="${r}">${cells.map((v, i) => cell(r, i, v)).join('')}</row>`;
    const second = community(2)
      .map((v, i) => (i >= 2 && i <= 4 ? '' : v))
      .filter((_, i) => i < 2 || i > 4);
    const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row(1, HEADER)}${row(2, community(1))}<row r="3">${cell(3, 0, 'C002')}${cell(3, 1, '小区2')}${second
      .slice(2)
      .map((v, i) => cell(3, i + 5, v))
      .join(
        '',
      )}</row></sheetData><mergeCells count="3"><mergeCell ref="C2:C3"/><mergeCell ref="D2:D3"/><mergeCell ref="E2:E3"/></mergeCells></worksheet>`;
    const report = await importTable(handMadeXlsx(xml), { kind: 'community' });
    expect(report.sheet).toBe('Sheet1');
    expect(ids(report)).toEqual(['C001', 'C002']);
    expect(report.records[1]).toMatchObject({
      divisionCode: '350503001',
      companyUscc: USCC,
      households: 102,
    });
  });
});

describe('importTable: files that are not tables', () => {
  it('reports an empty file', async () => {
    const report = await importTable(new Uint8Array(0), { kind: 'community' });
    expect(codes(report)).toEqual(['FILE_EMPTY']);
    balanced(report);
  });

  it('refuses a truncated XLSX', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('小区');
      ws.addRow(HEADER);
      for (let i = 1; i <= 50; i += 1) ws.addRow(community(i));
    });
    const report = await importTable(bytes.subarray(0, Math.floor(bytes.byteLength / 2)), {
      kind: 'community',
    });
    expect(report.format).toBe('xlsx');
    expect(codes(report)).toEqual(['XLSX_CORRUPT']);
    expect(report.records).toEqual([]);
  });

  it('refuses a zip bomb by its ratio, and one that lies about its size', async () => {
    const honest = await zipBomb(200 * 1024 * 1024);
    expect(honest.byteLength).toBeLessThan(400 * 1024);
    expect(codes(await importTable(honest, { kind: 'community' }))).toEqual(['XLSX_ZIP_BOMB']);
    const liar = await zipBomb(50 * 1024 * 1024, true);
    expect(codes(await importTable(liar, { kind: 'community' }))).toEqual(['XLSX_ZIP_BOMB']);
  });

  it('refuses a workbook larger than maxUncompressedBytes', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('小区');
      ws.addRow(HEADER);
      for (let i = 1; i <= 20; i += 1) ws.addRow(community(i));
    });
    const report = await importTable(bytes, { kind: 'community', maxUncompressedBytes: 1024 });
    expect(codes(report)).toEqual(['XLSX_ZIP_BOMB']);
  });

  it('refuses a PNG renamed .xlsx, and names what it is', async () => {
    const path = join(dir, '小区.xlsx');
    await writeFile(path, PNG_BYTES);
    const report = await importTable(path, { kind: 'community' });
    expect(report.issues).toEqual([expect.objectContaining({ code: 'XLSX_CORRUPT' })]);
    expect(report.issues[0]?.message.en).toContain('PNG');
    const unnamed = await importTable(PNG_BYTES, { kind: 'community' });
    expect(codes(unnamed)).toEqual(['FILE_TYPE_UNSUPPORTED']);
  });

  it('refuses a zip that is not a workbook, and random bytes named .xlsx', async () => {
    const zipped = await xlsxBytes((wb) => wb.addWorksheet('a'));
    const notWorkbook = Buffer.from(zipped);
    notWorkbook.write('xl/workbooX.xml', notWorkbook.indexOf('xl/workbook.xml'));
    notWorkbook.write('xl/workbooX.xml', notWorkbook.lastIndexOf('xl/workbook.xml'));
    expect(codes(await importTable(notWorkbook, { kind: 'community' }))).toEqual(['XLSX_CORRUPT']);
    const path = join(dir, 'random.xlsx');
    await writeFile(path, Buffer.from('小区编号,小区名称\n'));
    expect(codes(await importTable(path, { kind: 'community' }))).toEqual(['XLSX_CORRUPT']);
  });

  it('reports a file that cannot be opened', async () => {
    expect(codes(await importTable(join(dir, 'missing.csv'), { kind: 'community' }))).toEqual([
      'FILE_UNREADABLE',
    ]);
  });
});

describe('importTable: quarterly disclosure lines', () => {
  const header = [
    '小区编号',
    '季度',
    '统一社会信用代码',
    '期初余额（元）',
    '本期收入合计（元）',
    '本期支出合计（元）',
    '期末余额（元）',
    '收支类型',
    '收支类别',
    '摘要',
    '金额（元）',
  ];

  it('joins the lines of a community-quarter into one disclosure, repeating blank record cells', async () => {
    const rows = [
      header,
      [
        'C001',
        '2023年第二季度',
        USCC,
        '1,000.00',
        '3,000.00',
        '500.00',
        '3,500.00',
        '收入',
        '停车收益',
        '4-6月停车费',
        '2,000.00',
      ],
      ['', '', '', '', '', '', '', '收入', '广告收益', '电梯广告', '1,000.00'],
      ['', '', '', '', '', '', '', '支出', '审计费', '第三方审计', '500.00'],
      ['', '', '', '', '', '', '', '收入合计', '', '', '3,000.00'],
      ['C002', '2023Q2', USCC, '0', '100', '0', '100', '收入', '利息', '利息', '100'],
    ];
    const report = await importTable(Buffer.from(csvText(rows)), { kind: 'quarterlyDisclosure' });
    expect(report.counts).toMatchObject({ read: 5, imported: 4, subtotal: 1 });
    expect(report.records).toHaveLength(2);
    expect(report.records[0]).toMatchObject({
      id: 'C001-2023Q2',
      communityId: 'C001',
      quarter: '2023Q2',
      openingBalance: 100000,
      incomeTotal: 300000,
      expenseTotal: 50000,
      closingBalance: 350000,
      incomeLines: [
        { category: 'parking', description: '4-6月停车费', amount: 200000 },
        { category: 'advertising', description: '电梯广告', amount: 100000 },
      ],
      expenseLines: [{ category: 'audit-fee', description: '第三方审计', amount: 50000, evidence: [] }],
    });
  });

  it('rejects a line whose record cells disagree with the first line, and a category of the wrong side', async () => {
    const rows = [
      header,
      ['C001', '2023Q2', USCC, '1000', '3000', '500', '3500', '收入', '停车', '停车费', '3000'],
      ['C001', '2023Q2', USCC, '999', '', '', '', '支出', '审计', '审计', '500'],
      ['C001', '2023Q2', USCC, '', '', '', '', '收入', '审计', '审计', '500'],
    ];
    const report = await importTable(Buffer.from(csvText(rows)), { kind: 'quarterlyDisclosure' });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'GROUP_CONFLICT', row: 3, column: 'D 期初余额（元）' }),
    );
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'SCHEMA_ENUM', row: 4, column: 'I 收支类别', path: '/line/category' }),
    );
    expect(report.records).toHaveLength(1);
  });
});

describe('streamTable', () => {
  it('yields row results as it reads, with the summary final at the end', async () => {
    const stream = streamTable(Buffer.from(csvText([HEADER, community(1), ['合计'], community(2)])), {
      kind: 'community',
    });
    const seen: string[] = [];
    for await (const row of stream) seen.push(`${row.row}:${row.status}`);
    expect(seen).toEqual(['2:imported', '3:subtotal', '4:imported']);
    expect(stream.summary.counts).toMatchObject({ read: 3, imported: 2, subtotal: 1 });
    expect(() => stream[Symbol.asyncIterator]()).toThrow(TableReadError);
  });

  it('throws only for misuse', () => {
    expect(() => streamTable(new Uint8Array(), { kind: 'nope' as 'community' })).toThrow(TableReadError);
    expect(() => streamTable(new Uint8Array(), { kind: 'division' })).toThrow(/no mapping/);
    expect(() =>
      streamTable(new Uint8Array(), { kind: 'worker', mapping: MAPPINGS.community as never }),
    ).toThrow(TableReadError);
    expect(() => streamTable(new Uint8Array(), { kind: 'community', encoding: 'latin9' as 'gbk' })).toThrow(
      TableReadError,
    );
    expect(() => streamTable(new Uint8Array(), { kind: 'community', maxRows: 0 })).toThrow(TableReadError);
    expect(() => streamTable(42 as unknown as Uint8Array, { kind: 'community' })).toThrow(TableReadError);
  });
});
