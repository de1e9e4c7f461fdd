import { describe, expect, it } from 'vitest';
import { AS_OF, COUNTY, fixture } from './__fixtures__/dataset';
import { expectSoundDocument, golden, section } from './__fixtures__/expect-document';
import { ReportBuildError } from './report-build-error';
import { buildYearEndSummary } from './year-end-summary';

describe('buildYearEndSummary (PI.S4, WG.S5)', () => {
  const { dataset, result } = fixture();
  const options = { divisionCode: COUNTY, year: 2023, asOf: AS_OF };
  const pi = buildYearEndSummary(dataset, result, { ...options, campaign: 'public-income' });
  const wg = buildYearEndSummary(dataset, result, { ...options, campaign: 'wages' });

  it('matches the golden files', async () => {
    await expect(golden(pi)).toMatchFileSnapshot('./__fixtures__/golden/year-end-summary.json');
    await expect(golden(wg)).toMatchFileSnapshot('./__fixtures__/golden/year-end-summary-wages.json');
  });

  it('keeps the contract and cites PI.S4 / WG.S5, due by 15 December', () => {
    expectSoundDocument(pi, dataset);
    expectSoundDocument(wg, dataset);
    expect(pi.meta.clauseIds).toContain('PI.S4');
    expect(wg.meta.clauseIds).toContain('WG.S5');
    expect(pi.meta.dueOn).toBe('2023-12-15');
  });

  it('counts findings by rule from the check, for the division only', () => {
    const rules = section(pi, 'findings-by-rule', 'table');
    const expected = result.findings.filter(
      (f) =>
        f.pack.id === 'public-income' && f.outcome === 'fail' && f.subject.divisionCode.startsWith(COUNTY),
    ).length;
    expect(rules.totals?.fail).toBe(expected);
  });

  it('counts the problems of the year by kind, none after asOf', () => {
    const kinds = section(pi, 'problems-by-kind', 'table');
    expect(kinds.totals).toMatchObject({ opened: 3, rectified: 1, closed: 1, open: 2, overdue: 1 });
  });

  it('compares the survey rates with the baseline', () => {
    const surveys = section(wg, 'surveys', 'table');
    expect(surveys.rows.map((r) => r.measure)).toEqual(['支持率', '知晓率', '满意率']);
    for (const row of surveys.rows) expect(['risen', 'not-risen', 'no-data']).toContain(row.risen);
  });

  it('throws INVALID_OPTION for an unknown campaign', () => {
    expect(() => buildYearEndSummary(dataset, result, { ...options, campaign: 'x' as 'wages' })).toThrow(
      ReportBuildError,
    );
  });
});
