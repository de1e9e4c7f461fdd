import type { Dataset, SystemFiling } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { disclosureIn } from '../../../testing/c1-builders';
import { filingsAgreeRule } from './filings-agree';

/**
 * The clean fixture shares one filing object between both systems (and with the disclosure's lines), and
 * structuredClone keeps that sharing; give the Quanzhou system its own copy before changing it.
 */
const quanzhou = (d: Dataset, quarter: string, change: (f: SystemFiling) => void) => {
  const disclosure = disclosureIn(d, quarter);
  const own = clone(disclosure.filings.quanzhou);
  if (own) change(own);
  disclosure.filings = { ...disclosure.filings, quanzhou: own };
};

// PI.C1.c 两个系统公示 + PI.M2 依托系统开展数据比对 — the two filings agree item by item.
describe('PI-FILINGS-AGREE (PI.C1.c, PI.M2)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, asOf: string, quarter: string, expected: string];
  const cases: Case[] = [
    ['identical filings pass', () => {}, '2023-11-30', '2023Q2', 'pass'],
    [
      'an income line amount changed in the Quanzhou filing fails',
      (d) =>
        quanzhou(d, '2023Q2', (f) => {
          const line = f.incomeLines[0];
          if (line) line.amount += 100;
        }),
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    [
      'the same lines in another order pass (multiset)',
      (d) => quanzhou(d, '2023Q2', (f) => void f.incomeLines.reverse()),
      '2023-11-30',
      '2023Q2',
      'pass',
    ],
    [
      'a different description alone passes (items are category and amount)',
      (d) =>
        quanzhou(d, '2023Q2', (f) => {
          const line = f.incomeLines[1];
          if (line) line.description = '电梯轿厢广告';
        }),
      '2023-11-30',
      '2023Q2',
      'pass',
    ],
    [
      'the same amount under another category fails',
      (d) =>
        quanzhou(d, '2023Q2', (f) => {
          const line = f.incomeLines[0];
          if (line) line.category = 'lease';
        }),
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    [
      'an extra income line in one system fails',
      (d) =>
        quanzhou(
          d,
          '2023Q2',
          (f) => void f.incomeLines.push({ category: 'venue', description: '场地', amount: 5_000 }),
        ),
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    [
      'an expense line missing from one system fails',
      (d) => quanzhou(d, '2023Q2', (f) => void f.expenseLines.pop()),
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    [
      'a different closing balance fails',
      (d) =>
        quanzhou(d, '2023Q1', (f) => {
          f.closingBalance -= 1;
        }),
      '2023-11-30',
      '2023Q1',
      'fail',
    ],
    [
      'a duplicated line is a difference (multiset, not set)',
      (d) =>
        quanzhou(d, '2023Q2', (f) => {
          const line = f.expenseLines[0];
          if (line) f.expenseLines.push({ ...line });
        }),
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    [
      'no Quanzhou filing after the deadline is unknown',
      (d) => {
        disclosureIn(d, '2023Q2').filings = { provincial: disclosureIn(d, '2023Q2').filings.provincial };
      },
      '2023-11-30',
      '2023Q2',
      'unknown',
    ],
    [
      'no provincial filing after the deadline is unknown',
      (d) => {
        disclosureIn(d, '2023Q2').filings = { quanzhou: disclosureIn(d, '2023Q2').filings.quanzhou };
      },
      '2023-11-30',
      '2023Q2',
      'unknown',
    ],
    [
      'a filing missing before the deadline (2023-10-31) is pending',
      (d) => {
        disclosureIn(d, '2023Q3').filings = { provincial: disclosureIn(d, '2023Q3').filings.provincial };
      },
      '2023-10-31',
      '2023Q3',
      'pending',
    ],
    [
      'a filing dated after asOf was not there on asOf: unknown',
      (d) =>
        quanzhou(d, '2023Q3', (f) => {
          f.filedAt = '2023-12-02';
        }),
      '2023-11-30',
      '2023Q3',
      'unknown',
    ],
    [
      'a quarter with no disclosure record is not judged here (Q4)',
      () => {},
      '2024-03-01',
      '2023Q4',
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, quarter, expected) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(outcomeOf(runRule(filingsAgreeRule, d, asOf), 'C1', quarter)).toBe(expected);
  });

  it('a changed amount is one differing item: Quanzhou observed against provincial expected', () => {
    const d = clone(cleanPublicIncome());
    quanzhou(d, '2023Q2', (f) => {
      const line = f.incomeLines[0];
      if (line) line.amount += 100;
    });
    const f = runRule(filingsAgreeRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.clauseIds).toEqual(['PI.C1.c', 'PI.M2']);
    expect(f?.why).toEqual([
      expect.objectContaining({ clauseId: 'PI.C1.c', observed: 300_100, expected: 300_000 }),
    ]);
    expect(f?.evidence).toEqual([
      {
        pointer: '/records/quarterlyDisclosure/1/filings/quanzhou/incomeLines/0/amount',
        observed: 300_100,
        expected: 300_000,
        note: {
          'zh-CN': '省系统对应明细：/records/quarterlyDisclosure/1/filings/provincial/incomeLines/0',
          en: 'provincial system line: /records/quarterlyDisclosure/1/filings/provincial/incomeLines/0',
        },
      },
    ]);
    expect(f?.message['zh-CN']).toContain('1 项不一致');
  });

  it('every differing item is listed in the evidence', () => {
    const d = clone(cleanPublicIncome());
    quanzhou(d, '2023Q2', (f) => {
      const line = f.incomeLines[0];
      if (line) line.category = 'lease';
      f.expenseLines = [];
      f.closingBalance += 7;
    });
    const f = runRule(filingsAgreeRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/quarterlyDisclosure/1/filings/provincial/incomeLines/0',
      '/records/quarterlyDisclosure/1/filings/quanzhou/incomeLines/0',
      '/records/quarterlyDisclosure/1/filings/provincial/expenseLines/0',
      '/records/quarterlyDisclosure/1/filings/quanzhou/closingBalance',
    ]);
    expect(f?.evidence[1]).toMatchObject({
      observed: { category: 'lease', amount: 300_000 },
      expected: null,
    });
    expect(f?.why).toHaveLength(4);
  });

  it('a missing filing is named in the unknown evidence', () => {
    const d = clone(cleanPublicIncome());
    disclosureIn(d, '2023Q1').filings = {};
    const f = runRule(filingsAgreeRule, d, '2023-11-30').find((x) => x.period === '2023Q1');
    expect(f?.outcome).toBe('unknown');
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/quarterlyDisclosure/0/filings/provincial',
      '/records/quarterlyDisclosure/0/filings/quanzhou',
    ]);
  });
});
