import { type RecordKind, type RecordOf, validate } from '@rectify/schemas';
import { readCellValue } from '../cells/cell-value';
import { normaliseForMatch } from '../cells/text';
import { type CellContext, type ColumnCellIssue, readColumnCell } from './cell-read';
import { type CompiledColumn, type CompiledMapping, recordSchema } from './compile-mapping';
import { type BoundColumn, cellText, type HeaderMatch, type RawRow } from './header';
import { maskOriginal } from './mask-original';
import { deletePath, getPath, pointerSegments, setPath } from './record-path';
import type { TableIssue } from './table-issue';
import type { MergeRange } from './xlsx-inspect';

/** What became of one row of a table. */
export interface RowResult<K extends RecordKind = RecordKind> {
  /** The row number as a spreadsheet shows it (1-based). */
  row: number;
  /** The worksheet, for XLSX. */
  sheet?: string;
  /**
   * `imported`: the row gave a valid record; `rejected`: it has an error (see `issues`); `subtotal`: a
   * 合计/小计/总计 row, skipped; `skipped`: a note (注：…), a repeat of the header, or text only in columns
   * that are not read.
   */
  status: 'imported' | 'rejected' | 'subtotal' | 'skipped';
  /**
   * The record, when imported, with the schema's defaults applied. For a line sheet (a mapping with
   * `lines`), it holds only this row's line; `importTable` joins the lines of a record.
   */
  record?: RecordOf<K>;
  /** Everything found in the row, errors and warnings. */
  issues: TableIssue[];
}

/** What a {@link SheetReader} needs besides the rows. */
export interface SheetReaderContext {
  compiled: CompiledMapping;
  header: HeaderMatch & { defaultUnit?: HeaderMatch['bound'][number]['unit'] };
  sheet?: string;
  date1904: boolean;
  /** Constants of the mapping and the options, as paths and values. */
  constants: ReadonlyArray<[string[], unknown]>;
  /** The sheet's merged ranges; those below the header carry their value down. */
  merges: readonly MergeRange[];
}

// A total row names itself in one cell: 合计, 小计, 总计, 共计, 本页合计, 收入合计, 合计：…, Total, Subtotal.
const SUBTOTAL =
  /^(?:本页|本月|本季|本季度|本年|全年|当月|当季|总|收入|支出|收益|费用)?(?:合计|小计|总计|共计|累计|总合计)(?:[:：].*)?$|^(?:grand|sub)?total:?$/;
// Lines under a table that are not data: notes, and who filled it in (often with a phone number).
const NOTE =
  /^(?:注[0-9一二三四五六七八九十]*|备注|说明|填表说明|填报说明|填表人|填报人|制表人|审核人|审批人|负责人|单位负责人|联系人|联系电话|填报日期|填表日期|制表日期|填报单位)[:：.、]/;
const SERIAL = /^[0-9]+$/;

const NO_VALUES: ReadonlyMap<number, unknown> = new Map();
const NO_INDEXES: ReadonlySet<number> = new Set();

interface ActiveMerge {
  bottom: number;
  left: number;
  top: number;
  value: unknown;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  return readCellValue(value).kind === 'empty';
}

function mightBeSubtotal(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('计') || /total/i.test(value);
  return value !== null && typeof value === 'object' && 'richText' in value;
}

function originalOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return readCellValue(value).original;
}

/**
 * Reads the rows of one sheet below its header into records: merged cells carried down, blank,
 * subtotal and note rows told apart, each cell through its column's parser, the record validated with
 * `validate(kind, record)` and schema issues placed back on their column. Rows must come in order.
 */
export class SheetReader<K extends RecordKind = RecordKind> {
  private readonly ctx: SheetReaderContext;
  private readonly kind: K;
  private readonly active = new Map<number, ActiveMerge>();
  private readonly startingAt = new Map<number, MergeRange[]>();
  private readonly boundFields: Set<number>;
  private readonly byField = new Map<string, BoundColumn>();
  private readonly lineSegments: string[] | undefined;
  private previousLine: Record<string, unknown> | undefined;
  private readonly groupValues = new Map<string, Map<string, string>>();
  private readonly boundIndexes: Set<number>;
  private readonly contexts: Record<number, CellContext> = {};
  private readonly headerTexts: Map<number, string>;

