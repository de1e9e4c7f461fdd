import type { CellValue, Column } from '../document';
import { ReportRenderError } from '../render/render-error';
import type { ReportLang } from './index';
import {
  formatDate,
  formatDateLong,
  formatInteger,
  formatRatio,
  formatWan,
  formatYuan,
  statusText,
} from './index';

/** Where a value is shown: in a table (`2023-07-31`) or in the running text of a notice (`2023年7月31日`). */
export type CellContext = 'table' | 'notice';

/** Options of {@link formatCell}. */
export interface FormatCellOptions {
  /** The language of words (`是`/`Yes`, status labels, notice dates). Defaults to `'zh-CN'`. */
  lang?: ReportLang;
  /** Where the value is shown; decides the date form. Defaults to `'table'`. */
  context?: CellContext;
}

/** `是` / `否` or `Yes` / `No`. */
export function formatBoolean(value: boolean, lang: ReportLang): string {
  if (lang === 'en') return value ? 'Yes' : 'No';
  return value ? '是' : '否';
}

/**
 * The display text of one value of a column: money `¥1,234.56`, 万元 `0.12`, ratio `12.34%`,
 * integer `1,234`, date `2023-07-31` (in a table) or `2023年7月31日` (on a notice), status `✗ 不合格`,
 * boolean `是`/`否`; `''` for `null`.
 *
 * Throws {@link ReportRenderError} (`INVALID_VALUE`) when the value does not fit the column type;
 * run `checkReportDocument` first to get every such problem as data.
 */
export function formatCell(
  value: CellValue,
  column: Pick<Column, 'type' | 'statuses'>,
  options: FormatCellOptions = {},
): string {
  const lang = options.lang ?? 'zh-CN';
  if (value === null) return '';
  switch (column.type) {
    case 'money':
      return formatYuan(value as number);
    case 'money-wan':
      return formatWan(value as number);
    case 'integer':
      return formatInteger(value as number);
    case 'ratio':
      return formatRatio(value as number);
    case 'date':
      return options.context === 'notice'
        ? formatDateLong(value as string, lang)
        : formatDate(value as string);
    case 'status': {
      const s = statusText(
        typeof value === 'boolean' ? formatBoolean(value, lang) : String(value),
        lang,
        column.statuses,
      );
      return `${s.icon} ${s.text}`;
    }
    case 'text':
    case 'code':
      return typeof value === 'boolean' ? formatBoolean(value, lang) : String(value);
    default:
      throw new ReportRenderError('INVALID_VALUE', `formatCell: unknown column type ${String(column.type)}`);
  }
}
