// Builds the IIFE bundles for a plain <script> tag (React included) from src/bundles/*.ts into dist/bundles/.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entryDir = join(root, 'src', 'bundles');
const outDir = join(root, 'dist', 'bundles');

/** The file name of a bundle: `rectify-widgets-0.1.0.iife.js` (all-in-one), `rectify-findings-list-0.1.0.iife.js`. */
export const bundleFileName = (name, v = version) => `rectify-${name}-${v}.iife.js`;

const entries = readdirSync(entryDir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'install-bundle.ts')
  .map((file) => basename(file, '.ts'))
  .sort();

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const manifest = { version, bundles: [] };
for (const name of entries) {
  const outfile = join(outDir, bundleFileName(name));
  await build({
    entryPoints: [join(entryDir, `${name}.ts`)],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Portals run on older Chromium-based browsers (360, QQ, government desktops): the oldest with every API the
    // widgets use (Object.hasOwn, Array.prototype.at, structuredClone) unpolyfilled.
    target: ['chrome98', 'edge98', 'firefox94', 'safari15.4'],
    minify: true,
    legalComments: 'eof',
    jsx: 'automatic',
    // Sibling packages straight from source, so no other package has to be built first.
    conditions: ['@rectify/source'],
    define: {
      'process.env.NODE_ENV': '"production"',
      __RECTIFY_WIDGETS_VERSION__: JSON.stringify(version),
    },
    banner: { js: `/*! @rectify/widgets ${version} (${name}) | MIT | React and React DOM (MIT) included */` },
    logLevel: 'warning',
  });
  const code = readFileSync(outfile);
  manifest.bundles.push({
    name,
    file: basename(outfile),
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
  });
}
writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
for (const bundle of manifest.bundles) {
  process.stdout.write(
    `${bundle.file.padEnd(48)} ${(bundle.bytes / 1024).toFixed(1).padStart(7)} KB  ${(bundle.gzipBytes / 1024).toFixed(1).padStart(6)} KB gzip\n`,
  );
}