  constructor(kind: K, ctx: SheetReaderContext) {
    this.kind = kind;
    this.ctx = ctx;
    this.boundFields = new Set(ctx.header.bound.map((b) => b.column.index));
    for (const b of ctx.header.bound) this.byField.set(b.column.field, b);
    for (const merge of ctx.merges) {
      if (merge.top <= ctx.header.lastRow) continue;
      const list = this.startingAt.get(merge.top);
      if (list) list.push(merge);
      else this.startingAt.set(merge.top, [merge]);
    }
    this.lineSegments = ctx.compiled.mapping.lines?.field.split('/');
    this.boundIndexes = new Set(ctx.header.bound.map((b) => b.index));
    this.headerTexts = new Map(
      ctx.header.bound.map((b) => [b.index, b.label.slice(b.label.indexOf(' ') + 1)]),
    );
    for (const b of ctx.header.bound) {
      const unit = b.unit ?? ctx.header.defaultUnit ?? b.column.unit;
      this.contexts[b.index] = unit ? { unit, date1904: ctx.date1904 } : { date1904: ctx.date1904 };
    }
  }

  /** Reads one row; `'blank'` when it has nothing to read. */
  read(raw: RawRow): RowResult<K> | 'blank' {
    const { header } = this.ctx;
    const cells = raw.cells;
    const merging = this.active.size > 0 || this.startingAt.has(raw.row);
    const filled = merging ? new Map<number, unknown>() : NO_VALUES;
    const underMerge = merging ? new Set<number>() : NO_INDEXES;
    if (merging) this.applyMerges(raw, filled, underMerge);
    const valueAt = merging
      ? (index: number) => (filled.has(index) ? filled.get(index) : cells[index])
      : (index: number) => cells[index];

    const base = { row: raw.row, ...(this.ctx.sheet !== undefined ? { sheet: this.ctx.sheet } : {}) };
    for (let i = 0; i < cells.length; i += 1) {
      const value = cells[i];
      if (mightBeSubtotal(value) && SUBTOTAL.test(normaliseForMatch(cellText(value)))) {
        return {
          ...base,
          status: 'subtotal',
          issues: [
            this.place(
              {
                code: 'ROW_SUBTOTAL',
                severity: 'warning',
                original: cellText(value),
                message: {
                  'zh-CN': '合计（小计）行，已跳过，不作为数据导入。',
                  en: 'A total or subtotal row; skipped, not imported as data.',
                },
              },
              raw.row,
              undefined,
            ),
          ],
        };
      }
    }
    let filledCount = 0;
    for (const value of cells) if (value !== undefined && value !== null && value !== '') filledCount += 1;
    if (filledCount <= 3) {
      const first = cells.map(cellText).find((t) => t !== '');
      if (first !== undefined && NOTE.test(first)) return this.skipped(base, first, 'note');
    }
    const results = header.bound.map((b) =>
      readColumnCell(b.column, valueAt(b.index), this.contexts[b.index]),
    );
    // Values carried down from a merged cell above do not make a row: a row with nothing of its own is blank.
    if (results.every((r, n) => (r.ok && r.empty) || filled.has(header.bound[n]?.index ?? -1))) {
      for (let i = 0; i < cells.length; i += 1) {
        if (this.isBoundIndex(i)) continue;
        const text = cellText(cells[i]);
        if (text !== '' && !SERIAL.test(text)) return this.skipped(base, text, 'unread');
      }
      return 'blank';
    }
    if (this.isRepeatedHeader(valueAt))
      return this.skipped(base, cellText(valueAt(header.bound[0]?.index ?? 0)), 'header');

    const issues: TableIssue[] = [];
    const record: Record<string, unknown> = {};
    const failed = new Set<number>();
    const emptyFields = new Set<number>();
    for (const [segments, value] of this.ctx.constants) setPath(record, segments, structuredClone(value));
    for (const [n, b] of header.bound.entries()) {
      const result = results[n] as (typeof results)[number];
      for (const warning of result.warnings ?? []) issues.push(this.place(warning, raw.row, b));
      if (underMerge.has(b.index)) {
        issues.push(
          this.place(
            {
              code: 'CELL_MERGED_EMPTY',
              severity: 'warning',
              original: '',
              message: {
                'zh-CN': '该单元格被合并到左侧单元格中，按空白读取；如该列应有数值，请取消合并并逐格填写。',
                en: 'The cell is merged into a cell to its left and was read as blank; if the column needs a value, unmerge the cells and fill each one.',
              },
            },
            raw.row,
            b,
          ),
        );
      }
      if (!result.ok) {
        failed.add(b.column.index);
        issues.push(this.place(result.issue, raw.row, b));
        continue;
      }
      if (result.empty || result.value === undefined) {
        emptyFields.add(b.column.index);
        continue;
      }
      let value = result.value;
      if (b.column.type === 'list' && b.column.itemSegments && Array.isArray(value)) {
        const segments = b.column.itemSegments;
        value = value.map((item) => {
          const object: Record<string, unknown> = {};
          setPath(object, segments, item);
          return object;
        });
      }
      setPath(record, b.column.segments, value);
    }
    if (this.lineSegments) this.joinLineRow(record, emptyFields, failed, issues, raw.row);
    for (const b of header.bound) {
      if (
        b.column.required &&
        emptyFields.has(b.column.index) &&
        getPath(record, b.column.segments) === undefined
      ) {
        failed.add(b.column.index);
        issues.push(this.required(raw.row, b.column, b.label));
      }
    }
    for (const column of header.missing) {
      if (getPath(record, column.segments) === undefined) {
        failed.add(column.index);
        issues.push(this.required(raw.row, column, column.headers[0] ?? column.field));
      }
    }
    const candidate = this.lineSegments ? this.lineRecord(record) : record;
    const report = validate(this.kind, candidate, { maxIssues: 50 });
    for (const found of report.issues) {
      const column = this.columnOfPointer(found.path);
      if (column && failed.has(column.index)) continue;
      const bound = column ? this.byField.get(column.field) : undefined;
      const original = bound ? originalOf(valueAt(bound.index)) : '';
      const header0 = column?.headers[0];
      const field = typeof found.params.field === 'string' ? found.params.field : undefined;
      const message =
        header0 && field
          ? { 'zh-CN': found.message['zh-CN'].replace(`“${field}”`, `“${header0}”`), en: found.message.en }
          : found.message;
      const issue = this.place(
        { code: found.code, severity: found.severity, original, message },
        raw.row,
        bound,
        column,
      );
      issue.path = this.lineSegments ? this.rowPointer(found.path) : found.path;
      if (!original) delete issue.original;
      issues.push(issue);
    }
    if (issues.some((i) => i.severity === 'error')) return { ...base, status: 'rejected', issues };
    const parsed = recordSchema(this.kind).safeParse(candidate);
    if (!parsed.success) {
      issues.push(
        this.place(
          {
            code: 'SCHEMA_INVALID',
            severity: 'error',
            original: '',
            message: { 'zh-CN': '记录不符合数据模型。', en: 'The record does not fit the model.' },
          },
          raw.row,
          undefined,
        ),
      );
      return { ...base, status: 'rejected', issues };
    }
    return { ...base, status: 'imported', record: parsed.data as RecordOf<K>, issues };
  }

