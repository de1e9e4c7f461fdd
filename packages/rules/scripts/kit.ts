// Finds the kit's rule packs and indicators on disk (src/packs/*/index.ts, src/packs/*/indicators/index.ts), for
// the docs generator and the catalog tests. Scripts only: the package never reads files at runtime.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { IndicatorDefinition } from '../src/engine/indicator';
import type { RulePack } from '../src/engine/types';

/** The rules package folder. */
export const RULES_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The rule packs and indicators found. */
export interface Kit {
  /** Rule packs, by id. */
  readonly packs: readonly RulePack[];
  /** Indicator definitions, by id (one entry per id). */
  readonly indicators: readonly IndicatorDefinition[];
}

/** A pack folder and the modules it has. */
export interface PackDirectory {
  /** Folder name under src/packs (`public-income`). */
  readonly name: string;
  /** Path of its index.ts. */
  readonly index: string;
  /** Path of its indicators/index.ts, when it has one. */
  readonly indicators?: string;
}

/** The pack folders that have an index.ts, by name. */
export function packDirectories(root: string = RULES_ROOT): PackDirectory[] {
  const packs = join(root, 'src', 'packs');
  return readdirSync(packs, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(packs, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const indicators = join(packs, name, 'indicators', 'index.ts');
      return {
        name,
        index: join(packs, name, 'index.ts'),
        ...(existsSync(indicators) ? { indicators } : {}),
      };
    });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Whether a module export is a rule pack. */
export function isRulePack(value: unknown): value is RulePack {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.version === 'string' &&
    typeof value.hash === 'string' &&
    Array.isArray(value.rules)
  );
}

/** Whether a module export is an indicator definition. */
export function isIndicator(value: unknown): value is IndicatorDefinition {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    Array.isArray(value.clauseIds) &&
    Array.isArray(value.quote) &&
    typeof value.compute === 'function'
  );
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function collect(modules: readonly Record<string, unknown>[]): Kit {
  const packs = new Map<string, RulePack>();
  const indicators = new Map<string, IndicatorDefinition>();
  for (const mod of modules)
    for (const value of Object.values(mod)) {
      if (isRulePack(value) && !packs.has(value.id)) packs.set(value.id, value);
      for (const item of Array.isArray(value) ? value : [value])
        if (isIndicator(item) && !indicators.has(item.id)) indicators.set(item.id, item);
    }
  return { packs: [...packs.values()].sort(byId), indicators: [...indicators.values()].sort(byId) };
}

/** Imports one pack folder's modules and returns its packs and indicators. */
export async function loadPackDirectory(directory: PackDirectory): Promise<Kit> {
  const paths = [directory.index, ...(directory.indicators ? [directory.indicators] : [])];
  const modules = await Promise.all(
    paths.map((p) => import(pathToFileURL(p).href) as Promise<Record<string, unknown>>),
  );
  return collect(modules);
}

/** Imports every pack folder and returns all packs and indicators. */
export async function loadKit(root: string = RULES_ROOT): Promise<Kit> {
  const kits = await Promise.all(packDirectories(root).map(loadPackDirectory));
  const modules = kits.flatMap((k) => [
    Object.fromEntries(k.packs.map((p) => [p.id, p])),
    Object.fromEntries(k.indicators.map((i) => [i.id, i])),
  ]);
  return collect(modules);
}
