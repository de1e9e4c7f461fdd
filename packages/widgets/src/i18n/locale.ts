import {
  formatDateEn,
  formatDateZh,
  formatInteger,
  formatPeriodEn,
  formatPeriodZh,
  formatRatio,
  formatWan,
  formatYuan,
  isCivilDate,
  type StatusText,
  statusText,
} from '@rectify/rules';
import {
  type Bilingual,
  codelistEntry,
  EXPENSE_CATEGORIES,
  INCOME_CATEGORIES,
  QUANZHOU_DIVISIONS,
  UNITS,
} from '@rectify/schemas';
import { type Lang, resolveLang } from './lang';
import { EN_MESSAGES } from './messages-en';
import { type Messages, ZH_CN_MESSAGES } from './messages-zh-cn';
import { WIDGET_STATUS_LABELS } from './status-labels';

/** The message catalog of each language. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { 'zh-CN': ZH_CN_MESSAGES, en: EN_MESSAGES };

/** How money is shown: yuan with the sign (`¥1,234.56`) or 万元 with two decimals under a 金额（万元） header. */
export type MoneyUnit = 'yuan' | 'wan';

/** Everything a widget needs to speak one language: the catalog and formatters that never throw. */
export interface Locale {
  /** The resolved language. */
  lang: Lang;
  /** The message catalog. */
  m: Messages;
  /** The text of a bilingual value in this language; `''` when absent. */
  pick(text: Bilingual | undefined): string;
  /** Integer fen as `¥1,234.56` (`yuan`, the default) or `0.12` (`wan`); `—` for anything but a safe integer. */
  money(fen: unknown, unit?: MoneyUnit): string;
  /** A civil date as in tables (`2023-07-31`); anything else is shown as it is, or `—` when empty. */
  date(date: unknown): string;
  /** A civil date as on a notice (`2023年7月31日`, `31 July 2023`); anything else as {@link Locale.date}. */
  noticeDate(date: unknown): string;
  /** A period (`2023Q2` → `2023年第二季度` / `Q2 2023`); anything else as it is. */
  period(period: unknown): string;
  /** A ratio as a percentage with two decimals (`0.8` → `80.00%`); `—` when not a finite number. */
  ratio(ratio: unknown): string;
  /** A whole number with thousands separators; `—` when not a safe integer. */
  integer(value: unknown): string;
  /** A number with thousands separators and two decimals (`6.69`), for averages; `—` when not finite. */
  decimal(value: unknown): string;
  /** The icon and text of a status code (outcomes, severities, task states). */
  status(code: string): StatusText;
  /** The name of a unit code of the `units` codelist; the code itself when unknown. */
  unit(code: string | undefined): string;
  /** The name of a Quanzhou county (or city) code, from `names` first; the code itself when unknown. */
  division(code: string | undefined, names?: Readonly<Record<string, string>>): string;
  /** The name of an income category code. */
  incomeCategory(code: string): string;
  /** The name of an expense category code. */
  expenseCategory(code: string): string;
}

const DASH = '—';

function attempt(format: () => string, fallback: string): string {
  try {
    return format();
  } catch {
    // The shared formatters throw on values outside their contract; a widget shows the fallback instead of
    // taking the host page down.
    return fallback;
  }
}

function asText(value: unknown): string {
  if (value === undefined || value === null || value === '') return DASH;
  try {
    return String(value);
  } catch {
    // A null-prototype object has no string form.
    return DASH;
  }
}

// Two decimals without floating-point surprises: round half away from zero on the shortest decimal string.
function twoDecimals(value: number): string {
  const abs = Math.abs(value);
  const hundredths = Math.round(Number(`${abs}e2`));
  const whole = Math.trunc(hundredths / 100);
  const fraction = String(hundredths % 100).padStart(2, '0');
  const sign = value < 0 && hundredths > 0 ? '-' : '';
  return `${sign}${attempt(() => formatInteger(whole), String(whole))}.${fraction}`;
}

/** Builds the {@link Locale} of a language tag (see {@link resolveLang}). Pure: usable outside React. */
export function createLocale(tag?: string | null): Locale {
  const lang = resolveLang(tag);
  const en = lang === 'en';
  const label = (list: typeof INCOME_CATEGORIES | typeof EXPENSE_CATEGORIES | typeof UNITS, code: string) => {
    const entry = codelistEntry(list, code);
    return entry ? (en ? entry.en : entry.zh) : code;
  };
  return {
    lang,
    m: MESSAGES[lang],
    pick: (text) => (text ? (text[lang] ?? text['zh-CN'] ?? '') : ''),
    money: (fen, unit = 'yuan') => {
      if (typeof fen !== 'number' || !Number.isSafeInteger(fen)) return DASH;
      return attempt(() => (unit === 'wan' ? formatWan(fen) : formatYuan(fen)), DASH);
    },
    date: (date) => (isCivilDate(date) ? date : asText(date)),
    noticeDate: (date) =>
      isCivilDate(date) ? attempt(() => (en ? formatDateEn(date) : formatDateZh(date)), date) : asText(date),
    period: (period) =>
      typeof period === 'string'
        ? attempt(() => (en ? formatPeriodEn(period) : formatPeriodZh(period)), period)
        : asText(period),
    ratio: (ratio) =>
      typeof ratio === 'number' && Number.isFinite(ratio) ? attempt(() => formatRatio(ratio), DASH) : DASH,
    integer: (value) =>
      typeof value === 'number' && Number.isSafeInteger(value)
        ? attempt(() => formatInteger(value), DASH)
        : DASH,
    decimal: (value) => (typeof value === 'number' && Number.isFinite(value) ? twoDecimals(value) : DASH),
    status: (code) => {
      const own = Object.hasOwn(WIDGET_STATUS_LABELS, code) ? WIDGET_STATUS_LABELS[code] : undefined;
      if (own) return { icon: own.icon, text: own.label[lang] };
      try {
        const shared = statusText(code, lang);
        return { icon: shared.icon, text: shared.text };
      } catch {
        return { icon: '•', text: code };
      }
    },
    unit: (code) => (code ? label(UNITS, code) : DASH),
    division: (code, names) => {
      if (!code) return DASH;
      const own = names?.[code];
      if (own) return own;
      const entry = codelistEntry(QUANZHOU_DIVISIONS, code);
      return entry ? (en ? entry.en : entry.zh) : code;
    },
    incomeCategory: (code) => label(INCOME_CATEGORIES, code),
    expenseCategory: (code) => label(EXPENSE_CATEGORIES, code),
  };
}
