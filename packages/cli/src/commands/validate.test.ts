import { xlsxBuffer } from '@rectify/tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMMUNITY_HEADER,
  communityRow,
  csv,
  encodeGbk,
  ndjsonText,
  put,
  removeDir,
  run,
  smallDataset,
  tempDir,
} from '../__fixtures__/harness';

let dir = '';
let uscc = '';
let good = '';
let goodNdjson = '';

beforeAll(async () => {
  dir = await tempDir();
  const dataset = smallDataset();
  uscc = dataset.records.community?.[0]?.companyUscc ?? '';
  good = JSON.stringify(dataset);
  goodNdjson = await ndjsonText();
  await put(dir, 'good.json', good);
  await put(dir, 'good.ndjson', goodNdjson);
});
afterAll(async () => {
  await removeDir(dir);
});

function badDataset(): string {
  const dataset = smallDataset();
  const community = dataset.records.community?.[1] as Record<string, unknown>;
  delete community.name;
  community.households = '12';
  return JSON.stringify(dataset, null, 2);
}

describe('rectify validate: JSON and NDJSON', () => {
  it('passes a valid dataset and a valid NDJSON stream (exit 0)', async () => {
    const r = await run(['validate', 'good.json', 'good.ndjson'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ 通过  good.json');
    expect(r.stdout).toContain('✓ 通过  good.ndjson');
    expect(r.stdout).toContain('共 2 个文件：2 个通过');
    expect(r.stderr).toBe('');
  });

  it('lists the issues of an invalid dataset with their pointers (exit 1)', async () => {
    await put(dir, 'bad.json', badDataset());
    const r = await run(['validate', 'bad.json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ invalid  bad.json');
    expect(r.stdout).toContain('SCHEMA_REQUIRED');
    expect(r.stdout).toContain('[/records/community/1/name]');
    expect(r.stdout).toContain('SCHEMA_TYPE');
  });

  it('places NDJSON issues on their line', async () => {
    const lines = goodNdjson.trimEnd().split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"kind":"community"'));
    const record = JSON.parse(lines[at] ?? '{}');
    delete record.record.name;
    lines[at] = JSON.stringify(record);
    await put(dir, 'bad.ndjson', lines.join('\n'));
    const r = await run(['validate', 'bad.ndjson', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.files[0].issues).toEqual([
      expect.objectContaining({
        code: 'SCHEMA_REQUIRED',
        file: 'bad.ndjson',
        line: at + 1,
        path: '/record/name',
      }),
    ]);
  });

  it.each([
    ['a truncated JSON file', 'truncated.json', () => good.slice(0, 500), 'JSON_MALFORMED'],
    ['a truncated NDJSON file', 'truncated.ndjson', () => goodNdjson.slice(0, 700), 'NDJSON_LINE_MALFORMED'],
    [
      'an unknown kind',
      'kind.ndjson',
      () => `${goodNdjson}{"kind":"villa","record":{}}\n`,
      'NDJSON_KIND_UNKNOWN',
    ],
    ['a JSON file that is no dataset', 'list.json', () => '[1, 2, 3]', 'DATASET_EXPECTED'],
  ])('refuses %s (exit 2)', async (_name, file, text, code) => {
    await put(dir, file, text());
    const r = await run(['validate', file, '--format', 'ndjson'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.find((l) => l.type === 'file')).toMatchObject({ file, readable: false });
    expect(lines.find((l) => l.type === 'issue')).toMatchObject({ code, fatal: true });
    expect(lines.at(-1)).toMatchObject({ type: 'summary', unreadable: 1 });
  });

  it('refuses a missing file and an unsupported one, still validating the others', async () => {
    await put(dir, 'notes.pdf', '%PDF');
    const r = await run(['validate', 'missing.json', 'notes.pdf', 'good.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('FILE_NOT_FOUND');
    expect(r.stdout).toContain('FILE_TYPE_UNSUPPORTED');
    expect(r.stdout).toContain('✓ 通过  good.json');
  });

  it('refuses an unknown --kind as a usage error', async () => {
    const r = await run(['validate', 'good.json', '--kind', 'villa'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('INVALID_OPTION');
    expect(r.stdout).toBe('');
  });

  it('validates a JSON list of records of one --kind', async () => {
    const communities = smallDataset().records.community ?? [];
    await put(dir, 'communities.json', JSON.stringify(communities));
    expect((await run(['validate', 'communities.json', '--kind', 'community'], { cwd: dir })).code).toBe(0);
    expect((await run(['validate', 'communities.json'], { cwd: dir })).code).toBe(2);
  });

  it('masks personal data in every issue', async () => {
    const dataset = smallDataset();
    const [first, second] = dataset.records.community ?? [];
    // An ID number used as a record id: the duplicate-id message would echo it.
    (first as { id: string }).id = '11010519491231002X';
    (second as { id: string }).id = '11010519491231002X';
    await put(dir, 'personal.json', JSON.stringify(dataset));
    for (const format of ['table', 'json', 'ndjson', 'markdown']) {
      const r = await run(['validate', 'personal.json', '--format', format], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('DUPLICATE_ID');
      expect(r.stdout).not.toContain('11010519491231002X');
    }
  });

  it('caps the issues listed per file with --max-issues, counts complete', async () => {
    const r = await run(['validate', 'bad.json', '--max-issues', '1', '--format', 'json'], { cwd: dir });
    const file = JSON.parse(r.stdout).files[0];
    expect(file.issues).toHaveLength(1);
    expect(file.counts.errors).toBe(2);
    expect(file.omitted).toBe(1);
  });

  it('renders Markdown', async () => {
    const r = await run(['validate', 'bad.json', '--format', 'markdown', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toMatch(/^# Validation\n/);
    expect(r.stdout).toContain('| File | Status | Details |');
    expect(r.stdout).toContain('## bad.json');
  });

  it('writes to --out and notes it on stderr unless --quiet', async () => {
    const r = await run(['validate', 'good.json', '--out', 'v.json', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('v.json');
    const quiet = await run(['validate', 'good.json', '--out', 'v2.json', '-q'], { cwd: dir });
    expect(quiet.stderr).toBe('');
  });
});

describe('rectify validate: CSV, XLSX and folders', () => {
  it('reads a GBK-encoded CSV by its Chinese header (exit 0)', async () => {
    await put(
      dir,
      'tables/小区.csv',
      encodeGbk(csv([COMMUNITY_HEADER, communityRow(1, uscc), communityRow(2, uscc)])),
    );
    const r = await run(['validate', 'tables/小区.csv', '--kind', 'community'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('CSV GB18030');
    expect(r.stdout).toContain('导入 2 行');
  });

  it('tells the kind of a table from its header when --kind is not given', async () => {
    const r = await run(['validate', 'tables/小区.csv', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ kind: 'community', shape: 'table' });
  });

  it('reports rejected rows with row and column (exit 1)', async () => {
    await put(
      dir,
      'rows.csv',
      csv([
        COMMUNITY_HEADER,
        communityRow(1, uscc),
        communityRow(2, '91350500MA2XXXXXX1'),
        communityRow(1, uscc),
      ]),
    );
    const r = await run(['validate', 'rows.csv', '--kind', 'community', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.table.counts).toMatchObject({ read: 3, imported: 2, rejected: 1 });
    expect(file.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'USCC_CHECK_CHARACTER', row: 3, column: 'E 统一社会信用代码' }),
        expect.objectContaining({ code: 'DUPLICATE_ID' }),
      ]),
    );
  });

  it('reads an XLSX workbook', async () => {
    const bytes = await xlsxBuffer([
      {
        name: '小区',
        columns: COMMUNITY_HEADER.map((header, i) => ({ key: `c${i}`, header, type: 'text' as const })),
        rows: [1, 2, 3].map((n) => Object.fromEntries(communityRow(n, uscc).map((v, i) => [`c${i}`, v]))),
      },
    ]);
    await put(dir, 'tables/小区.xlsx', bytes);
    const r = await run(['validate', 'tables/小区.xlsx', '--kind', 'community', '--lang', 'en'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('XLSX · community');
    expect(r.stdout).toContain('imported 3');
  });

  it.each([
    ['an empty CSV', 'empty.csv', '', 'FILE_EMPTY'],
    ['a table of another kind', 'other.csv', 'a,b,c\r\n1,2,3\r\n', 'KIND_REQUIRED'],
    ['a broken workbook', 'broken.xlsx', 'PK\u0003\u0004 not really a zip', 'XLSX_CORRUPT'],
  ])('refuses %s (exit 2)', async (_name, file, text, code) => {
    await put(dir, file, text);
    const r = await run(['validate', file, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).files[0].issues[0]).toMatchObject({ code, fatal: true });
  });

  it('refuses a --kind that has no table mapping', async () => {
    const r = await run(['validate', 'tables/小区.csv', '--kind', 'division', '--format', 'json'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).files[0].issues[0].code).toBe('KIND_NOT_TABULAR');
  });

  it('validates every supported file of a folder, skipping hidden ones', async () => {
    await put(dir, 'folder/a.json', good);
    await put(dir, 'folder/sub/b.ndjson', goodNdjson);
    await put(dir, 'folder/.hidden.json', 'not json');
    await put(dir, 'folder/readme.md', '# notes');
    const r = await run(['validate', 'folder', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual([
      'folder/a.json',
      'folder/sub/b.ndjson',
    ]);
  });

  it('refuses an empty folder', async () => {
    await put(dir, 'nothing/readme.md', '# notes');
    const r = await run(['validate', 'nothing'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('FOLDER_EMPTY');
  });
});
