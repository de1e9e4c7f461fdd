import type { Bilingual, RecordKind } from '@rectify/schemas';

// These packages are optional at run time: a slimmed installation (or a package still being written) may
// lack them or the export the command needs. The specifiers are built at run time so that neither the type
// checker nor the bundler insists on them; each command that needs one says it is not available instead.
const TABLES = ['@rectify', 'tables'].join('/');
const REPORTS = ['@rectify', 'reports'].join('/');
const SERVICE = ['@rectify', 'service'].join('/');

/** A table issue as `@rectify/tables` reports it. */
export interface TableIssueLike {
  code: string;
  severity: 'error' | 'warning';
  sheet?: string;
  row?: number;
  column?: string;
  path?: string;
  original?: string;
  message: Bilingual;
}

/** What `importTable` / `streamTable` of `@rectify/tables` tell about a file. */
export interface TableSummaryLike {
  format: string;
  encoding?: string;
  sheet?: string;
  headerRow: number;
  columns: readonly unknown[];
  issues: TableIssueLike[];
  counts: {
    read: number;
    imported: number;
    rejected: number;
    blank: number;
    subtotal: number;
    skipped: number;
  };
}

/** The part of `@rectify/tables` the command line reads CSV and XLSX with. */
export interface TablesPort {
  importTable(
    input: string,
    options: { kind: RecordKind },
  ): Promise<TableSummaryLike & { records: unknown[] }>;
  streamTable(
    input: string,
    options: { kind: RecordKind },
  ): AsyncIterable<unknown> & { summary: TableSummaryLike };
  MAPPINGS: Readonly<Record<string, unknown>>;
}

/** The part of `@rectify/reports` the `report` command uses. */
export interface ReportsPort {
  /** The module as loaded; the report command adapts to its registry. */
  module: Record<string, unknown>;
}

/** The part of `@rectify/service` the `serve` command uses. */
export interface ServicePort {
  startServer(options: Record<string, unknown>): unknown;
}

async function load(specifier: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await import(/* @vite-ignore */ specifier)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** `@rectify/tables` with `importTable`, `streamTable` and `MAPPINGS`, or `undefined` when not available. */
export async function loadTables(): Promise<TablesPort | undefined> {
  const mod = await load(TABLES);
  if (
    typeof mod?.importTable !== 'function' ||
    typeof mod.streamTable !== 'function' ||
    mod.MAPPINGS === null ||
    typeof mod.MAPPINGS !== 'object'
  )
    return undefined;
  return mod as unknown as TablesPort;
}

/** `@rectify/reports` when it has a report registry and `render`, or `undefined`. */
export async function loadReports(): Promise<ReportsPort | undefined> {
  const mod = await load(REPORTS);
  if (typeof mod?.render !== 'function' || mod.REPORTS === undefined) return undefined;
  return { module: mod };
}

/** `@rectify/service` with `startServer`, or `undefined`. */
export async function loadService(): Promise<ServicePort | undefined> {
  const mod = await load(SERVICE);
  if (typeof mod?.startServer !== 'function') return undefined;
  return mod as unknown as ServicePort;
}
