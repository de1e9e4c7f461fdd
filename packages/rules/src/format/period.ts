import { MONTHS_EN } from './date';
import { FormatError } from './format-error';
import type { ReportLang } from './lang';

const QUARTER = /^([0-9]{4})Q([1-4])$/;
const MONTH = /^([0-9]{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^[0-9]{4}$/;
const QUARTER_ZH = ['一', '二', '三', '四'];

type Period = { year: number; quarter?: number; month?: number };

function parsePeriod(period: unknown): Period | undefined {
  if (typeof period !== 'string') return undefined;
  const q = QUARTER.exec(period);
  if (q) return { year: Number(q[1]), quarter: Number(q[2]) };
  const m = MONTH.exec(period);
  if (m) return { year: Number(m[1]), month: Number(m[2]) };
  return YEAR.test(period) ? { year: Number(period) } : undefined;
}

function parse(period: string, where: string): Period {
  const parsed = parsePeriod(period);
  if (!parsed) {
    throw new FormatError(
      'INVALID_VALUE',
      `${where}: expected a period 2023Q2, 2023-07 or 2023, got ${String(period)}`,
    );
  }
  return parsed;
}

/** `true` when `text` is a period of the kit: quarter `2023Q2`, month `2023-07` or year `2023`. */
export function isPeriod(text: unknown): text is string {
  return parsePeriod(text) !== undefined;
}

/**
 * A period in Chinese: quarter `2023Q2` → `2023年第二季度`, month `2023-07` → `2023年7月`, year
 * `2023` → `2023年`.
 *
 * Throws {@link FormatError} (`INVALID_VALUE`) for anything else.
 */
export function formatPeriodZh(period: string): string {
  const p = parse(period, 'formatPeriodZh');
  if (p.quarter !== undefined) return `${p.year}年第${QUARTER_ZH[p.quarter - 1]}季度`;
  if (p.month !== undefined) return `${p.year}年${p.month}月`;
  return `${p.year}年`;
}

/**
 * A period in English: quarter `2023Q2` → `Q2 2023`, month `2023-07` → `July 2023`, year `2023` →
 * `2023`.
 *
 * Throws {@link FormatError} (`INVALID_VALUE`) for anything else.
 */
export function formatPeriodEn(period: string): string {
  const p = parse(period, 'formatPeriodEn');
  if (p.quarter !== undefined) return `Q${p.quarter} ${p.year}`;
  if (p.month !== undefined) return `${MONTHS_EN[p.month - 1]} ${p.year}`;
  return String(p.year);
}

/** A period in `lang`: {@link formatPeriodZh} or {@link formatPeriodEn}. */
export function formatPeriod(period: string, lang: ReportLang): string {
  return lang === 'en' ? formatPeriodEn(period) : formatPeriodZh(period);
}
