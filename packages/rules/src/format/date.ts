import { isCivilDate, parseShanghaiDate } from '../calendar/index';
import { FormatError } from './format-error';
import type { ReportLang } from './lang';

/** English month names, January first. */
export const MONTHS_EN: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(date: string, where: string): [number, number, number] {
  if (!isCivilDate(date)) {
    throw new FormatError('INVALID_VALUE', `${where}: expected a date YYYY-MM-DD, got ${String(date)}`);
  }
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}

/**
 * The civil date in Asia/Shanghai of `asOf`, which is either a civil date `YYYY-MM-DD` (returned as
 * it is) or an instant with an offset (`2023-07-31T20:00:00Z` → `2023-08-01`); `undefined` for
 * anything else. Never reads the clock.
 */
export function civilDateOf(asOf: string): string | undefined {
  const day = parseShanghaiDate(asOf);
  return day.ok ? day.value : undefined;
}

/**
 * A civil date as it is shown in tables: `YYYY-MM-DD`, unchanged, after checking it exists.
 *
 * Throws {@link FormatError} (`INVALID_VALUE`) for anything but an existing `YYYY-MM-DD` date.
 */
export function formatDate(date: string): string {
  parts(date, 'formatDate');
  return date;
}

/**
 * A civil date as it is written on a notice in Chinese: no leading zeros.
 *
 * Throws {@link FormatError} (`INVALID_VALUE`) for anything but an existing `YYYY-MM-DD` date.
 *
 * @example formatDateZh('2023-07-31') // '2023年7月31日'
 */
export function formatDateZh(date: string): string {
  const [y, m, d] = parts(date, 'formatDateZh');
  return `${y}年${m}月${d}日`;
}

/**
 * A civil date as it is written on a notice in English.
 *
 * Throws {@link FormatError} (`INVALID_VALUE`) for anything but an existing `YYYY-MM-DD` date.
 *
 * @example formatDateEn('2023-07-31') // '31 July 2023'
 */
export function formatDateEn(date: string): string {
  const [y, m, d] = parts(date, 'formatDateEn');
  return `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** A civil date in the notice form of `lang`: {@link formatDateZh} or {@link formatDateEn}. */
export function formatDateLong(date: string, lang: ReportLang): string {
  return lang === 'en' ? formatDateEn(date) : formatDateZh(date);
}
