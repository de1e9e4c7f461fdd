// Writes docs/reference/widgets.md from the widget declarations, formatted by Biome as the rest of the repository;
// `--check` fails instead when the page is stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeReference, REFERENCE_PATH, renderWidgetReference } from './widget-reference';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const file = join(repoRoot, REFERENCE_PATH);
const page = renderWidgetReference();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // A missing page is stale.
  }
  if (normalizeReference(current) !== normalizeReference(page)) {
    process.stderr.write(`${REFERENCE_PATH} is stale: run npm run generate -w @rectify/widgets\n`);
    process.exit(1);
  }
  process.stdout.write(`${REFERENCE_PATH} is fresh\n`);
} else {
  const formatted = execFileSync(
    join(repoRoot, 'node_modules', '.bin', 'biome'),
    ['format', `--stdin-file-path=${REFERENCE_PATH}`],
    { cwd: repoRoot, input: page, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] },
  );
  writeFileSync(file, formatted);
  process.stdout.write(`wrote ${REFERENCE_PATH}\n`);
}
