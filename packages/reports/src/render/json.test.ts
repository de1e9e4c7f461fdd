import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../document';
import { hostileDocument } from './__fixtures__/hostile-document';
import { sampleDocument } from './__fixtures__/sample-document';
import { renderJson } from './json';

// The same document with every object's keys in reverse insertion order.
function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  ) as T;
}

describe('renderJson', () => {
  it('matches the golden file', async () => {
    await expect(renderJson(sampleDocument)).toMatchFileSnapshot('./__fixtures__/golden/sample.json');
  });

  it('is stable whatever order the builder set the keys in', () => {
    expect(renderJson(reversed(sampleDocument))).toBe(renderJson(sampleDocument));
  });

  it('parses back to an equal document, money still in fen', () => {
    expect(JSON.parse(renderJson(sampleDocument))).toEqual(sampleDocument);
    expect(JSON.parse(renderJson(hostileDocument))).toEqual(hostileDocument);
  });

  it('leaves undefined fields out and ends with a newline', () => {
    const doc: ReportDocument = { ...sampleDocument, subtitle: undefined, signature: undefined };
    const text = renderJson(doc);
    expect(text).not.toContain('subtitle');
    expect(text).not.toContain('signature');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('refuses a document that breaks the contract', () => {
    const doc = { ...sampleDocument, meta: { ...sampleDocument.meta, period: 'July' } };
    expect(() => renderJson(doc)).toThrow(expect.objectContaining({ code: 'INVALID_DOCUMENT' }));
  });
});
