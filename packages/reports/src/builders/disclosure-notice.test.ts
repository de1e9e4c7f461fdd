import { formatWan } from '@rectify/rules';
import type { Dataset, QuarterlyDisclosure } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Row, TableSection } from '../document';
import { AS_OF, fixture } from './__fixtures__/dataset';
import { expectSoundDocument, golden, section } from './__fixtures__/expect-document';
import { buildDisclosureNotice } from './disclosure-notice';
import { ReportBuildError } from './report-build-error';

/** 万元 to two decimals from fen, rounded half up, in BigInt: the reference the notice must agree with. */
function wanReference(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  let hundredths = abs / 10_000n;
  if (abs % 10_000n >= 5_000n) hundredths += 1n;
  const text = `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
  return `${negative && hundredths > 0n ? '-' : ''}${text.replace(/\B(?=([0-9]{3})+(?![0-9]))/g, ',')}`;
}

function withDisclosure(
  dataset: Dataset,
  id: string,
  patch: (d: QuarterlyDisclosure) => QuarterlyDisclosure,
): Dataset {
  return {
    ...dataset,
    records: {
      ...dataset.records,
      quarterlyDisclosure: (dataset.records.quarterlyDisclosure ?? []).map((d) =>
        d.id === id ? patch(d) : d,
      ),
    },
  };
}

describe('buildDisclosureNotice (PI.C1)', () => {
  const { dataset, result, ids } = fixture();
  const communityId = ids.communities[0];
  const options = { communityId, quarter: '2023Q2', asOf: AS_OF };
  const doc = buildDisclosureNotice(dataset, result, options);
  const disclosure = (dataset.records.quarterlyDisclosure ?? []).find(
    (d) => d.communityId === communityId && d.quarter === '2023Q2',
  ) as QuarterlyDisclosure;

  it('matches the golden file', async () => {
    await expect(golden(doc)).toMatchFileSnapshot('./__fixtures__/golden/disclosure-notice.json');
  });

  it('keeps the contract: A4 portrait, a seal and date block, the quarter’s disclosure deadline', () => {
    expectSoundDocument(doc, dataset);
    expect(doc.layout).toEqual({ paper: 'A4', orientation: 'portrait' });
    expect(doc.title['zh-CN']).toMatch(/2023年第二季度公共收益收支情况公示$/);
    expect(doc.meta.dueOn).toBe('2023-07-31');
    expect(doc.signature?.seal).toBe(doc.signature?.unit);
    expect(doc.signature?.contacts).toEqual(disclosure.complaintContacts);
  });

  it('shows the notice on display for 30 days after the posting day (Civil Code art. 201)', () => {
    const posting = section(doc, 'posting', 'key-values');
    const value = (zh: string) => posting.items.find((i) => i.label['zh-CN'] === zh)?.value;
    const posted = value('公示日期') as string;
    expect(posted).toBe(doc.signature?.date);
    const explicit = buildDisclosureNotice(dataset, result, { ...options, postedOn: '2023-07-01' });
    const items = section(explicit, 'posting', 'key-values').items;
    expect(items.find((i) => i.label['zh-CN'] === '公示截止日期')?.value).toBe('2023-07-31');
  });

  it('prints every line of the disclosure, and totals that are the sums of the lines', () => {
    const income = section(doc, 'income', 'table');
    expect(income.rows.map((r) => r.amount)).toEqual(disclosure.incomeLines.map((l) => l.amount));
    expect(income.totals).toEqual({
      category: '合计',
      amount: disclosure.incomeTotal,
      amountWan: disclosure.incomeTotal,
    });
    const balance = section(doc, 'balance', 'table');
    expect(balance.rows[0]?.amount).toBe(disclosure.openingBalance);
    expect(balance.rows[5]?.amount).toBe(disclosure.closingBalance);
  });

  it('gives 万元 subtotals that are the rounded sum in fen, not the sum of rounded lines', () => {
    const tricky = withDisclosure(dataset, disclosure.id, (d) => ({
      ...d,
      incomeLines: [0, 1, 2].map((i) => ({
        category: 'parking',
        description: `第${i + 1}笔`,
        amount: 4_999,
      })),
      incomeTotal: 14_997,
    }));
    const income = section(buildDisclosureNotice(tricky, result, options), 'income', 'table');
    const lines = income.rows.map((r) => formatWan(r.amountWan as number));
    expect(lines).toEqual(['0.00', '0.00', '0.00']);
    expect(formatWan(income.totals?.amountWan as number)).toBe('0.01');
  });

  it('reconciles 万元 subtotals with the fen lines for any amounts (property)', () => {
    const line = fc.integer({ min: 0, max: 50_000_000_000 });
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.array(line, { maxLength: 12 }),
        (incomes, expenses) => {
          const data = withDisclosure(dataset, disclosure.id, (d) => ({
            ...d,
            incomeLines: incomes.map((amount) => ({ category: 'other', description: '其他收益', amount })),
            incomeTotal: incomes.reduce((a, b) => a + b, 0),
            expenseLines: expenses.map((amount) => ({
              category: 'other',
              description: '其他支出',
              amount,
              evidence: [],
            })),
            expenseTotal: expenses.reduce((a, b) => a + b, 0),
          }));
          const notice = buildDisclosureNotice(data, result, options);
          for (const [id, amounts] of [
            ['income', incomes],
            ['expenses', expenses],
          ] as const) {
            const table = section(notice, id, 'table') as TableSection;
            const fen = amounts.reduce((a, b) => a + BigInt(b), 0n);
            const totals = table.totals as Row;
            expect(BigInt(totals.amount as number)).toBe(fen);
            expect(totals.amountWan).toBe(totals.amount);
            expect(formatWan(totals.amountWan as number)).toBe(wanReference(fen));
            expect(table.note).toBeUndefined();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('says so in a note when the disclosed totals or balance do not add up (PI.C1.f)', () => {
    const wrong = withDisclosure(dataset, disclosure.id, (d) => ({
      ...d,
      incomeTotal: d.incomeTotal + 100,
      closingBalance: d.closingBalance + 100,
    }));
    const notice = buildDisclosureNotice(wrong, result, options);
    expect(section(notice, 'income', 'table').note?.['zh-CN']).toMatch(/^注：公示的收入合计/);
    expect(section(notice, 'balance', 'table').note?.['zh-CN']).toMatch(/^注：按上列各项计算的期末结余/);
  });

  it.each([
    ['an unknown community', { communityId: 'NOPE' }, 'NOT_FOUND'],
    ['a quarter without a disclosure', { quarter: '2021Q1' }, 'NOT_FOUND'],
    ['a malformed quarter', { quarter: '2023Q5' }, 'INVALID_OPTION'],
    ['a community outside the division', { divisionCode: '350503' }, 'INVALID_OPTION'],
    ['a malformed posting day', { postedOn: '2023-02-30' }, 'INVALID_OPTION'],
  ])('throws for %s', (_, patch, code) => {
    const call = () => buildDisclosureNotice(dataset, result, { ...options, ...patch });
    expect(call).toThrow(ReportBuildError);
    expect(call).toThrow(expect.objectContaining({ code }));
  });
});
