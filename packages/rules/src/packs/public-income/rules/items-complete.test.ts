import type { Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { communityIn, disclosureIn } from '../../../testing/c1-builders';
import { itemsCompleteRule } from './items-complete';

/** Drops the line of source S2 (advertising, no contract) and recomputes the disclosure's totals and balances. */
const dropS2 = (quarter: string) => (d: Dataset) => {
  const disclosure = disclosureIn(d, quarter);
  const line = disclosure.incomeLines.find((l) => l.sourceId === 'S2');
  if (!line) return;
  disclosure.incomeLines = disclosure.incomeLines.filter((l) => l !== line);
  disclosure.incomeTotal -= line.amount;
  disclosure.closingBalance -= line.amount;
};

/** A further source registered for the community, active over the given dates. */
const addSource = (activeFrom?: string, activeUntil?: string) => (d: Dataset) => {
  communityIn(d).knownIncomeSources.push({
    id: 'S3',
    category: 'telecom',
    description: '通信基站',
    ...(activeFrom ? { activeFrom } : {}),
    ...(activeUntil ? { activeUntil } : {}),
  });
};

const relabel = (quarter: string, sourceId: string, category: 'venue' | 'lease') => (d: Dataset) => {
  const line = disclosureIn(d, quarter).incomeLines.find((l) => l.sourceId === sourceId);
  if (line) line.category = category;
};

// PI.C1.e — 对部分公共收益项目故意不公示、公示的项目张冠李戴，公示内容漏项错项.
describe('PI-ITEMS-COMPLETE (PI.C1.e)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, quarter: string, expected: string];
  const cases: Case[] = [
    ['every known source disclosed under its category passes', () => {}, '2023Q2', 'pass'],
    ['a known source left out fails (omitted)', dropS2('2023Q2'), '2023Q2', 'fail'],
    [
      'a known source under another category fails (mislabelled)',
      relabel('2023Q2', 'S2', 'venue'),
      '2023Q2',
      'fail',
    ],
    [
      'a line that no longer cites its source counts as the source omitted',
      (d) => {
        const line = disclosureIn(d, '2023Q2').incomeLines.find((l) => l.sourceId === 'S1');
        if (line) line.sourceId = undefined;
      },
      '2023Q2',
      'fail',
    ],
    [
      'a source split over two lines passes when both carry its category',
      (d) => {
        disclosureIn(d, '2023Q2').incomeLines.push({
          category: 'advertising',
          description: '道闸广告',
          amount: 1,
          sourceId: 'S2',
        });
      },
      '2023Q2',
      'pass',
    ],
    [
      'a source split over two lines fails when one is mislabelled',
      (d) => {
        disclosureIn(d, '2023Q2').incomeLines.push({
          category: 'other',
          description: '道闸广告',
          amount: 1,
          sourceId: 'S2',
        });
      },
      '2023Q2',
      'fail',
    ],
    [
      'a source active from the quarter end (2023-09-30) is due in Q3',
      addSource('2023-09-30'),
      '2023Q3',
      'fail',
    ],
    [
      'a source active from the next quarter (2023-10-01) is not due in Q3',
      addSource('2023-10-01'),
      '2023Q3',
      'pass',
    ],
    [
      'a source ending on the quarter start (2023-07-01) is due in Q3',
      addSource(undefined, '2023-07-01'),
      '2023Q3',
      'fail',
    ],
    [
      'a source ended before the quarter (2023-06-30) is not due in Q3',
      addSource(undefined, '2023-06-30'),
      '2023Q3',
      'pass',
    ],
    ['a source with no dates is always due', addSource(), '2023Q1', 'fail'],
    [
      'an income line with no registered source is not this rule’s concern',
      (d) => {
        disclosureIn(d, '2023Q2').incomeLines.push({
          category: 'recycling',
          description: '废品',
          amount: 500,
        });
      },
      '2023Q2',
      'pass',
    ],
    [
      'a community with no registered sources has nothing to omit',
      (d) => {
        communityIn(d).knownIncomeSources = [];
      },
      '2023Q2',
      'pass',
    ],
    ['a quarter with no disclosure record is not judged here (Q4)', () => {}, '2023Q4', 'not_applicable'],
  ];
  it.each(cases)('%s', (_name, mutate, quarter, expected) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(outcomeOf(runRule(itemsCompleteRule, d, '2024-03-01'), 'C1', quarter)).toBe(expected);
  });

  it('omitted and mislabelled sources are told apart in why, each with its evidence', () => {
    const d = clone(cleanPublicIncome());
    dropS2('2023Q2')(d);
    relabel('2023Q2', 'S1', 'lease')(d);
    const f = runRule(itemsCompleteRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.clauseIds).toEqual(['PI.C1.e']);
    expect(f?.why).toHaveLength(2);
    expect(f?.why[0]).toMatchObject({ clauseId: 'PI.C1.e', observed: 'lease', expected: 'parking' });
    expect(f?.why[0]?.text['zh-CN']).toContain('张冠李戴');
    expect(f?.why[0]?.text.en).toContain('mislabelled');
    expect(f?.why[1]).toMatchObject({
      clauseId: 'PI.C1.e',
      observed: null,
      expected: { sourceId: 'S2', category: 'advertising' },
    });
    expect(f?.why[1]?.text['zh-CN']).toContain('漏项');
    expect(f?.why[1]?.text.en).toContain('omitted');
    expect(f?.evidence).toEqual([
      {
        pointer: '/records/quarterlyDisclosure/1/incomeLines/0/category',
        observed: 'lease',
        expected: 'parking',
      },
      {
        pointer: '/records/quarterlyDisclosure/1/incomeLines',
        observed: null,
        expected: { sourceId: 'S2', category: 'advertising' },
        note: {
          'zh-CN': '登记的收益来源：/records/community/0/knownIncomeSources/1',
          en: 'registered source: /records/community/0/knownIncomeSources/1',
        },
      },
    ]);
    expect(f?.message.en).toContain('omitted: income source S2 (advertising)');
  });
});
