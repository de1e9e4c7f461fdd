import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulesError } from '../engine/check';
import type { Rule } from '../engine/types';
import { auditRequiredRule } from '../packs/public-income/rules/audit-required';
import { outcomeOf, runRule } from '../testing/builders';
import { type CommunitySpec, type ObjectionSpec, plannerDataset } from '../testing/planner-builders';
import { type AuditPlanOptions, type AuditStatus, planAudits } from './audit-bundling';

const street = '350503001';
// Year income 4 × 100,000 fen = ¥4,000: small by income; area 20,000 m²: small by area.
const small = (id: string, extra: Partial<CommunitySpec> = {}): CommunitySpec => ({
  id,
  divisionCode: street,
  buildingArea: 20_000,
  income: [100_000, 100_000, 100_000, 100_000],
  ...extra,
});
const large = (id: string, extra: Partial<CommunitySpec> = {}): CommunitySpec =>
  small(id, { buildingArea: 80_000, income: [3_000_000, 3_000_000, 3_000_000, 3_000_000], ...extra });

describe('planAudits — PI.M5 third-party audit, exemptions and bundles', () => {
  it.each<[string, CommunitySpec, ObjectionSpec[], AuditStatus, boolean]>([
    ['zero income all year, no objection → exempt', small('A', { income: [0, 0, 0, 0] }), [], 'exempt', true],
    [
      'nothing disclosed and no registered source → required (zero income is not shown by a disclosure)',
      small('A', { income: [], sources: 0 }),
      [],
      'required',
      false,
    ],
    [
      'zero income but an objection below 20% → required (any objection removes the exemption)',
      small('A', { income: [0, 0, 0, 0], households: 100 }),
      [{ id: 'O1', communityId: 'A', quarter: '2023Q2', raisedBy: 'owners', ownersCount: 5 }],
      'required',
      true,
    ],
    [
      "the owners' committee objects → owner-commissioned",
      large('A'),
      [{ id: 'O1', communityId: 'A', quarter: '2023Q2', raisedBy: 'owners-committee' }],
      'owner-commissioned',
      false,
    ],
    [
      'owners at exactly 20% of households (以上 includes the bound) → owner-commissioned',
      large('A', { households: 400 }),
      [{ id: 'O1', communityId: 'A', quarter: '2023Q2', raisedBy: 'owners', ownersCount: 80 }],
      'owner-commissioned',
      false,
    ],
    [
      'owners at 19.75% → required',
      large('A', { households: 400 }),
      [{ id: 'O1', communityId: 'A', quarter: '2023Q2', raisedBy: 'owners', ownersCount: 79 }],
      'required',
      false,
    ],
    [
      'an objection of another year is ignored',
      small('A', { income: [0, 0, 0, 0] }),
      [{ id: 'O1', communityId: 'A', quarter: '2022Q4', raisedBy: 'owners-committee' }],
      'exempt',
      true,
    ],
    [
      'owners objecting in a community of 0 households cannot reach a share → required',
      large('A', { households: 0 }),
      [{ id: 'O1', communityId: 'A', quarter: '2023Q1', raisedBy: 'owners', ownersCount: 3 }],
      'required',
      false,
    ],
    ['income ≥ ¥50,000 → required, not small', large('A', { buildingArea: 10_000 }), [], 'required', false],
    [
      'income just below ¥50,000 and area below 30,000 m² → small',
      small('A', { income: [4_999_999, 0, 0, 0] }),
      [],
      'required',
      true,
    ],
    [
      'income exactly ¥50,000 → not small',
      small('A', { income: [5_000_000, 0, 0, 0] }),
      [],
      'required',
      false,
    ],
    ['area exactly 30,000 m² → not small', small('A', { buildingArea: 30_000 }), [], 'required', false],
    [
      'nothing disclosed but sources registered → required, income unknown, not small',
      small('A', { income: [] }),
      [],
      'required',
      false,
    ],
  ])('%s', (_, community, objections, status, isSmall) => {
    const plan = planAudits(plannerDataset({ communities: [community], objections }), { year: 2023 });
    const c = plan.communities[0];
    expect(c?.status).toBe(status);
    expect(c?.small).toBe(isSmall);
    expect(c?.unitId === undefined).toBe(status === 'exempt');
    expect(c?.explanation['zh-CN'].length).toBeGreaterThan(0);
    expect(c?.explanation.en.length).toBeGreaterThan(0);
  });

  it('explains the basis of each status', () => {
    const plan = planAudits(
      plannerDataset({
        communities: [
          small('A', { income: [0, 0, 0, 0] }),
          large('B', { households: 100 }),
          small('C', { income: [] }),
        ],
        objections: [{ id: 'O7', communityId: 'B', quarter: '2023Q3', raisedBy: 'owners', ownersCount: 25 }],
      }),
      { year: 2023 },
    );
    const [a, b, c] = plan.communities;
    expect(a?.explanation['zh-CN']).toContain('可不纳入审计');
    expect(b?.explanation['zh-CN']).toContain('25.00%');
    expect(b?.explanation.en).toContain('O7');
    expect(c?.explanation.en).toContain('income unknown');
    expect(plan.units.find((u) => u.communityIds.includes('B'))?.commissionedBy).toBe('owners');
  });

  it.each([
    [0, []],
    [1, []],
    [2, [2]],
    [10, [10]],
    [11, [6, 5]],
    [20, [10, 10]],
    [21, [7, 7, 7]],
    [23, [8, 8, 7]],
  ])('%i small communities of a county → bundles of sizes %j (even, ≤ 10)', (n, sizes) => {
    const communities = Array.from({ length: n }, (_, i) => small(`C${String(i).padStart(2, '0')}`));
    const plan = planAudits(plannerDataset({ communities }), { year: 2023 });
    expect(plan.units.filter((u) => u.kind === 'bundle').map((u) => u.communityIds.length)).toEqual(sizes);
    expect(plan.units.filter((u) => u.kind === 'single').length).toBe(n === 1 ? 1 : 0);
  });

  it('bundles only within a county, in street-then-id order, with stable ids', () => {
    const plan = planAudits(
      plannerDataset({
        communities: [
          small('Z', { divisionCode: '350503001' }),
          small('A', { divisionCode: '350503002' }),
          small('M', { divisionCode: '350503001' }),
          small('X', { divisionCode: '350504001' }),
          small('Y', { divisionCode: '350504001' }),
          large('BIG', { divisionCode: '350504001' }),
        ],
      }),
      { year: 2023 },
    );
    expect(plan.units.map((u) => [u.unitId, u.kind, u.communityIds])).toEqual([
      ['2023-350503-B01', 'bundle', ['M', 'Z', 'A']],
      ['2023-350504-B01', 'bundle', ['X', 'Y']],
      ['2023-S-BIG', 'single', ['BIG']],
    ]);
    expect(plan.communities.find((c) => c.communityId === 'M')?.explanation['zh-CN']).toContain(
      '2023-350503-B01',
    );
  });

  it('keeps owner-commissioned communities out of bundles, even small ones', () => {
    const plan = planAudits(
      plannerDataset({
        communities: [small('A'), small('B'), small('C')],
        objections: [{ id: 'O1', communityId: 'B', quarter: '2023Q1', raisedBy: 'owners-committee' }],
      }),
      { year: 2023 },
    );
    expect(plan.units.map((u) => [u.kind, u.commissionedBy, u.communityIds])).toEqual([
      ['bundle', 'county-authority', ['A', 'C']],
      ['single', 'owners-committee', ['B']],
    ]);
  });

  it('applies other thresholds given as options', () => {
    const dataset = plannerDataset({ communities: [large('A'), large('B'), large('C')] });
    const plan = planAudits(dataset, {
      year: 2023,
      smallIncomeFen: 20_000_000,
      smallAreaM2: 100_000,
      bundleMaxCommunities: 2,
    });
    expect(plan.units.map((u) => u.communityIds)).toEqual([['A', 'B'], ['C']]);
    expect(plan.parameters).toEqual({
      smallIncomeFen: 20_000_000,
      smallAreaM2: 100_000,
      bundleMaxCommunities: 2,
      objectionShareBp: 2000,
    });
  });

  it.each<[string, Partial<AuditPlanOptions>]>([
    ['a fractional fen threshold', { smallIncomeFen: 10.5 }],
    ['a negative area', { smallAreaM2: -1 }],
    ['an empty bundle', { bundleMaxCommunities: 0 }],
    ['a share over 100%', { objectionShareBp: 10_001 }],
    ['a bad year', { year: 0 }],
  ])('throws RulesError for %s (API misuse)', (_, patch) => {
    expect(() => planAudits(plannerDataset({ communities: [] }), { year: 2023, ...patch })).toThrow(
      RulesError,
    );
  });
});

