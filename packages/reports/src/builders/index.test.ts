import {
  check,
  PUBLIC_INCOME_INDICATORS,
  publicIncomePack,
  WAGES_INDICATORS,
  wagesPack,
} from '@rectify/rules';
import { generateDataset } from '@rectify/samples';
import { QUANZHOU_COUNTY_CODES } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { checkReportDocument } from '../render/index';
import { AS_OF, CITY, COUNTY, fixture, personalData } from './__fixtures__/dataset';
import { expectSoundDocument } from './__fixtures__/expect-document';
import { buildReport, findReport, REPORTS, type ReportRequest } from './index';
import { ReportBuildError } from './report-build-error';

const PERIOD = { month: '2023-11', quarter: '2023Q3', year: '2023', any: '2023' } as const;

/** A request for every report of the registry over the fixture. */
function requestFor(id: string, communityId: string, divisionCode: string): ReportRequest {
  const definition = findReport(id);
  if (!definition) throw new Error(id);
  const params: Record<string, string> = {};
  for (const p of definition.params.filter((x) => x.required)) {
    if (p.name === 'seed') params.seed = 'registry';
    if (p.name === 'communityId') params.communityId = communityId;
    if (p.name === 'campaign') params.campaign = 'wages';
  }
  const period = id === 'disclosure-notice' ? '2023Q2' : PERIOD[definition.periodKind];
  // A notice is for its community's own division.
  if (id.endsWith('-notice')) return { period, asOf: AS_OF, params };
  return { divisionCode: id === 'city-bulletin' ? CITY : divisionCode, period, asOf: AS_OF, params };
}

describe('REPORTS', () => {
  const { dataset, result, ids } = fixture();

  it('has unique ids, known clauses and every builder of the kit', () => {
    const reportIds = REPORTS.map((r) => r.id);
    expect(new Set(reportIds).size).toBe(reportIds.length);
    expect(reportIds).toEqual([
      'pi-monthly-package',
      'wg-monthly-package',
      'wg-year-end-package',
      'year-end-summary',
      'city-bulletin',
      'sampling-plan-report',
      'inspection-ledger',
      'cross-inspection-report',
      'audit-list',
      'disclosure-notice',
      'self-inspection-notice',
      'credit-export',
    ]);
  });

  it.each(REPORTS.map((r) => [r.id]))('%s builds from a uniform request, citing only its clauses', (id) => {
    const definition = findReport(id);
    const doc = buildReport(id, dataset, result, requestFor(id, ids.communities[0], COUNTY));
    expect(doc.id).toBe(id);
    expectSoundDocument(doc, dataset);
    expect(doc.meta.clauseIds.filter((c) => !definition?.clauseIds.includes(c))).toEqual([]);
  });

  it('throws NOT_FOUND for an unknown report and INVALID_OPTION for a missing parameter', () => {
    expect(() => buildReport('nope', dataset, result, { period: '2023', asOf: AS_OF })).toThrow(
      ReportBuildError,
    );
    expect(() =>
      buildReport('sampling-plan-report', dataset, result, {
        divisionCode: COUNTY,
        period: '2023',
        asOf: AS_OF,
      }),
    ).toThrow(/seed is required/);
    expect(() =>
      buildReport('audit-list', dataset, result, { divisionCode: COUNTY, period: '2023-11', asOf: AS_OF }),
    ).toThrow(ReportBuildError);
  });

  it('builds every report for every county of another generated city without a broken document', () => {
    const { dataset: other } = generateDataset({
      seed: 'reports-smoke',
      asOf: '2023-12-20',
      communities: 40,
      projects: 10,
      workersPerProject: 3,
      plantRate: 0.3,
    });
    const otherResult = check(other, {
      asOf: '2023-12-20',
      packs: [publicIncomePack, wagesPack],
      indicators: [...PUBLIC_INCOME_INDICATORS, ...WAGES_INDICATORS],
    });
    const communityId = other.records.community?.[0]?.id ?? '';
    // Phone and ID numbers of every person in the dataset (names could collide with other words).
    const numbers = personalData(other).filter((s) => /[0-9]{5}/.test(s));
    expect(numbers.length).toBeGreaterThan(10);
    for (const county of QUANZHOU_COUNTY_CODES) {
      for (const definition of REPORTS) {
        if (definition.id === 'city-bulletin' && county !== QUANZHOU_COUNTY_CODES[0]) continue;
        const request = {
          ...requestFor(definition.id, communityId, county),
          asOf: '2023-12-20',
          lang: 'en' as const,
        };
        const doc = definition.build(other, otherResult, request);
        expect(checkReportDocument(doc)).toEqual([]);
        const json = JSON.stringify(doc);
        expect(numbers.filter((n) => json.includes(n))).toEqual([]);
      }
    }
  });
});
