// The server engine: a PostgreSQL server through node-postgres, used when DATABASE_URL is set.
import pg from 'pg';
import type { Queryable, SqlRow, Storage } from './storage';

/** Options of {@link openPostgresStorage}. */
export interface PostgresStorageOptions {
  /** The connection string, `postgres://user:password@host:port/database`. */
  connectionString: string;
  /**
   * A schema to keep the app's tables in (created when missing), put first on every connection's search path. Tests
   * use a schema of their own so runs never meet. Defaults to the server's search path (`public`).
   */
  schema?: string;
  /** Most connections. Defaults to 5. */
  maxConnections?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** `host:port/database` of a connection string, without user or password. */
export function describeConnection(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'postgres';
  }
}

const wrap = (client: Pick<pg.Pool, 'query'>): Queryable => ({
  async query<T extends object = SqlRow>(sql: string, params: readonly unknown[] = []) {
    const result = await client.query(sql, params as unknown[]);
    return result.rows as T[];
  },
});

/** Opens a pool on a PostgreSQL server and checks that it answers. */
export async function openPostgresStorage(options: PostgresStorageOptions): Promise<Storage> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new TypeError(`schema must match ${SCHEMA_NAME.source}, got ${JSON.stringify(schema)}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 5,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client that loses its server must not crash the process; the next query reports the failure.
  pool.on('error', () => undefined);
  try {
    if (schema !== undefined) await pool.query(`create schema if not exists ${schema}`);
    else await pool.query('select 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  const direct = wrap(pool);
  return {
    engine: 'postgres',
    location: describeConnection(options.connectionString),
    query: direct.query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
