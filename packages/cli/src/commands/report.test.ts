import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportDefinition } from '@rectify/reports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { put, removeDir, run, SMALL, smallDataset, tempDir } from '../__fixtures__/harness';
import type { CliError } from '../cli-error';
import { loadReports } from '../optional-modules';
import { type ReportEntry, reportEntries, reportParams } from './report';

const available = (await loadReports()) !== undefined;
const REPORT: ReportDefinition = {
  id: 'stub',
  title: { 'zh-CN': '测试', en: 'Stub' },
  campaign: 'both',
  clauseIds: [],
  periodKind: 'any',
  params: [],
  defaultFormat: 'markdown',
  build: () => ({
    id: 'stub',
    title: { 'zh-CN': '测试', en: 'Stub' },
    meta: { campaign: 'both', clauseIds: [], period: '2023', divisionCode: '350500', asOf: '2023-12-31' },
    sections: [],
  }),
};
const AS_OF = '2023-08-23';
let dir = '';
let communityId = '';

beforeAll(async () => {
  dir = await tempDir();
  const dataset = smallDataset({ ...SMALL, asOf: '2023-11-30' });
  communityId = dataset.records.community?.[0]?.id ?? '';
  await put(dir, 'data.json', JSON.stringify(dataset));
});
afterAll(async () => {
  await removeDir(dir);
});

const ENTRY: ReportEntry = {
  ...REPORT,
  id: 'sampling-plan-report',
  periodKind: 'year',
  params: [
    { name: 'seed', type: 'string', required: true, description: { 'zh-CN': '种子', en: 'seed' } },
    {
      name: 'inspectorsPerPick',
      type: 'integer',
      required: false,
      description: { 'zh-CN': '人数', en: 'count' },
    },
    {
      name: 'campaign',
      type: 'string',
      required: false,
      description: { 'zh-CN': '整治项目', en: 'campaign' },
    },
  ],
};

describe('reportEntries', () => {
  it('lists the registry sorted by id', () => {
    const entries = reportEntries({
      REPORTS: [
        { ...REPORT, id: 'b' },
        { ...REPORT, id: 'a' },
      ],
    });
    expect(entries.map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('reportParams', () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return (error as CliError).code;
    }
    return undefined;
  };

  it('takes --seed and --set, and the campaign of a single --pack', () => {
    expect(reportParams({ seed: '7', set: ['inspectorsPerPick=3'] }, ENTRY, ['wages'])).toEqual({
      seed: '7',
      inspectorsPerPick: '3',
      campaign: 'wages',
    });
    expect(reportParams({ seed: '7' }, ENTRY, ['public-income', 'wages'])).toEqual({ seed: '7' });
  });

  it.each([
    [{}, 'MISSING_ARGUMENT'],
    [{ seed: '7', set: ['nope=1'] }, 'INVALID_OPTION'],
    [{ seed: '7', set: ['inspectorsPerPick=two'] }, 'INVALID_OPTION'],
    [{ seed: '7', set: ['=1'] }, 'INVALID_OPTION'],
  ])('%j → %s', (values, code) => {
    expect(codeOf(() => reportParams(values, ENTRY, []))).toBe(code);
  });

  it('refuses --seed for a report without one', () => {
    expect(codeOf(() => reportParams({ seed: '7' }, { ...ENTRY, params: [] }, []))).toBe('INVALID_OPTION');
  });
});

describe('rectify report: usage checked first', () => {
  it.each([
    [['report'], 'MISSING_ARGUMENT'],
    [['report', 'pi-monthly-package'], 'MISSING_ARGUMENT'],
    [['report', 'pi-monthly-package', 'data.json', '--period', '2023-07'], 'MISSING_ARGUMENT'],
    [['report', 'pi-monthly-package', 'data.json', '--as-of', AS_OF], 'MISSING_ARGUMENT'],
    [
      [
        'report',
        'pi-monthly-package',
        'data.json',
        '--as-of',
        AS_OF,
        '--period',
        '2023-07',
        '--division',
        '3505',
      ],
      'INVALID_OPTION',
    ],
  ])('%j exits 2 (%s)', async (argv, code) => {
    const r = await run(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(code);
  });
});

describe.runIf(!available)('rectify report without the reports registry', () => {
  it.each([
    [['report', '--list']],
    [
      [
        'report',
        'pi-monthly-package',
        'data.json',
        '--as-of',
        AS_OF,
        '--division',
        '350503',
        '--period',
        '2023-07',
      ],
    ],
  ])('%j says reports are not available (exit 2)', async (argv) => {
    const r = await run([...argv, '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rectify: error NOT_AVAILABLE: Reports are not available');
  });
});

describe.runIf(available)('rectify report with @rectify/reports', () => {
  const monthly = [
    'report',
    'pi-monthly-package',
    'data.json',
    '--as-of',
    AS_OF,
    '--division',
    '350503',
    '--period',
    '2023-07',
  ];

  it('lists the reports', async () => {
    const r = await run(['report', '--list', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pi-monthly-package');
    expect(r.stdout).toContain('sampling-plan-report');
  });

  it.each([
    ['markdown', /^# /],
    ['html', /<html/i],
    ['json', /^\{/],
    ['csv', /,/],
  ])('renders %s', async (format, pattern) => {
    const r = await run([...monthly, '--format', format], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.trimStart()).toMatch(pattern);
  });

  it('writes XLSX to --out, the format taken from the file name', async () => {
    const r = await run([...monthly, '--out', '7月报送.xlsx', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Report written to 7月报送.xlsx');
    const bytes = await readFile(join(dir, '7月报送.xlsx'));
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('builds a notice with its own parameter', async () => {
    const r = await run(
      [
        'report',
        'disclosure-notice',
        'data.json',
        '--as-of',
        '2023-10-20',
        '--period',
        '2023Q3',
        '--set',
        `communityId=${communityId}`,
        '--format',
        'markdown',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it.each([
    [['report', 'no-such-report', 'data.json', '--as-of', AS_OF, '--period', '2023-07'], 'UNKNOWN_REPORT'],
    [
      [
        'report',
        'pi-monthly-package',
        'data.json',
        '--as-of',
        AS_OF,
        '--division',
        '350503',
        '--period',
        '2023Q3',
      ],
      'INVALID_OPTION',
    ],
    [
      [
        'report',
        'sampling-plan-report',
        'data.json',
        '--as-of',
        AS_OF,
        '--division',
        '350503',
        '--period',
        '2023',
      ],
      'MISSING_ARGUMENT',
    ],
    [
      [
        'report',
        'pi-monthly-package',
        'data.json',
        '--as-of',
        AS_OF,
        '--division',
        '350503',
        '--period',
        '2023-07',
        '--format',
        'pdf',
      ],
      'INVALID_OPTION',
    ],
  ])('%j exits 2 (%s)', async (argv, code) => {
    const r = await run(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(code);
  });
});
