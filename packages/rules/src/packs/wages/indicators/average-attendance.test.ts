import type { ConstructionProject, Dataset } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulesError } from '../../../engine/check';
import { rowOf, runIndicator } from '../../../testing/handling-builders';
import { CLEAN_WAGES_AS_OF, cleanWages, projectIn } from '../../../testing/wages-builders';
import { averageAttendanceIndicator, averageHundredths } from './average-attendance';

const addProject = (
  d: Dataset,
  id: string,
  divisionCode: string,
  overrides: Partial<ConstructionProject> = {},
) => {
  d.records.constructionProject?.push({ ...structuredClone(projectIn(d)), id, divisionCode, ...overrides });
};

/** Daily headcounts of a project from the 1st of a month, one a day. */
const attendance = (d: Dataset, projectId: string, month: string, headcounts: number[]) => {
  headcounts.forEach((headcount, i) => {
    d.records.dailyAttendance?.push({
      projectId,
      date: `${month}-${String(i + 1).padStart(2, '0')}`,
      headcount,
    });
  });
};

/** The clean dataset without its attendance, plus projects P3 and P4. */
const blank = () => {
  const d = cleanWages();
  d.records.dailyAttendance = [];
  addProject(d, 'P3', '350503001');
  addProject(d, 'P4', '350504');
  return d;
};

// WG.T3 有考勤项目的平均考勤人数超81人 — target '>' 81 (strictly), the month before asOf's by default.
describe('WG-AVERAGE-ATTENDANCE (WG.T3)', () => {
  it('the clean dataset: P1 averages 4, P2 3 in October, mean 3.5', () => {
    const ind = runIndicator(averageAttendanceIndicator, cleanWages(), CLEAN_WAGES_AS_OF);
    expect([ind.numerator, ind.denominator, ind.value, ind.met]).toEqual([700, 200, 3.5, false]);
    expect(ind.parts).toEqual({ projects: 2, attendanceDays: 6, headcount: 21 });
    expect(rowOf(ind, '350503')).toMatchObject({ numerator: 400, denominator: 100 });
  });

  type Case = [
    name: string,
    build: (d: Dataset) => void,
    numerator: number,
    denominator: number,
    met: boolean | null,
  ];
  const cases: Case[] = [
    [
      'one project averaging exactly 81.00 does not exceed 81',
      (d) => attendance(d, 'P1', '2023-10', [80, 82]),
      8100,
      100,
      false,
    ],
    [
      'three projects averaging 81.00, 81.03 (2512/31) and 81.00: mean exactly 81.01 exceeds 81',
      (d) => {
        attendance(d, 'P1', '2023-10', [81]);
        attendance(d, 'P3', '2023-10', [...Array<number>(30).fill(81), 82]);
        attendance(d, 'P4', '2023-10', [81, 81, 81]);
      },
      24303,
      300,
      true,
    ],
    [
      'days with nobody present are not attendance days',
      (d) => attendance(d, 'P1', '2023-10', [90, 0, 0, 90]),
      9000,
      100,
      true,
    ],
    [
      'a project with only empty days has no attendance',
      (d) => attendance(d, 'P1', '2023-10', [0, 0]),
      0,
      0,
      null,
    ],
    [
      'a day recorded twice counts once (the first record)',
      (d) => {
        attendance(d, 'P1', '2023-10', [100, 80]);
        d.records.dailyAttendance?.push({ projectId: 'P1', date: '2023-10-01', headcount: 500 });
      },
      9000,
      100,
      true,
    ],
    ['another month does not count', (d) => attendance(d, 'P1', '2023-09', [100]), 0, 0, null],
    [
      'attendance of an unknown project is left out',
      (d) => attendance(d, 'P9', '2023-10', [100]),
      0,
      0,
      null,
    ],
  ];
  it.each(cases)('%s', (_name, build, numerator, denominator, met) => {
    const d = blank();
    build(d);
    const ind = runIndicator(averageAttendanceIndicator, d, CLEAN_WAGES_AS_OF);
    expect([ind.numerator, ind.denominator, ind.met]).toEqual([numerator, denominator, met]);
  });

  it('the month is a parameter; days after asOf are not yet known', () => {
    const d = blank();
    attendance(d, 'P1', '2023-11', [100, 60]);
    expect(runIndicator(averageAttendanceIndicator, d, '2023-11-01', { month: '2023-11' }).numerator).toBe(
      10_000,
    );
    expect(
      runIndicator(averageAttendanceIndicator, d, CLEAN_WAGES_AS_OF, { month: '2023-11' }).numerator,
    ).toBe(8000);
    expect(() =>
      runIndicator(averageAttendanceIndicator, d, CLEAN_WAGES_AS_OF, { month: '2023-13' }),
    ).toThrow(RulesError);
  });

  it('rounds each project average to hundredths, half up: 81.004 is 81.00, 81.005 is 81.01', () => {
    expect(averageHundredths(81_004, 1000)).toBe(8100);
    expect(averageHundredths(81_005, 1000)).toBe(8101);
    expect(averageHundredths(0, 0)).toBe(0);
  });

  it('the rounding agrees with exact rational arithmetic', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 31 * 100_000 }), fc.integer({ min: 1, max: 31 }), (sum, days) => {
        // round(100·sum/days) half up = floor((200·sum + days) / (2·days)), checked in BigInt.
        const exact = (200n * BigInt(sum) + BigInt(days)) / (2n * BigInt(days));
        const h = averageHundredths(sum, days);
        return BigInt(h) === exact && Math.abs(h / 100 - sum / days) <= 0.005 + 1e-9;
      }),
    );
  });
});
