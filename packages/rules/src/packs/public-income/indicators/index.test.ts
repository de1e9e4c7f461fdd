import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLIC_INCOME_INDICATORS } from './index';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

describe('PUBLIC_INCOME_INDICATORS (PI.T1–PI.T4, PI.C5.e)', () => {
  it('lists seven indicators with unique ids', () => {
    const ids = PUBLIC_INCOME_INDICATORS.map((d) => d.id);
    expect(ids).toEqual([
      'PI-T1-DISCLOSURE',
      'PI-T2-SAMPLING',
      'PI-T3-MISAPPROPRIATION',
      'PI-T4-SUPPORT',
      'PI-T4-AWARENESS',
      'PI-T4-SATISFACTION',
      'PI-C5E-STREET-INSPECTION',
    ]);
  });

  it.each(PUBLIC_INCOME_INDICATORS.map((d) => [d.id, d] as const))(
    '%s quotes the campaign text verbatim and cites PI clauses',
    (_id, d) => {
      expect(d.quote.length).toBeGreaterThan(0);
      for (const q of d.quote) expect(seed).toContain(q);
      expect(d.clauseIds.every((c) => /^PI\.[A-Z][0-9](\.[a-z])?$/.test(c))).toBe(true);
      expect(d.campaign).toBe('public-income');
    },
  );
});
