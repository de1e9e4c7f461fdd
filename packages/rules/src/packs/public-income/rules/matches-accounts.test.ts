import type { AccountEvidence, Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { withAgreeingAccountEvidence } from '../../../testing/c1-builders';
import { matchesAccountsRule } from './matches-accounts';

/** The account evidence of a quarter (the first when there are several), to change in a scenario. */
const accountsOf = (d: Dataset, quarter: string, source?: AccountEvidence['source']): AccountEvidence => {
  const found = d.records.accountEvidence?.find(
    (e) => e.quarter === quarter && (source === undefined || e.source === source),
  );
  if (!found) throw new Error(`no account evidence for ${quarter}`);
  return found;
};

// PI.C1.g — 公示的公共收益收支情况和实际不符.
describe('PI-MATCHES-ACCOUNTS (PI.C1.g)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, quarter: string, expected: string];
  const cases: Case[] = [
    [
      'books that agree with the disclosure pass',
      (d) => void withAgreeingAccountEvidence(d),
      '2023Q2',
      'pass',
    ],
    ['no ledger, bank or audit evidence is unknown, never a silent pass', () => {}, '2023Q2', 'unknown'],
    [
      'evidence for other quarters only is unknown for this one',
      (d) => {
        withAgreeingAccountEvidence(d);
        d.records.accountEvidence = d.records.accountEvidence?.filter((e) => e.quarter !== '2023Q2');
      },
      '2023Q2',
      'unknown',
    ],
    [
      'a ledger income total 100 fen above the disclosure fails',
      (d) => {
        withAgreeingAccountEvidence(d);
        accountsOf(d, '2023Q2').incomeTotal += 100;
      },
      '2023Q2',
      'fail',
    ],
    [
      'a bank statement with a different expense total fails',
      (d) => {
        withAgreeingAccountEvidence(d, 'bank-statement');
        accountsOf(d, '2023Q1').expenseTotal -= 1;
      },
      '2023Q1',
      'fail',
    ],
    [
      'an audit with a different closing balance fails',
      (d) => {
        withAgreeingAccountEvidence(d, 'audit');
        accountsOf(d, '2023Q3').closingBalance = -5;
      },
      '2023Q3',
      'fail',
    ],
    [
      'the ledger agreeing does not excuse a bank statement that disagrees',
      (d) => {
        withAgreeingAccountEvidence(d, 'ledger');
        withAgreeingAccountEvidence(d, 'bank-statement');
        accountsOf(d, '2023Q2', 'bank-statement').closingBalance += 1;
      },
      '2023Q2',
      'fail',
    ],
    [
      'evidence of another community does not count',
      (d) => {
        withAgreeingAccountEvidence(d);
        for (const e of d.records.accountEvidence ?? []) e.communityId = 'C2';
      },
      '2023Q2',
      'unknown',
    ],
    [
      'a quarter with no disclosure record is not judged here (Q4)',
      (d) => void withAgreeingAccountEvidence(d),
      '2023Q4',
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, quarter, expected) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(outcomeOf(runRule(matchesAccountsRule, d, '2024-03-01'), 'C1', quarter)).toBe(expected);
  });

  it('a failure points at the disclosed figure and names the evidence it was compared with', () => {
    const d = withAgreeingAccountEvidence(clone(cleanPublicIncome()));
    accountsOf(d, '2023Q2').incomeTotal += 100;
    const f = runRule(matchesAccountsRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.clauseIds).toEqual(['PI.C1.g']);
    expect(f?.severity).toBe('critical');
    expect(f?.why).toEqual([
      expect.objectContaining({ clauseId: 'PI.C1.g', observed: 420_000, expected: 420_100 }),
    ]);
    expect(f?.evidence).toEqual([
      {
        pointer: '/records/quarterlyDisclosure/1/incomeTotal',
        observed: 420_000,
        expected: 420_100,
        note: {
          'zh-CN': '账簿：/records/accountEvidence/1/incomeTotal',
          en: 'ledger: /records/accountEvidence/1/incomeTotal',
        },
      },
    ]);
  });

  it('every disagreeing figure is its own condition', () => {
    const d = withAgreeingAccountEvidence(clone(cleanPublicIncome()));
    const e = accountsOf(d, '2023Q2');
    e.incomeTotal += 1;
    e.expenseTotal += 1;
    e.closingBalance += 1;
    const f = runRule(matchesAccountsRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.why.map((w) => w.text.en)).toEqual([
      'disclosed income total differs from the ledger',
      'disclosed expense total differs from the ledger',
      'disclosed closing balance differs from the ledger',
    ]);
  });

  it('an unknown outcome says what evidence is missing', () => {
    const f = runRule(matchesAccountsRule, cleanPublicIncome(), '2023-11-30').find(
      (x) => x.period === '2023Q1',
    );
    expect(f?.outcome).toBe('unknown');
    expect(f?.evidence[0]).toMatchObject({
      pointer: '/records/quarterlyDisclosure/0',
      expected: 'accountEvidence',
    });
  });
});
