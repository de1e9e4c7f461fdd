// Display formatters live in @rectify/rules (widgets share them); the report-specific cell formatting is here.
export type { FormatRatioOptions, ReportLang, StatusText } from '@rectify/rules';
export {
  civilDateOf,
  FormatError,
  formatDate,
  formatDateEn,
  formatDateLong,
  formatDateZh,
  formatInteger,
  formatPeriod,
  formatPeriodEn,
  formatPeriodZh,
  formatRatio,
  formatWan,
  formatYuan,
  isCivilDate,
  isPeriod,
  MONTHS_EN,
  pickText,
  REPORT_LANGS,
  STATUS_LABELS,
  settleLang,
  statusText,
  UNKNOWN_STATUS_ICON,
} from '@rectify/rules';
export type { CellContext, FormatCellOptions } from './cell';
export { formatBoolean, formatCell } from './cell';
