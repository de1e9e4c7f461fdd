import type { Problem } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { AS_OF, COUNTY, fixture } from './__fixtures__/dataset';
import { expectSoundDocument, golden, section } from './__fixtures__/expect-document';
import { buildWgYearEndPackage, inPlaceStatus } from './wg-year-end-package';

describe('buildWgYearEndPackage (WG.Q1 三项清单)', () => {
  const { dataset, result } = fixture();
  const doc = buildWgYearEndPackage(dataset, result, { divisionCode: COUNTY, year: 2023, asOf: AS_OF });

  it('matches the golden file', async () => {
    await expect(golden(doc)).toMatchFileSnapshot('./__fixtures__/golden/wg-year-end-package.json');
  });

  it('keeps the contract, is due by 15 December and leaks no personal data', () => {
    expectSoundDocument(doc, dataset);
    expect(doc.meta).toMatchObject({ dueOn: '2023-12-15', period: '2023', campaign: 'wages' });
  });

  it('carries the summary and the three lists of WG.M1', () => {
    expect(doc.sections.map((s) => s.id)).toEqual([
      'summary-figures',
      'summary',
      'screening-list',
      'problem-list',
      'rectification-list',
    ]);
    const screening = section(doc, 'screening-list', 'table');
    expect(screening.rows.every((r) => typeof r.project === 'string' && r.project !== '')).toBe(true);
    const rectification = section(doc, 'rectification-list', 'table');
    expect(rectification.rows.map((r) => [r.id, r.status])).toEqual([
      ['PB-FX-WG-1', 'in-place'],
      ['PB-FX-WG-2', 'open'],
    ]);
  });

  it.each([
    [
      'all three dates known',
      { rectifiedOn: '2023-11-01', handledOn: '2023-11-02', accountabilityOn: '2023-11-03' },
      'in-place',
    ],
    [
      'one date after asOf',
      { rectifiedOn: '2023-11-01', handledOn: '2023-11-02', accountabilityOn: '2023-12-03' },
      'open',
    ],
    ['past its time limit', { rectifiedOn: '2023-11-01', deadline: '2023-11-10' }, 'overdue'],
    ['nothing yet, within the limit', { deadline: '2023-12-31' }, 'open'],
  ])('inPlaceStatus: %s', (_, patch, expected) => {
    const problem = { id: 'P', foundOn: '2023-10-01', ...patch } as unknown as Problem;
    expect(inPlaceStatus(problem, '2023-11-30')).toBe(expected);
  });
});
