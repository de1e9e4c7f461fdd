import { checkUscc, type Dataset, QUANZHOU_COUNTY_CODES, RECORD_KINDS, validate } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SamplesError } from './errors';
import { generateDataset } from './generate';
import { PLANTABLE_RULE_IDS } from './planting/registry';

// Fields that hold square metres, not money: the only non-integer numbers the model has.
const AREA_FIELDS = new Set([
  'buildingArea',
  'totalArea',
  'participatingArea',
  'approvingArea',
  'ownersArea',
]);

function nonIntegers(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'number') {
    const field = path.split('/').pop() ?? '';
    if (!Number.isInteger(value) && !AREA_FIELDS.has(field)) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      nonIntegers(v, `${path}/${i}`, out);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) out.push(`${path}/${k} (undefined)`);
      nonIntegers(v, `${path}/${k}`, out);
    }
  }
}

const small = { communities: 40, projects: 5, workersPerProject: 12 };

describe('generateDataset', () => {
  it('is deterministic: the same options give a byte-identical JSON', () => {
    const plant = { 'PI-ARITHMETIC': 2, 'PI-BOARD': 1 };
    const a = generateDataset({ seed: 'same', ...small, plant });
    const b = generateDataset({ seed: 'same', ...small, plant });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('differs between seeds', () => {
    const a = JSON.stringify(generateDataset({ seed: 'one', ...small }).dataset);
    const b = JSON.stringify(generateDataset({ seed: 'two', ...small }).dataset);
    expect(a).not.toBe(b);
  });

  it('derives the envelope from asOf and the campaign year, never from the clock', () => {
    const { dataset } = generateDataset({
      seed: 'env',
      communities: 5,
      projects: 1,
      asOf: '2024-02-29',
      campaignYear: 2023,
    });
    expect(dataset.generatedAt).toBe('2024-02-29T18:00:00+08:00');
    expect(dataset.campaignYear).toBe(2023);
    expect(dataset.schemaVersion).toMatch(/^0\.1\.[0-9]+$/);
  });

  it('produces datasets with no validation issue at all, clean or planted (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(0, 0.05),
        fc.constantFrom('2023-09-10', '2023-11-30', '2024-01-15'),
        (seed, communities, projects, plantRate, asOf) => {
          const { dataset } = generateDataset({
            seed,
            communities,
            projects,
            workersPerProject: 8,
            plantRate,
            asOf,
          });
          const report = validate('dataset', JSON.parse(JSON.stringify(dataset)), { maxIssues: 5 });
          expect(report.issues).toEqual([]);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('keeps money in integer fen and writes no undefined field', () => {
    const { dataset } = generateDataset({ seed: 'money', ...small, plantRate: 0.05 });
    const bad: string[] = [];
    nonIntegers(dataset, '', bad);
    expect(bad).toEqual([]);
  });

  it('makes every clean disclosure add up exactly (PI.C1.f) and agree with both filings (PI.C1.c)', () => {
    const { dataset } = generateDataset({ seed: 'sums', communities: 150, projects: 0 });
    const list = dataset.records.quarterlyDisclosure ?? [];
    expect(list.length).toBeGreaterThan(400);
    const sum = (ls: readonly { amount: number }[]) => ls.reduce((s, l) => s + l.amount, 0);
    const closing = new Map<string, number>();
    for (const d of list) {
      const dist = d.distribution ?? { base: 0, companyShare: 0, ownersShare: 0 };
      expect(d.incomeTotal).toBe(sum(d.incomeLines));
      expect(d.expenseTotal).toBe(sum(d.expenseLines));
      expect(dist.base).toBe(d.incomeTotal - d.expenseTotal);
      expect(dist.companyShare + dist.ownersShare).toBe(dist.base);
      expect(d.closingBalance).toBe(
        d.openingBalance +
          d.incomeTotal -
          d.expenseTotal -
          dist.companyShare -
          sum(d.maintenanceFundTransfers),
      );
      const prev = closing.get(d.communityId);
      if (prev !== undefined) expect(d.openingBalance).toBe(prev);
      closing.set(d.communityId, d.closingBalance);
      expect(d.filings.provincial).toEqual(
        d.filings.quanzhou && { ...d.filings.quanzhou, filedAt: d.filings.provincial?.filedAt },
      );
      expect(d.filings.provincial?.closingBalance).toBe(d.closingBalance);
      expect(d.postings.map((p) => p.channel).sort()).toEqual([
        'notice-board',
        'provincial-system',
        'quanzhou-system',
      ]);
    }
  });

  it('places communities like Quanzhou: proportional to population, none in Jinmen, real street codes', () => {
    const { dataset } = generateDataset({ seed: 'geo', communities: 1000, projects: 0 });
    const communities = dataset.records.community ?? [];
    const byCounty = new Map<string, number>();
    for (const c of communities)
      byCounty.set(c.divisionCode.slice(0, 6), (byCounty.get(c.divisionCode.slice(0, 6)) ?? 0) + 1);
    expect(byCounty.get('350527') ?? 0).toBe(0);
    expect(byCounty.get('350582')).toBeGreaterThan(byCounty.get('350526') ?? 0);
    expect(byCounty.get('350583')).toBeGreaterThan(byCounty.get('350505') ?? 0);
    expect(byCounty.get('350503')).toBeGreaterThan(byCounty.get('350504') ?? 0);
    const divisions = new Map((dataset.records.division ?? []).map((d) => [d.code, d]));
    for (const code of QUANZHOU_COUNTY_CODES) expect(divisions.get(code)?.level).toBe('county');
    for (const c of communities) {
      expect(c.divisionCode).toMatch(/^3505[0-9]{5}$/);
      expect(divisions.get(c.divisionCode)?.level).toBe('street');
      expect(c.committeeCode?.startsWith(c.divisionCode)).toBe(true);
      expect(divisions.get(c.committeeCode ?? '')?.level).toBe('committee');
    }
    expect(new Set(communities.map((c) => `${c.divisionCode.slice(0, 6)}|${c.name}`)).size).toBe(
      communities.length,
    );
    const zero = communities.filter((c) => c.knownIncomeSources.length === 0).length;
    expect(zero).toBeGreaterThan(10);
    expect(zero).toBeLessThan(60);
  });

  it('lets property-service companies serve several communities, each with a valid USCC', () => {
    const { dataset } = generateDataset({ seed: 'firms', communities: 300, projects: 10 });
    const served = new Map<string, number>();
    for (const c of dataset.records.community ?? [])
      served.set(c.companyUscc, (served.get(c.companyUscc) ?? 0) + 1);
    expect(Math.max(...served.values())).toBeGreaterThan(3);
    const enterprises = dataset.records.enterprise ?? [];
    for (const e of enterprises) expect(checkUscc(e.uscc).valid).toBe(true);
    expect(new Set(enterprises.map((e) => e.uscc)).size).toBe(enterprises.length);
    expect(new Set(enterprises.map((e) => e.name)).size).toBe(enterprises.length);
  });

  it('samples at least 55 % of each county on site and has every community inspected by its street (PI.M2)', () => {
    const { dataset } = generateDataset({ seed: 'inspect', communities: 400, projects: 0 });
    const inspections = dataset.records.inspection ?? [];
    const communities = dataset.records.community ?? [];
    const sampled = new Set(
      inspections.filter((i) => i.kind === 'sampling' && i.onSiteVerified).map((i) => i.communityId),
    );
    const street = new Set(inspections.filter((i) => i.kind === 'street-full').map((i) => i.communityId));
    const perCounty = new Map<string, [number, number]>();
    for (const c of communities) {
      const k = c.divisionCode.slice(0, 6);
      const [n, s] = perCounty.get(k) ?? [0, 0];
      perCounty.set(k, [n + 1, s + (sampled.has(c.id) ? 1 : 0)]);
      expect(street.has(c.id)).toBe(true);
    }
    for (const [n, s] of perCounty.values()) expect(s / n).toBeGreaterThanOrEqual(0.55);
    const inspectors = dataset.records.inspector ?? [];
    expect(inspectors.some((i) => i.conflictCommunityIds.length > 0)).toBe(true);
    const conflicts = new Map(inspectors.map((i) => [i.id, i]));
    for (const ins of inspections) {
      for (const p of ins.inspectors) {
        const who = p.id ? conflicts.get(p.id) : undefined;
        expect(who?.conflictCommunityIds.includes(ins.communityId ?? '') ?? false).toBe(false);
      }
    }
  });

  it('keeps every record dated on or before asOf (deadlines and validity ends aside)', () => {
    const asOf = '2023-10-20';
    const { dataset } = generateDataset({ seed: 'dates', communities: 60, projects: 6, asOf });
    const future =
      /^(dueOn|validUntil|plannedCompletionOn|deadline|endsOn|activeUntil|rectificationDueOn|publicUntil)$/;
    const late: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}/.test(v) && v.slice(0, 10) > asOf) {
        const field =
          path
            .split('/')
            .filter((p) => !/^[0-9]+$/.test(p))
            .pop() ?? '';
        if (!future.test(field)) late.push(path);
      } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}/${k}`);
    };
    walk(dataset.records, '');
    expect(late).toEqual([]);
  });

  it('emits only the requested kinds, in catalog order', () => {
    const { dataset } = generateDataset({ seed: 'kinds', ...small, kinds: ['payrollLine', 'community'] });
    expect(Object.keys(dataset.records)).toEqual(['community', 'payrollLine']);
    const all = generateDataset({ seed: 'kinds', ...small }).dataset;
    const order = Object.keys(all.records);
    expect(order).toEqual(RECORD_KINDS.filter((k) => order.includes(k)));
    expect(order.length).toBeGreaterThan(30);
  });

  it.each([
    [{ asOf: '2023-02-30' }, 'INVALID_OPTION'],
    [{ asOf: '2022-12-31' }, 'INVALID_OPTION'],
    [{ communities: -1 }, 'INVALID_OPTION'],
    [{ communities: 1.5 }, 'INVALID_OPTION'],
    [{ projects: 20_001 }, 'INVALID_OPTION'],
    [{ seed: '' }, 'INVALID_OPTION'],
    [{ plantRate: 2 }, 'INVALID_OPTION'],
    [{ plant: { 'PI-NOPE': 1 } }, 'UNKNOWN_RULE'],
    [{ plant: { 'PI-BOARD': -1 } }, 'INVALID_OPTION'],
    [{ kinds: ['nope'] }, 'INVALID_OPTION'],
  ] as const)('rejects misuse %j with %s', (options, code) => {
    let error: unknown;
    try {
      generateDataset(options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SamplesError);
    expect((error as SamplesError).code).toBe(code);
  });

  it('registers a planter for every rule of the public-income pack', () => {
    expect(PLANTABLE_RULE_IDS.filter((id) => id.startsWith('PI-')).sort()).toEqual(
      [
        'PI-ARITHMETIC',
        'PI-AUDIT-RECTIFICATION',
        'PI-BOARD',
        'PI-COMMON-PART-DECISION',
        'PI-COMPLAINT-HANDLING',
        'PI-DISCLOSURE-CHANNELS',
        'PI-DISCLOSURE-DEADLINE',
        'PI-DISPLAY-DURATION',
        'PI-DISTRIBUTION-RATIO',
        'PI-EXPENSE-AUTHORISED',
        'PI-FILINGS-AGREE',
        'PI-INCOME-BOOKED',
        'PI-ITEMS-COMPLETE',
        'PI-MATCHES-ACCOUNTS',
        'PI-OPERATING-COST',
        'PI-PROBLEM-HANDLING',
        'PI-REPAIR-COSTS',
        'PI-SELF-INSPECTION',
        'PI-SEPARATE-ACCOUNT',
        'PI-SURPLUS-DEPOSITED',
      ].sort(),
    );
  });

  it('generates a toy of ten communities and an empty dataset', () => {
    const toy: Dataset = generateDataset({ seed: 'toy', communities: 10, projects: 1 }).dataset;
    expect(toy.records.community).toHaveLength(10);
    const empty = generateDataset({ seed: 'none', communities: 0, projects: 0 }).dataset;
    expect(empty.records.community).toBeUndefined();
    expect(validate('dataset', empty).valid).toBe(true);
  });
});
