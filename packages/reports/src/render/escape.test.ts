import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeMarkdownCell } from './escape';

describe('escapeHtml', () => {
  it('replaces the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('replaces control characters and keeps tabs and line breaks', () => {
    expect(escapeHtml('a\u0000b\u001bc\td\ne')).toBe('a\ufffdb\ufffdc\td\ne');
  });

  it('never leaves a character that can open a tag or close an attribute', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>"']/);
      }),
    );
  });

  it('decodes back to the text (control characters aside)', () => {
    const decode = (s: string) =>
      s.replace(
        /&(lt|gt|quot|#39|amp);/g,
        (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] ?? '',
      );
    fc.assert(
      fc.property(fc.string(), (text) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the oracle replaces control characters too.
        const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
        expect(decode(escapeHtml(text))).toBe(clean);
      }),
    );
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain 中文 2023-07-31 ¥1,234.56', 'plain 中文 2023-07-31 ¥1,234.56'],
    ['<b>x</b>', '\\<b\\>x\\</b\\>'],
    ['[a](javascript:x)', '\\[a\\](javascript:x)'],
    ['**a** _b_ `c` ~d~ |e| &amp;', '\\*\\*a\\*\\* \\_b\\_ \\`c\\` \\~d\\~ \\|e\\| \\&amp;'],
    ['# h', '\\# h'],
    ['  - item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. one', '1\\. one'],
    ['12) twelve', '12\\) twelve'],
    ['===', '\\==='],
    ['a\\b', 'a\\\\b'],
    ['line 1\n# line 2', 'line 1\\\n\\# line 2'],
    ['a\r\nb', 'a\\\nb'],
  ])('%j → %j', (text, md) => {
    expect(escapeMarkdown(text)).toBe(md);
  });

  it('leaves the start of the first line alone when inline', () => {
    expect(escapeMarkdown('87.50%', { inline: true })).toBe('87.50%');
    expect(escapeMarkdown('1. a\n2. b', { inline: true })).toBe('1. a\\\n2\\. b');
  });

  it('escapes cells: pipes, line breaks as <br>', () => {
    expect(escapeMarkdownCell(' a|b \n c<d ')).toBe('a\\|b<br>c\\<d');
  });

  it('never leaves an unescaped inline marker', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        // Remove escaped pairs; what remains must hold no marker.
        const rest = escapeMarkdown(text).replace(/\\[\s\S]/g, '');
        expect(rest).not.toMatch(/[`*_[\]<>|~&\\]/);
        const cell = escapeMarkdownCell(text)
          .replace(/<br>/g, '')
          .replace(/\\[\s\S]/g, '');
        expect(cell).not.toMatch(/[`*_[\]<>|~&\\\n]/);
      }),
    );
  });
});
