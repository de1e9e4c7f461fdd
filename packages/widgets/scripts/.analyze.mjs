import { build } from 'esbuild';
const entry = process.argv[2];
const r = await build({ entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', target: 'es2020', minify: true, write: false, metafile: true, conditions: ['@rectify/source'], jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' }, outfile: '/tmp/x.js', logLevel: 'error' });
const out = Object.values(r.metafile.outputs)[0];
const byPkg = {};
for (const [file, info] of Object.entries(out.inputs)) {
  const m = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/) || file.match(/packages\/([^/]+)\/src\/([^/]+)/) ;
  const key = m ? (m[2] ? `${m[1]}/${m[2]}` : m[1]) : file;
  byPkg[key] = (byPkg[key] ?? 0) + info.bytesInOutput;
}
for (const [k, v] of Object.entries(byPkg).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(String(v).padStart(8), k);