  // Merged ranges below the header: the top-left value fills the cells below it in its column; a bound
  // cell covered from another column is read as blank, with a warning.
  private applyMerges(
    raw: RawRow,
    filled: ReadonlyMap<number, unknown>,
    underMerge: ReadonlySet<number>,
  ): void {
    const cells = raw.cells;
    for (const [column, merge] of this.active) if (merge.bottom < raw.row) this.active.delete(column);
    for (const merge of this.startingAt.get(raw.row) ?? []) {
      for (let c = merge.left; c <= merge.right; c += 1) {
        this.active.set(c, {
          bottom: merge.bottom,
          left: merge.left,
          top: merge.top,
          value: cells[merge.left],
        });
      }
    }
    for (const b of this.ctx.header.bound) {
      const merge = this.active.get(b.index);
      if (!merge || !isEmpty(cells[b.index])) continue;
      if (merge.left !== b.index) (underMerge as Set<number>).add(b.index);
      else if (merge.top < raw.row) (filled as Map<number, unknown>).set(b.index, merge.value);
    }
  }

  private isBoundIndex(index: number): boolean {
    return this.boundIndexes.has(index);
  }

  // A header repeated below the first (pages printed with repeating titles, sheets pasted together)
  // holds the same texts in the same columns.
  private isRepeatedHeader(valueAt: (index: number) => unknown): boolean {
    const { bound } = this.ctx.header;
    let same = 0;
    for (const b of bound) {
      const value = valueAt(b.index);
      if (typeof value !== 'string') continue;
      const text = this.headerTexts.get(b.index) ?? '';
      if (value === text || (value.length <= text.length + 8 && cellText(value) === text)) same += 1;
    }
    return same >= Math.max(2, Math.ceil(bound.length / 2));
  }

