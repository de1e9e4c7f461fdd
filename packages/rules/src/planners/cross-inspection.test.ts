import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulesError } from '../engine/check';
import { type CommunitySpec, plannerDataset } from '../testing/planner-builders';
import { type CrossInspectionOptions, planCrossInspection } from './cross-inspection';

const community = (id: string, divisionCode: string, committeeCode?: string): CommunitySpec =>
  committeeCode === undefined ? { id, divisionCode } : { id, divisionCode, committeeCode };

const DIVISIONS = [
  { code: '350500', name: '泉州市', level: 'city' as const },
  { code: '350502', name: '鲤城区', level: 'county' as const },
  { code: '350503', name: '丰泽区', level: 'county' as const },
  { code: '350504', name: '洛江区', level: 'county' as const },
  { code: '350503001', name: '东湖街道', level: 'street' as const },
  { code: '350503002', name: '丰泽街道', level: 'street' as const },
  { code: '350503003', name: '泉秀街道', level: 'street' as const },
  { code: '350503004', name: '清源街道', level: 'street' as const },
];
const base = plannerDataset({
  divisions: DIVISIONS,
  communities: [
    community('A1', '350503001', '350503001001'),
    community('A2', '350503001', '350503001002'),
    community('B1', '350503002', '350503002001'),
    community('C1', '350503003'),
    community('L1', '350502001'),
    community('L2', '350502002'),
    community('J1', '350504001'),
  ],
});

describe('planCrossInspection — PI.M3 quarterly cross-inspection groups', () => {
  it.each<[string, CrossInspectionOptions, string[][], string[]]>([
    [
      'counties across the city',
      { quarter: '2023Q3', seed: 1, level: 'county' },
      [
        ['350500', '350502'],
        ['350500', '350503'],
        ['350500', '350504'],
      ],
      [],
    ],
    [
      'streets within their county (清源街道 has no community; 鲤城 has two streets; 洛江 one)',
      { quarter: '2023Q3', seed: 1, level: 'street' },
      [
        ['350502', '350502001'],
        ['350502', '350502002'],
        ['350503', '350503001'],
        ['350503', '350503002'],
        ['350503', '350503003'],
      ],
      ['350503004:no-communities', '350504001:alone'],
    ],
    [
      'streets across the city when asked',
      { quarter: '2023Q3', seed: 1, level: 'street', within: 'city' },
      [
        ['350500', '350502001'],
        ['350500', '350502002'],
        ['350500', '350503001'],
        ['350500', '350503002'],
        ['350500', '350503003'],
        ['350500', '350504001'],
      ],
      ['350503004:no-communities'],
    ],
    [
      "residents' committees within their street",
      { quarter: '2023Q3', seed: 1, level: 'committee' },
      [
        ['350503001', '350503001001'],
        ['350503001', '350503001002'],
      ],
      ['350503002001:alone'],
    ],
  ])('%s', (_, options, groups, gaps) => {
    const plan = planCrossInspection(base, options);
    expect(plan.groups.map((g) => [g.poolCode, g.fromAreaCode])).toEqual(groups);
    expect(plan.gaps.map((g) => `${g.areaCode}:${g.reason}`)).toEqual(gaps);
    for (const g of plan.groups) {
      expect(g.inspectsAreaCode).not.toBe(g.fromAreaCode);
      expect(g.groupId).toBe(`2023Q3-${options.level}-${g.fromAreaCode}`);
      expect(g.groupId).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/);
    }
  });

  it('names areas, lists the inspected communities and explains in both languages', () => {
    const plan = planCrossInspection(base, { quarter: '2023Q3', seed: 1, level: 'street' });
    const fromEastLake = plan.groups.find((g) => g.fromAreaCode === '350503001');
    expect(fromEastLake?.fromAreaName).toBe('东湖街道');
    expect(fromEastLake?.unit).toBe('street-office');
    expect(['350503002', '350503003']).toContain(fromEastLake?.inspectsAreaCode);
    expect(fromEastLake?.communityIds).toEqual(
      fromEastLake?.inspectsAreaCode === '350503002' ? ['B1'] : ['C1'],
    );
    expect(fromEastLake?.explanation['zh-CN']).toContain('不查本区域');
    expect(fromEastLake?.explanation['zh-CN']).toContain('没有两个区域互查');
    expect(fromEastLake?.explanation.en).toContain('no group inspects its own area');
    const alone = plan.gaps.find((g) => g.reason === 'alone');
    expect(alone?.explanation.en).toContain('no cross-inspection partner');
  });

  it('with two areas they inspect each other (the only derangement)', () => {
    const plan = planCrossInspection(base, { quarter: '2023Q1', seed: 'x', level: 'committee' });
    expect(plan.groups.map((g) => [g.fromAreaCode, g.inspectsAreaCode])).toEqual([
      ['350503001001', '350503001002'],
      ['350503001002', '350503001001'],
    ]);
    expect(plan.groups[0]?.explanation['zh-CN']).not.toContain('互查');
  });

  it('changes with the quarter (a new rotation each quarter) but not with a re-run', () => {
    const many = plannerDataset({
      communities: Array.from({ length: 12 }, (_, i) =>
        community(`C${i}`, `350503${String(i + 1).padStart(3, '0')}`),
      ),
    });
    const rotation = (quarter: string) =>
      planCrossInspection(many, { quarter, seed: 3, level: 'street' })
        .groups.map((g) => g.inspectsAreaCode)
        .join();
    expect(rotation('2023Q3')).toBe(rotation('2023Q3'));
    expect(new Set(['2023Q1', '2023Q2', '2023Q3', '2023Q4'].map(rotation)).size).toBeGreaterThan(1);
  });

  it.each<[string, Partial<CrossInspectionOptions>]>([
    ['a malformed quarter', { quarter: '2023-3' }],
    ['an unknown level', { level: 'city' as never }],
    ['a scope not above the level', { level: 'street', within: 'street' }],
    ['a scope below the level', { level: 'county', within: 'street' }],
    ['a NaN seed', { seed: Number.NaN }],
  ])('throws RulesError for %s (API misuse)', (_, patch) => {
    expect(() =>
      planCrossInspection(base, { quarter: '2023Q3', seed: 1, level: 'street', ...patch }),
    ).toThrow(RulesError);
  });
});

