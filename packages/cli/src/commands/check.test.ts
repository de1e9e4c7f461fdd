import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CheckSession,
  PUBLIC_INCOME_INDICATORS,
  publicIncomePack,
  WAGES_INDICATORS,
  wagesPack,
} from '@rectify/rules';
import { type GenerateOptions, generateDataset } from '@rectify/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMMUNITY_HEADER,
  communityRow,
  csv,
  ndjsonText,
  put,
  removeDir,
  run,
  SMALL,
  smallDataset,
  tempDir,
} from '../__fixtures__/harness';

const PLANTED: GenerateOptions = { ...SMALL, seed: 'planted', plant: { 'PI-ARITHMETIC': 1 } };
const AS_OF = '2023-11-30';
let dir = '';

beforeAll(async () => {
  dir = await tempDir();
  await put(dir, 'clean.json', JSON.stringify(smallDataset()));
  await put(dir, 'planted.json', JSON.stringify(smallDataset(PLANTED)));
  await put(dir, 'planted.ndjson', await ndjsonText(PLANTED));
});
afterAll(async () => {
  await removeDir(dir);
});

describe('rectify check: exit codes', () => {
  it('exits 0 when no rule fails', async () => {
    const r = await run(['check', 'clean.json', '--as-of', AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('检查结果 · 判定日期 2023-11-30 · 整治年度 2023');
    expect(r.stdout).toContain('不通过 0');
    expect(r.stderr).toBe('');
  });

  it('exits 1 when a rule fails, listing the finding', async () => {
    const r = await run(['check', 'planted.json', '--as-of', AS_OF, '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ fail\s+major\s+PI-ARITHMETIC/);
    expect(r.stdout).toContain('Indicators');
  });

  it.each([
    [['check', 'planted.json'], 'MISSING_ARGUMENT'],
    [['check', 'planted.json', '--as-of', '2023-11-31'], 'INVALID_OPTION'],
    [['check', 'planted.json', '--as-of', AS_OF, '--pack', 'income'], 'INVALID_OPTION'],
    [['check', 'planted.json', '--as-of', AS_OF, '--param', 'PI-NOPE.x=1'], 'INVALID_OPTION'],
    [['check', 'planted.json', '--as-of', AS_OF, '--format', 'xml'], 'INVALID_OPTION'],
    [['check', 'missing.json', '--as-of', AS_OF], 'INPUT_UNREADABLE'],
  ])('%j exits 2 (%s)', async (argv, code) => {
    const r = await run(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(code);
    expect(r.stdout).toBe('');
  });
});

describe('rectify check: formats', () => {
  it('json is the check result, byte-identical from JSON and NDJSON input', async () => {
    const fromJson = await run(['check', 'planted.json', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    const fromNdjson = await run(['check', 'planted.ndjson', '--as-of', AS_OF, '--format', 'json'], {
      cwd: dir,
    });
    expect(fromJson.stdout).toBe(fromNdjson.stdout);
    const result = JSON.parse(fromJson.stdout);
    expect(result.asOf).toBe(AS_OF);
    expect(result.packs.map((p: { id: string }) => p.id)).toEqual(['public-income', 'wages']);
    expect(
      result.findings.some(
        (f: { ruleId: string; outcome: string }) => f.ruleId === 'PI-ARITHMETIC' && f.outcome === 'fail',
      ),
    ).toBe(true);
    expect(result.indicators.length).toBeGreaterThan(0);
  });

  it('ndjson has a run line, one line per finding and indicator, and a summary line', async () => {
    const r = await run(['check', 'planted.json', '--as-of', AS_OF, '--format', 'ndjson'], { cwd: dir });
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: 'run', asOf: AS_OF });
    expect(lines.at(-1)).toMatchObject({ type: 'summary' });
    const json = JSON.parse(
      (await run(['check', 'planted.json', '--as-of', AS_OF, '--format', 'json'], { cwd: dir })).stdout,
    );
    expect(lines.filter((l) => l.type === 'finding')).toHaveLength(json.findings.length);
    expect(lines.filter((l) => l.type === 'indicator')).toHaveLength(json.indicators.length);
  });

  it('markdown has the findings and indicators tables, in both languages', async () => {
    const zh = await run(['check', 'planted.json', '--as-of', AS_OF, '--format', 'markdown'], { cwd: dir });
    expect(zh.stdout).toMatch(/^# 检查结果\n/);
    expect(zh.stdout).toContain('| 结果 | 严重程度 | 规则 |');
    expect(zh.stdout).toContain('## 指标');
    const en = await run(
      ['check', 'planted.json', '--as-of', AS_OF, '--format', 'markdown', '--lang', 'en'],
      { cwd: dir },
    );
    expect(en.stdout).toContain('| Outcome | Severity | Rule |');
    expect(en.stdout).toContain('## Indicators');
  });

  it('the language can come from LANG', async () => {
    const r = await run(['check', 'clean.json', '--as-of', AS_OF], {
      cwd: dir,
      env: { LANG: 'en_US.UTF-8' },
    });
    expect(r.stdout).toContain('Check as of 2023-11-30');
  });

  it('writes to --out', async () => {
    const r = await run(
      ['check', 'planted.json', '--as-of', AS_OF, '--format', 'json', '--out', 'findings.json'],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('findings.json');
    expect(JSON.parse(await readFile(join(dir, 'findings.json'), 'utf8')).asOf).toBe(AS_OF);
  });

  it('refuses an --out in a folder that does not exist (exit 2)', async () => {
    const r = await run(['check', 'clean.json', '--as-of', AS_OF, '--out', 'no/such/dir/x.json'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OUT_UNWRITABLE');
  });
});

describe('rectify check: packs and parameters', () => {
  it('--pack runs only the packs asked for', async () => {
    const r = await run(['check', 'planted.json', '--as-of', AS_OF, '--pack', 'wages', '--format', 'json'], {
      cwd: dir,
    });
    const result = JSON.parse(r.stdout);
    expect(result.packs.map((p: { id: string }) => p.id)).toEqual(['wages']);
    expect(result.findings.every((f: { ruleId: string }) => f.ruleId.startsWith('WG-'))).toBe(true);
    expect(r.code).toBe(result.summary.byOutcome.fail > 0 ? 1 : 0);
  });

  it('--param overrides a rule parameter', async () => {
    const r = await run(
      [
        'check',
        'planted.json',
        '--as-of',
        AS_OF,
        '--param',
        'PI-COMPLAINT-HANDLING.acceptDays=3',
        '--format',
        'json',
      ],
      { cwd: dir },
    );
    expect(JSON.parse(r.stdout).parameters['PI-COMPLAINT-HANDLING']).toEqual({
      acceptDays: 3,
      answerDays: 60,
    });
  });
});

describe('rectify check: inputs', () => {
  it('checks an NDJSON file written in parts part by part, as CheckSession does', async () => {
    const parts: GenerateOptions[] = [
      { ...SMALL, seed: 'part-a', plantRate: 0.2 },
      { ...SMALL, seed: 'part-b', communities: 3, plantRate: 0.2 },
    ];
    await put(dir, 'parts.ndjson', (await Promise.all(parts.map((p) => ndjsonText(p)))).join(''));
    const session = new CheckSession({
      asOf: AS_OF,
      packs: [publicIncomePack, wagesPack],
      indicators: [...PUBLIC_INCOME_INDICATORS, ...WAGES_INDICATORS],
    });
    for (const p of parts) session.add(generateDataset(p).dataset);
    const r = await run(['check', 'parts.ndjson', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(r.stdout).toBe(`${JSON.stringify(session.result(), null, 2)}\n`);
  });

  it('merges several inputs into one dataset', async () => {
    const { records, ...envelope } = smallDataset();
    const { community, ...rest } = records;
    await put(dir, 'split/communities.json', JSON.stringify({ ...envelope, records: { community } }));
    await put(dir, 'split/rest.json', JSON.stringify({ ...envelope, records: rest }));
    const whole = await run(['check', 'clean.json', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    const split = await run(['check', 'split', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(split.code).toBe(0);
    expect(JSON.parse(split.stdout).summary).toEqual(JSON.parse(whole.stdout).summary);
  });

  it('refuses inputs with different campaign years', async () => {
    await put(dir, 'years/a.json', JSON.stringify(smallDataset()));
    await put(
      dir,
      'years/b.json',
      JSON.stringify(smallDataset({ ...SMALL, campaignYear: 2024, asOf: '2024-11-30' })),
    );
    const r = await run(['check', 'years', '--as-of', AS_OF], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('YEAR_CONFLICT');
  });

  it('refuses invalid data (exit 2) unless --lenient', async () => {
    const dataset = smallDataset();
    const community = dataset.records.community?.[0] as Record<string, unknown>;
    delete community.name;
    await put(dir, 'invalid.json', JSON.stringify(dataset));
    const strict = await run(['check', 'invalid.json', '--as-of', AS_OF], { cwd: dir });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('SCHEMA_REQUIRED');
    expect(strict.stderr).toContain('INPUT_INVALID');
    const lenient = await run(['check', 'invalid.json', '--as-of', AS_OF, '--lenient'], { cwd: dir });
    expect([0, 1]).toContain(lenient.code);
    expect(lenient.stderr).toContain('--lenient');
  });

  it('refuses a truncated file with the line it stops on, as JSON with --format json', async () => {
    const text = await ndjsonText(PLANTED);
    await put(dir, 'cut.ndjson', text.slice(0, text.length - 40));
    const r = await run(['check', 'cut.ndjson', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].issue).toMatchObject({ code: 'NDJSON_LINE_MALFORMED', file: 'cut.ndjson' });
    expect(lines.at(-1).error.code).toBe('INPUT_UNREADABLE');
  });

  it('--year gives the campaign year of records without a header', async () => {
    const text = await ndjsonText({ ...SMALL, header: false });
    await put(dir, 'bare.ndjson', text);
    const later = await run(['check', 'bare.ndjson', '--as-of', '2024-01-20', '--format', 'json'], {
      cwd: dir,
    });
    expect(JSON.parse(later.stdout).campaignYear).toBe(2024);
    const given = await run(
      ['check', 'bare.ndjson', '--as-of', '2024-01-20', '--year', '2023', '--format', 'json'],
      { cwd: dir },
    );
    expect(JSON.parse(given.stdout).campaignYear).toBe(2023);
    expect((await run(['check', 'bare.ndjson', '--as-of', AS_OF, '--year', '23'], { cwd: dir })).code).toBe(
      2,
    );
  });

  it('checks a CSV table (campaign year from --as-of)', async () => {
    const uscc = smallDataset().records.community?.[0]?.companyUscc ?? '';
    await put(dir, 'communities.csv', csv([COMMUNITY_HEADER, communityRow(1, uscc), communityRow(2, uscc)]));
    const r = await run(
      [
        'check',
        'communities.csv',
        '--as-of',
        AS_OF,
        '--pack',
        'public-income',
        '--kind',
        'community',
        '--format',
        'json',
      ],
      { cwd: dir },
    );
    expect([0, 1]).toContain(r.code);
    const result = JSON.parse(r.stdout);
    expect(result.campaignYear).toBe(2023);
    expect(result.summary.subjects).toBeGreaterThan(0);
  });
});

describe('rectify check: personal data', () => {
  it('masks phone and ID numbers in every format', async () => {
    const dataset = smallDataset(PLANTED);
    for (const c of dataset.records.community ?? []) c.name = `${c.name} 联系电话13812345678`;
    await put(dir, 'phones.json', JSON.stringify(dataset));
    for (const format of ['table', 'json', 'ndjson', 'markdown']) {
      const r = await run(['check', 'phones.json', '--as-of', AS_OF, '--format', format], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('138****5678');
      expect(r.stdout).not.toContain('13812345678');
    }
  });
});