  private skipped(
    base: { row: number; sheet?: string },
    text: string,
    why: 'note' | 'unread' | 'header',
  ): RowResult<K> {
    const message = {
      note: {
        'zh-CN': '说明或落款行（注：、填表人：等），已跳过。',
        en: 'A note or sign-off line (注：, 填表人：…); skipped.',
      },
      unread: {
        'zh-CN': '该行只在未导入的列中有内容，已跳过；如属数据，请检查表头。',
        en: 'The row has content only in columns that are not read; skipped. If it is data, check the header.',
      },
      header: { 'zh-CN': '重复的表头行，已跳过。', en: 'A repeat of the header row; skipped.' },
    }[why];
    return {
      ...base,
      status: 'skipped',
      issues: [
        this.place(
          { code: 'ROW_SKIPPED', severity: 'warning', original: text, message },
          base.row,
          undefined,
        ),
      ],
    };
  }

  private required(row: number, column: CompiledColumn, label: string): TableIssue {
    const header0 = column.headers[0] ?? column.field;
    const issue = this.place(
      {
        code: 'CELL_REQUIRED',
        severity: 'error',
        original: '',
        message: {
          'zh-CN': `“${header0}”为必填项，不能为空。`,
          en: `"${header0}" is required and cannot be blank.`,
        },
      },
      row,
      undefined,
      column,
    );
    issue.column = label;
    delete issue.original;
    return issue;
  }

  private place(
    found: ColumnCellIssue,
    row: number,
    bound: BoundColumn | undefined,
    column: CompiledColumn | undefined = bound?.column,
  ): TableIssue {
    const issue: TableIssue = { code: found.code, severity: found.severity, row, message: found.message };
    if (this.ctx.sheet !== undefined) issue.sheet = this.ctx.sheet;
    if (bound) issue.column = bound.label;
    if (column) issue.path = `/${column.field}`;
    if (found.original !== '') issue.original = maskOriginal(column, found.original);
    return issue;
  }

  // The column a validator pointer lands on: the field itself, the list or object it lies in, or,
  // for a missing object, its first column.
  private columnOfPointer(pointer: string): CompiledColumn | undefined {
    let segments = pointerSegments(pointer);
    const lines = this.ctx.compiled.mapping.lines;
    if (lines && this.lineSegments) {
      for (const target of Object.values(lines.targets)) {
        if (segments[0] === target && segments[1] === '0')
          segments = [...this.lineSegments, ...segments.slice(2)];
      }
    }
    const joined = segments.join('/');
    let best: CompiledColumn | undefined;
    for (const column of this.ctx.compiled.columns) {
      if (column.field === joined) return column;
      if (joined.startsWith(`${column.field}/`) && (!best || column.field.length > best.field.length))
        best = column;
    }
    if (best) return best;
    const under = this.ctx.compiled.columns.filter((c) => c.field.startsWith(`${joined}/`));
    return under.find((c) => this.boundFields.has(c.index)) ?? under[0];
  }

