import { describe, expect, it } from 'vitest';
import { AS_OF, CITY, COUNTY, fixture } from './__fixtures__/dataset';
import { expectSoundDocument, golden, section } from './__fixtures__/expect-document';
import { buildSamplingPlanReport } from './sampling-plan-report';

const options = { divisionCode: COUNTY, year: 2023, seed: 'golden', asOf: AS_OF };

describe('buildSamplingPlanReport (PI.M2)', () => {
  const { dataset, result } = fixture();
  const doc = buildSamplingPlanReport(dataset, result, options);

  it('matches the golden file', async () => {
    await expect(golden(doc)).toMatchFileSnapshot('./__fixtures__/golden/sampling-plan-report.json');
  });

  it('keeps the contract, cites PI.M2 and is due by the end of September (PI.X13)', () => {
    expectSoundDocument(doc, dataset);
    expect(doc.meta.clauseIds).toContain('PI.M2');
    expect(doc.meta.dueOn).toBe('2023-09-30');
  });

  it('samples at least half of the county’s communities', () => {
    const counties = section(doc, 'counties', 'table');
    for (const row of counties.rows)
      expect((row.picked as number) * 2).toBeGreaterThanOrEqual(row.total as number);
    expect(section(doc, 'picks', 'table').rows).toHaveLength(counties.totals?.picked as number);
  });

  it('is reproducible from the seed and covers every county for the city', () => {
    expect(buildSamplingPlanReport(dataset, result, options)).toEqual(doc);
    const city = buildSamplingPlanReport(dataset, result, { ...options, divisionCode: CITY });
    expect(section(city, 'counties', 'table').rows.length).toBeGreaterThan(1);
  });

  it('names inspectors by id unless reveal', () => {
    const picks = section(doc, 'picks', 'table');
    expect(picks.rows.every((r) => /^[A-Za-z0-9-、 ]*$/.test(r.inspectors as string))).toBe(true);
    const revealed = buildSamplingPlanReport(dataset, result, { ...options, reveal: true });
    expect(JSON.stringify(revealed)).not.toEqual(JSON.stringify(doc));
  });
});
