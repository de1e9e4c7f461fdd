import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/files';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('committed generated files', () => {
  const files = generatedFiles();
  it.each([...files.keys()])(
    '%s equals what the zod source generates (run npm run generate -w @rectify/schemas)',
    (path) => {
      expect(readFileSync(join(root, path), 'utf8')).toBe(files.get(path));
    },
  );

  it('has no stale schema file', () => {
    for (const draft of ['draft-2020-12', 'draft-07']) {
      for (const name of readdirSync(join(root, 'json', draft)))
        expect(files.has(`json/${draft}/${name}`)).toBe(true);
    }
  });

  it('uses [0-9] and never \\d in any published pattern', () => {
    for (const [path, content] of files) if (path.startsWith('json/')) expect(content).not.toContain('\\\\d');
  });

  it('never uses multipleOf for money and never a remote $ref', () => {
    for (const [path, content] of files) {
      if (!path.startsWith('json/')) continue;
      expect(content).not.toContain('multipleOf');
      for (const m of content.matchAll(/"\$ref": "([^"]+)"/g)) expect(m[1]?.startsWith('#')).toBe(true);
    }
  });
});
