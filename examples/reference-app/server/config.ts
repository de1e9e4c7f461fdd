// The app's settings, read once from the environment at start-up (the only place that reads process.env).
import { fileURLToPath } from 'node:url';

/** The built-in demo key: role `city`, the whole of Quanzhou. For the local demo only, never in production. */
export const DEMO_KEY = 'rectify-demo-city-key-not-for-production';

/** Where the app lives on disk. */
export const APP_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Settings of the reference app. */
export interface AppConfig {
  /** TCP port on 127.0.0.1; `0` picks a free one. From `PORT`. Defaults to 5173. */
  port: number;
  /** A PostgreSQL connection string; when set PGlite is not used. From `DATABASE_URL`. Defaults to none. */
  databaseUrl: string | undefined;
  /** PGlite's data folder. From `RECTIFY_DATA_DIR`. Defaults to `.data/pglite` under the app. */
  dataDir: string;
  /** The built web app. From `RECTIFY_DIST_DIR`. Defaults to `dist` under the app. */
  distDir: string;
  /** The key the web app calls /v1 with (role city). From `RECTIFY_DEMO_KEY`. Defaults to {@link DEMO_KEY}. */
  demoKey: string;
  /** Communities generated on first start. From `RECTIFY_COMMUNITIES`. Defaults to 2,000. */
  communities: number;
  /** Construction projects generated on first start. From `RECTIFY_PROJECTS`. Defaults to 300. */
  projects: number;
  /** Seed of the generated data. From `RECTIFY_SEED`. Defaults to `quanzhou-demo`. */
  seed: string;
  /** The as-of date of the generated data and the default of every page. From `RECTIFY_AS_OF`. Defaults to 2023-11-30. */
  asOf: string;
  /** Share of eligible subjects given a planted violation. From `RECTIFY_PLANT_RATE`. Defaults to 0.04. */
  plantRate: number;
  /** Regenerate the dataset even when one is stored. From `RECTIFY_RESEED=1`. Defaults to false. */
  reseed: boolean;
  /** Serve dist/ as it is, without checking that it is up to date. From `RECTIFY_SKIP_BUILD=1`. Defaults to false. */
  skipBuild: boolean;
}

function integer(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^[0-9]+$/.test(text) || value < min || value > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  return value;
}

/** Reads the settings from an environment (`process.env` in main.ts). Throws with a readable message on a bad value. */
export function readConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const asOf = env.RECTIFY_AS_OF || '2023-11-30';
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(asOf))
    throw new Error(`RECTIFY_AS_OF must be YYYY-MM-DD, got ${asOf}`);
  const plantRate = env.RECTIFY_PLANT_RATE ? Number(env.RECTIFY_PLANT_RATE) : 0.04;
  if (!(plantRate >= 0 && plantRate <= 1)) throw new Error('RECTIFY_PLANT_RATE must be a number from 0 to 1');
  const demoKey = env.RECTIFY_DEMO_KEY || DEMO_KEY;
  if (demoKey.length < 16) throw new Error('RECTIFY_DEMO_KEY must have at least 16 characters');
  return {
    port: integer('PORT', env.PORT, 5173, 0, 65_535),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.RECTIFY_DATA_DIR || `${APP_ROOT}.data/pglite`,
    distDir: env.RECTIFY_DIST_DIR || `${APP_ROOT}dist`,
    demoKey,
    communities: integer('RECTIFY_COMMUNITIES', env.RECTIFY_COMMUNITIES, 2_000, 1, 100_000),
    projects: integer('RECTIFY_PROJECTS', env.RECTIFY_PROJECTS, 300, 1, 20_000),
    seed: env.RECTIFY_SEED || 'quanzhou-demo',
    asOf,
    plantRate,
    reseed: env.RECTIFY_RESEED === '1',
    skipBuild: env.RECTIFY_SKIP_BUILD === '1',
  };
}
