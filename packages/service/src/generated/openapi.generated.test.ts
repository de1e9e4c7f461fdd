import { readFileSync } from 'node:fs';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { syncOpenapiText } from '../../scripts/openapi-domain';
import { SERVICE_VERSION } from '../version';

const spec = new URL('../../openapi.yaml', import.meta.url);

describe('generated artefacts are fresh', () => {
  it('src/generated/openapi.generated.ts is what openapi-typescript makes of openapi.yaml (npm run generate)', async () => {
    const fresh = COMMENT_HEADER + astToString(await openapiTS(spec, { silent: true }));
    expect(readFileSync(new URL('./openapi.generated.ts', import.meta.url), 'utf8')).toBe(fresh);
  });

  it('the domain schemas in openapi.yaml are those of @rectify/schemas (npm run sync:openapi)', () => {
    const text = readFileSync(spec, 'utf8');
    expect(syncOpenapiText(text)).toBe(text);
  });

  it('SERVICE_VERSION and the spec version follow package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(SERVICE_VERSION).toBe(pkg.version);
    expect(readFileSync(spec, 'utf8')).toMatch(
      new RegExp(`\\n  version: ${pkg.version.replaceAll('.', '\\.')}\\n`),
    );
  });
});
