import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip, handMadeXlsx, xlsxBytes, zipBomb } from '../__fixtures__/tables';
import { bytesSource, fileSource } from './byte-source';
import { importTable } from './import';
import { inspectXlsx } from './xlsx-inspect';
import { guardZip } from './zip-guard';

const SHEET = '<worksheet><sheetData/></worksheet>';

async function guard(bytes: Uint8Array, options = {}) {
  return guardZip(bytesSource(bytes), options);
}

async function issueCode(bytes: Uint8Array, options = {}): Promise<string | undefined> {
  const result = await guard(bytes, options);
  return result.ok ? undefined : result.issue.code;
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-zip-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('guardZip', () => {
  it('accepts a workbook and lists its entries in archive order', async () => {
    const bytes = await xlsxBytes((wb) => wb.addWorksheet('小区').addRow(['小区编号']));
    const result = await guard(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    for (const [i, entry] of result.entries.entries()) {
      expect(entry.dataOffset).toBeGreaterThan(entry.localHeaderOffset);
      if (i > 0) expect(entry.localHeaderOffset).toBe(result.entries[i - 1]?.endOffset);
    }
  });

  it('accepts a workbook written by the streaming writer (data descriptors), and ZIP64', async () => {
    for (const forceZip64 of [false, true]) {
      const path = join(dir, `stream-${forceZip64}.xlsx`);
      const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, zip: { forceZip64 } } as never);
      const sheet = writer.addWorksheet('小区');
      sheet.addRow(['小区编号', '小区名称']).commit();
      sheet.addRow(['C001', '丰泽花园']).commit();
      await writer.commit();
      const source = await fileSource(path);
      const result = await guardZip(source);
      expect(result.ok).toBe(true);
      if (result.ok) expect((await inspectXlsx(source, result.entries)).ok).toBe(true);
      await source.close();
    }
  });

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['a few bytes', new Uint8Array([0x50, 0x4b, 3, 4, 0])],
    ['text', new Uint8Array(Buffer.from('小区编号,小区名称\r\nC001,丰泽花园\r\n'.repeat(3)))],
  ])('refuses %s as XLSX_CORRUPT', async (_name, bytes) => {
    expect(await issueCode(bytes)).toBe('XLSX_CORRUPT');
  });

  it('refuses a workbook cut anywhere as XLSX_CORRUPT', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('小区');
      for (let i = 0; i < 200; i += 1) ws.addRow([`C${i}`, `小区${i}`, i]);
    });
    for (const fraction of [0.1, 0.5, 0.9, 0.999]) {
      expect(await issueCode(bytes.subarray(0, Math.floor(bytes.byteLength * fraction)))).toBe(
        'XLSX_CORRUPT',
      );
    }
  });

  it('refuses a part that expands more than maxCompressionRatio times', async () => {
    expect(await issueCode(await zipBomb(200 * 1024 * 1024))).toBe('XLSX_ZIP_BOMB');
  });

  it('refuses more than maxUncompressedBytes in total, and more than maxEntries', async () => {
    const parts = Array.from({ length: 5 }, (_, i) => ({
      name: `xl/p${i}.xml`,
      data: Buffer.alloc(4000, 65),
    }));
    expect(await issueCode(buildZip(parts), { maxUncompressedBytes: 10_000 })).toBe('XLSX_ZIP_BOMB');
    expect(await issueCode(buildZip(parts), { maxEntries: 4 })).toBe('XLSX_ZIP_BOMB');
    expect(await issueCode(buildZip(parts))).toBeUndefined();
  });

  it('refuses entries that overlap (one compressed kernel listed many times)', async () => {
    const kernel = { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(SHEET) };
    const zip = Buffer.from(buildZip([kernel, { ...kernel, name: 'xl/worksheets/sheet2.xml' }]));
    // Point the second directory entry at the first local header.
    const cd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(0, cd + 42);
    expect(await issueCode(zip)).toBe('XLSX_ZIP_BOMB');
  });

  it('refuses data the directory does not list, and local headers that disagree with it', async () => {
    const zip = Buffer.from(handMadeXlsx(SHEET));
    const firstCd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const hidden = Buffer.from(zip);
    hidden.writeUInt32LE(hidden.readUInt32LE(firstCd + 42) + 1, firstCd + 42);
    expect(await issueCode(hidden)).toBe('XLSX_CORRUPT');
    const renamed = Buffer.from(zip);
    renamed.write('X', 30);
    expect(await issueCode(renamed)).toBe('XLSX_CORRUPT');
    const resized = Buffer.from(zip);
    resized.writeUInt32LE(resized.readUInt32LE(18) + 1, 18);
    expect(await issueCode(resized)).toBe('XLSX_CORRUPT');
  });

  it('refuses encrypted entries and unknown compression methods', async () => {
    const zip = Buffer.from(handMadeXlsx(SHEET));
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const encrypted = Buffer.from(zip);
    encrypted.writeUInt16LE(encrypted.readUInt16LE(cd + 8) | 1, cd + 8);
    expect(await issueCode(encrypted)).toBe('XLSX_CORRUPT');
    const bzip = Buffer.from(zip);
    bzip.writeUInt16LE(12, cd + 10);
    expect(await issueCode(bzip)).toBe('XLSX_CORRUPT');
  });
});

describe('inspectXlsx', () => {
  it('refuses a part that inflates beyond the size it declares', async () => {
    const bytes = await zipBomb(20 * 1024 * 1024, true);
    const source = bytesSource(bytes);
    const guarded = await guardZip(source);
    expect(guarded.ok).toBe(true);
    if (!guarded.ok) return;
    const result = await inspectXlsx(source, guarded.entries);
    expect(result).toMatchObject({ ok: false, issue: { code: 'XLSX_ZIP_BOMB' } });
  });

  it('refuses a part whose CRC does not match, or that does not inflate', async () => {
    const zip = Buffer.from(handMadeXlsx(SHEET));
    const cd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const badCrc = Buffer.from(zip);
    badCrc.writeUInt32LE(badCrc.readUInt32LE(cd + 16) ^ 1, cd + 16);
    const r1 = await importTable(badCrc, { kind: 'community' });
    expect(r1.issues).toEqual([expect.objectContaining({ code: 'XLSX_CORRUPT' })]);
    const garbled = Buffer.from(zip);
    const data = garbled.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml'), cd - 1) + 24;
    garbled.fill(0xff, data, data + 8);
    const r2 = await importTable(garbled, { kind: 'community' });
    expect(r2.issues).toEqual([expect.objectContaining({ code: 'XLSX_CORRUPT' })]);
  });

  it('reads sheet names, hidden state, the date system and merged ranges', async () => {
    const bytes = await xlsxBytes((wb) => {
      const a = wb.addWorksheet('填表说明');
      a.state = 'hidden';
      const b = wb.addWorksheet('小区 & 物业');
      b.addRow(['x']);
      b.mergeCells('A1:B2');
      b.mergeCells('C5:C9');
      wb.properties.date1904 = true;
    });
    const source = bytesSource(bytes);
    const guarded = await guardZip(source);
    if (!guarded.ok) throw new Error('guard');
    const result = await inspectXlsx(source, guarded.entries);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.info.date1904).toBe(true);
    expect(result.info.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['填表说明', true],
      ['小区 & 物业', false],
    ]);
    expect(result.info.sheets[1]?.merges).toEqual([
      { top: 1, left: 0, bottom: 2, right: 1 },
      { top: 5, left: 2, bottom: 9, right: 2 },
    ]);
  });
});
