import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decision } from '../../testing/c2-builders';
import { art278 } from './shared';

// Civil Code art. 278: participation ≥ 2/3 of area and owners; approval > 1/2 (ordinary) or ≥ 3/4 (major, items 6–8)
// of the participating area and owners. Used by PI.C2.b (ordinary) and PI.C3.a / PI.C4.a (major).
describe('art278 (Civil Code art. 278 thresholds)', () => {
  // 300 m² and 300 owners in total, 240 participating, 200 approving: every threshold met with room to spare.
  const base = {
    id: 'OD',
    totalArea: 300,
    totalOwners: 300,
    participatingArea: 240,
    participatingOwners: 240,
    approvingArea: 200,
    approvingOwners: 200,
  };
  type Case = [
    name: string,
    change: Partial<typeof base>,
    kind: 'ordinary' | 'major',
    met: boolean,
    failed: string[],
  ];
  const cases: Case[] = [
    ['comfortable margins meet the ordinary threshold', {}, 'ordinary', true, []],
    ['comfortable margins meet the major threshold', {}, 'major', true, []],
    [
      'participating area exactly 2/3 (200 of 300 m²) is enough',
      { participatingArea: 200, approvingArea: 160 },
      'major',
      true,
      [],
    ],
    [
      'participating area just below 2/3 (199.99 of 300 m²) is not',
      { participatingArea: 199.99, approvingArea: 160 },
      'major',
      false,
      ['participating area below 2/3'],
    ],
    [
      'participating owners exactly 2/3 (200 of 300) is enough',
      { participatingOwners: 200, approvingOwners: 160 },
      'ordinary',
      true,
      [],
    ],
    [
      'participating owners just below 2/3 (199 of 300) is not',
      { participatingOwners: 199, approvingOwners: 160 },
      'ordinary',
      false,
      ['participating owners below 2/3'],
    ],
    [
      'area thresholds are exact in hundredths: 0.2 of 0.3 m² is exactly 2/3',
      { totalArea: 0.3, participatingArea: 0.2, approvingArea: 0.15 },
      'major',
      true,
      [],
    ],
    [
      'major: approving area exactly 3/4 of participating (180 of 240 m²) is enough',
      { approvingArea: 180 },
      'major',
      true,
      [],
    ],
    [
      'major: approving area just below 3/4 (179.99 of 240 m²) is not',
      { approvingArea: 179.99 },
      'major',
      false,
      ['approving area below 3/4 of participating'],
    ],
    [
      'major: approving owners exactly 3/4 of participating (180 of 240) is enough',
      { approvingOwners: 180 },
      'major',
      true,
      [],
    ],
    [
      'major: approving owners just below 3/4 (179 of 240) is not',
      { approvingOwners: 179 },
      'major',
      false,
      ['approving owners below 3/4 of participating'],
    ],
    [
      'ordinary: approving area exactly 1/2 (120 of 240 m²) is not a majority',
      { approvingArea: 120 },
      'ordinary',
      false,
      ['approving area not above 1/2 of participating'],
    ],
    [
      'ordinary: approving area just above 1/2 (120.01 of 240 m²) is',
      { approvingArea: 120.01 },
      'ordinary',
      true,
      [],
    ],
    [
      'ordinary: approving owners exactly 1/2 (120 of 240) is not a majority',
      { approvingOwners: 120 },
      'ordinary',
      false,
      ['approving owners not above 1/2 of participating'],
    ],
    [
      'ordinary: approving owners just above 1/2 (121 of 240) is',
      { approvingOwners: 121 },
      'ordinary',
      true,
      [],
    ],
    [
      'a 2/3 majority meets ordinary but not major',
      { approvingArea: 160, approvingOwners: 160 },
      'ordinary',
      true,
      [],
    ],
    [
      'a 2/3 majority misses major on both counts',
      { approvingArea: 160, approvingOwners: 160 },
      'major',
      false,
      ['approving area below 3/4 of participating', 'approving owners below 3/4 of participating'],
    ],
    [
      'every shortfall is listed, participation first',
      { participatingArea: 100, participatingOwners: 100, approvingArea: 50, approvingOwners: 50 },
      'ordinary',
      false,
      [
        'participating area below 2/3',
        'participating owners below 2/3',
        'approving area not above 1/2 of participating',
        'approving owners not above 1/2 of participating',
      ],
    ],
  ];
  it.each(cases)('%s', (_name, change, kind, met, failed) => {
    const result = art278(decision({ ...base, ...change }), kind);
    expect(result.met).toBe(met);
    expect(result.failed.map((f) => f.en)).toEqual(failed);
  });

  it('reports observed and expected values of a shortfall', () => {
    const [f] = art278(decision({ ...base, approvingOwners: 179 }), 'major').failed;
    expect(f).toEqual({
      zh: '同意人数不足参与表决人数的四分之三',
      en: 'approving owners below 3/4 of participating',
      observed: '179/240',
      expected: '≥ 3/4',
    });
  });

  it('by headcount, ceil(2n/3) participants are the fewest that suffice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 1_000_000 }), (n) => {
        const least = Math.ceil((2 * n) / 3);
        const at = decision({ ...base, totalOwners: n, participatingOwners: least, approvingOwners: least });
        const below = decision({
          ...base,
          totalOwners: n,
          participatingOwners: least - 1,
          approvingOwners: least - 1,
        });
        return art278(at, 'major').met && !art278(below, 'major').met;
      }),
    );
  });

  it('by headcount, ceil(3p/4) approvals are the fewest that carry a major matter and floor(p/2)+1 an ordinary one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 1_000_000 }), (p) => {
        const d = (approvingOwners: number) =>
          decision({ ...base, totalOwners: p, participatingOwners: p, approvingOwners });
        const major = Math.ceil((3 * p) / 4);
        const ordinary = Math.floor(p / 2) + 1;
        return (
          art278(d(major), 'major').met &&
          !art278(d(major - 1), 'major').met &&
          art278(d(ordinary), 'ordinary').met &&
          !art278(d(ordinary - 1), 'ordinary').met
        );
      }),
    );
  });

  it('by area in hundredths of m², exactly 2/3 of a total divisible by 3 suffices and one hundredth less does not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (k) => {
        // totalArea = 3k hundredths; 2/3 of it = 2k hundredths.
        const totalArea = (3 * k) / 100;
        const d = (hundredths: number) =>
          decision({
            ...base,
            totalArea,
            participatingArea: hundredths / 100,
            approvingArea: hundredths / 100,
          });
        return art278(d(2 * k), 'major').met && !art278(d(2 * k - 1), 'major').met;
      }),
    );
  });
});
