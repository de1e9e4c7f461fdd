const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// C0 controls but tab, LF and CR, and the noncharacters: they have no place in a printed report and
// some browsers treat them oddly; U+FFFD keeps the loss visible.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being replaced.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

/** `text` safe as HTML text and as a quoted attribute value: `& < > " '` become character references. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '\ufffd').replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

// Inline Markdown syntax (emphasis, code, links, raw HTML, entities, GFM tables and strikethrough)
// loses its meaning behind a backslash (CommonMark 2.4: any ASCII punctuation may be escaped).
const MARKDOWN_INLINE = /[\\`*_[\]<>|~&]/g;

function escapeInline(line: string): string {
  return line.replace(CONTROL, '\ufffd').replace(MARKDOWN_INLINE, (ch) => `\\${ch}`);
}

// Markers that start a block only at the beginning of a line: headings, lists, block quotes
// (`>` is already escaped inline), thematic breaks and setext underlines.
function escapeLineStart(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, '');
  const ordered = /^([0-9]{1,9})([.)])/.exec(trimmed);
  if (ordered) return `${ordered[1]}\\${trimmed.slice(ordered[1]?.length ?? 0)}`;
  return /^[#+=-]/.test(trimmed) ? `\\${trimmed}` : trimmed;
}

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** Options of {@link escapeMarkdown}. */
export interface EscapeMarkdownOptions {
  /**
   * `true` when the text follows other content on its first line (a value after its label), so
   * only its later lines can start a block. Defaults to `false`.
   */
  inline?: boolean;
}

/**
 * `text` as literal Markdown for a paragraph or list item: every inline marker escaped, block markers
 * at line starts escaped, line breaks kept as hard breaks (a backslash at the end of the line).
 * Nothing in the data can become a link, an image, raw HTML or a heading.
 */
export function escapeMarkdown(text: string, options: EscapeMarkdownOptions = {}): string {
  return lines(text)
    .map((line, i) => (i === 0 && options.inline ? escapeInline(line) : escapeLineStart(escapeInline(line))))
    .join('\\\n');
}

/**
 * `text` as literal Markdown for a GFM table cell: inline markers and `|` escaped, line breaks as
 * `<br>` (the only way a cell can hold one) and surrounding whitespace trimmed.
 */
export function escapeMarkdownCell(text: string): string {
  return lines(text)
    .map((line) => escapeInline(line.trim()))
    .join('<br>');
}
