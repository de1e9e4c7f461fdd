import type { Community } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, t, unknown } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';

const FIELDS = [
  { field: 'incomeTotal', zh: '收入合计', en: 'income total' },
  { field: 'expenseTotal', zh: '支出合计', en: 'expense total' },
  { field: 'closingBalance', zh: '期末结余', en: 'closing balance' },
] as const;

const SOURCE_NAMES = {
  ledger: { zh: '账簿', en: 'ledger' },
  'bank-statement': { zh: '银行流水', en: 'bank statement' },
  audit: { zh: '审计', en: 'audit' },
} as const;

/**
 * PI.C1.g: what the disclosure says for the quarter agrees with what the books, the bank or an audit say
 * (the host's account evidence) on income total, expense total and closing balance. Without such evidence the
 * disclosure cannot be compared with reality: unknown, never a silent pass.
 */
export const matchesAccountsRule = defineRule({
  id: 'PI-MATCHES-ACCOUNTS',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('公示收支与实际相符', 'Disclosure matches the accounts'),
  message: t(
    '{subject} {period} 公示的公共收益收支情况与账簿/银行流水不符：{fields}',
    '{subject}: {period} disclosure differs from the books or bank records: {fieldsEn}',
  ),
  remediation: t(
    '核查账簿和银行流水，督促物业服务企业按实际收支更正公示；涉嫌侵占的移交查处',
    'Verify the books and bank statements, have the company correct the disclosure, and refer suspected misappropriation',
  ),
  clauseIds: ['PI.C1.g'],
  quote: ['公示的公共收益收支情况和实际不符'],
  severity: 'critical',
  subjectKind: 'community-quarter',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-authority',
  evaluate(ref, { index }) {
    const community = ref.record as Community;
    const quarter = ref.period as string;
    const found = index.disclosure(community.id, quarter);
    if (!found) return notApplicable();
    const records = index
      .of('accountEvidence', 'communityId', community.id)
      .filter((e) => e.record.quarter === quarter);
    if (records.length === 0)
      return unknown([
        {
          pointer: found.pointer,
          observed: null,
          expected: 'accountEvidence',
          note: t(
            '无该季度的账簿、银行流水或审计证据，无法与实际核对',
            'no ledger, bank or audit evidence for the quarter to compare with',
          ),
        },
      ]);

    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    for (const { record: accounts, pointer } of records) {
      const source = SOURCE_NAMES[accounts.source];
      for (const { field, zh, en } of FIELDS) {
        const disclosed = found.record[field];
        const actual = accounts[field];
        if (disclosed === actual) continue;
        why.push({
          clauseId: 'PI.C1.g',
          text: t(`公示${zh}与${source.zh}不符`, `disclosed ${en} differs from the ${source.en}`),
          observed: disclosed,
          expected: actual,
        });
        evidence.push({
          pointer: `${found.pointer}/${field}`,
          observed: disclosed,
          expected: actual,
          note: t(`${source.zh}：${pointer}/${field}`, `${source.en}: ${pointer}/${field}`),
        });
      }
    }
    if (why.length === 0) return pass();
    return fail(why, evidence, {
      params: {
        fields: why.map((w) => w.text['zh-CN']).join('；'),
        fieldsEn: why.map((w) => w.text.en).join('; '),
      },
    });
  },
});
