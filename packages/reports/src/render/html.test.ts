import { describe, expect, it } from 'vitest';
import type { ReportDocument, TableSection } from '../document';
import { hostileDocument, PAYLOADS } from './__fixtures__/hostile-document';
import { longDocument, noticeDocument, sampleDocument } from './__fixtures__/sample-document';
import { escapeHtml } from './escape';
import { renderHtml } from './html';

const TAGS = new Set(
  'html head meta title style body main header footer section p h1 h2 dl div dt dd table colgroup col thead tbody tfoot tr th td span br time ul li'.split(
    ' ',
  ),
);
const ATTRIBUTES =
  /^(class|id|lang|charset|http-equiv|content|name|role|scope|colspan|style|datetime|aria-[a-z]+|data-[a-z-]+)$/;

/** Every tag in `html` with its attribute names; fails on anything that is not well quoted. */
function tags(html: string): { name: string; attributes: string[] }[] {
  const out: { name: string; attributes: string[] }[] = [];
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  for (const m of body.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const rest = m[2] ?? '';
    const attributes = [...rest.matchAll(/\s([^\s=]+)="[^"]*"/g)].map((a) => a[1] ?? '');
    expect(rest.replace(/\s([^\s=]+)="[^"]*"/g, '').trim(), `stray text in <${m[1]}>`).toBe('');
    out.push({ name: (m[1] ?? '').toLowerCase(), attributes });
  }
  return out;
}

function styleOf(html: string): string {
  return /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
}

describe('renderHtml', () => {
  it('matches the golden file in Chinese', async () => {
    await expect(renderHtml(sampleDocument)).toMatchFileSnapshot('./__fixtures__/golden/sample.zh-CN.html');
  });

  it('matches the golden file in English', async () => {
    await expect(renderHtml(sampleDocument, { lang: 'en' })).toMatchFileSnapshot(
      './__fixtures__/golden/sample.en.html',
    );
  });

  it('matches the golden file of a notice', async () => {
    await expect(renderHtml(noticeDocument)).toMatchFileSnapshot('./__fixtures__/golden/notice.zh-CN.html');
  });

  it('is a complete document with GB/T 9704 page rules', () => {
    const html = renderHtml(noticeDocument);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    const css = styleOf(html);
    expect(css).toContain('size: A4 portrait;');
    expect(css).toContain('margin: 37mm 26mm 35mm 28mm;');
    expect(css).toContain('counter(page)');
    expect(css).toContain("'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', serif");
    expect(css).toContain('thead { display: table-header-group; }');
    expect(css).toMatch(/tr[^{]*\{ break-inside: avoid;/);
    // Black on white only: no colour but black, white and the on-screen backdrop.
    const colours = [...css.matchAll(/#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)/g)].map((m) => m[0]);
    expect(new Set(colours)).toEqual(new Set(['#000', '#fff', '#e8e8e8', 'rgba(0, 0, 0, 0.3)']));
    expect(css).not.toMatch(/\bred\b|#f00|#ff0000/i);
  });

  it('prints the signature block with a seal placeholder and a Chinese date', () => {
    const html = renderHtml(noticeDocument);
    expect(html).toContain('<p class="rectify-signature__unit">金山花园业主委员会</p>');
    expect(html).toContain('<time datetime="2023-07-10">2023年7月10日</time>');
    expect(html).toMatch(
      /<div class="rectify-seal" role="img" aria-label="印章：金山花园业主委员会">.*金山花园业主委员会.*<\/div>/,
    );
    expect(styleOf(html)).toMatch(/\.rectify-seal \{[^}]*border: 0\.8mm solid #000;[^}]*border-radius: 50%;/);
    expect(renderHtml(noticeDocument, { lang: 'en' })).toContain(
      '<time datetime="2023-07-10">10 July 2023</time>',
    );
  });

  it('shows statuses with an icon and a text, money right-aligned, dates ISO in tables', () => {
    const html = renderHtml(sampleDocument);
    expect(html).toContain(
      '<td><span class="rectify-status" data-status="fail"><span class="rectify-status__icon" aria-hidden="true">✗</span><span class="rectify-status__text">不合格</span></span></td>',
    );
    expect(html).toContain('<td class="rectify-num">-¥0.05</td>');
    expect(html).toContain('<td class="rectify-date">2023-07-15</td>');
    expect(html).toContain('<tr class="rectify-totals"><th scope="row">合计</th>');
    expect(styleOf(html)).toContain('.rectify-num { text-align: right;');
  });

  it('prints the document number when given, by option or by the document', () => {
    expect(renderHtml(sampleDocument)).toContain('<p class="rectify-report__docno">泉鲤建〔2023〕12号</p>');
    expect(renderHtml(sampleDocument, { documentNumber: '泉建〔2023〕1号' })).toContain(
      '>泉建〔2023〕1号</p>',
    );
    expect(renderHtml(noticeDocument)).not.toContain('class="rectify-report__docno"');
  });

  describe('orientation', () => {
    const table = (columns: number): TableSection => ({
      kind: 'table',
      id: 't',
      title: { 'zh-CN': '表', en: 'Table' },
      columns: Array.from({ length: columns }, (_, i) => ({
        key: `c${i}`,
        header: { 'zh-CN': `列${i}`, en: `C${i}` },
        type: 'text' as const,
      })),
      rows: [],
    });
    const doc = (columns: number, layout?: ReportDocument['layout']): ReportDocument => ({
      ...noticeDocument,
      sections: [table(columns)],
      ...(layout ? { layout } : {}),
    });
    const size = (html: string) => /size: (A[34] (?:portrait|landscape));/.exec(html)?.[1];

    it.each([
      [7, {}, 'A4 portrait'],
      [8, {}, 'A4 landscape'],
      [8, { landscapeColumns: 8 }, 'A4 portrait'],
      [3, { landscapeColumns: 2 }, 'A4 landscape'],
      [12, { orientation: 'portrait' as const }, 'A4 portrait'],
      [3, { paper: 'A3' as const }, 'A3 portrait'],
    ])('%d columns with %j → %s', (columns, options, expected) => {
      expect(size(renderHtml(doc(columns), options))).toBe(expected);
    });

    it('follows the layout of the document unless an option overrides it', () => {
      expect(size(renderHtml(doc(12, { paper: 'A3', orientation: 'portrait' })))).toBe('A3 portrait');
      expect(size(renderHtml(doc(2, { paper: 'A4', orientation: 'landscape' })))).toBe('A4 landscape');
      expect(
        size(renderHtml(doc(2, { paper: 'A4', orientation: 'landscape' }), { orientation: 'portrait' })),
      ).toBe('A4 portrait');
    });

    it('prints tables beyond the width budget of their page smaller', () => {
      expect(renderHtml(doc(10))).not.toContain('class="rectify-table rectify-table--dense"');
      expect(renderHtml(doc(11))).toContain('rectify-table rectify-table--dense');
      expect(renderHtml(longDocument(1))).toContain('rectify-table rectify-table--dense');
    });

    it('rejects odd options', () => {
      expect(() => renderHtml(doc(2), { paper: 'Letter' as never })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION' }),
      );
      expect(() => renderHtml(doc(2), { orientation: 'sideways' as never })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION' }),
      );
      expect(() => renderHtml(doc(2), { landscapeColumns: 0 })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION' }),
      );
    });
  });

  it('escapes every text: no tag, attribute or script comes from the data', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const html = renderHtml(hostileDocument, { lang });
      for (const tag of tags(html)) {
        expect(TAGS.has(tag.name), `<${tag.name}>`).toBe(true);
        for (const attribute of tag.attributes)
          expect(attribute, `<${tag.name} ${attribute}>`).toMatch(ATTRIBUTES);
      }
      expect(html.match(/<style>/g)).toHaveLength(1);
      expect(html.match(/<\/style>/g)).toHaveLength(1);
      expect(html.match(/<title>/g)).toHaveLength(1);
      expect(html).not.toMatch(/<(script|img|svg|iframe)/i);
      expect(html).toContain(escapeHtml(PAYLOADS[0] ?? ''));
      expect(html).toContain("default-src 'none'");
    }
  });

  it('turns line breaks in the data into <br>', () => {
    expect(renderHtml(sampleDocument)).toContain('<td>丰泽区 东海湾<br>（二期）</td>');
  });

  it('refuses a document that breaks the contract', () => {
    const doc = { ...noticeDocument, signature: { unit: 'x', date: '2023-02-30' } };
    expect(() => renderHtml(doc)).toThrow(expect.objectContaining({ code: 'INVALID_DOCUMENT' }));
  });
});
