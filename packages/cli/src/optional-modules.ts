import type * as Reports from '@rectify/reports';
import type * as Service from '@rectify/service';
import type * as Tables from '@rectify/tables';

// These packages are loaded when a command needs them, not when the command line starts: an installation
// without one (or with an older one lacking the export) still validates and checks JSON and NDJSON, and the
// command that needs it says it is not available (exit 2) instead of crashing at start-up. The imports above
// are types only, so the compiler checks every use against the real APIs. The specifiers are built at run time
// so that the bundler leaves them as run-time imports.
const TABLES = ['@rectify', 'tables'].join('/');
const REPORTS = ['@rectify', 'reports'].join('/');
const SERVICE = ['@rectify', 'service'].join('/');

/** The part of `@rectify/tables` the command line reads CSV and XLSX with. */
export type TablesPort = Pick<typeof Tables, 'importTable' | 'streamTable' | 'MAPPINGS'>;

/** The part of `@rectify/reports` the `report` command uses: the registry and the renderer. */
export type ReportsPort = Pick<typeof Reports, 'REPORTS' | 'render'>;

/** The part of `@rectify/service` the `serve` command uses. */
export type ServicePort = Pick<typeof Service, 'startServer'>;

/** A table issue as `@rectify/tables` reports it. */
export type TableIssueLike = Tables.TableIssue;

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
  const ok =
    typeof mod?.importTable === 'function' &&
    typeof mod.streamTable === 'function' &&
    mod.MAPPINGS !== null &&
    typeof mod.MAPPINGS === 'object';
  return ok ? (mod as unknown as TablesPort) : undefined;
}

/** `@rectify/reports` with its `REPORTS` registry and `render`, or `undefined`. */
export async function loadReports(): Promise<ReportsPort | undefined> {
  const mod = await load(REPORTS);
  return typeof mod?.render === 'function' && Array.isArray(mod.REPORTS)
    ? (mod as unknown as ReportsPort)
    : undefined;
}

/** `@rectify/service` with `startServer`, or `undefined`. */
export async function loadService(): Promise<ServicePort | undefined> {
  const mod = await load(SERVICE);
  return typeof mod?.startServer === 'function' ? (mod as unknown as ServicePort) : undefined;
}
