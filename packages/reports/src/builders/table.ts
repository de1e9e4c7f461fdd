import type { Column, ColumnType, Row, StatusLabel } from '../document';
import type { ReportLang } from '../format/index';
import { bi } from './bilingual';

/** A column of a table section. */
export function column(
  key: string,
  zh: string,
  en: string,
  type: ColumnType,
  width?: number,
  statuses?: Readonly<Record<string, StatusLabel>>,
): Column {
  return {
    key,
    header: bi(zh, en),
    type,
    ...(width === undefined ? {} : { width }),
    ...(statuses === undefined ? {} : { statuses: { ...statuses } }),
  };
}

/** The 序号 column every ledger starts with. */
export const SEQ_COLUMN: Column = column('seq', '序号', 'No.', 'integer', 5);

/** Rows numbered from 1 in the `seq` column, in the order given. */
export function numbered(rows: readonly Row[]): Row[] {
  return rows.map((row, i) => ({ seq: i + 1, ...row }));
}

/** The sum of a whole-number column, `null` values skipped. Money stays integer fen. */
export function sumOf(rows: readonly Row[], key: string): number {
  let total = 0;
  for (const row of rows) {
    const value = row[key];
    if (typeof value === 'number') total += value;
  }
  return total;
}

/** A totals row summing `keys` over `rows` (computed, never typed in, as the document contract asks). */
export function totalsOf(rows: readonly Row[], keys: readonly string[]): Row {
  const totals: Row = {};
  for (const key of keys) totals[key] = sumOf(rows, key);
  return totals;
}

/**
 * A totals row with the label 合计 / Total in the text column `key`: for tables whose first column is the 序号,
 * where the renderers cannot put the label themselves.
 */
export function labelledTotals(totals: Row, key: string, lang: ReportLang): Row {
  return { [key]: lang === 'en' ? 'Total' : '合计', ...totals };
}

/** Compares two strings by code unit, for sorting ids and dates deterministically. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
