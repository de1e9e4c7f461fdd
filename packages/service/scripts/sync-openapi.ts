// Rewrites the generated block of openapi.yaml from @rectify/schemas (run after a schema change).
import { readFileSync, writeFileSync } from 'node:fs';
import { syncOpenapiText } from './openapi-domain';

const file = new URL('../openapi.yaml', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = syncOpenapiText(before);
if (after !== before) writeFileSync(file, after);
process.stdout.write(after === before ? 'openapi.yaml is up to date\n' : 'openapi.yaml updated\n');
