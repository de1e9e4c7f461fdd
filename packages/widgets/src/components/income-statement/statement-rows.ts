import type { QuarterlyDisclosure } from '@rectify/schemas';
import type { Locale } from '../../i18n/index';
import { asArray } from '../shared/data-guards';

/** One row of a quarter's statement, in display order. */
export interface StatementRow {
  /** `section` opens a group, `line` is an item, `total` a total or balance, `note` a sentence without amount. */
  kind: 'section' | 'line' | 'total' | 'note';
  /** Stable key within the statement. */
  key: string;
  /** The item (category, total name, or the note's sentence). */
  label: string;
  /** The description of a line, when it has one. */
  detail?: string;
  /** Integer fen, for lines and totals. */
  amount?: number;
}

/** The section a row belongs to, for styling and for the print notice. */
export type StatementSection = 'income' | 'expense' | 'distribution' | 'transfers';

/**
 * The rows of a quarterly disclosure's statement, in the order of the notice: opening balance; income lines and
 * total; expense lines and total; the distribution; transfers to the maintenance fund; closing balance (PI.C1.f
 * reconciles exactly these). Amounts stay integer fen. Tolerates missing lists.
 */
export function statementRows(disclosure: QuarterlyDisclosure, locale: Locale): StatementRow[] {
  const { m } = locale;
  const s = m.statement;
  const rows: StatementRow[] = [
    { kind: 'total', key: 'opening', label: s.openingBalance, amount: disclosure.openingBalance },
    { kind: 'section', key: 'income', label: s.income },
  ];
  const income = asArray(disclosure.incomeLines);
  income.forEach((line, i) => {
    rows.push({
      kind: 'line',
      key: `income-${i}`,
      label: locale.incomeCategory(line.category),
      detail: line.description,
      amount: line.amount,
    });
  });
  if (income.length === 0) rows.push({ kind: 'note', key: 'income-none', label: s.noIncome });
  rows.push({ kind: 'total', key: 'income-total', label: s.incomeTotal, amount: disclosure.incomeTotal });
  rows.push({ kind: 'section', key: 'expense', label: s.expense });
  const expenses = asArray(disclosure.expenseLines);
  expenses.forEach((line, i) => {
    rows.push({
      kind: 'line',
      key: `expense-${i}`,
      label: locale.expenseCategory(line.category),
      detail: line.description,
      amount: line.amount,
    });
  });
  if (expenses.length === 0) rows.push({ kind: 'note', key: 'expense-none', label: s.noExpense });
  rows.push({ kind: 'total', key: 'expense-total', label: s.expenseTotal, amount: disclosure.expenseTotal });
  rows.push({ kind: 'section', key: 'distribution', label: s.distribution });
  const d = disclosure.distribution;
  if (d && typeof d === 'object') {
    rows.push({ kind: 'line', key: 'distributable', label: s.distributable, amount: d.base });
    rows.push({ kind: 'line', key: 'company-share', label: s.companyShare, amount: d.companyShare });
    rows.push({ kind: 'line', key: 'owners-share', label: s.ownersShare, amount: d.ownersShare });
  } else {
    rows.push({ kind: 'note', key: 'distribution-none', label: s.noDistribution });
  }
  rows.push({ kind: 'section', key: 'transfers', label: s.transfers });
  const transfers = asArray(disclosure.maintenanceFundTransfers);
  transfers.forEach((t, i) => {
    rows.push({
      kind: 'line',
      key: `transfer-${i}`,
      label: s.transfer(locale.period(t.forQuarter), locale.date(t.transferredOn)),
      amount: t.amount,
    });
  });
  if (transfers.length === 0)
    rows.push({
      kind: 'note',
      key: 'transfer-none',
      label: disclosure.surplusRetainedByDecisionId ? s.surplusRetained : s.noTransfer,
    });
  rows.push({ kind: 'total', key: 'closing', label: s.closingBalance, amount: disclosure.closingBalance });
  return rows;
}
