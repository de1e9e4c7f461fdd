import { parseMoney } from '@rectify/tables';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../document';
import { hostileDocument } from './__fixtures__/hostile-document';
import { noticeDocument, sampleDocument } from './__fixtures__/sample-document';
import { renderXlsx } from './xlsx';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function values(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const out: unknown[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

describe('renderXlsx', () => {
  it('writes one sheet per table and key-values section, named after the Chinese titles', async () => {
    const workbook = await load(await renderXlsx(sampleDocument));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['基本情况', '公共收益收支台账', '整治任务进度']);
    expect(workbook.creator).toBe('Rectify Kit');
    expect(workbook.created.toISOString()).toBe('2023-07-31T00:00:00.000Z');
  });

  it('writes the ledger with typed cells and a labelled totals row', async () => {
    const workbook = await load(await renderXlsx(sampleDocument));
    const sheet = workbook.getWorksheet('公共收益收支台账');
    const rows = values(sheet);
    expect(rows[0]).toEqual([
      '小区名称',
      '物业服务企业统一社会信用代码',
      '户数',
      '收入（元）',
      '金额（万元）',
      '公示率',
      '公示日期',
      '核查结果',
    ]);
    expect(rows[1]?.slice(2, 6)).toEqual([1280, 123456.78, 98.765432, 1]);
    expect(rows[1]?.[7]).toBe('合格');
    const totals = rows[5] ?? [];
    expect(totals[0]).toBe('合计');
    expect(parseMoney(totals[3])).toMatchObject({ ok: true, value: 10_012_345_673 });
    expect(parseMoney(totals[4], { unit: 'wan' })).toMatchObject({ ok: true, value: 97_540_431 });
    expect(sheet?.getCell('D2').numFmt).toBe('#,##0.00');
    expect(sheet?.getCell('A6').font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes key-values as a two-column sheet of display texts', async () => {
    const rows = values((await load(await renderXlsx(sampleDocument))).getWorksheet('基本情况'));
    expect(rows).toEqual([
      ['项目', '内容'],
      ['检查小区数', '4'],
      ['公共收益总额', '¥100,123,456.73'],
      ['整改完成率', '87.50%'],
      ['截止日期', '2023-08-23'],
      ['总体评价', '不合格'],
      ['填报单位', '鲤城区住房和城乡建设局'],
      ['备注'],
    ]);
  });

  it('names sheets in English on request', async () => {
    const workbook = await load(await renderXlsx(sampleDocument, { lang: 'en' }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Public income ledger',
      'Campaign task progress',
    ]);
  });

  it('makes hostile sheet names valid and unique and neutralises formulas', async () => {
    const workbook = await load(await renderXlsx(hostileDocument));
    const names = workbook.worksheets.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    const cells = workbook.worksheets.flatMap((s) => values(s).flat());
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    expect(cells).toContain('\'=HYPERLINK("http://evil.example","x")');
  });

  it('falls back to a report sheet when there is nothing tabular', async () => {
    const doc: ReportDocument = { ...noticeDocument, sections: noticeDocument.sections.slice(0, 1) };
    const workbook = await load(await renderXlsx(doc));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['报告信息']);
    expect(values(workbook.worksheets[0])[1]).toEqual([
      '标题',
      '关于公示2023年第二季度公共收益收支情况的通知',
    ]);
  });

  it('refuses a document that breaks the contract', async () => {
    const doc = { ...noticeDocument, meta: { ...noticeDocument.meta, asOf: 'now' } };
    await expect(renderXlsx(doc)).rejects.toMatchObject({ code: 'INVALID_DOCUMENT' });
  });
});
