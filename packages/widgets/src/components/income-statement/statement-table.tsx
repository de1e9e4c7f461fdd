import type { Locale, MoneyUnit } from '../../i18n/index';
import type { StatementRow } from './statement-rows';

/** @internal Props of {@link StatementTable}. */
export interface StatementTableProps {
  rows: readonly StatementRow[];
  unit: MoneyUnit;
  locale: Locale;
  /** Optional caption above the table. */
  caption?: string | undefined;
}

/**
 * @internal The statement as a table: 项目 / 摘要 / 金额 — in 万元 mode the amount column is headed 金额（万元） and
 * every amount is 万元 with two decimals (STYLE.md).
 */
export function StatementTable({ rows, unit, locale, caption }: StatementTableProps) {
  const { m } = locale;
  return (
    <table className="rk-table rk-statement">
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          <th scope="col">{m.statement.item}</th>
          <th scope="col">{m.statement.description}</th>
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
                  <th colSpan={3}>{row.label}</th>
                </tr>
              );
            case 'note':
              return (
                <tr key={row.key} className="rk-row--note">
                  <td colSpan={3} className="rk-muted">
                    {row.label}
                  </td>
                </tr>
              );
            default:
              return (
                <tr key={row.key} className={row.kind === 'total' ? 'rk-row--total' : 'rk-row--line'}>
                  <th scope="row">{row.label}</th>
                  <td>{row.detail ?? ''}</td>
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
