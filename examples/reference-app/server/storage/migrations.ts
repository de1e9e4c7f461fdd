// The app's schema as an ordered list of migrations; each runs once, in a transaction, recorded in
// schema_migrations. Plain SQL that PGlite and PostgreSQL 15 both run.
import type { Storage } from './storage';

/** One step of the schema. */
export interface Migration {
  /** Applied in increasing order; never reused. */
  readonly version: number;
  /** What it does. */
  readonly name: string;
  /** The statements, separated by semicolons. */
  readonly sql: string;
}

/**
 * The secondary indexes of the records table: each kind in its saved order (loading the dataset back), a
 * community's or project's records (the community and project pages), and the records of a kind in a county or
 * street (the drill-down lists). `saveDataset` drops and rebuilds them
 * around a bulk load: one sorted build is cheaper than keeping them up to date row by row.
 */
export const RECORD_INDEXES: readonly { readonly name: string; readonly create: string }[] = [
  { name: 'records_kind_seq', create: 'create unique index records_kind_seq on records (kind, seq)' },
  { name: 'records_owner', create: 'create index records_owner on records (owner_id, kind)' },
  {
    name: 'records_division',
    create: 'create index records_division on records (kind, county_code, division_code)',
  },
];

/** Every migration of the app, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records, uploads, app state',
    sql: `
      create table records (
        kind text not null,
        id text not null,
        seq integer not null,
        division_code text,
        county_code text,
        owner_id text,
        payload jsonb not null,
        primary key (kind, id)
      );
      ${RECORD_INDEXES.map((i) => i.create).join(';\n')};
      create table uploads (
        id text primary key,
        received_at timestamptz not null default now(),
        file_name text not null,
        kind text not null,
        format text,
        size_bytes integer not null,
        status text not null,
        counts jsonb not null,
        report jsonb not null,
        records jsonb not null,
        content bytea
      );
      create index uploads_received on uploads (received_at desc);
      create table app_state (
        key text primary key,
        value jsonb not null,
        updated_at timestamptz not null default now()
      );
    `,
  },
];

// One number for every copy of the app on a server: two processes starting together migrate one after the other.
const MIGRATION_LOCK = 724_311_905;

/** Applies the migrations not yet applied; returns the versions it applied. */
export async function migrate(storage: Storage): Promise<number[]> {
  await storage.query(
    `create table if not exists schema_migrations (
       version integer primary key,
       name text not null,
       applied_at timestamptz not null default now()
     )`,
  );
  return storage.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const done = new Set(
      (await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of m.sql.split(';')) if (statement.trim() !== '') await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
