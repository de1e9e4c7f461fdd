import type { Community, Inspection } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  communityRecord,
  indicatorDataset,
  inspectionRecord,
  rowOf,
  runIndicator,
} from '../../../testing/handling-builders';
import { samplingRateIndicator } from './sampling-rate';

/** `total` communities in a street, the first `verified` of them sampled and verified on site on 2023-09-01. */
function street(code: string, total: number, verified: number, inspection: Partial<Inspection> = {}) {
  const communities: Community[] = [];
  const inspections: Inspection[] = [];
  for (let i = 0; i < total; i++) {
    const id = `${code}-${i}`;
    communities.push(communityRecord(id, code));
    if (i < verified)
      inspections.push(inspectionRecord({ communityId: id, divisionCode: code, ...inspection }));
  }
  return { communities, inspections };
}
function dataset(streets: ReturnType<typeof street>[], parse = true) {
  return indicatorDataset(
    { community: streets.flatMap((s) => s.communities), inspection: streets.flatMap((s) => s.inspections) },
    { parse },
  );
}

// PI.T2 年度抽查核实率达到50%; PI.M2 各县（市、区）实地抽查比例不少于辖区物业小区总数的50%.
describe('PI-T2-SAMPLING (PI.T2, PI.M2)', () => {
  type Case = [
    name: string,
    streets: () => ReturnType<typeof street>[],
    expected: Record<string, [number, number, boolean | null]>,
  ];
  const cases: Case[] = [
    [
      'exactly 50% in each county passes',
      () => [street('350502001', 2, 1), street('350503001', 3, 2), street('350503002', 1, 0)],
      { '350502': [1, 2, true], '350503': [2, 4, true], '350500': [3, 6, true] },
    ],
    [
      'one county below half fails the city even though the city total is above',
      () => [street('350502001', 3, 1), street('350503001', 10, 9)],
      { '350502': [1, 3, false], '350503': [9, 10, true], '350500': [10, 13, false] },
    ],
    [
      'streets are broken down but the target is per county: a street below half does not fail its county',
      () => [street('350503001', 4, 0), street('350503002', 4, 4)],
      {
        '350503001': [0, 4, false],
        '350503002': [4, 4, true],
        '350503': [4, 8, true],
        '350500': [4, 8, true],
      },
    ],
    [
      'a street full inspection is not a sampling verification',
      () => [street('350503001', 2, 2, { kind: 'street-full' })],
      { '350503': [0, 2, false], '350500': [0, 2, false] },
    ],
    [
      'a sampling visit not verified on site does not count',
      () => [street('350503001', 2, 2, { onSiteVerified: false })],
      { '350503': [0, 2, false] },
    ],
    [
      'last year does not count',
      () => [street('350503001', 2, 2, { inspectedOn: '2022-11-01' })],
      { '350503': [0, 2, false] },
    ],
    [
      'an inspection after asOf does not count yet',
      () => [street('350503001', 2, 2, { inspectedOn: '2023-12-01' })],
      { '350503': [0, 2, false] },
    ],
    [
      'a community sampled twice counts once',
      () => {
        const s = street('350503001', 2, 1);
        const again = s.inspections[0];
        if (again) s.inspections.push({ ...again, id: 'IN-again', inspectedOn: '2023-10-01' });
        return [s];
      },
      { '350503': [1, 2, true] },
    ],
  ];
  it.each(cases)('%s', (_name, streets, expected) => {
    const indicator = runIndicator(samplingRateIndicator, dataset(streets()), '2023-11-30');
    for (const [code, [numerator, denominator, met]] of Object.entries(expected))
      expect(rowOf(indicator, code), code).toMatchObject({ numerator, denominator, met });
  });

  it('49.99% in a county (4,999 of 10,000) fails; 5,000 of 10,000 passes', () => {
    const below = runIndicator(
      samplingRateIndicator,
      dataset([street('350503001', 10_000, 4_999)], false),
      '2023-11-30',
    );
    expect(rowOf(below, '350503')).toMatchObject({ numerator: 4_999, denominator: 10_000, met: false });
    expect(below.met).toBe(false);
    const exact = runIndicator(
      samplingRateIndicator,
      dataset([street('350503001', 10_000, 5_000)], false),
      '2023-11-30',
    );
    expect(exact.met).toBe(true);
  });

  it('cites its clauses and the per-county target', () => {
    expect(samplingRateIndicator.target).toEqual({ op: '>=', numerator: 1, denominator: 2, scope: 'county' });
    expect(samplingRateIndicator.clauseIds).toContain('PI.T2');
  });

  it('property: the city meets the target exactly when every county verifies at least half', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        (t1, v1, t2, v2) => {
          const a = Math.min(v1, t1);
          const b = Math.min(v2, t2);
          const indicator = runIndicator(
            samplingRateIndicator,
            dataset([street('350502001', t1, a), street('350503001', t2, b)], false),
            '2023-11-30',
          );
          expect(indicator.met).toBe(2 * a >= t1 && 2 * b >= t2);
          expect([indicator.numerator, indicator.denominator]).toEqual([a + b, t1 + t2]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
