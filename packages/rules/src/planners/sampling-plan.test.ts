import type { Dataset } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulesError } from '../engine/check';
import { DatasetIndex } from '../engine/dataset-index';
import {
  type CommunitySpec,
  type PlannerDatasetSpec,
  plannerDataset,
  usccOf,
} from '../testing/planner-builders';
import { planSampling, type SamplingPlan } from './sampling-plan';

const street = '350503001';
const plain = (id: string, extra: Partial<CommunitySpec> = {}): CommunitySpec => ({
  id,
  divisionCode: street,
  income: [100_000, 100_000, 100_000, null],
  ...extra,
});
const county = (plan: SamplingPlan, code = '350503') => plan.counties.find((c) => c.countyCode === code);
const reasonsOf = (plan: SamplingPlan, id: string) =>
  plan.counties.flatMap((c) => c.picks).find((p) => p.communityId === id)?.reasons;

describe('planSampling — PI.M2 priorities first, then 双随机, ≥ 50% per county (PI.T2)', () => {
  it.each<[string, PlannerDatasetSpec, string, readonly string[] | undefined]>([
    [
      'a petition transferred by the province is a priority',
      {
        communities: [plain('A'), plain('B'), plain('C'), plain('D')],
        complaints: [{ id: 'X1', communityId: 'A', transferredBy: 'province' }],
      },
      'A',
      ['transferred-petition'],
    ],
    [
      'a petition transferred by the city is a priority',
      {
        communities: [plain('A'), plain('B'), plain('C'), plain('D')],
        complaints: [{ id: 'X1', communityId: 'A', transferredBy: 'city' }],
      },
      'A',
      ['transferred-petition'],
    ],
    [
      'a hotline complaint is not a priority (only 转办挂号 petitions are)',
      {
        communities: [
          plain('A'),
          plain('B'),
          plain('C'),
          plain('D'),
          plain('E'),
          plain('F'),
          plain('G'),
          plain('H'),
        ],
        complaints: [{ id: 'X1', communityId: 'A' }],
      },
      'A',
      undefined,
    ],
    [
      'a petition closed before the year does not make the year a priority',
      {
        communities: [
          plain('A'),
          plain('B'),
          plain('C'),
          plain('D'),
          plain('E'),
          plain('F'),
          plain('G'),
          plain('H'),
        ],
        complaints: [
          {
            id: 'X1',
            communityId: 'A',
            transferredBy: 'city',
            receivedOn: '2022-03-01',
            closedOn: '2022-06-01',
          },
        ],
      },
      'A',
      undefined,
    ],
    [
      'a petition of last year still open at the start of the year is a priority',
      {
        communities: [plain('A'), plain('B'), plain('C'), plain('D')],
        complaints: [
          {
            id: 'X1',
            communityId: 'A',
            transferredBy: 'city',
            receivedOn: '2022-11-01',
            closedOn: '2023-02-01',
          },
        ],
      },
      'A',
      ['transferred-petition'],
    ],
    [
      'income 0 in every disclosed quarter is zero-income',
      { communities: [plain('A', { income: [0, 0, 0, null] }), plain('B'), plain('C'), plain('D')] },
      'A',
      ['zero-income'],
    ],
    [
      'no disclosure and no registered source is zero-income',
      { communities: [plain('A', { income: [], sources: 0 }), plain('B'), plain('C'), plain('D')] },
      'A',
      ['zero-income'],
    ],
    [
      'no disclosure but registered sources is not zero-income (income unknown)',
      { communities: [plain('A', { income: [] }), ...'BCDEFGH'.split('').map((id) => plain(id))] },
      'A',
      undefined,
    ],
    [
      'one quarter with income is not zero-income, even with no registered source',
      {
        communities: [
          plain('A', { income: [0, 10, 0, null], sources: 0 }),
          ...'BCDEFGH'.split('').map((id) => plain(id)),
        ],
      },
      'A',
      undefined,
    ],
    [
      'both reasons are listed',
      {
        communities: [plain('A', { income: [0, 0, 0, 0] }), plain('B'), plain('C'), plain('D')],
        complaints: [{ id: 'X1', communityId: 'A', transferredBy: 'province' }],
      },
      'A',
      ['transferred-petition', 'zero-income'],
    ],
  ])('%s', (_, spec, id, reasons) => {
    const plan = planSampling(plannerDataset(spec), { year: 2023, seed: 1 });
    const got = reasonsOf(plan, id);
    if (reasons === undefined) expect(got === undefined || got.join() === 'random').toBe(true);
    else expect(got).toEqual(reasons);
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 1],
    [3, 2],
    [4, 2],
    [5, 3],
    [11, 6],
  ])('%i communities → %i required and picked when there is no priority', (n, required) => {
    const communities = Array.from({ length: n }, (_, i) => plain(`C${String(i).padStart(2, '0')}`));
    const plan = planSampling(
      plannerDataset({ communities, divisions: [{ code: '350503', name: '丰泽区', level: 'county' }] }),
      { year: 2023, seed: 'x' },
    );
    const c = county(plan);
    expect(c?.total).toBe(n);
    expect(c?.required).toBe(required);
    expect(c?.picks.length).toBe(required);
    expect(c?.picks.every((p) => p.reasons.join() === 'random')).toBe(true);
  });

  it('takes every priority even when they alone exceed the share', () => {
    const plan = planSampling(
      plannerDataset({
        communities: [
          plain('A', { income: [0, 0, 0, 0] }),
          plain('B', { income: [0, 0, 0, 0] }),
          plain('C'),
          plain('D'),
        ],
        complaints: [{ id: 'X1', communityId: 'C', transferredBy: 'city' }],
      }),
      { year: 2023, seed: 1 },
    );
    const c = county(plan);
    expect(c?.required).toBe(2);
    expect(c?.priorityCount).toBe(3);
    expect(c?.randomCount).toBe(0);
    expect(c?.picks.map((p) => p.communityId)).toEqual(['A', 'B', 'C']);
    expect(c?.explanation['zh-CN']).toContain('全部纳入');
    expect(c?.explanation.en).toContain('all taken');
  });

  it('honours another share (PI.T2 lets the city set a higher rate)', () => {
    const communities = Array.from({ length: 10 }, (_, i) => plain(`C${i}`));
    const plan = planSampling(plannerDataset({ communities }), {
      year: 2023,
      seed: 1,
      share: { numerator: 7, denominator: 10 },
    });
    expect(county(plan)?.picks.length).toBe(7);
  });

  describe('inspectors (双随机: random inspector, never a conflicted one)', () => {
    const communities = [plain('A', { company: 1 }), plain('B', { company: 2 })];
    it.each<[string, PlannerDatasetSpec['inspectors'], string, readonly string[] | 'any-2', string]>([
      ['no inspector in the county', [], 'A', [], 'unassigned'],
      ['only an inspector of another county', [{ id: 'I1', divisionCode: '350504' }], 'A', [], 'unassigned'],
      [
        'only an inactive inspector',
        [{ id: 'I1', divisionCode: '350503', active: false }],
        'A',
        [],
        'unassigned',
      ],
      [
        'every inspector conflicted with the community',
        [
          { id: 'I1', divisionCode: '350503', conflictCommunityIds: ['A'] },
          { id: 'I2', divisionCode: '350503001', conflictCommunityIds: ['A'] },
        ],
        'A',
        [],
        'unassigned',
      ],
      [
        'conflicted with the company through its USCC',
        [
          { id: 'I1', divisionCode: '350503', conflictCompanies: [1] },
          { id: 'I2', divisionCode: '350503', conflictCompanies: [1] },
          { id: 'I3', divisionCode: '350503' },
        ],
        'A',
        ['I3'],
        'partial',
      ],
      [
        'two free inspectors',
        [
          { id: 'I1', divisionCode: '350503', conflictCommunityIds: ['A'] },
          { id: 'I2', divisionCode: '350503' },
          { id: 'I3', divisionCode: '350503001' },
        ],
        'A',
        ['I2', 'I3'],
        'assigned',
      ],
      [
        'many free inspectors',
        ['I1', 'I2', 'I3', 'I4', 'I5'].map((id) => ({ id, divisionCode: '350503' })),
        'A',
        'any-2',
        'assigned',
      ],
    ])('%s', (_, inspectors, id, expected, assignment) => {
      const dataset = plannerDataset({
        communities,
        inspectors,
        complaints: [{ id: 'X1', communityId: 'A', transferredBy: 'city' }],
      });
      const pick = planSampling(dataset, { year: 2023, seed: 5 }).counties[0]?.picks.find(
        (p) => p.communityId === id,
      );
      expect(pick?.assignment).toBe(assignment);
      if (expected === 'any-2') expect(pick?.inspectorIds.length).toBe(2);
      else expect([...(pick?.inspectorIds ?? [])].sort()).toEqual(expected);
      if (assignment !== 'assigned') {
        expect(pick?.explanation['zh-CN']).toMatch(/未分配|须由上级补派/);
        expect(pick?.explanation.en).toMatch(/Unassigned|must add more/);
      }
    });

    it('spreads the work: with 4 inspectors and 4 picks, each inspector gets 2', () => {
      const dataset = plannerDataset({
        communities: Array.from({ length: 8 }, (_, i) => plain(`C${i}`)),
        inspectors: ['I1', 'I2', 'I3', 'I4'].map((id) => ({ id, divisionCode: '350503' })),
      });
      const picks = planSampling(dataset, { year: 2023, seed: 9 }).counties[0]?.picks ?? [];
      const load = new Map<string, number>();
      for (const p of picks) for (const i of p.inspectorIds) load.set(i, (load.get(i) ?? 0) + 1);
      expect([...load.values()]).toEqual([2, 2, 2, 2]);
    });

    it('never puts personal data (inspector names) in the plan', () => {
      const dataset = plannerDataset({ communities, inspectors: [{ id: 'I1', divisionCode: '350503' }] });
      expect(JSON.stringify(planSampling(dataset, { year: 2023, seed: 1 }))).not.toContain('王检查');
    });
  });

  it('explains every pick in both languages', () => {
    const plan = planSampling(
      plannerDataset({
        communities: [plain('A', { income: [0, 0, 0, 0] }), plain('B'), plain('C'), plain('D'), plain('E')],
        complaints: [{ id: 'X9', communityId: 'B', transferredBy: 'province' }],
        inspectors: [
          { id: 'I1', divisionCode: '350503' },
          { id: 'I2', divisionCode: '350503' },
        ],
      }),
      { year: 2023, seed: 'explain' },
    );
    const picks = county(plan)?.picks ?? [];
    expect(picks.map((p) => p.reasons[0])).toEqual(['zero-income', 'transferred-petition', 'random']);
    expect(picks[0]?.explanation['zh-CN']).toContain('公共收益为零');
    expect(picks[1]?.explanation['zh-CN']).toContain('X9');
    expect(picks[1]?.explanation.en).toContain('transferred');
    expect(picks[2]?.explanation['zh-CN']).toContain('双随机');
    expect(picks[2]?.explanation.en).toContain('seed explain');
    for (const p of picks) expect(p.explanation['zh-CN']).toContain('检查人员');
  });

  it('lists counties of the division records even without communities, and none outside them', () => {
    const plan = planSampling(
      plannerDataset({
        communities: [plain('A')],
        divisions: [
          { code: '350500', name: '泉州市', level: 'city' },
          { code: '350503', name: '丰泽区', level: 'county' },
          { code: '350504', name: '洛江区', level: 'county' },
        ],
      }),
      { year: 2023, seed: 1 },
    );
    expect(plan.counties.map((c) => [c.countyCode, c.name, c.total, c.required])).toEqual([
      ['350503', '丰泽区', 1, 1],
      ['350504', '洛江区', 0, 0],
    ]);
    expect(plan.counties[1]?.explanation.en).toContain('no community');
  });

  it('accepts a DatasetIndex as well as a dataset', () => {
    const dataset = plannerDataset({ communities: [plain('A'), plain('B'), plain('C')] });
    expect(planSampling(new DatasetIndex(dataset), { year: 2023, seed: 3 })).toEqual(
      planSampling(dataset, { year: 2023, seed: 3 }),
    );
  });

  it.each([
    ['a year that is not an integer', { year: 2023.5, seed: 1 }],
    ['a bad county code', { year: 2023, seed: 1, countyCode: '35' }],
    ['a share above 1', { year: 2023, seed: 1, share: { numerator: 3, denominator: 2 } }],
    ['a zero denominator', { year: 2023, seed: 1, share: { numerator: 0, denominator: 0 } }],
    ['no inspectors per pick', { year: 2023, seed: 1, inspectorsPerPick: 0 }],
    ['a NaN seed', { year: 2023, seed: Number.NaN }],
  ])('throws RulesError for %s (API misuse)', (_, options) => {
    expect(() => planSampling(plannerDataset({ communities: [] }), options)).toThrow(RulesError);
  });
});

