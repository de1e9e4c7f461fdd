import type { Community } from '@rectify/schemas';
import { defineRule, fail, pass, t, unknown } from '../../../engine/rule';

/**
 * PI.C2.a: the community's public income is kept in a separate bank account or a dedicated ledger
 * (单独开户或专账). Either mode satisfies the clause; an unregistered account is unknown, never a silent pass.
 */
export const separateAccountRule = defineRule({
  id: 'PI-SEPARATE-ACCOUNT',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('公共收益单独开户或专账管理', 'Public income in a separate account or dedicated ledger'),
  message: t(
    '{subject} 未按规定对公共收益单独开户或专账进行管理',
    '{subject}: public income not kept in a separate account or a dedicated ledger',
  ),
  remediation: t(
    '督促物业服务企业为公共收益单独开立账户或设立专账，并登记账户信息',
    'Have the company open a separate account or a dedicated ledger for public income and register it',
  ),
  clauseIds: ['PI.C2.a'],
  quote: ['物业服务企业未按规定对公共收益单独开户或专账进行管理'],
  severity: 'major',
  subjectKind: 'community',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-authority',
  evaluate(ref) {
    const community = ref.record as Community;
    const account = community.account;
    if (!account)
      return unknown([
        {
          pointer: `${ref.pointer}/account`,
          observed: null,
          expected: ['separate-account', 'dedicated-ledger'],
          note: t('未登记公共收益账户信息', 'no public-income account registered'),
        },
      ]);
    // The account number is never echoed: only the mode matters to the clause.
    if (account.mode === 'none')
      return fail(
        [
          {
            clauseId: 'PI.C2.a',
            text: t('未单独开户，也未设专账', 'neither a separate account nor a dedicated ledger'),
            observed: 'none',
            expected: ['separate-account', 'dedicated-ledger'],
          },
        ],
        [
          {
            pointer: `${ref.pointer}/account/mode`,
            observed: 'none',
            expected: ['separate-account', 'dedicated-ledger'],
          },
        ],
      );
    return pass();
  },
});
