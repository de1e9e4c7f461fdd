// Checks every published package as a consumer would get it: publint --strict, attw --pack, plain-Node import.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const packages = readdirSync(join(root, 'packages'))
  .map((dir) => join(root, 'packages', dir))
  .filter((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return !pkg.private;
  });

const bin = (name) => join(root, 'node_modules', '.bin', name);
let failed = 0;
for (const dir of packages) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const run = (label, cmd, args) => {
    try {
      execFileSync(cmd, args, { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
      process.stdout.write(`ok   ${pkg.name}: ${label}\n`);
    } catch (error) {
      failed++;
      process.stdout.write(`FAIL ${pkg.name}: ${label}\n${error.stdout ?? ''}${error.stderr ?? ''}\n`);
    }
  };
  run('publint --strict', bin('publint'), ['--strict']);
  // attw judges JavaScript and type resolution; data files a package exports on purpose (the
  // OpenAPI YAML) have neither, so they are left to publint, which checks that they exist.
  const dataEntrypoints = Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === 'string' && /\.(ya?ml|csv)$/.test(target))
    .map(([entry]) => entry);
  const exclude = dataEntrypoints.length > 0 ? ['--exclude-entrypoints', ...dataEntrypoints] : [];
  run('attw --pack (ESM only)', bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--quiet', ...exclude]);
  try {
    const mod = await import(pathToFileURL(join(dir, pkg.exports['.'].default)).href);
    if (Object.keys(mod).length === 0) throw new Error('no exports');
    process.stdout.write(`ok   ${pkg.name}: plain Node import (${Object.keys(mod).length} exports)\n`);
  } catch (error) {
    failed++;
    process.stdout.write(`FAIL ${pkg.name}: plain Node import: ${error.message}\n`);
  }
}
if (failed > 0) {
  process.stdout.write(`${failed} package check(s) failed\n`);
  process.exit(1);
}