// Random scenarios: three counties, communities of five companies, petitions, zero-income and inspectors with
// conflicts.
const COUNTIES = ['350502', '350503', '350504'];
const specArbitrary = fc
  .record({
    communities: fc.array(
      fc.record({
        county: fc.constantFrom(...COUNTIES),
        company: fc.integer({ min: 1, max: 5 }),
        zero: fc.boolean(),
        petition: fc.option(fc.constantFrom('province' as const, 'city' as const), { nil: undefined }),
      }),
      { maxLength: 30 },
    ),
    inspectors: fc.array(
      fc.record({
        county: fc.constantFrom(...COUNTIES),
        conflictCommunities: fc.array(fc.nat(29), { maxLength: 4 }),
        conflictCompanies: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 2 }),
        active: fc.boolean(),
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ communities, inspectors }): Dataset => {
    const ids = communities.map((_, i) => `C${String(i).padStart(2, '0')}`);
    return plannerDataset({
      communities: communities.map((c, i) => ({
        id: ids[i] as string,
        divisionCode: `${c.county}001`,
        company: c.company,
        income: c.zero ? [0, 0, 0, null] : [5_000, 0, 0, null],
      })),
      complaints: communities.flatMap((c, i) =>
        c.petition ? [{ id: `X${i}`, communityId: ids[i] as string, transferredBy: c.petition }] : [],
      ),
      inspectors: inspectors.map((s, i) => ({
        id: `I${i}`,
        divisionCode: s.county,
        conflictCommunityIds: s.conflictCommunities.map((n) => `C${String(n).padStart(2, '0')}`),
        conflictCompanies: s.conflictCompanies,
        active: s.active,
      })),
    });
  });
