import type { Locale, MoneyUnit } from '../../i18n/index';
import type { StatementRow } from './statement-rows';

/** @internal Props of {@link StatementTable}. */
export interface StatementTableProps {
  /** The rows ({@link statementRows}). */
  rows: readonly StatementRow[];
  /** The unit of the amounts. */
  unit: MoneyUnit;
  /** The locale. */
  locale: Locale;
  /** Caption above the table. Defaults to none. */
  caption?: string | undefined;
}

/**
 * @internal The statement as a table: 项目 (with the line's description under it, so the table fits a phone) / 金额 —
 * in 万元 mode the amount column is headed 金额（万元） and every amount is 万元 with two decimals (STYLE.md).
 */
export function StatementTable({ rows, unit, locale, caption }: StatementTableProps) {
  const { m } = locale;
  return (
    <table className="rk-table rk-statement">
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          <th scope="col">{m.statement.item}</th>
          <th scope="col" className="rk-num">
            {unit === 'wan' ? m.common.amountWan : m.common.amount}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          switch (row.kind) {
            case 'section':
              return (
                <tr key={row.key} className="rk-row--section">
                  <th colSpan={2}>{row.label}</th>
                </tr>
              );
            case 'note':
              return (
                <tr key={row.key} className="rk-row--note">
                  <td colSpan={2} className="rk-muted">
                    {row.label}
                  </td>
                </tr>
              );
            default:
              return (
                <tr key={row.key} className={row.kind === 'total' ? 'rk-row--total' : 'rk-row--line'}>
                  <th scope="row">
                    {row.label}
                    {row.detail ? <span className="rk-statement__detail">{row.detail}</span> : null}
                  </th>
                  <td className="rk-num" data-fen={row.amount}>
                    {locale.money(row.amount, unit)}
                  </td>
                </tr>
              );
          }
        })}
      </tbody>
    </table>
  );
}