describe('planAudits — properties', () => {
  const arbitrary = fc.array(
    fc.record({
      county: fc.constantFrom('350502', '350503'),
      street: fc.constantFrom('001', '002'),
      income: fc.array(fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }), {
        minLength: 4,
        maxLength: 4,
      }),
      area: fc.integer({ min: 1_000, max: 60_000 }),
      households: fc.integer({ min: 0, max: 500 }),
      sources: fc.integer({ min: 0, max: 2 }),
      objection: fc.option(
        fc.record({
          raisedBy: fc.constantFrom('owners' as const, 'owners-committee' as const),
          ownersCount: fc.integer({ min: 0, max: 200 }),
        }),
        { nil: undefined },
      ),
    }),
    { maxLength: 40 },
  );
  type Specs = typeof arbitrary extends fc.Arbitrary<infer T> ? T : never;
  const datasetOf = (specs: Specs) =>
    plannerDataset({
      communities: specs.map((s, i) => ({
        id: `C${String(i).padStart(2, '0')}`,
        divisionCode: `${s.county}${s.street}`,
        income: s.income,
        buildingArea: s.area,
        households: s.households,
        sources: s.sources,
      })),
      objections: specs.flatMap((s, i) =>
        s.objection
          ? [
              {
                id: `O${i}`,
                communityId: `C${String(i).padStart(2, '0')}`,
                quarter: '2023Q2',
                ...s.objection,
              },
            ]
          : [],
      ),
    });

  it('every non-exempt community is in exactly one audit unit; exempt ones in none; bundles are small, of one county, ≤ max', () => {
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 1, max: 12 }), (specs, max) => {
        const plan = planAudits(datasetOf(specs), { year: 2023, bundleMaxCommunities: max });
        const count = new Map<string, number>();
        for (const u of plan.units) for (const id of u.communityIds) count.set(id, (count.get(id) ?? 0) + 1);
        for (const c of plan.communities) {
          expect(count.get(c.communityId) ?? 0).toBe(c.status === 'exempt' ? 0 : 1);
          if (c.unitId !== undefined)
            expect(plan.units.find((u) => u.unitId === c.unitId)?.communityIds).toContain(c.communityId);
        }
        const byId = new Map(plan.communities.map((c) => [c.communityId, c]));
        for (const u of plan.units) {
          if (u.kind === 'single') expect(u.communityIds.length).toBe(1);
          else {
            expect(u.communityIds.length).toBeGreaterThanOrEqual(2);
            expect(u.communityIds.length).toBeLessThanOrEqual(max);
            for (const id of u.communityIds) {
              expect(byId.get(id)?.small).toBe(true);
              expect(byId.get(id)?.status).toBe('required');
              expect(byId.get(id)?.countyCode).toBe(u.countyCode);
            }
          }
        }
        expect(new Set(plan.units.map((u) => u.unitId)).size).toBe(plan.units.length);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and independent of record order', () => {
    fc.assert(
      fc.property(arbitrary, (specs) => {
        const dataset = datasetOf(specs);
        const reversed = structuredClone(dataset);
        reversed.records.community?.reverse();
        reversed.records.quarterlyDisclosure?.reverse();
        reversed.records.ownerObjection?.reverse();
        expect(planAudits(reversed, { year: 2023 })).toEqual(planAudits(dataset, { year: 2023 }));
      }),
      { numRuns: 50 },
    );
  });

  it('agrees with the PI-AUDIT-REQUIRED rule on which communities are exempt', () => {
    fc.assert(
      fc.property(arbitrary, (specs) => {
        const dataset = datasetOf(specs);
        const findings = runRule(auditRequiredRule as Rule, dataset, '2023-12-31');
        for (const c of planAudits(dataset, { year: 2023 }).communities)
          expect(outcomeOf(findings, c.communityId) === 'not_applicable').toBe(c.status === 'exempt');
      }),
      { numRuns: 40 },
    );
  });
});
