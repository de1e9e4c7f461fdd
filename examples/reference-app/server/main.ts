// The reference app's entry point: build the web app if its sources changed, open the storage (PGlite in
// .data/pglite, or DATABASE_URL), seed it on first start, and serve the web app, the service (/v1) and the app
// endpoints (/app) on 127.0.0.1.
import { performance } from 'node:perf_hooks';
import { startAppServer } from './app-server';
import { APP_ROOT, DEMO_KEY, readConfig } from './config';
import { ensureSeeded } from './seed';
import { openStorage } from './storage/open-storage';
import { ensureWebBuilt } from './web-build';

const out = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const started = performance.now();
  const config = readConfig(process.env);
  // Vite bundles in a child process while PGlite starts and the data are generated in this one.
  const web = config.skipBuild ? undefined : ensureWebBuilt(APP_ROOT, config.distDir);
  web?.catch(() => undefined);
  const storageOptions = { databaseUrl: config.databaseUrl, dataDir: config.dataDir };
  let storage = await openStorage(storageOptions);
  out(
    `storage: ${storage.engine === 'pglite' ? 'PGlite (embedded PostgreSQL)' : 'PostgreSQL'} at ${storage.location}, opened in ${seconds(performance.now() - started)}`,
  );
  const seed = await ensureSeeded(storage, {
    seed: config.seed,
    communities: config.communities,
    projects: config.projects,
    asOf: config.asOf,
    plantRate: config.plantRate,
    force: config.reseed,
  });
  if (seed.seeded)
    out(
      `seeded ${seed.records.toLocaleString('en-US')} records (${config.communities} communities, ${config.projects} projects): generated in ${seconds(seed.generateMs)}, stored in ${seconds(seed.saveMs)}`,
    );
  else out('using the stored dataset (RECTIFY_RESEED=1 generates a new one)');
  if (seed.seeded && storage.engine === 'pglite') {
    // PGlite's WebAssembly memory only grows: creating the cluster and the bulk load leave it some 600 MB larger
    // than the app needs. Reopening the folder (under half a second) gives it back.
    await storage.close();
    storage = await openStorage(storageOptions);
  }
  if (web) {
    const built = await web;
    out(built.built ? 'web app built (vite, alongside the start-up)' : 'web app is up to date');
  }
  const app = await startAppServer({
    storage,
    distDir: config.distDir,
    demoKey: config.demoKey,
    port: config.port,
  });
  out(`Rectify Kit reference app: ${app.url}/  (ready in ${seconds(performance.now() - started)})`);
  if (config.demoKey === DEMO_KEY)
    out(
      'the service is at /v1 with the built-in demo key (role city): for this local demo only, never in production',
    );
  // Load and check the default as-of date now, so the first page is quick.
  const warm = performance.now();
  app.data
    .dataset()
    .then(({ dataset }) => app.data.check(dataset.generatedAt.slice(0, 10)))
    .then(() => out(`dataset loaded and checked in ${seconds(performance.now() - warm)}`))
    .catch((error: unknown) =>
      out(`warm-up failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await storage.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const inUse = (error as { code?: unknown } | null)?.code === 'EADDRINUSE';
  process.stderr.write(
    `reference app failed to start: ${error instanceof Error ? error.message : String(error)}\n` +
      (inUse
        ? 'another program (perhaps another copy of the app) uses the port: stop it, or choose one with PORT=8080 npm start\n'
        : ''),
  );
  process.exit(1);
});