  private rowPointer(pointer: string): string {
    const lines = this.ctx.compiled.mapping.lines;
    if (!lines) return pointer;
    for (const target of Object.values(lines.targets)) {
      const prefix = `/${target}/0`;
      if (pointer === prefix || pointer.startsWith(`${prefix}/`))
        return `/${lines.field}${pointer.slice(prefix.length)}`;
    }
    return pointer;
  }

  // Line sheets: blank key cells repeat the row above (merged cells, or CSV exports of them); within a
  // group, blank record cells repeat it too, and filled ones must agree with the group's first row.
  private joinLineRow(
    record: Record<string, unknown>,
    emptyFields: Set<number>,
    failed: Set<number>,
    issues: TableIssue[],
    row: number,
  ): void {
    const lines = this.ctx.compiled.mapping.lines;
    if (!lines) return;
    const lineField = lines.field;
    const recordColumns = this.ctx.header.bound.filter(
      (b) => b.column.field !== lineField && !b.column.field.startsWith(`${lineField}/`),
    );
    const keyOf = (source: unknown) =>
      JSON.stringify(lines.key.map((k) => getPath(source, k.split('/')) ?? null));
    const previous = this.previousLine;
    if (previous) {
      for (const key of lines.key) {
        const b = this.byField.get(key);
        if (b && emptyFields.has(b.column.index) && getPath(previous, b.column.segments) !== undefined) {
          setPath(record, b.column.segments, structuredClone(getPath(previous, b.column.segments)));
          emptyFields.delete(b.column.index);
        }
      }
      if (keyOf(previous) === keyOf(record)) {
        for (const b of recordColumns) {
          if (!emptyFields.has(b.column.index) || failed.has(b.column.index)) continue;
          const earlier = getPath(previous, b.column.segments);
          if (earlier === undefined) continue;
          setPath(record, b.column.segments, structuredClone(earlier));
          emptyFields.delete(b.column.index);
        }
      }
    }
    const groupKey = keyOf(record);
    let values = this.groupValues.get(groupKey);
    if (!values) {
      values = new Map();
      this.groupValues.set(groupKey, values);
    }
    for (const b of recordColumns) {
      const value = getPath(record, b.column.segments);
      if (value === undefined || failed.has(b.column.index)) continue;
      const text = JSON.stringify(value);
      const seen = values.get(b.column.field);
      if (seen === undefined) values.set(b.column.field, text);
      else if (seen !== text) {
        failed.add(b.column.index);
        issues.push(
          this.place(
            {
              code: 'GROUP_CONFLICT',
              severity: 'error',
              original: '',
              message: {
                'zh-CN': `同一记录的各行“${b.column.headers[0]}”不一致，请核对。`,
                en: `Rows of one record disagree on "${b.column.headers[0]}"; please check them.`,
              },
            },
            row,
            b,
          ),
        );
      }
    }
    if (getPath(record, ['id']) === undefined) {
      const parts = (lines.id ?? lines.key).map((k) => getPath(record, k.split('/')));
      if (parts.every((p) => p !== undefined && p !== '')) {
        const id = parts
          .map((p) => String(p))
          .join('-')
          .replace(/[^A-Za-z0-9._:-]/g, '-')
          .slice(0, 64);
        if (/^[A-Za-z0-9]/.test(id)) record.id = id;
      }
    }
    const kept: Record<string, unknown> = {};
    for (const b of recordColumns) {
      const value = getPath(record, b.column.segments);
      if (value !== undefined) setPath(kept, b.column.segments, structuredClone(value));
    }
    this.previousLine = kept;
  }

  private lineRecord(record: Record<string, unknown>): Record<string, unknown> {
    const lines = this.ctx.compiled.mapping.lines;
    const segments = this.lineSegments;
    if (!lines || !segments) return record;
    const out = structuredClone(record);
    const line = (getPath(out, segments) ?? {}) as Record<string, unknown>;
    deletePath(out, segments);
    const bySegments = lines.by.split('/').slice(segments.length);
    const by = getPath(line, bySegments);
    deletePath(line, bySegments);
    for (const [code, target] of Object.entries(lines.targets)) out[target] = code === by ? [line] : [];
    return out;
  }
}
