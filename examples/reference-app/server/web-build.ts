// Builds the web app with Vite when its sources changed since the last build: a fingerprint of the app's web code
// and of the package sources it bundles is kept beside the build, so a later start skips the build.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FINGERPRINT_FILE = '.build-fingerprint';
const SKIP = /(^|\/)(node_modules|dist|__fixtures__|storybook-static)(\/|$)|\.(test|stories)\.tsx?$/;

async function listFiles(dir: string, out: string[]): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (SKIP.test(path)) continue;
    if (entry.isDirectory()) await listFiles(path, out);
    else if (entry.isFile()) out.push(path);
  }
}

/** A hash of the path, size and modification time of every file the bundle is built from. */
export async function sourceFingerprint(appRoot: string): Promise<string> {
  const files: string[] = [join(appRoot, 'vite.config.ts'), join(appRoot, 'package.json')];
  await listFiles(join(appRoot, 'web'), files);
  await listFiles(join(appRoot, 'shared'), files);
  const packages = join(appRoot, '..', '..', 'packages');
  for (const name of await readdir(packages).catch(() => [] as string[]))
    await listFiles(join(packages, name, 'src'), files);
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const s = await stat(file).catch(() => undefined);
    hash.update(`${file}\0${s?.size ?? -1}\0${s?.mtimeMs ?? -1}\n`);
  }
  return hash.digest('hex');
}

/** What {@link ensureWebBuilt} did. */
export interface WebBuildResult {
  /** Whether Vite ran (false: the build was up to date). */
  readonly built: boolean;
  /**
   * Milliseconds until the build was seen to finish: an upper bound, since this process notices the child's exit
   * only between its own tasks.
   */
  readonly ms: number;
}

/** Runs Vite's CLI in a child process, so the bundling has a core of its own while this process seeds the data. */
function viteBuild(appRoot: string, distDir: string): Promise<void> {
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'],
      { cwd: appRoot, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with code ${String(code)}`)),
    );
  });
}

/** Runs `vite build` into `distDir` unless the build there was made from the same sources. */
export async function ensureWebBuilt(appRoot: string, distDir: string): Promise<WebBuildResult> {
  const started = performance.now();
  const fingerprint = await sourceFingerprint(appRoot);
  const previous = await readFile(join(distDir, FINGERPRINT_FILE), 'utf8').catch(() => undefined);
  const index = await stat(join(distDir, 'index.html')).catch(() => undefined);
  if (previous === fingerprint && index?.isFile()) return { built: false, ms: performance.now() - started };
  await viteBuild(appRoot, distDir);
  await writeFile(join(distDir, FINGERPRINT_FILE), fingerprint);
  return { built: true, ms: performance.now() - started };
}
