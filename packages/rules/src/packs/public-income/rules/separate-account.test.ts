import type { Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { communityIn } from '../../../testing/c1-builders';
import { separateAccountRule } from './separate-account';

// PI.C2.a — 未按规定对公共收益单独开户或专账进行管理.
describe('PI-SEPARATE-ACCOUNT (PI.C2.a)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, expected: string];
  const cases: Case[] = [
    ['a separate bank account passes', () => {}, 'pass'],
    [
      'a dedicated ledger passes (专账 is the alternative the clause allows)',
      (d) => {
        communityIn(d).account = { mode: 'dedicated-ledger' };
      },
      'pass',
    ],
    [
      'neither account nor ledger fails',
      (d) => {
        communityIn(d).account = { mode: 'none' };
      },
      'fail',
    ],
    [
      'no account registered is unknown',
      (d) => {
        communityIn(d).account = undefined;
      },
      'unknown',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, expected) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(outcomeOf(runRule(separateAccountRule, d, '2023-11-30'), 'C1')).toBe(expected);
  });

  it('a failure cites PI.C2.a, points at the mode and never echoes the account number', () => {
    const d = clone(cleanPublicIncome());
    communityIn(d).account = { mode: 'none', bankName: '示例银行', accountNumber: '6222020200112233445' };
    const f = runRule(separateAccountRule, d, '2023-11-30')[0];
    expect(f?.clauseIds).toEqual(['PI.C2.a']);
    expect(f?.why).toEqual([expect.objectContaining({ clauseId: 'PI.C2.a', observed: 'none' })]);
    expect(f?.evidence).toEqual([
      {
        pointer: '/records/community/0/account/mode',
        observed: 'none',
        expected: ['separate-account', 'dedicated-ledger'],
      },
    ]);
    expect(JSON.stringify(f)).not.toContain('6222020200112233445');
    expect(f?.message['zh-CN']).toContain('单独开户或专账');
  });

  it('an unknown outcome points at the missing account record', () => {
    const d = clone(cleanPublicIncome());
    communityIn(d).account = undefined;
    const f = runRule(separateAccountRule, d, '2023-11-30')[0];
    expect(f?.evidence[0]).toMatchObject({ pointer: '/records/community/0/account', observed: null });
    expect(f?.why).toEqual([]);
  });
});
