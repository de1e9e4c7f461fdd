import { ReportRenderError } from '../render/render-error';
import type { ReportLang } from './lang';

const CIVIL = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
// An instant with an explicit offset (the kit never writes a local time without one).
const INSTANT = /^([0-9]{4}-[0-9]{2}-[0-9]{2})T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$/;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

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

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `true` when `text` is a civil date `YYYY-MM-DD` that exists (`2023-02-29` does not). */
export function isCivilDate(text: unknown): text is string {
  const m = typeof text === 'string' ? CIVIL.exec(text) : null;
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

function parts(date: string, where: string): [number, number, number] {
  if (!isCivilDate(date)) {
    throw new ReportRenderError('INVALID_VALUE', `${where}: expected a date YYYY-MM-DD, got ${String(date)}`);
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
  if (isCivilDate(asOf)) return asOf;
  const m = typeof asOf === 'string' ? INSTANT.exec(asOf) : null;
  if (!m || !isCivilDate(m[1])) return undefined;
  const ms = new Date(asOf).getTime();
  if (!Number.isFinite(ms)) return undefined;
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * A civil date as it is shown in tables: `YYYY-MM-DD`, unchanged, after checking it exists.
 *
 * Throws {@link ReportRenderError} (`INVALID_VALUE`) for anything but an existing `YYYY-MM-DD` date.
 */
export function formatDate(date: string): string {
  parts(date, 'formatDate');
  return date;
}

/**
 * A civil date as it is written on a notice in Chinese: no leading zeros.
 *
 * Throws {@link ReportRenderError} (`INVALID_VALUE`) for anything but an existing `YYYY-MM-DD` date.
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
 * Throws {@link ReportRenderError} (`INVALID_VALUE`) for anything but an existing `YYYY-MM-DD` date.
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
