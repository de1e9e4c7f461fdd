// The one storage contract of the reference app: the same SQL runs on embedded PGlite and on a PostgreSQL server.

/** A row as the database returns it: column name → value (jsonb parsed, integers as numbers when cast `::int`). */
export type SqlRow = Record<string, unknown>;

/** Something that runs SQL with `$1`-style parameters: the storage itself, or an open transaction. */
export interface Queryable {
  /**
   * Runs one statement and returns its rows. Parameters are bound, never spliced: arrays become PostgreSQL
   * arrays, strings cast with `::jsonb` become jsonb.
   */
  query<T extends object = SqlRow>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** Which engine a {@link Storage} runs on. */
export type StorageEngine = 'pglite' | 'postgres';

/** The app's database: PGlite in a folder, or a PostgreSQL server. */
export interface Storage extends Queryable {
  /** The engine. */
  readonly engine: StorageEngine;
  /** Where the data lives, for the start-up banner (a folder, or `host:port/database`; never a password). */
  readonly location: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it rejects. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the database (PGlite flushes its folder; the pool ends its connections). */
  close(): Promise<void>;
}
