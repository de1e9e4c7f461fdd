import { readCellValue } from '../cells/cell-value';
import type { MoneyUnit } from '../cells/money';
import type { CompiledColumn, CompiledMapping } from './compile-mapping';
import { headerKey, titleUnit } from './header-key';
import type { MergeRange } from './xlsx-inspect';

/** A row as a source gives it: its number as shown (1-based) and its raw cells, column A first. */
export interface RawRow {
  row: number;
  cells: unknown[];
}

/** A sheet column bound to a mapping column. */
export interface BoundColumn {
  /** The mapping column. */
  column: CompiledColumn;
  /** 0-based position in the sheet (A = 0). */
  index: number;
  /** `C 小区名称`: the letter and the header text as found. */
  label: string;
  /** For money: the unit the header (or the title block) names. */
  unit?: MoneyUnit;
}

/** A sheet column that is not read, and why. */
export interface UnboundColumn {
  /** 0-based position in the sheet. */
  index: number;
  /** `F 备注`. */
  label: string;
  /** `ignored`: no mapping column has this header; `duplicate`: the field was already bound. */
  reason: 'ignored' | 'duplicate';
}

/** Where the header is and what it binds. */
export interface HeaderMatch {
  /** First header row (1-based). */
  firstRow: number;
  /** Last header row: the one that names the columns (the lower of a two-row header). */
  lastRow: number;
  /** Bound columns, left to right. */
  bound: BoundColumn[];
  /** Columns not read. */
  unbound: UnboundColumn[];
  /** Required mapping columns the header lacks. */
  missing: CompiledColumn[];
}

/** How many non-blank rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 20;

/** The letters of a 0-based column index: 0 → `A`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The text of a raw cell for header matching; `''` when blank or not text-like. */
export function cellText(value: unknown): string {
  const cell = readCellValue(value);
  if (cell.kind === 'text') return cell.text;
  if (cell.kind === 'number') return String(cell.value);
  return '';
}

/** Whether a raw row has no content at all. */
export function isBlankRow(row: RawRow): boolean {
  return row.cells.every((v) => cellText(v) === '' && !(v instanceof Date) && typeof v !== 'boolean');
}

interface Binding {
  bound: BoundColumn[];
  unbound: UnboundColumn[];
  nonEmpty: number;
}

function lookup(compiled: CompiledMapping, text: string): { index: number; unit?: MoneyUnit } | undefined {
  const k = headerKey(text);
  for (const [map, key] of [
    [compiled.exact, k.key],
    [compiled.base, k.key],
    [compiled.exact, k.base],
    [compiled.base, k.base],
  ] as const) {
    const index = map.get(key);
    if (index !== undefined && index >= 0) return k.unit ? { index, unit: k.unit } : { index };
  }
  return undefined;
}

function bind(compiled: CompiledMapping, candidates: string[][]): Binding {
  const taken = new Set<number>();
  const bound: BoundColumn[] = [];
  const unbound: UnboundColumn[] = [];
  let nonEmpty = 0;
  candidates.forEach((texts, index) => {
    if (texts.length === 0) return;
    nonEmpty += 1;
    let duplicate = false;
    for (const text of texts) {
      const hit = lookup(compiled, text);
      if (!hit) continue;
      if (taken.has(hit.index)) {
        duplicate = true;
        continue;
      }
      taken.add(hit.index);
      const column = compiled.columns[hit.index] as CompiledColumn;
      const entry: BoundColumn = { column, index, label: `${columnLetter(index)} ${text}` };
      if (hit.unit && column.type === 'money') entry.unit = hit.unit;
      bound.push(entry);
      return;
    }
    unbound.push({
      index,
      label: `${columnLetter(index)} ${texts[0] ?? ''}`,
      reason: duplicate ? 'duplicate' : 'ignored',
    });
  });
  return { bound, unbound, nonEmpty };
}

