import { stripFormulaGuard } from './formula';
import { cellIssue } from './issue';
import { normaliseText } from './text';
import type { CellIssue, CellResult } from './types';

/**
 * A raw cell (a CSV string, or an exceljs `cell.value`) reduced to what a typed parser needs. Every
 * variant carries `original` (the cell as text, for issues) and `warnings` (for a formula's saved
 * result, a `FORMULA_CELL` warning).
 */
export type CellValue =
  | { kind: 'empty'; original: string; warnings: CellIssue[] }
  | {
      kind: 'text';
      /** {@link normaliseText} of the content, with the `'` added by `neutraliseFormula` removed. */
      text: string;
      original: string;
      warnings: CellIssue[];
    }
  | { kind: 'number'; value: number; original: string; warnings: CellIssue[] }
  | { kind: 'boolean'; value: boolean; original: string; warnings: CellIssue[] }
  | { kind: 'date'; value: Date; original: string; warnings: CellIssue[] }
  /** The cell could not be read at all (formula without result, `#N/A`, unknown object); see `issue`. */
  | { kind: 'rejected'; issue: CellIssue; original: string; warnings: CellIssue[] };

// Error values as Excel, WPS and LibreOffice write them into cells and CSV exports.
const ERROR_LITERALS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#UNKNOWN!',
  'Err:502',
  'Err:504',
  'Err:508',
  'Err:522',
]);

// A dash in a numeric or date column is the usual way to write "none" in Chinese forms (and Excel's
// accounting format shows zero as `-`, but a CSV export writes 0): read it as a blank cell.
const BLANK_MARKERS = new Set(['-', '--', '—', '——', '–', '−', '―']);

const MAX_DEPTH = 4;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function richTextOf(value: unknown): string | undefined {
  if (!isRecord(value) || !Array.isArray(value.richText)) return undefined;
  let text = '';
  for (const run of value.richText) {
    if (isRecord(run) && typeof run.text === 'string') text += run.text;
  }
  return text;
}

function describeUnknown(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (typeof json === 'string') return json;
  } catch {
    // Circular or BigInt-holding objects: fall through to the tag.
  }
  return Object.prototype.toString.call(value);
}

function errorCell(text: string, original: string, warnings: CellIssue[]): CellValue {
  return {
    kind: 'rejected',
    original,
    warnings,
    issue: cellIssue(
      'CELL_ERROR_VALUE',
      original,
      `单元格是错误值 ${text}，请修正公式或改填数值。`,
      `The cell holds the error value ${text}; fix the formula or type the value.`,
    ),
  };
}

function formulaText(original: string, warnings: CellIssue[]): CellValue {
  return {
    kind: 'rejected',
    original,
    warnings,
    issue: cellIssue(
      'FORMULA_CELL',
      original,
      '单元格是公式文本而不是数值，请将公式粘贴为数值后重新导出。',
      'The cell holds formula text instead of a value; paste the formulas as values and export again.',
    ),
  };
}

function read(value: unknown, warnings: CellIssue[], depth: number): CellValue {
  if (value === null || value === undefined) return { kind: 'empty', original: '', warnings };
  if (typeof value === 'string') {
    const normalised = normaliseText(value);
    // A CSV cannot hold a formula, so `=…` text is a formula that was exported as its source.
    if (normalised.startsWith('=') && normalised.length > 1) return formulaText(value, warnings);
    const text = stripFormulaGuard(normalised);
    if (text === '' || BLANK_MARKERS.has(text)) return { kind: 'empty', original: value, warnings };
    if (ERROR_LITERALS.has(text)) return errorCell(text, value, warnings);
    return { kind: 'text', text, original: value, warnings };
  }
  if (typeof value === 'number') return { kind: 'number', value, original: String(value), warnings };
  if (typeof value === 'bigint') {
    return { kind: 'text', text: String(value), original: String(value), warnings };
  }
  if (typeof value === 'boolean') {
    return { kind: 'boolean', value, original: value ? 'TRUE' : 'FALSE', warnings };
  }
  if (value instanceof Date) {
    const original = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    return { kind: 'date', value, original, warnings };
  }
  if (isRecord(value) && depth < MAX_DEPTH) {
    const rich = richTextOf(value);
    if (rich !== undefined) return read(rich, warnings, depth + 1);
    if (typeof value.error === 'string') return errorCell(value.error, value.error, warnings);
    const formula = typeof value.formula === 'string' ? value.formula : undefined;
    const shared = typeof value.sharedFormula === 'string' ? value.sharedFormula : undefined;
    if (formula !== undefined || shared !== undefined) {
      const shown = formula !== undefined ? `=${formula}` : `=(${shared})`;
      if (!('result' in value) || value.result === undefined) {
        return {
          kind: 'rejected',
          original: shown,
          warnings,
          issue: cellIssue(
            'FORMULA_CELL',
            shown,
            '单元格是公式且没有保存计算结果，请在 Excel 中打开并保存，或将公式粘贴为数值。',
            'The cell is a formula with no saved result; open and save the file in Excel, or paste the formula as values.',
          ),
        };
      }
      const inner = read(value.result, warnings, depth + 1);
      inner.warnings.push(
        cellIssue(
          'FORMULA_CELL',
          shown,
          '单元格是公式，已采用文件中保存的计算结果，请核对。',
          'The cell is a formula; the result saved in the file was used. Please check it.',
          'warning',
        ),
      );
      return inner;
    }
    // Hyperlink cells: { text, hyperlink }, where text may itself be rich text.
    if ('hyperlink' in value && 'text' in value) return read(value.text, warnings, depth + 1);
  }
  const original = isRecord(value) ? describeUnknown(value) : String(value);
  return {
    kind: 'rejected',
    original,
    warnings,
    issue: cellIssue(
      'CELL_TYPE_UNSUPPORTED',
      original,
      '无法识别该单元格的内容类型，请改填文字或数值。',
      'The content of the cell is of a kind that cannot be read; type the value as text or a number.',
    ),
  };
}

/**
 * Reads a raw cell — a CSV string or an exceljs `cell.value` (number, string, boolean, Date, rich
 * text, hyperlink, formula with or without saved result, error value) — into a {@link CellValue}.
 * Blank text and dashes (`-`, `—`, `——`) are `empty`; Excel error literals (`#N/A`) are rejected; a
 * formula's saved result is used with a `FORMULA_CELL` warning.
 */
export function readCellValue(value: unknown): CellValue {
  return read(value, [], 0);
}

/** Attaches collected warnings to a successful result, leaving the `warnings` key out when none. */
export function withWarnings<T>(value: T | undefined, warnings: CellIssue[], empty = false): CellResult<T> {
  const result: CellResult<T> = { ok: true, value };
  if (empty) result.empty = true;
  if (warnings.length > 0) result.warnings = warnings;
  return result;
}

/** The result for a cell that {@link readCellValue} found blank or rejected, if it is one of those. */
export function settledResult<T>(cell: CellValue): CellResult<T> | undefined {
  if (cell.kind === 'empty') return withWarnings<T>(undefined, cell.warnings, true);
  if (cell.kind === 'rejected') return { ok: false, issue: cell.issue };
  return undefined;
}
