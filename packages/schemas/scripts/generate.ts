// Writes the generated files of @rectify/schemas (JSON Schemas, codelist CSVs, error-code page) from the zod source.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './files';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'json'), { recursive: true, force: true });
for (const [path, content] of generatedFiles()) {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}
process.stdout.write(`wrote ${generatedFiles().size} files\n`);