function accepts(binding: Binding, columns: number): boolean {
  const n = binding.bound.length;
  return n >= Math.min(2, columns) && (2 * n >= columns || 2 * n >= binding.nonEmpty);
}

/**
 * Finds the header among the first {@link HEADER_SEARCH_ROWS} non-blank rows: the first row whose cells
 * name at least half of the mapping's columns, or at least two columns and half of its own non-blank
 * cells (a table with only some of the optional columns). A row may be the lower half of a two-row
 * header (a group header merged across its sub-headers above it: `公示牌` over `位置`, matched as
 * `公示牌位置` or `位置`), and is extended downward when the row below completes it. Merged header cells
 * lend their text to every cell they cover; without merge information (CSV), a blank cell of the upper
 * row takes the text to its left, as CSV exports of merged cells leave it. `rows` are the non-blank
 * rows from the top, in order.
 */
export function detectHeader(
  rows: readonly RawRow[],
  compiled: CompiledMapping,
  merges?: readonly MergeRange[],
): (HeaderMatch & { defaultUnit?: MoneyUnit }) | undefined {
  const byNumber = new Map(rows.map((r) => [r.row, r]));
  const lastRow = rows[rows.length - 1]?.row ?? 0;
  const headerMerges = merges?.filter((m) => m.top <= lastRow);
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  const own = (row: number, col: number) => {
    const raw = byNumber.get(row);
    return raw ? cellText(raw.cells[col]) : '';
  };
  const textAt = (row: number, col: number): string => {
    const text = own(row, col);
    if (text !== '' || !headerMerges) return text;
    const merge = headerMerges.find(
      (m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right,
    );
    return merge ? own(merge.top, merge.left) : '';
  };
  const single = (row: number) =>
    bind(
      compiled,
      Array.from({ length: width }, (_, c) => {
        const t = textAt(row, c);
        return t ? [t] : [];
      }),
    );
  const pair = (upper: number, lower: number) => {
    let carried = '';
    return bind(
      compiled,
      Array.from({ length: width }, (_, c) => {
        let parent = textAt(upper, c);
        const child = textAt(lower, c);
        if (parent !== '') carried = parent;
        else if (!merges && child !== '') parent = carried;
        if (child !== '' && parent !== '' && parent !== child) return [parent + child, child];
        if (child !== '') return [child];
        return parent !== '' ? [parent] : [];
      }),
    );
  };
  const columns = compiled.columns.length;
  const searched = rows.slice(0, HEADER_SEARCH_ROWS);
  for (let i = 0; i < searched.length; i += 1) {
    const row = (searched[i] as RawRow).row;
    const above = rows[i - 1]?.row === row - 1 ? row - 1 : undefined;
    const below = rows[i + 1]?.row === row + 1 ? row + 1 : undefined;
    const options: Array<{ first: number; last: number; binding: Binding }> = [
      { first: row, last: row, binding: single(row) },
    ];
    if (above !== undefined) options.push({ first: above, last: row, binding: pair(above, row) });
    if (!options.some((o) => accepts(o.binding, columns))) continue;
    if (below !== undefined) options.push({ first: row, last: below, binding: pair(row, below) });
    let best = options[0] as (typeof options)[number];
    for (const option of options) if (option.binding.bound.length > best.binding.bound.length) best = option;
    const boundFields = new Set(best.binding.bound.map((b) => b.column.index));
    const match: HeaderMatch & { defaultUnit?: MoneyUnit } = {
      firstRow: best.first,
      lastRow: best.last,
      bound: best.binding.bound,
      unbound: best.binding.unbound,
      missing: compiled.columns.filter((c) => c.required && !boundFields.has(c.index)),
    };
    for (const title of rows) {
      if (title.row >= best.first) break;
      for (const value of title.cells) {
        const unit = titleUnit(cellText(value));
        if (unit) match.defaultUnit = unit;
      }
    }
    return match;
  }
  return undefined;
}
