// Civil-date arithmetic on day numbers (days since 1970-01-01), proleptic Gregorian. Pure integer maths:
// no Date object, no host time zone, no clock. Instants are written with +08:00 (Asia/Shanghai, no DST).
import { civilFromDays, daysFromCivil } from '@rectify/schemas';

/** Day number of a civil date given as year, month (1-12) and day. */
export const dayOf = daysFromCivil;

/** Year, month (1-12) and day of a day number. */
export function civilOf(days: number): [number, number, number] {
  const { year, month, day } = civilFromDays(days);
  return [year, month, day];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of a day number. */
export function formatDay(days: number): string {
  const [y, m, d] = civilOf(days);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Day number of a `YYYY-MM-DD` string; NaN when it is not a real calendar date. */
export function parseDay(date: string): number {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date)) return Number.NaN;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > 31) return Number.NaN;
  const days = dayOf(y, m, d);
  return formatDay(days) === date ? days : Number.NaN;
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** Number of Monday–Friday days in [from, to], both inclusive; 0 when `to` < `from`. */
export function weekdaysBetween(from: number, to: number): number {
  if (to < from) return 0;
  const total = to - from + 1;
  const weeks = Math.floor(total / 7);
  let count = weeks * 5;
  let wd = weekdayOf(from + weeks * 7);
  for (let i = weeks * 7; i < total; i++) {
    if (wd !== 0 && wd !== 6) count++;
    wd = wd === 6 ? 0 : wd + 1;
  }
  return count;
}

/** Month index `year × 12 + (month − 1)`, so that consecutive months differ by one. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

/** Month index of a day number. */
export function monthIndexOfDay(days: number): number {
  const [y, m] = civilOf(days);
  return monthIndex(y, m);
}

/** First day of a month index. */
export function monthStart(mi: number): number {
  return dayOf(Math.floor(mi / 12), (mi % 12) + 1, 1);
}

/** Last day of a month index. */
export function monthEnd(mi: number): number {
  return monthStart(mi + 1) - 1;
}

/** `YYYY-MM` of a month index. */
export function monthLabel(mi: number): string {
  return `${Math.floor(mi / 12)}-${pad2((mi % 12) + 1)}`;
}

/** A quarter of a year: `quarter` is 1-4. */
export interface QuarterRef {
  /** Calendar year. */
  readonly year: number;
  /** Quarter number, 1-4. */
  readonly quarter: number;
}

/** `2023Q2`. */
export function quarterLabel(q: QuarterRef): string {
  return `${q.year}Q${q.quarter}`;
}

/** The quarter after `q`. */
export function nextQuarter(q: QuarterRef): QuarterRef {
  return q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: q.quarter + 1 };
}

/** The quarter before `q`. */
export function previousQuarter(q: QuarterRef): QuarterRef {
  return q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { year: q.year, quarter: q.quarter - 1 };
}

/** First day of a quarter. */
export function quarterStart(q: QuarterRef): number {
  return monthStart(monthIndex(q.year, q.quarter * 3 - 2));
}

/** Last day of a quarter. */
export function quarterEnd(q: QuarterRef): number {
  return monthEnd(monthIndex(q.year, q.quarter * 3));
}

/** PI.C1.b: a quarter is disclosed by the last day of the first month of the next quarter. */
export function disclosureDeadline(q: QuarterRef): number {
  const n = nextQuarter(q);
  return monthEnd(monthIndex(n.year, n.quarter * 3 - 2));
}

/** An instant in Asia/Shanghai: `YYYY-MM-DDTHH:MM:00+08:00` from a day number and minutes after midnight. */
export function shanghaiInstant(days: number, minutes: number): string {
  return `${formatDay(days)}T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:00+08:00`;
}
