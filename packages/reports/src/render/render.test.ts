import { describe, expect, it } from 'vitest';
import { sampleDocument } from './__fixtures__/sample-document';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { RENDER_FORMATS, RENDER_MEDIA_TYPES, render } from './render';

describe('render', () => {
  it('dispatches to each renderer with its options', async () => {
    expect(await render(sampleDocument, 'json')).toBe(renderJson(sampleDocument));
    expect(await render(sampleDocument, 'markdown', { lang: 'en' })).toBe(
      renderMarkdown(sampleDocument, { lang: 'en' }),
    );
    expect(await render(sampleDocument, 'html', { paper: 'A3', orientation: 'landscape' })).toBe(
      renderHtml(sampleDocument, { paper: 'A3', orientation: 'landscape' }),
    );
    expect(await render(sampleDocument, 'csv', { sectionId: 'task-status' })).toBe(
      renderCsv(sampleDocument, 'task-status'),
    );
    const xlsx = await render(sampleDocument, 'xlsx');
    expect(xlsx).toBeInstanceOf(Uint8Array);
    expect([...xlsx.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('has a media type and extension for every format', () => {
    for (const format of RENDER_FORMATS) expect(RENDER_MEDIA_TYPES[format].extension).not.toBe('');
  });

  it('rejects an unknown format', async () => {
    await expect(render(sampleDocument, 'pdf' as never)).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });
});
