// Writes docs/reference/widgets.md from the widget declarations; `--check` fails instead when the page is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_PATH, renderWidgetReference } from './widget-reference';

const file = join(import.meta.dirname, '..', '..', '..', REFERENCE_PATH);
const page = renderWidgetReference();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // A missing page is stale.
  }
  if (current !== page) {
    process.stderr.write(`${REFERENCE_PATH} is stale: run npm run generate -w @rectify/widgets\n`);
    process.exit(1);
  }
  process.stdout.write(`${REFERENCE_PATH} is fresh\n`);
} else {
  writeFileSync(file, page);
  process.stdout.write(`wrote ${REFERENCE_PATH}\n`);
}
