import { readFileSync } from 'node:fs';
import type { Dataset, ExpenseLine } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { decision, disclosureIn, retotal } from '../../../testing/c2-builders';
import { expenseAuthorisedRule } from './expense-authorised';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

/** Adds a community-activity expense (not pre-authorised in the clean dataset) to a quarter, citing `decisionId`. */
const spend = (d: Dataset, quarter: string, decisionId?: string) => {
  const disclosure = disclosureIn(d, quarter);
  if (!disclosure) return;
  const line: ExpenseLine = {
    category: 'community-activity',
    description: '中秋游园',
    amount: 8_000,
    evidence: [{ kind: 'receipt', ref: 'R-A' }],
    ...(decisionId ? { decisionId } : {}),
  };
  disclosure.expenseLines.push(line);
  retotal(disclosure);
};
const addDecision = (d: Dataset, overrides: Parameters<typeof decision>[0]) => {
  d.records.ownersDecision = [...(d.records.ownersDecision ?? []), decision(overrides)];
};
/** Adds decision OD2 (with `overrides`) and a Q2 line citing it. */
const spendOn = (overrides: Partial<Parameters<typeof decision>[0]>) => (d: Dataset) => {
  addDecision(d, { id: 'OD2', ...overrides });
  spend(d, '2023Q2', 'OD2');
};

// PI.C2.b — 未按规定经业主共同决定擅自使用公共收益.
describe('PI-EXPENSE-AUTHORISED (PI.C2.b)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, quarter: string, expected: string];
  const cases: Case[] = [
    ['only pre-authorised categories: pass', () => {}, '2023Q2', 'pass'],
    ['a quarter with no disclosure is not judged here', () => {}, '2023Q4', 'not_applicable'],
    ['a non-pre-authorised line without a decision fails', (d) => spend(d, '2023Q2'), '2023Q2', 'fail'],
    [
      'a pre-authorised category needs no decision even when the list changes',
      (d) => {
        const c = d.records.community?.[0];
        if (c) c.preAuthorisedExpenseCategories = ['utilities', 'community-activity'];
        spend(d, '2023Q2');
      },
      '2023Q2',
      'pass',
    ],
    [
      'utilities fail once no longer pre-authorised',
      (d) => {
        const c = d.records.community?.[0];
        if (c) c.preAuthorisedExpenseCategories = [];
      },
      '2023Q2',
      'fail',
    ],
    ['a valid decision authorises the line', spendOn({}), '2023Q2', 'pass'],
    [
      'a decision taken on the last day of the quarter counts',
      spendOn({ decidedOn: '2023-06-30' }),
      '2023Q2',
      'pass',
    ],
    [
      'a decision taken the day after the quarter ends does not',
      spendOn({ decidedOn: '2023-07-01' }),
      '2023Q2',
      'fail',
    ],
    ['a decision of another community does not count', spendOn({ communityId: 'C9' }), '2023Q2', 'fail'],
    [
      'approval by exactly half the participating owners is no majority (art. 278)',
      spendOn({ approvingOwners: 160 }),
      '2023Q2',
      'fail',
    ],
    ['one owner over half carries it', spendOn({ approvingOwners: 161 }), '2023Q2', 'pass'],
    [
      'participation of exactly 2/3 of the area is enough',
      spendOn({ totalArea: 60_000, participatingArea: 40_000 }),
      '2023Q2',
      'pass',
    ],
    [
      'participation just below 2/3 of the area is not',
      spendOn({ totalArea: 60_000, participatingArea: 39_999.99 }),
      '2023Q2',
      'fail',
    ],
    [
      'a decision id missing from the dataset is unknown',
      (d) => spend(d, '2023Q2', 'OD-MISSING'),
      '2023Q2',
      'unknown',
    ],
    [
      'a failing line outweighs an unknown one',
      (d) => {
        spend(d, '2023Q2', 'OD-MISSING');
        spend(d, '2023Q2');
      },
      '2023Q2',
      'fail',
    ],
    ['another quarter is untouched by the planted line', (d) => spend(d, '2023Q2'), '2023Q3', 'pass'],
  ];
  it.each(cases)('%s', (_name, mutate, quarter, expected) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(outcomeOf(runRule(expenseAuthorisedRule, d, '2023-11-30'), 'C1', quarter)).toBe(expected);
  });

  it('a failure cites its clause and points at the line without a decision', () => {
    const d = clone(cleanPublicIncome());
    spend(d, '2023Q2');
    const f = runRule(expenseAuthorisedRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.clauseIds).toEqual(['PI.C2.b']);
    expect(f?.why).toHaveLength(1);
    expect(f?.why[0]?.clauseId).toBe('PI.C2.b');
    expect(f?.evidence[0]).toMatchObject({
      pointer: '/records/quarterlyDisclosure/1/expenseLines/1/decisionId',
      observed: null,
    });
  });

  it('an invalid decision lists each art. 278 shortfall with a pointer into the decision', () => {
    const d = clone(cleanPublicIncome());
    addDecision(d, { id: 'OD2', participatingOwners: 200, approvingOwners: 100 });
    spend(d, '2023Q2', 'OD2');
    const f = runRule(expenseAuthorisedRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.why.map((w) => w.observed)).toEqual(['200/400', '100/200']);
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/quarterlyDisclosure/1/expenseLines/1/decisionId',
      '/records/ownersDecision/1/participatingOwners',
      '/records/ownersDecision/1/approvingOwners',
    ]);
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of expenseAuthorisedRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
