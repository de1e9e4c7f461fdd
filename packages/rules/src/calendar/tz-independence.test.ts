import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './civil-date';
import { coversDays } from './day-period';
import { isOverdue } from './deadline-status';
import { disclosureDeadline } from './disclosure-deadline';
import { monthEnd, monthOfDate, nextMonth } from './month';
import { dayOfMonthDeadline } from './month-day-deadline';
import { quarterEnd, quarterOfDate } from './quarter';
import { toShanghaiDate } from './shanghai-date';

// Host zones chosen to straddle the date line and to have DST of their own.
const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Europe/London',
  'Asia/Shanghai',
];

function everything(date: string, ms: number, n: number) {
  const quarter = quarterOfDate(date);
  return {
    shanghai: toShanghaiDate(new Date(ms).toISOString()),
    later: addDays(date, n),
    between: daysBetween(date, addDays(date, n)),
    month: monthOfDate(date),
    monthEnd: monthEnd(monthOfDate(date)),
    next: nextMonth(monthOfDate(date)),
    the23rd: dayOfMonthDeadline(monthOfDate(date), 23),
    quarter,
    quarterEnd: quarterEnd(quarter),
    disclosure: disclosureDeadline(quarter),
    cover: coversDays(date, addDays(date, n), 30, addDays(date, 100)),
    overdue: isOverdue(date, addDays(date, n), addDays(date, 15)),
  };
}

describe('independence from the host time zone (process.env.TZ)', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('switching TZ really changes local time here (so the next test is not vacuous)', () => {
    const offsets = ZONES.map((zone) => {
      process.env.TZ = zone;
      return new Date(Date.UTC(2023, 6, 31, 20)).getTimezoneOffset();
    });
    expect(new Set(offsets).size).toBeGreaterThan(3);
  });

  it('gives the same results under every host zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1901, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.integer({ min: -400, max: 400 }),
        (ms, n) => {
          const date = new Date(ms).toISOString().slice(0, 10);
          const results = ZONES.map((zone) => {
            process.env.TZ = zone;
            return everything(date, ms, n);
          });
          for (const r of results) expect(r).toEqual(results[0]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('uses no local-time Date method and never reads the clock', () => {
    const dir = new URL('.', import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(5);
    const forbidden =
      /\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|TimezoneOffset)\(|Date\.now|Date\.parse|new Date\(\)|toLocale|\\d/;
    for (const file of sources) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      expect({ file, match: forbidden.exec(text)?.[0] }).toEqual({ file, match: undefined });
    }
  });
});
