import type { Audit } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { AS_OF, CITY, COUNTY, fixture } from './__fixtures__/dataset';
import { expectSoundDocument, golden, section } from './__fixtures__/expect-document';
import { auditStatus, buildAuditList } from './audit-list';

describe('buildAuditList (PI.M5)', () => {
  const { dataset, result } = fixture();
  const doc = buildAuditList(dataset, result, { divisionCode: COUNTY, year: 2023, asOf: AS_OF });

  it('matches the golden file', async () => {
    await expect(golden(doc)).toMatchFileSnapshot('./__fixtures__/golden/audit-list.json');
  });

  it('keeps the contract and cites PI.M5', () => {
    expectSoundDocument(doc, dataset);
    expect(doc.meta.clauseIds).toContain('PI.M5');
  });

  it('puts every community that is not exempt in exactly one audit unit', () => {
    const city = buildAuditList(dataset, result, { divisionCode: CITY, year: 2023, asOf: AS_OF });
    const communities = section(city, 'communities', 'table').rows;
    const units = section(city, 'units', 'table');
    for (const c of communities) expect(c.unitId === '').toBe(c.status === 'exempt');
    expect(units.totals?.count).toBe(communities.filter((c) => c.status !== 'exempt').length);
  });

  it.each([
    ['not reported yet', {}, 'not-reported'],
    ['reported, no problem', { reportedOn: '2023-09-30', problemsFound: false }, 'no-problem'],
    [
      'problem rectified',
      { reportedOn: '2023-09-30', problemsFound: true, rectifiedOn: '2023-11-01' },
      'rectified',
    ],
    [
      'rectification late',
      { reportedOn: '2023-09-30', problemsFound: true, rectificationDueOn: '2023-10-31' },
      'overdue',
    ],
    [
      'rectification due later',
      { reportedOn: '2023-09-30', problemsFound: true, rectificationDueOn: '2023-12-31' },
      'open',
    ],
    ['report after asOf', { reportedOn: '2023-12-05', problemsFound: true }, 'not-reported'],
  ])('auditStatus: %s', (_, patch, expected) => {
    const audit = { id: 'A', communityIds: ['C'], year: 2023, ...patch } as unknown as Audit;
    expect(auditStatus(audit, '2023-11-30')).toBe(expected);
  });
});
