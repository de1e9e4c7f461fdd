export type { CalendarErrorCode } from './calendar-error';
export { CALENDAR_ERROR_CODES, CalendarError } from './calendar-error';
export type { CalendarIssue, CalendarIssueCode, ParseResult } from './calendar-issue';
export type { CivilDate, CivilDateParts } from './civil-date';
export {
  addDays,
  CIVIL_DATE_PATTERN,
  civilDateParts,
  compareDates,
  daysBetween,
  formatCivilDate,
  isCivilDate,
  parseCivilDate,
} from './civil-date';
export type { CoversDaysOptions, DisplayCoverage, DisplayCoverageStatus } from './day-period';
export { coversDays, periodEnd } from './day-period';
export type { DeadlineStatus } from './deadline-status';
export { isOverdue } from './deadline-status';
export { disclosureDeadline } from './disclosure-deadline';
export { isLeapYear, lastDayOfMonth, MAX_YEAR, MIN_YEAR } from './gregorian';
export type { Month, MonthParts } from './month';
export {
  formatMonth,
  isMonth,
  MONTH_PATTERN,
  monthEnd,
  monthOfDate,
  monthParts,
  monthRange,
  monthStart,
  monthsBetween,
  nextMonth,
  parseMonth,
  previousMonth,
} from './month';
export { dayOfMonthDeadline } from './month-day-deadline';
export type { Quarter, QuarterParts } from './quarter';
export {
  formatQuarter,
  isQuarter,
  monthsOfQuarter,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  QUARTER_PATTERN,
  quarterEnd,
  quarterOfDate,
  quarterParts,
  quarterStart,
  quartersOfYear,
} from './quarter';
export { INSTANT_PATTERN, parseShanghaiDate, SHANGHAI_TIME_ZONE, toShanghaiDate } from './shanghai-date';
