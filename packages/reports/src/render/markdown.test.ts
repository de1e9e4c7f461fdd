import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../document';
import { hostileDocument } from './__fixtures__/hostile-document';
import { noticeDocument, sampleDocument } from './__fixtures__/sample-document';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('matches the golden file in Chinese', async () => {
    await expect(renderMarkdown(sampleDocument)).toMatchFileSnapshot('./__fixtures__/golden/sample.zh-CN.md');
  });

  it('matches the golden file in English', async () => {
    await expect(renderMarkdown(sampleDocument, { lang: 'en' })).toMatchFileSnapshot(
      './__fixtures__/golden/sample.en.md',
    );
  });

  it('matches the golden file of a notice', async () => {
    await expect(renderMarkdown(noticeDocument)).toMatchFileSnapshot('./__fixtures__/golden/notice.zh-CN.md');
  });

  it('prints dates ISO in tables and long on notices, money right-aligned, status icon and text', () => {
    const md = renderMarkdown(sampleDocument);
    expect(md).toContain('| 2023-07-15 |');
    expect(md).toContain('- 数据截至：2023年7月31日');
    expect(md).toContain('| :--- | :--- | ---: | ---: | ---: | ---: | :--- | :--- |');
    expect(md).toContain('| ✗ 不合格 |');
    expect(md).toContain('| **合计** |');
    expect(renderMarkdown(sampleDocument, { lang: 'en' })).toContain('| **Total** |');
  });

  it('marks an empty table', () => {
    const doc: ReportDocument = {
      ...noticeDocument,
      sections: [
        {
          kind: 'table',
          id: 't',
          title: { 'zh-CN': '空表', en: 'Empty' },
          columns: [{ key: 'a', header: { 'zh-CN': '甲', en: 'A' }, type: 'text' }],
          rows: [],
        },
      ],
    };
    expect(renderMarkdown(doc)).toContain('| （无数据） |');
  });

  it('keeps every text from the data literal', () => {
    const md = renderMarkdown(hostileDocument);
    // Outside backslash escapes, the only markup is the renderer's own: headings, lists, bold,
    // table pipes, <br> in cells and thematic breaks.
    const unescaped = md.replace(/\\[\s\S]/g, '').replace(/<br>/g, '');
    expect(unescaped).not.toMatch(/[<>`_~&[\]]/);
    expect(md).not.toMatch(/(^|[^\\])\]\(/);
    expect(md).not.toMatch(/^#+ (?!中文|en)/m);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    // Table rows keep their column count: every pipe in the data is escaped.
    const tableRows = md.split('\n').filter((line) => line.startsWith('| '));
    for (const row of tableRows) expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(4);
  });

  it('rejects an unknown language', () => {
    expect(() => renderMarkdown(sampleDocument, { lang: 'fr' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
});
