/**
 * Escapes text for a Markdown table cell: pipes, backslashes, HTML tags (`<`, `&`) and line breaks cannot break
 * the table or inject markup.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[\r\n]+/g, ' ');
}

/** A GitHub-flavoured Markdown table; the cells are escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
