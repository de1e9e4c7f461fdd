import { describe, expect, it } from 'vitest';
import { AS_OF, CITY, COUNTY, fixture } from './__fixtures__/dataset';
import { expectSoundDocument, golden, section } from './__fixtures__/expect-document';
import { buildCreditExport, CREDIT_EXPORT_COLUMNS } from './credit-export';

describe('buildCreditExport (PI.R2, PI.R5, WG.M6)', () => {
  const { dataset, result } = fixture();
  const doc = buildCreditExport(dataset, result, { divisionCode: COUNTY, period: '2023', asOf: AS_OF });

  it('matches the golden file', async () => {
    await expect(golden(doc)).toMatchFileSnapshot('./__fixtures__/golden/credit-export.json');
  });

  it('keeps the contract and cites the credit clauses', () => {
    expectSoundDocument(doc, dataset);
    expect(doc.meta.clauseIds).toEqual(expect.arrayContaining(['PI.R2', 'PI.R5', 'WG.M6']));
  });

  it('has the documented column layout, first, so its CSV is the export file', () => {
    const table = section(doc, 'credit-records', 'table');
    expect(doc.sections[0]).toBe(table);
    expect(table.columns.map((c) => c.header['zh-CN'])).toEqual([
      '统一社会信用代码',
      '主体名称',
      '行为类别',
      '决定文书号',
      '决定日期',
      '决定机关',
      '扣分',
      '罚款金额（元）',
      '事由',
      '公示截止日期',
    ]);
    expect(table.columns).toEqual(CREDIT_EXPORT_COLUMNS);
  });

  it('keys rows by USCC, money in fen, the reason masked', () => {
    const rows = section(doc, 'credit-records', 'table').rows;
    const usccs = rows.map((r) => r.uscc as string);
    expect(usccs).toEqual([...usccs].sort());
    expect(rows.find((r) => r.decisionNumber === '晋人社罚〔2023〕12号')).toMatchObject({
      fine: 5_000_000,
      points: null,
      kind: '行政处罚',
      decidingUnit: '晋江市人社局',
    });
    expect(rows.find((r) => r.decisionNumber === '晋住建信扣〔2023〕5号')?.reason).toBe(
      '擅自动用公共收益（举报人电话138****5678）',
    );
  });

  it('filters by the deciding unit’s division, the period, the campaign and the kinds', () => {
    const city = buildCreditExport(dataset, result, { divisionCode: CITY, period: '2023', asOf: AS_OF });
    const count = (d: typeof doc) => section(d, 'credit-records', 'table').rows.length;
    // Independently: every 2023 credit action of the dataset is in the city's export; the county's is the subset
    // decided by units of the county.
    const of2023 = (dataset.records.creditAction ?? []).filter((a) => a.decidedOn.startsWith('2023'));
    expect(count(city)).toBe(of2023.length);
    expect(count(doc)).toBe(of2023.filter((a) => a.decidingUnit.divisionCode.startsWith(COUNTY)).length);
    expect(count(city)).toBeGreaterThan(count(doc));
    expect(
      count(buildCreditExport(dataset, result, { divisionCode: CITY, period: '2023-10', asOf: AS_OF })),
    ).toBe(1);
    expect(
      count(
        buildCreditExport(dataset, result, {
          divisionCode: COUNTY,
          period: '2023',
          asOf: AS_OF,
          campaign: 'wages',
        }),
      ),
    ).toBe(1);
    expect(
      count(
        buildCreditExport(dataset, result, {
          divisionCode: CITY,
          period: '2023',
          asOf: AS_OF,
          kinds: ['inspection-result'],
        }),
      ),
    ).toBe(1);
  });
});
