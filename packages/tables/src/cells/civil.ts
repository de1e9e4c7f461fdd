// Proleptic Gregorian calendar arithmetic on whole days (the kit's one copy is in @rectify/schemas), so dates
// never pass through a Date object and never depend on the host's time zone; here, validity and formatting.
import { civilFromDays, daysFromCivil } from '@rectify/schemas';

export { civilFromDays, daysFromCivil };

/** Whether year-month-day names a real day of the Gregorian calendar. */
export function isValidCivil(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

/** `YYYY-MM-DD` for a civil date with a year from 0 to 9999. */
export function formatCivil(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
