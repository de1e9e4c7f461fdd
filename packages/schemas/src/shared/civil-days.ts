// Proleptic Gregorian calendar arithmetic on whole days (Howard Hinnant's days_from_civil / civil_from_days): no
// Date object and no local-time method is involved, so results never depend on the host's time zone. The one
// copy the kit uses: the rules' calendar, the spreadsheet cell readers and the sample generator build on it.

/**
 * Days from 1970-01-01 to a civil date (negative before it).
 *
 * @param year - any integer year (proleptic Gregorian)
 * @param month - 1–12
 * @param day - 1–31 (not checked against the month)
 * @example daysFromCivil(2023, 7, 31) // 19569
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date `days` days after 1970-01-01.
 *
 * @example civilFromDays(19569) // { year: 2023, month: 7, day: 31 }
 */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
