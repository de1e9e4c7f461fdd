import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HTTP_API_DOC, httpApiMarkdown, OPENAPI_FILE } from '../scripts/http-api-doc';

describe('docs/reference/http-api.md', () => {
  it('is what openapi.yaml generates (run npm run generate:docs -w @rectify/service)', () => {
    expect(readFileSync(HTTP_API_DOC, 'utf8')).toBe(httpApiMarkdown(readFileSync(OPENAPI_FILE, 'utf8')));
  });
  it('lists the check endpoint', () => {
    expect(readFileSync(HTTP_API_DOC, 'utf8')).toContain('`/v1/check`');
  });
});