describe('planCrossInspection — properties', () => {
  const arbitrary = fc.record({
    streets: fc.integer({ min: 0, max: 40 }),
    seed: fc.oneof(fc.integer(), fc.string({ maxLength: 6 })),
    quarter: fc.constantFrom('2023Q1', '2023Q2', '2023Q3', '2023Q4'),
    counties: fc.integer({ min: 1, max: 3 }),
  });
  const datasetOf = (streets: number, counties: number) =>
    plannerDataset({
      communities: Array.from({ length: streets }, (_, i) =>
        community(`C${i}`, `35050${2 + (i % counties)}${String(i + 1).padStart(3, '0')}`),
      ),
    });

  it('no group inspects its own area, every area is inspected exactly once, for any area count ≥ 2', () => {
    fc.assert(
      fc.property(arbitrary, ({ streets, seed, quarter, counties }) => {
        const plan = planCrossInspection(datasetOf(streets, counties), { quarter, seed, level: 'street' });
        const pools = new Map<string, { from: string[]; to: string[] }>();
        for (const g of plan.groups) {
          expect(g.inspectsAreaCode).not.toBe(g.fromAreaCode);
          expect(g.inspectsAreaCode.slice(0, 6)).toBe(g.poolCode);
          const pool = pools.get(g.poolCode) ?? { from: [], to: [] };
          pool.from.push(g.fromAreaCode);
          pool.to.push(g.inspectsAreaCode);
          pools.set(g.poolCode, pool);
        }
        for (const { from, to } of pools.values()) {
          expect(from.length).toBeGreaterThanOrEqual(2);
          expect([...to].sort()).toEqual([...from].sort());
          if (from.length >= 3)
            for (const g of plan.groups.filter((x) => from.includes(x.fromAreaCode))) {
              const back = plan.groups.find((x) => x.fromAreaCode === g.inspectsAreaCode);
              expect(back?.inspectsAreaCode).not.toBe(g.fromAreaCode);
            }
        }
        // Every area with communities is either in a group or a gap (alone in its pool).
        const areas = new Set(
          (plan.groups.map((g) => g.fromAreaCode) as string[]).concat(plan.gaps.map((g) => g.areaCode)),
        );
        expect(areas.size).toBe(streets);
        for (const gap of plan.gaps) expect(gap.reason).toBe('alone');
      }),
      { numRuns: 150 },
    );
  });

  it('the same seed gives the same plan', () => {
    fc.assert(
      fc.property(arbitrary, ({ streets, seed, quarter, counties }) => {
        const dataset = datasetOf(streets, counties);
        expect(planCrossInspection(dataset, { quarter, seed, level: 'street' })).toEqual(
          planCrossInspection(structuredClone(dataset), { quarter, seed, level: 'street' }),
        );
      }),
      { numRuns: 50 },
    );
  });
});
