import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { put, removeDir, run, SMALL, smallDataset, tempDir } from '../__fixtures__/harness';

let dir = '';
beforeAll(async () => {
  dir = await tempDir();
  await put(dir, 'data.json', JSON.stringify(smallDataset({ ...SMALL, communities: 20 })));
});
afterAll(async () => {
  await removeDir(dir);
});

describe('rectify plan sampling', () => {
  it('plans every county, reproducibly from the seed', async () => {
    const argv = ['plan', 'sampling', 'data.json', '--year', '2023', '--seed', '2023Q3', '--format', 'json'];
    const a = await run(argv, { cwd: dir });
    const b = await run(argv, { cwd: dir });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const plan = JSON.parse(a.stdout);
    expect(plan).toMatchObject({ planner: 'PI-SAMPLING-PLAN', year: 2023, seed: '2023Q3' });
    expect(plan.counties.length).toBeGreaterThan(1);
  });

  it('--county keeps one county; --share and --inspectors reach the planner', async () => {
    const r = await run(
      [
        'plan',
        'sampling',
        'data.json',
        '--year',
        '2023',
        '--seed',
        '7',
        '--county',
        '350503',
        '--share',
        '1/1',
        '--inspectors',
        '1',
        '--format',
        'json',
      ],
      { cwd: dir },
    );
    const plan = JSON.parse(r.stdout);
    expect(plan.counties.map((c: { countyCode: string }) => c.countyCode)).toEqual(['350503']);
    expect(plan.share).toEqual({ numerator: 1, denominator: 1 });
    expect(plan.counties[0].required).toBe(plan.counties[0].total);
  });

  it('prints a table in Chinese and in English', async () => {
    const zh = await run(['plan', 'sampling', 'data.json', '--year', '2023', '--seed', '7'], { cwd: dir });
    expect(zh.stdout).toContain('2023 年实地抽查核实计划（种子 7）');
    expect(zh.stdout).toContain('抽取原因');
    const en = await run(
      [
        'plan',
        'sampling',
        'data.json',
        '--year',
        '2023',
        '--seed',
        '7',
        '--lang',
        'en',
        '--format',
        'markdown',
      ],
      { cwd: dir },
    );
    expect(en.stdout).toMatch(/^# Sampling plan 2023 \(seed 7\)/);
    expect(en.stdout).toContain('| County | Community |');
  });
});

describe('rectify plan cross-inspection', () => {
  it('forms street groups within counties by default', async () => {
    const r = await run(
      ['plan', 'cross-inspection', 'data.json', '--quarter', '2023Q3', '--seed', '7', '--format', 'json'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan).toMatchObject({
      planner: 'PI-CROSS-INSPECTION-PLAN',
      quarter: '2023Q3',
      level: 'street',
      within: 'county',
    });
    for (const g of plan.groups) expect(g.inspectsAreaCode).not.toBe(g.fromAreaCode);
  });

  it('takes --level and --within', async () => {
    const r = await run(
      [
        'plan',
        'cross-inspection',
        'data.json',
        '--quarter',
        '2023Q3',
        '--seed',
        '7',
        '--level',
        'county',
        '--within',
        'city',
        '--lang',
        'en',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cross-inspection plan 2023Q3, county level within city (seed 7)');
  });
});

describe('rectify plan audits', () => {
  it('lists every community with its audit status, thresholds from the options', async () => {
    const r = await run(
      ['plan', 'audits', 'data.json', '--year', '2023', '--bundle-max', '3', '--format', 'json'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.planner).toBe('PI-AUDIT-PLAN');
    expect(plan.parameters.bundleMaxCommunities).toBe(3);
    expect(plan.communities).toHaveLength(20);
  });

  it('takes every threshold of the planner', async () => {
    const r = await run(
      [
        'plan',
        'audits',
        'data.json',
        '--year',
        '2023',
        '--small-income-fen',
        '1000000',
        '--small-area',
        '20000',
        '--objection-share-bp',
        '1500',
        '--format',
        'json',
      ],
      { cwd: dir },
    );
    expect(JSON.parse(r.stdout).parameters).toEqual({
      smallIncomeFen: 1_000_000,
      smallAreaM2: 20_000,
      bundleMaxCommunities: 10,
      objectionShareBp: 1500,
    });
  });

  it('--county keeps one county', async () => {
    const r = await run(
      ['plan', 'audits', 'data.json', '--year', '2023', '--county', '350503', '--format', 'json'],
      { cwd: dir },
    );
    const plan = JSON.parse(r.stdout);
    expect(plan.communities.length).toBeGreaterThan(0);
    expect(plan.communities.every((c: { countyCode: string }) => c.countyCode === '350503')).toBe(true);
  });
});

describe('rectify plan: usage', () => {
  it.each([
    [['plan'], 'MISSING_ARGUMENT'],
    [['plan', 'lottery', 'data.json'], 'USAGE'],
    [['plan', 'sampling'], 'MISSING_ARGUMENT'],
    [['plan', 'sampling', 'data.json', '--year', '2023'], 'MISSING_ARGUMENT'],
    [['plan', 'sampling', 'data.json', '--seed', '7'], 'MISSING_ARGUMENT'],
    [['plan', 'sampling', 'data.json', '--year', '2023', '--seed', '7', '--share', 'half'], 'INVALID_OPTION'],
    [['plan', 'sampling', 'data.json', '--year', '2023', '--seed', '7', '--share', '3/2'], 'INVALID_OPTION'],
    [['plan', 'sampling', 'data.json', '--year', '2023', '--seed', '7', '--county', '35'], 'INVALID_OPTION'],
    [['plan', 'cross-inspection', 'data.json', '--quarter', '2023Q5', '--seed', '7'], 'INVALID_OPTION'],
    [
      ['plan', 'cross-inspection', 'data.json', '--quarter', '2023Q3', '--seed', '7', '--level', 'city'],
      'INVALID_OPTION',
    ],
    [['plan', 'audits', 'missing.json', '--year', '2023'], 'INPUT_UNREADABLE'],
  ])('%j exits 2 (%s)', async (argv, code) => {
    const r = await run(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(code);
  });
});
