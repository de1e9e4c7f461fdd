import { tzOffset } from '@date-fns/tz';
import { daysFromCivil } from '@rectify/schemas';
import { CALENDAR_ERROR_CODES, CalendarError } from './calendar-error';
import type { ParseResult } from './calendar-issue';
import { type CivilDate, civilEpochDayAt, fromEpochDay, twoDigits } from './civil-date';
import { MAX_YEAR, MIN_YEAR } from './gregorian';

/** The zone every deadline of the campaigns is computed in. */
export const SHANGHAI_TIME_ZONE = 'Asia/Shanghai';

/** RFC 3339 instant with an explicit offset, as `PATTERNS.instant` in `@rectify/schemas`. */
export const INSTANT_PATTERN =
  /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9])(?:\.([0-9]{1,9}))?)?(Z|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))$/;

const MS_PER_DAY = 86_400_000;

/** 1992-01-01T00:00:00+08:00: since the end of China's daylight-saving years, Shanghai is UTC+8 all year. */
const FIXED_OFFSET_FROM_MS = Date.UTC(1991, 11, 31, 16);
const FIXED_OFFSET_MINUTES = 480;
/**
 * 1992-01-02: an instant written on this day or later, at any offset up to ±23:59, falls on or after
 * FIXED_OFFSET_FROM_MS.
 */
const FIXED_OFFSET_FROM_DAY = Math.ceil(FIXED_OFFSET_FROM_MS / MS_PER_DAY) + 1;
/** The epoch days of 0001-01-01 and 9999-12-31, the calendar's range. */
const FIRST_DAY = daysFromCivil(MIN_YEAR, 1, 1);
const LAST_DAY = daysFromCivil(MAX_YEAR, 12, 31);

/**
 * The Asia/Shanghai day (days since 1970-01-01) of a well-formed instant (the language of
 * {@link INSTANT_PATTERN}, with the day checked against its month), or NaN. Read char by char: no regexp match
 * array, no lenient Date parser; the answer is a small integer, so nothing is allocated.
 */
function instantShanghaiDay(text: string): number {
  const n = text.length;
  if (n < 17 || text.charCodeAt(10) !== 84 /* T */) return Number.NaN;
  const day = civilEpochDayAt(text, 0);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (Number.isNaN(day) || hour < 0 || hour > 23 || text.charCodeAt(13) !== 58 || minute < 0 || minute > 59)
    return Number.NaN;
  let i = 16;
  let second = 0;
  let millis = 0;
  if (text.charCodeAt(i) === 58 /* : */) {
    second = twoDigits(text, i + 1);
    if (second < 0 || second > 59) return Number.NaN;
    i += 3;
    if (text.charCodeAt(i) === 46 /* . */) {
      const from = ++i;
      for (; i < n && i - from < 9; i++) {
        const d = text.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        if (i - from < 3) millis += d * (i === from ? 100 : i === from + 1 ? 10 : 1);
      }
      if (i === from) return Number.NaN;
    }
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(i);
  if (zone === 90 /* Z */) {
    if (i + 1 !== n) return Number.NaN;
  } else if (zone === 43 /* + */ || zone === 45 /* - */) {
    const oh = twoDigits(text, i + 1);
    const om = twoDigits(text, i + 4);
    if (i + 6 !== n || text.charCodeAt(i + 3) !== 58 || oh < 0 || oh > 23 || om < 0 || om > 59)
      return Number.NaN;
    offsetMinutes = (zone === 45 ? -1 : 1) * (oh * 60 + om);
  } else return Number.NaN;
  const msOfDay = (hour * 3600 + minute * 60 + second) * 1000 + millis - offsetMinutes * 60_000;
  // From 1992 on Shanghai is a constant UTC+8: the day is integer arithmetic on the day and the time of day.
  if (day >= FIXED_OFFSET_FROM_DAY) {
    const shanghai = day + Math.floor((msOfDay + FIXED_OFFSET_MINUTES * 60_000) / MS_PER_DAY);
    return shanghai > LAST_DAY ? Number.NaN : shanghai;
  }
  return shanghaiDayOfEpochMs(day * MS_PER_DAY + msOfDay);
}

function shanghaiDayOfEpochMs(ms: number): number {
  // The zone's offset comes from the runtime's tz database (it had DST in 1986–1991, and LMT before 1901);
  // from 1992 on it is a constant +08:00, taken without the (slow) tz lookup. The calendar day is then plain
  // integer arithmetic, never a local-time Date method.
  const offset =
    ms >= FIXED_OFFSET_FROM_MS ? FIXED_OFFSET_MINUTES : tzOffset(SHANGHAI_TIME_ZONE, new Date(ms));
  if (!Number.isFinite(offset)) {
    throw new CalendarError(
      CALENDAR_ERROR_CODES.noTimeZoneData,
      'The runtime has no time-zone data for Asia/Shanghai.',
    );
  }
  const days = Math.floor((ms + Math.round(offset * 60_000)) / MS_PER_DAY);
  return days < FIRST_DAY || days > LAST_DAY ? Number.NaN : days;
}

/**
 * @internal The Asia/Shanghai day of a host's time value as days since 1970-01-01, or NaN when it is neither an
 * instant with offset nor a civil date (then {@link parseShanghaiDate} says why). For hot loops: it allocates
 * nothing, so rules compare days as numbers and write a date only for the evidence of a finding.
 */
export function shanghaiEpochDay(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  if (value.length === 10) return civilEpochDayAt(value, 0);
  return instantShanghaiDay(value);
}

/**
 * Checks a host's value as an instant with offset (`2023-07-31T23:30:00+00:00`) or a civil date, and gives
 * the Asia/Shanghai calendar day, without throwing. A civil date passes through unchanged; a local time
 * without an offset is rejected, since its day cannot be known.
 *
 * @param path - JSON Pointer reported in the issue. Defaults to `''`.
 */
export function parseShanghaiDate(value: unknown, path = ''): ParseResult<CivilDate> {
  const days = shanghaiEpochDay(value);
  // A civil date passes through as it is; an instant's day is written out.
  if (!Number.isNaN(days))
    return { ok: true, value: (value as string).length === 10 ? (value as string) : fromEpochDay(days) };
  return {
    ok: false,
    issue: {
      code: 'invalid-instant',
      path,
      message: {
        'zh-CN': '时间应为带时区偏移的 RFC 3339 时间（如 2023-07-31T09:00:00+08:00）或 YYYY-MM-DD 日期。',
        en: 'Expected an RFC 3339 instant with offset (e.g. 2023-07-31T09:00:00+08:00) or a YYYY-MM-DD date.',
      },
    },
  };
}

/**
 * The Asia/Shanghai calendar day of an instant: `2023-07-31T23:30:00+00:00` → `2023-08-01`. A civil date
 * passes through unchanged.
 *
 * @throws CalendarError when `instant` is neither an instant with offset nor a civil date (check host
 * data with {@link parseShanghaiDate})
 */
export function toShanghaiDate(instant: string): CivilDate {
  const result = parseShanghaiDate(instant);
  if (!result.ok) {
    throw new CalendarError(
      CALENDAR_ERROR_CODES.invalidInstant,
      `Not an instant with offset or a civil date: ${instant}`,
    );
  }
  return result.value;
}
