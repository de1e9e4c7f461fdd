import { displayWidth } from './display-width';

/**
 * Lays out rows as aligned plain-text columns for a terminal: CJK characters count two cells, every column
 * but the last is padded to its widest cell, the last (usually a message) is left free. Cells are written
 * on one line (line breaks become spaces).
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const clean = (cell: string) => cell.replace(/[\r\n\t]+/g, ' ');
  const all = [header.map(clean), ...rows.map((r) => r.map(clean))];
  const widths = header.map((_, c) => Math.max(...all.map((r) => displayWidth(r[c] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) =>
        c === cells.length - 1 ? cell : cell + ' '.repeat((widths[c] ?? 0) - displayWidth(cell)),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((w, c) => '─'.repeat(c === widths.length - 1 ? Math.min(w, 40) : w)).join('  ');
  return [line(all[0] ?? []), rule, ...all.slice(1).map(line)].join('\n');
}
