import { describe, expect, it } from 'vitest';
import { AS_OF, CITY, COUNTY, fixture } from './__fixtures__/dataset';
import { expectSoundDocument, golden, section } from './__fixtures__/expect-document';
import { buildCrossInspectionReport } from './cross-inspection-report';
import { ReportBuildError } from './report-build-error';

const options = { divisionCode: COUNTY, quarter: '2023Q3', seed: 'golden', asOf: AS_OF };

describe('buildCrossInspectionReport (PI.M3)', () => {
  const { dataset, result } = fixture();
  const doc = buildCrossInspectionReport(dataset, result, options);

  it('matches the golden file', async () => {
    await expect(golden(doc)).toMatchFileSnapshot('./__fixtures__/golden/cross-inspection-report.json');
  });

  it('keeps the contract and is due at the quarter’s end', () => {
    expectSoundDocument(doc, dataset);
    expect(doc.meta).toMatchObject({ dueOn: '2023-09-30', period: '2023Q3' });
  });

  it('never sends a group to its own area; an unheld quarter past its end is overdue', () => {
    const groups = section(doc, 'groups-street', 'table');
    expect(groups.rows.length).toBeGreaterThan(0);
    for (const row of groups.rows) {
      expect(row.from).not.toBe(row.inspects);
      expect(row.status).toBe((row.held as number) > 0 ? 'done' : 'overdue');
    }
  });

  it('is pending before the quarter ends', () => {
    const early = buildCrossInspectionReport(dataset, result, { ...options, quarter: '2023Q4' });
    for (const row of section(early, 'groups-street', 'table').rows) expect(row.status).toBe('pending');
  });

  it('plans county groups for the city', () => {
    const city = buildCrossInspectionReport(dataset, result, { ...options, divisionCode: CITY });
    expect(city.sections.map((s) => s.id)).toEqual(['parameters', 'groups-county', 'gaps-county']);
  });

  it('throws INVALID_OPTION for an unknown level', () => {
    expect(() =>
      buildCrossInspectionReport(dataset, result, { ...options, levels: ['province' as 'county'] }),
    ).toThrow(ReportBuildError);
  });
});
