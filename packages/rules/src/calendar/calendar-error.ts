/**
 * Stable codes of {@link CalendarError}. A code is never renamed: callers may switch on it.
 */
export const CALENDAR_ERROR_CODES = {
  /** A `CivilDate` argument is not a real `YYYY-MM-DD` day. */
  invalidCivilDate: 'CALENDAR_INVALID_CIVIL_DATE',
  /** A `Month` argument is not `YYYY-MM`. */
  invalidMonth: 'CALENDAR_INVALID_MONTH',
  /** A `Quarter` argument is not `YYYYQn`. */
  invalidQuarter: 'CALENDAR_INVALID_QUARTER',
  /** An instant argument is not RFC 3339 with an explicit offset. */
  invalidInstant: 'CALENDAR_INVALID_INSTANT',
  /** A numeric argument (year, day count, day of month) is out of its domain. */
  invalidArgument: 'CALENDAR_INVALID_ARGUMENT',
  /** The result would fall outside the years 0001–9999. */
  outOfRange: 'CALENDAR_OUT_OF_RANGE',
  /** The runtime has no time-zone data for Asia/Shanghai (an ICU-less Node build). */
  noTimeZoneData: 'CALENDAR_NO_TIME_ZONE_DATA',
} as const;

/** One of {@link CALENDAR_ERROR_CODES}. */
export type CalendarErrorCode = (typeof CALENDAR_ERROR_CODES)[keyof typeof CALENDAR_ERROR_CODES];

/**
 * Thrown by the calendar only for API misuse (an argument that its type promises is valid, but is not) or
 * environment failure. Bad data from a host is checked first with the `parse…` functions, which return
 * structured issues instead of throwing.
 */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';
  /** Why it was thrown; stable, see {@link CALENDAR_ERROR_CODES}. */
  readonly code: CalendarErrorCode;

  /**
   * @param code - one of {@link CALENDAR_ERROR_CODES}
   * @param message - English explanation for the developer
   * @param options - the underlying cause, if any
   */
  constructor(code: CalendarErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
