// The embedded engine: PGlite (PostgreSQL compiled to WebAssembly) keeping its files in a folder, so data survives
// a restart without any server to install.
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Queryable, SqlRow, Storage } from './storage';

/** Options of {@link openPgliteStorage}. */
export interface PgliteStorageOptions {
  /** The data folder; created when missing. `undefined` keeps the database in memory (tests). */
  dataDir?: string;
}

const wrap = (db: Pick<PGlite, 'query'>): Queryable => ({
  async query<T extends object = SqlRow>(sql: string, params: readonly unknown[] = []) {
    const result = await db.query<T>(sql, params as unknown[]);
    return result.rows;
  },
});

/**
 * Opens (creating when needed) a PGlite database. PGlite is one connection: statements and transactions are
 * queued by PGlite itself, so the app needs no pool.
 */
export async function openPgliteStorage(options: PgliteStorageOptions = {}): Promise<Storage> {
  if (options.dataDir !== undefined) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const direct = wrap(db);
  return {
    engine: 'pglite',
    location: options.dataDir ?? 'memory',
    query: direct.query,
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
  };
}
