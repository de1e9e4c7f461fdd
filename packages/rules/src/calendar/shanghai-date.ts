import { tzOffset } from '@date-fns/tz';
import { civilFromDays, daysFromCivil } from '@rectify/schemas';
import { BoundedCache } from './bounded-cache';
import { CALENDAR_ERROR_CODES, CalendarError } from './calendar-error';
import type { ParseResult } from './calendar-issue';
import { type CivilDate, formatCivilDate, isCivilDate } from './civil-date';
import { lastDayOfMonth, MAX_YEAR, MIN_YEAR } from './gregorian';

/** The zone every deadline of the campaigns is computed in. */
export const SHANGHAI_TIME_ZONE = 'Asia/Shanghai';

/** RFC 3339 instant with an explicit offset, as `PATTERNS.instant` in `@rectify/schemas`. */
export const INSTANT_PATTERN =
  /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9])(?:\.([0-9]{1,9}))?)?(Z|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))$/;

const MS_PER_DAY = 86_400_000;

/** Milliseconds since the epoch of a well-formed instant, read field by field (no lenient Date parser). */
function instantToEpochMs(text: string): number | undefined {
  const m = INSTANT_PATTERN.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < MIN_YEAR || day > lastDayOfMonth(year, month)) return undefined;
  const offsetMinutes = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const millis = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  const secondOfDay = Number(h) * 3600 + Number(mi) * 60 + Number(s ?? 0);
  return daysFromCivil(year, month, day) * MS_PER_DAY + secondOfDay * 1000 + millis - offsetMinutes * 60_000;
}

/** 1992-01-01T00:00:00+08:00: since the end of China's daylight-saving years, Shanghai is UTC+8 all year. */
const FIXED_OFFSET_FROM_MS = Date.UTC(1991, 11, 31, 16);
const FIXED_OFFSET_MINUTES = 480;

function shanghaiDateOfEpochMs(ms: number): CivilDate | undefined {
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
  const { year, month, day } = civilFromDays(Math.floor((ms + Math.round(offset * 60_000)) / MS_PER_DAY));
  return year < MIN_YEAR || year > MAX_YEAR ? undefined : formatCivilDate(year, month, day);
}

// A dataset repeats the same posting times many times; the day of a time never changes, so the (frozen) answer
// is remembered and handed out again.
type DayResult = { readonly ok: true; readonly value: CivilDate };
const DAY_OF = new BoundedCache<string, DayResult>();
const remember = (text: string, day: CivilDate): DayResult =>
  DAY_OF.set(text, Object.freeze({ ok: true, value: day }));

/**
 * Checks a host's value as an instant with offset (`2023-07-31T23:30:00+00:00`) or a civil date, and gives
 * the Asia/Shanghai calendar day, without throwing. A civil date passes through unchanged; a local time
 * without an offset is rejected, since its day cannot be known.
 *
 * @param path - JSON Pointer reported in the issue. Defaults to `''`.
 */
export function parseShanghaiDate(value: unknown, path = ''): ParseResult<CivilDate> {
  const cached = typeof value === 'string' ? DAY_OF.get(value) : undefined;
  if (cached !== undefined) return cached;
  if (isCivilDate(value)) return remember(value, value);
  const ms = typeof value === 'string' ? instantToEpochMs(value) : undefined;
  const date = ms === undefined ? undefined : shanghaiDateOfEpochMs(ms);
  if (date !== undefined) return remember(value as string, date);
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
