import type { Row, TableSection } from '../document';
import type { ReportLang } from '../format/index';

/** The label of a totals row: 合计 or Total. */
export const TOTALS_LABEL = { 'zh-CN': '合计', en: 'Total' } as const;

/** A totals row as it is shown. */
export interface LabelledTotals {
  row: Row;
  /** `true` when the first cell holds the label 合计 / Total added by {@link labelledTotals}. */
  labelled: boolean;
}

/**
 * The totals row as it is shown: the section's `totals` with the label 合计 / Total in the first
 * column when that column is a text column the totals leave empty; `undefined` without totals.
 */
export function labelledTotals(section: TableSection, lang: ReportLang): LabelledTotals | undefined {
  if (section.totals === undefined) return undefined;
  const first = section.columns[0];
  const row: Row = { ...section.totals };
  if (first !== undefined && (first.type === 'text' || first.type === 'code')) {
    const value = row[first.key];
    if (value === undefined || value === null || value === '') {
      row[first.key] = TOTALS_LABEL[lang];
      return { row, labelled: true };
    }
  }
  return { row, labelled: false };
}
