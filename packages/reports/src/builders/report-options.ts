import {
  formatCivilDate,
  isCivilDate,
  isMonth,
  isQuarter,
  monthEnd,
  monthStart,
  quarterEnd,
  quarterStart,
} from '@rectify/rules';
import type { ReportLang } from '../format/index';
import { ReportBuildError } from './report-build-error';

/** Options every report builder takes. */
export interface ReportOptions {
  /**
   * The division the report is for: the city (`350500`), a county (6 digits) or a street (9 digits), GB/T 2260
   * or a documented local code. Records are counted in it when their division code lies inside it.
   */
  divisionCode: string;
  /** The as-of date, an Asia/Shanghai civil date `YYYY-MM-DD`: nothing dated after it is known to the report. */
  asOf: string;
  /**
   * The language of the words a builder writes into table cells (labels, steps, lists), which hold one
   * language; titles, notes and paragraphs carry both. Defaults to `'zh-CN'`.
   */
  lang?: ReportLang;
  /**
   * Print personal data (names, phone and ID numbers) as it is. Defaults to `false`: names keep the surname,
   * numbers are masked, free text has its ID and phone numbers masked.
   */
  reveal?: boolean;
}

/** Options of a monthly report. */
export interface MonthlyReportOptions extends ReportOptions {
  /** The month reported on, `YYYY-MM`. */
  month: string;
}

/** Options of a quarterly report. */
export interface QuarterlyReportOptions extends ReportOptions {
  /** The quarter, `YYYYQn`. */
  quarter: string;
}

/** Options of a yearly report. */
export interface YearlyReportOptions extends ReportOptions {
  /** The year, e.g. `2023`. */
  year: number;
}

/** Options of a report over any period: a month, a quarter or a year. */
export interface PeriodReportOptions extends ReportOptions {
  /** The period: month `2023-07`, quarter `2023Q2` or year `2023`. */
  period: string;
}

/** The options with their defaults applied. */
export interface SettledOptions {
  /** See {@link ReportOptions.divisionCode}. */
  divisionCode: string;
  /** See {@link ReportOptions.asOf}. */
  asOf: string;
  /** See {@link ReportOptions.lang}; `'zh-CN'` when not given. */
  lang: ReportLang;
  /** See {@link ReportOptions.reveal}; `false` when not given. */
  reveal: boolean;
}

/** A period as the first and last civil day it covers. */
export interface PeriodRange {
  /** The period as given. */
  period: string;
  /** First day. */
  from: string;
  /** Last day. */
  to: string;
  /** The year the period lies in. */
  year: number;
}

const DIVISION = /^[0-9]{6}(?:[0-9]{3}(?:[0-9]{3})?)?$/;
const YEAR = /^[0-9]{4}$/;

function invalid(where: string, message: string): never {
  throw new ReportBuildError('INVALID_OPTION', `${where}: ${message}`);
}

/**
 * Checks the options every builder shares and applies their defaults.
 *
 * @throws ReportBuildError `INVALID_OPTION` for a malformed division code, asOf or lang.
 */
export function settleOptions(options: ReportOptions, where: string): SettledOptions {
  if (typeof options !== 'object' || options === null) invalid(where, 'options must be an object');
  if (typeof options.divisionCode !== 'string' || !DIVISION.test(options.divisionCode))
    invalid(where, `divisionCode must be 6, 9 or 12 digits, got ${String(options.divisionCode)}`);
  if (!isCivilDate(options.asOf))
    invalid(where, `asOf must be a civil date YYYY-MM-DD, got ${String(options.asOf)}`);
  const lang = options.lang ?? 'zh-CN';
  if (lang !== 'zh-CN' && lang !== 'en') invalid(where, `lang must be 'zh-CN' or 'en', got ${String(lang)}`);
  if (options.reveal !== undefined && typeof options.reveal !== 'boolean')
    invalid(where, `reveal must be a boolean, got ${String(options.reveal)}`);
  return { divisionCode: options.divisionCode, asOf: options.asOf, lang, reveal: options.reveal === true };
}

/**
 * The days of a month, quarter or year period.
 *
 * @throws ReportBuildError `INVALID_OPTION` when `period` is none of `2023-07`, `2023Q2`, `2023`.
 */
export function periodRange(period: unknown, where: string): PeriodRange {
  if (isMonth(period))
    return { period, from: monthStart(period), to: monthEnd(period), year: Number(period.slice(0, 4)) };
  if (isQuarter(period))
    return { period, from: quarterStart(period), to: quarterEnd(period), year: Number(period.slice(0, 4)) };
  if (typeof period === 'string' && YEAR.test(period) && Number(period) >= 1)
    return yearRange(Number(period), where);
  return invalid(
    where,
    `period must be a month 2023-07, a quarter 2023Q2 or a year 2023, got ${String(period)}`,
  );
}

/**
 * The days of a month `YYYY-MM`.
 *
 * @throws ReportBuildError `INVALID_OPTION` when `month` is not a month.
 */
export function monthRange(month: unknown, where: string): PeriodRange {
  if (!isMonth(month)) invalid(where, `month must be YYYY-MM, got ${String(month)}`);
  return periodRange(month, where);
}

/**
 * The days of a quarter `YYYYQn`.
 *
 * @throws ReportBuildError `INVALID_OPTION` when `quarter` is not a quarter.
 */
export function quarterRange(quarter: unknown, where: string): PeriodRange {
  if (!isQuarter(quarter)) invalid(where, `quarter must be YYYYQn, got ${String(quarter)}`);
  return periodRange(quarter, where);
}

/**
 * The days of a year.
 *
 * @throws ReportBuildError `INVALID_OPTION` when `year` is not an integer 1–9999.
 */
export function yearRange(year: unknown, where: string): PeriodRange {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999)
    invalid(where, `year must be an integer 1–9999, got ${String(year)}`);
  return {
    period: String(year).padStart(4, '0'),
    from: formatCivilDate(year, 1, 1),
    to: formatCivilDate(year, 12, 31),
    year,
  };
}

/** The earlier of two civil dates: the last day a report of `range` can know as of `asOf`. */
export function knownUntil(range: PeriodRange, asOf: string): string {
  return range.to < asOf ? range.to : asOf;
}

/** Whether a civil date lies in `range` and is known on `asOf`. */
export function inRange(date: string | undefined, range: PeriodRange, asOf: string): boolean {
  return date !== undefined && date >= range.from && date <= range.to && date <= asOf;
}
