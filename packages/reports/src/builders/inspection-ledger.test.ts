import { describe, expect, it } from 'vitest';
import { AS_OF, COUNTY, fixture } from './__fixtures__/dataset';
import { expectSoundDocument, golden, section } from './__fixtures__/expect-document';
import { buildInspectionLedger } from './inspection-ledger';

describe('buildInspectionLedger (PI.M2, PI.C5.e)', () => {
  const { dataset, result } = fixture();
  const doc = buildInspectionLedger(dataset, result, { divisionCode: COUNTY, period: '2023', asOf: AS_OF });

  it('matches the golden file', async () => {
    await expect(golden(doc)).toMatchFileSnapshot('./__fixtures__/golden/inspection-ledger.json');
  });

  it('keeps the contract and leaks no inspector name', () => {
    expectSoundDocument(doc, dataset);
    expect(doc.meta.clauseIds).toEqual(expect.arrayContaining(['PI.M2', 'PI.C5.e']));
  });

  it('lists the community inspections of the period by date, with counts that add up', () => {
    const ledger = section(doc, 'ledger', 'table');
    const dates = ledger.rows.map((r) => r.inspectedOn as string);
    expect(dates).toEqual([...dates].sort());
    const summary = section(doc, 'summary', 'key-values');
    const count = (zh: string) => summary.items.find((i) => i.label['zh-CN'].startsWith(zh))?.value;
    expect(count('检查次数')).toBe(ledger.rows.length);
    expect((count('其中主管部门') as number) + (count('其中街道') as number)).toBe(ledger.rows.length);
  });

  it.each([
    ['2023-11', 3],
    ['2023Q4', 4],
  ])('takes the period %s', (period, least) => {
    const d = buildInspectionLedger(dataset, result, { divisionCode: COUNTY, period, asOf: AS_OF });
    const rows = section(d, 'ledger', 'table').rows;
    expect(rows.length).toBeGreaterThanOrEqual(least);
    expect(
      rows.every((r) => (r.inspectedOn as string) >= (period === '2023-11' ? '2023-11-01' : '2023-10-01')),
    ).toBe(true);
  });
});
