// Picks the engine: a PostgreSQL server when DATABASE_URL is set, PGlite in a folder otherwise; then migrates.
import { migrate } from './migrations';
import { openPgliteStorage } from './pglite-storage';
import { openPostgresStorage } from './postgres-storage';
import type { Storage } from './storage';

/** Options of {@link openStorage}. */
export interface OpenStorageOptions {
  /** A PostgreSQL connection string; when set, PGlite is not used. Defaults to none (PGlite). */
  databaseUrl?: string | undefined;
  /** PGlite's data folder. Defaults to memory (only sensible in tests). */
  dataDir?: string | undefined;
  /** For PostgreSQL: the schema of the app's tables. Defaults to the server's search path. */
  schema?: string | undefined;
}

/** Opens the storage the options name and brings its tables up to date. */
export async function openStorage(options: OpenStorageOptions): Promise<Storage> {
  const storage =
    options.databaseUrl !== undefined && options.databaseUrl !== ''
      ? await openPostgresStorage({
          connectionString: options.databaseUrl,
          ...(options.schema === undefined ? {} : { schema: options.schema }),
        })
      : await openPgliteStorage(options.dataDir === undefined ? {} : { dataDir: options.dataDir });
  try {
    await migrate(storage);
  } catch (error) {
    await storage.close();
    throw error;
  }
  return storage;
}
