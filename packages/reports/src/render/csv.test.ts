import { parseMoney } from '@rectify/tables';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../document';
import { hostileDocument } from './__fixtures__/hostile-document';
import { noticeDocument, sampleDocument } from './__fixtures__/sample-document';
import { renderCsv } from './csv';

// Enough of RFC 4180 to read the renderer's own output back.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  return rows;
}

describe('renderCsv', () => {
  it('matches the golden file', async () => {
    await expect(renderCsv(sampleDocument)).toMatchFileSnapshot(
      './__fixtures__/golden/sample.income-ledger.csv',
    );
  });

  it('starts with a BOM, ends lines with CRLF and writes the first table by default', () => {
    const csv = renderCsv(sampleDocument);
    expect(csv.startsWith('\ufeff小区名称,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(renderCsv(sampleDocument, 'income-ledger')).toBe(csv);
  });

  it('writes money that reads back exactly, the totals labelled, statuses as text', () => {
    const rows = parseCsv(renderCsv(sampleDocument).slice(1));
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
    expect(rows).toHaveLength(6);
    const ledger = sampleDocument.sections[2];
    if (ledger?.kind !== 'table') throw new Error('fixture changed');
    ledger.rows.forEach((row, i) => {
      const line = rows[i + 1] ?? [];
      expect(parseMoney(line[3]).ok && parseMoney(line[3])).toMatchObject({ value: row.income });
      expect(parseMoney(line[4], { unit: 'wan' })).toMatchObject({ ok: true, value: row.balance });
    });
    expect(rows[1]?.[7]).toBe('合格');
    expect(rows[2]?.[0]).toBe('丰泽区 东海湾\n（二期）');
    expect(rows[5]?.slice(0, 5)).toEqual(['合计', '', '2552', '100123456.73', '97.540431']);
  });

  it('writes another section by id, in English', () => {
    const rows = parseCsv(renderCsv(sampleDocument, 'task-status', { lang: 'en' }).slice(1));
    expect(rows[0]).toEqual(['Task id', 'Task', 'Due on', 'Status', 'Complainant', 'Verified']);
    expect(rows[1]).toEqual(['PI.1', '开展公共收益专项检查', '2023-07-31', 'Done', '张*', 'Yes']);
    expect(rows[3]?.[3]).toBe('Rectified');
    expect(rows[4]?.[3]).toBe('needs-review');
  });

  it('neutralises formulas from the data', () => {
    const csv = renderCsv(hostileDocument);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).toContain("'=HYPERLINK");
  });

  it('refuses a missing section', () => {
    expect(() => renderCsv(sampleDocument, 'summary')).toThrow(
      expect.objectContaining({ code: 'SECTION_NOT_FOUND' }),
    );
    const noTables: ReportDocument = { ...noticeDocument, sections: noticeDocument.sections.slice(0, 1) };
    expect(() => renderCsv(noTables)).toThrow(expect.objectContaining({ code: 'SECTION_NOT_FOUND' }));
  });
});