const seedArbitrary = fc.oneof(fc.integer(), fc.string({ maxLength: 8 }));

describe('planSampling — properties', () => {
  it('the same seed gives the same plan', () => {
    fc.assert(
      fc.property(specArbitrary, seedArbitrary, (dataset, seed) => {
        expect(planSampling(dataset, { year: 2023, seed })).toEqual(
          planSampling(structuredClone(dataset), { year: 2023, seed }),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('never assigns an inspector conflicted with the community or its company, nor an inactive or foreign one', () => {
    fc.assert(
      fc.property(specArbitrary, seedArbitrary, (dataset, seed) => {
        const inspectors = new Map((dataset.records.inspector ?? []).map((i) => [i.id, i]));
        const communities = new Map((dataset.records.community ?? []).map((c) => [c.id, c]));
        for (const county of planSampling(dataset, { year: 2023, seed }).counties)
          for (const pick of county.picks) {
            const community = communities.get(pick.communityId);
            expect(new Set(pick.inspectorIds).size).toBe(pick.inspectorIds.length);
            for (const id of pick.inspectorIds) {
              const inspector = inspectors.get(id);
              expect(inspector?.active).toBe(true);
              expect(inspector?.unit.divisionCode.slice(0, 6)).toBe(county.countyCode);
              expect(inspector?.conflictCommunityIds).not.toContain(pick.communityId);
              expect(inspector?.conflictCompanyUsccs).not.toContain(community?.companyUscc);
            }
          }
      }),
      { numRuns: 80 },
    );
  });

  it('every county with communities reaches ⌈50%⌉, takes every priority, and picks nothing twice', () => {
    fc.assert(
      fc.property(specArbitrary, seedArbitrary, (dataset, seed) => {
        for (const county of planSampling(dataset, { year: 2023, seed }).counties) {
          const ids = county.picks.map((p) => p.communityId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(county.required).toBe(Math.ceil(county.total / 2));
          expect(ids.length).toBeGreaterThanOrEqual(county.required);
          expect(ids.length).toBe(Math.max(county.required, county.priorityCount));
          const all = (dataset.records.community ?? []).filter((c) =>
            c.divisionCode.startsWith(county.countyCode),
          );
          expect(all.length).toBe(county.total);
          const transferred = new Set((dataset.records.complaint ?? []).map((c) => c.communityId));
          const disclosed = dataset.records.quarterlyDisclosure ?? [];
          for (const c of all) {
            const zero = disclosed.filter((d) => d.communityId === c.id).every((d) => d.incomeTotal === 0);
            if (zero || transferred.has(c.id)) expect(ids).toContain(c.id);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it("planning one county gives that county's part of the whole plan", () => {
    fc.assert(
      fc.property(specArbitrary, seedArbitrary, fc.constantFrom(...COUNTIES), (dataset, seed, countyCode) => {
        const whole = planSampling(dataset, { year: 2023, seed }).counties.find(
          (c) => c.countyCode === countyCode,
        );
        const one = planSampling(dataset, { year: 2023, seed, countyCode }).counties;
        expect(one.length).toBe(1);
        if (whole) expect(one[0]).toEqual(whole);
        else expect(one[0]?.total).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('does not depend on the order of records in the dataset', () => {
    fc.assert(
      fc.property(specArbitrary, seedArbitrary, (dataset, seed) => {
        const reversed = structuredClone(dataset);
        reversed.records.community?.reverse();
        reversed.records.inspector?.reverse();
        reversed.records.complaint?.reverse();
        expect(planSampling(reversed, { year: 2023, seed })).toEqual(
          planSampling(dataset, { year: 2023, seed }),
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe('usccOf (fixture helper)', () => {
  it('gives distinct well-formed codes', () => {
    expect(usccOf(1)).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
    expect(usccOf(1)).not.toBe(usccOf(2));
  });
});
