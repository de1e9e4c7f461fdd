import { describe, expect, it } from 'vitest';
import { AS_OF, CITY, COUNTY, fixture } from './__fixtures__/dataset';
import { expectSoundDocument, golden, section } from './__fixtures__/expect-document';
import { buildCityBulletin } from './city-bulletin';
import { ReportBuildError } from './report-build-error';

const options = { divisionCode: CITY, month: '2023-11', asOf: AS_OF };

describe('buildCityBulletin (PI.S3, WG 晾晒通报)', () => {
  const { dataset, result } = fixture();
  const doc = buildCityBulletin(dataset, result, options);

  it('matches the golden file', async () => {
    await expect(golden(doc)).toMatchFileSnapshot('./__fixtures__/golden/city-bulletin.json');
  });

  it('keeps the contract and cites the bulletin and every ranked target', () => {
    expectSoundDocument(doc, dataset);
    expect(doc.meta.campaign).toBe('both');
    for (const id of ['PI.S3', 'PI.T1', 'PI.T2', 'WG.T1', 'WG.T2', 'WG.T3', 'WG.T4', 'WG.T5'])
      expect(doc.meta.clauseIds).toContain(id);
  });

  it('ranks counties best first, equal values sharing a place, unranked last', () => {
    const table = section(doc, 'rank-PI-T1-DISCLOSURE', 'table');
    const ranks = table.rows.map((r) => r.rank);
    const ranked = ranks.filter((r): r is number => typeof r === 'number');
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
    expect(ranks.slice(ranked.length).every((r) => r === null)).toBe(true);
    const values = table.rows.filter((r) => r.rank !== null).map((r) => r.value as number);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1] as number);
    expect(table.totals?.county).toBe('全市合计');
  });

  it('marks a county lagging when it misses the target or is in the bottom three', () => {
    for (const s of doc.sections) {
      if (s.kind !== 'table' || !s.id.startsWith('rank-')) continue;
      for (const row of s.rows) {
        const bottom = typeof row.rank === 'number';
        if (row.met === 'not-met') expect(row.lagging).toBe('lagging');
        if (row.lagging === 'lagging') expect(row.met === 'not-met' || bottom).toBe(true);
      }
    }
    const candidates = section(doc, 'interview-candidates', 'table');
    const lagging = new Set<string>();
    for (const s of doc.sections)
      if (s.kind === 'table' && s.id.startsWith('rank-'))
        for (const row of s.rows) if (row.lagging === 'lagging') lagging.add(row.county as string);
    expect(new Set(candidates.rows.map((r) => r.county))).toEqual(lagging);
  });

  it('ranks one campaign only when asked', () => {
    const pi = buildCityBulletin(dataset, result, { ...options, campaign: 'public-income' });
    expect(pi.sections.filter((s) => s.id.startsWith('rank-')).map((s) => s.id)).toEqual([
      'rank-PI-T1-DISCLOSURE',
      'rank-PI-T2-SAMPLING',
    ]);
    expect(pi.meta.clauseIds).not.toContain('WG.T1');
  });

  it('throws INVALID_OPTION for a county division', () => {
    expect(() => buildCityBulletin(dataset, result, { ...options, divisionCode: COUNTY })).toThrow(
      ReportBuildError,
    );
  });
});
