// The storage contract on every engine: PGlite always; a PostgreSQL server too when DATABASE_URL is set (CI starts
// one on loopback). The same tests, the same SQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '@rectify/samples';
import type { Dataset } from '@rectify/schemas';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRecords,
  hasDataset,
  loadDataset,
  loadDatasetHeader,
  recordKey,
  saveDataset,
} from './dataset-store';
import { MIGRATIONS, migrate } from './migrations';
import { type OpenStorageOptions, openStorage } from './open-storage';
import { describeConnection } from './postgres-storage';
import type { Storage } from './storage';

const databaseUrl = process.env.DATABASE_URL;
const schema = `rk_test_${process.pid}_${Math.floor(performance.now())}`;
const pgliteDir = mkdtempSync(join(tmpdir(), 'rk-storage-'));

interface Engine {
  name: 'pglite' | 'postgres';
  options: OpenStorageOptions;
}

// RECTIFY_STORAGE_ENGINES=postgres (scripts/test-postgres.sh) runs the server only; a missing server then fails.
const only = process.env.RECTIFY_STORAGE_ENGINES;
const ENGINES: Engine[] = [
  ...(only === 'postgres' ? [] : [{ name: 'pglite' as const, options: { dataDir: pgliteDir } }]),
  ...(databaseUrl ? [{ name: 'postgres' as const, options: { databaseUrl, schema } }] : []),
];

it('has an engine to test', () => {
  expect(ENGINES.length, 'RECTIFY_STORAGE_ENGINES=postgres needs DATABASE_URL').toBeGreaterThan(0);
});

const small = generateDataset({ seed: 'storage-test', communities: 12, projects: 3, plantRate: 0.1 }).dataset;

/** A dataset of just the given records, with the small dataset's envelope. */
function datasetOf(records: Partial<Record<string, unknown[]>>): Dataset {
  const { records: _records, ...header } = small;
  return { ...header, records } as Dataset;
}

afterAll(() => rmSync(pgliteDir, { recursive: true, force: true }));

describe.each(ENGINES)('storage on $name', ({ name, options }) => {
  let storage: Storage;

  beforeAll(async () => {
    storage = await openStorage(options);
  });

  afterAll(async () => {
    if (name === 'postgres') await storage.query(`drop schema ${schema} cascade`);
    await storage.close();
  });

  it('runs every migration once and records it', async () => {
    expect(await migrate(storage)).toEqual([]);
    const rows = await storage.query<{ version: number }>(
      'select version from schema_migrations order by version',
    );
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('reports no dataset before the first save', async () => {
    expect(await hasDataset(storage)).toBe(false);
    expect(await loadDataset(storage)).toBeUndefined();
  });

  it('saves a dataset and loads back the same records in the same order', async () => {
    const saved = await saveDataset(storage, small);
    const total = Object.values(small.records).reduce((n, list) => n + (list?.length ?? 0), 0);
    expect(saved.records).toBe(total);
    const back = await loadDataset(storage);
    expect(back).toEqual(small);
    expect(Object.keys(back?.records ?? {})).toEqual(Object.keys(small.records));
    expect(await countRecords(storage)).toEqual(saved.byKind);
    expect(await loadDatasetHeader(storage)).toEqual({
      schemaVersion: small.schemaVersion,
      campaignYear: small.campaignYear,
      generatedAt: small.generatedAt,
      source: small.source,
    });
  });

  it('keys records without an id by their natural key and files them under their community or project', async () => {
    await saveDataset(storage, small);
    const disclosure = small.records.quarterlyDisclosure?.[0];
    const payroll = small.records.payrollLine?.[0];
    const project = small.records.constructionProject?.find((p) => p.id === payroll?.projectId);
    const community = small.records.community?.find((c) => c.id === disclosure?.communityId);
    expect(disclosure && payroll && project && community).toBeTruthy();
    const rows = await storage.query<{
      kind: string;
      id: string;
      owner_id: string;
      division_code: string;
      county_code: string;
    }>(
      `select kind, id, owner_id, division_code, county_code from records
       where (kind = 'quarterlyDisclosure' and id = $1) or (kind = 'payrollLine' and id = $2) order by kind`,
      [disclosure?.id, payroll?.id],
    );
    expect(rows).toEqual([
      {
        kind: 'payrollLine',
        id: payroll?.id,
        owner_id: project?.id,
        division_code: project?.divisionCode,
        county_code: project?.divisionCode.slice(0, 6),
      },
      {
        kind: 'quarterlyDisclosure',
        id: disclosure?.id,
        owner_id: community?.id,
        division_code: community?.divisionCode,
        county_code: community?.divisionCode.slice(0, 6),
      },
    ]);
    const attendance = small.records.dailyAttendance?.[0];
    const [row] = await storage.query<{ id: string }>(
      `select id from records where kind = 'dailyAttendance' and seq = 0`,
    );
    expect(row?.id).toBe(`${attendance?.projectId}|${attendance?.date}`);
    expect(recordKey('division', { code: '350502' }, 0)).toBe('350502');
  });

  it('keeps records that repeat an id instead of dropping one', async () => {
    const [a, b] = small.records.community ?? [];
    const twice = datasetOf({ community: [a, { ...b, id: a?.id }] });
    await saveDataset(storage, twice);
    const back = await loadDataset(storage);
    expect(back?.records.community).toEqual(twice.records.community);
  });

  it('replaces the stored dataset on every save, whatever the batch size', async () => {
    await saveDataset(storage, small);
    const communities = small.records.community ?? [];
    const saved = await saveDataset(storage, datasetOf({ community: communities }), { batchSize: 5 });
    expect(saved.records).toBe(communities.length);
    expect(await countRecords(storage)).toEqual({ community: communities.length });
    expect((await loadDataset(storage))?.records.community).toEqual(communities);
  });

  it('rolls a failed transaction back', async () => {
    await saveDataset(storage, small);
    const before = await countRecords(storage);
    await expect(
      storage.transaction(async (tx) => {
        await tx.query('delete from records');
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await countRecords(storage)).toEqual(before);
  });

  it('stores any JSON text exactly: quotes, backslashes, CJK, emoji, control characters', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('\u0000'));
    const record = fc.record({
      id: fc.stringMatching(/^[A-Za-z0-9]{1,12}$/),
      communityId: text,
      note: text,
      amount: fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
      flags: fc.array(fc.boolean(), { maxLength: 4 }),
      nested: fc.option(fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), text, { maxKeys: 3 }), {
        nil: undefined,
      }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(record, { selector: (r) => r.id, minLength: 1, maxLength: 8 }),
        async (list) => {
          const dataset = datasetOf({ repairProject: list });
          await saveDataset(storage, dataset, { batchSize: 3 });
          const back = await loadDataset(storage);
          expect(back?.records).toEqual(JSON.parse(JSON.stringify(dataset.records)));
        },
      ),
      { numRuns: 25 },
    );
  });

  it.runIf(name === 'pglite')('keeps the data in its folder across a restart', async () => {
    await saveDataset(storage, small);
    await storage.close();
    storage = await openStorage(options);
    expect(await loadDataset(storage)).toEqual(small);
  });
});

describe('describeConnection', () => {
  it.each([
    ['postgres://rectify:secret@db.example:6543/rectify', 'db.example:6543/rectify'],
    ['postgres://127.0.0.1/app', '127.0.0.1:5432/app'],
    ['not a url', 'postgres'],
  ])('%s → %s (never the password)', (url, shown) => {
    expect(describeConnection(url)).toBe(shown);
  });
});
