import type { Bilingual, Community } from '@rectify/schemas';
import { previousQuarter } from '../../../calendar/index';
import { defineRule, fail, notApplicable, pass, t, unknown } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';

/** One equation of the disclosure's accounts: the stated value and what the other figures make it. */
interface Equation {
  text: Bilingual;
  pointer: string;
  stated: bigint;
  computed: bigint;
  note: Bilingual;
}

/**
 * PI.C1.f (账目混乱、金额填报不实): the disclosure's accounts add up exactly, in integer fen —
 * incomeTotal = Σ income lines; expenseTotal = Σ expense lines; companyShare + ownersShare = base;
 * closingBalance = openingBalance + incomeTotal − expenseTotal − companyShare − Σ maintenance-fund transfers;
 * and openingBalance = the previous quarter's closingBalance when that disclosure exists. Each broken equation
 * is its own failed condition. Sums are taken as BigInt so no total, however large, is rounded.
 */
export const arithmeticRule = defineRule({
  id: 'PI-ARITHMETIC',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('公示账目平衡、金额准确', 'Disclosed accounts add up'),
  message: t(
    '{subject} {period} 公示账目不平：{equations}',
    "{subject}: {period} disclosed accounts don't add up: {equationsEn}",
  ),
  remediation: t(
    '督促物业服务企业核对账目，更正公示金额并重新公示',
    'Have the company reconcile its books, correct the amounts and post the disclosure again',
  ),
  clauseIds: ['PI.C1.f'],
  quote: ['公示的账目混乱，公示金额填报不实'],
  severity: 'major',
  subjectKind: 'community-quarter',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-authority',
  evaluate(ref, { index }) {
    const community = ref.record as Community;
    const quarter = ref.period as string;
    const found = index.disclosure(community.id, quarter);
    if (!found) return notApplicable();
    const d = found.record;
    const p = found.pointer;

    // Money is integer fen by contract; an unvalidated host value that is not one cannot be judged exactly.
    const notFen: Evidence[] = [];
    const fen = (value: unknown, pointer: string): bigint => {
      if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
      notFen.push({ pointer, observed: value ?? null, expected: 'integer fen' });
      return 0n;
    };
    const sum = (values: readonly bigint[]) => values.reduce((s, v) => s + v, 0n);

    const opening = fen(d.openingBalance, `${p}/openingBalance`);
    const incomeTotal = fen(d.incomeTotal, `${p}/incomeTotal`);
    const incomeSum = sum(d.incomeLines.map((l, i) => fen(l.amount, `${p}/incomeLines/${i}/amount`)));
    const expenseTotal = fen(d.expenseTotal, `${p}/expenseTotal`);
    const expenseSum = sum(d.expenseLines.map((l, i) => fen(l.amount, `${p}/expenseLines/${i}/amount`)));
    const transfers = sum(
      d.maintenanceFundTransfers.map((m, i) => fen(m.amount, `${p}/maintenanceFundTransfers/${i}/amount`)),
    );
    const closing = fen(d.closingBalance, `${p}/closingBalance`);
    const split = d.distribution && {
      base: fen(d.distribution.base, `${p}/distribution/base`),
      company: fen(d.distribution.companyShare, `${p}/distribution/companyShare`),
      owners: fen(d.distribution.ownersShare, `${p}/distribution/ownersShare`),
    };
    // No distribution recorded: the company took no share this quarter.
    const companyShare = split?.company ?? 0n;
    const previous = index.disclosure(community.id, previousQuarter(quarter));
    const previousClosing =
      previous && fen(previous.record.closingBalance, `${previous.pointer}/closingBalance`);
    if (notFen.length > 0) return unknown(notFen);

    const equations: Equation[] = [
      {
        text: t('收入合计不等于各项收入之和', 'income total is not the sum of the income lines'),
        pointer: `${p}/incomeTotal`,
        stated: incomeTotal,
        computed: incomeSum,
        note: t('收入合计 = Σ 收入明细', 'incomeTotal = Σ incomeLines'),
      },
      {
        text: t('支出合计不等于各项支出之和', 'expense total is not the sum of the expense lines'),
        pointer: `${p}/expenseTotal`,
        stated: expenseTotal,
        computed: expenseSum,
        note: t('支出合计 = Σ 支出明细', 'expenseTotal = Σ expenseLines'),
      },
      ...(split
        ? [
            {
              text: t(
                '企业分成与业主分成之和不等于可分配金额',
                'company and owners shares do not add up to the base',
              ),
              pointer: `${p}/distribution`,
              stated: split.company + split.owners,
              computed: split.base,
              note: t('企业分成 + 业主分成 = 可分配金额', 'companyShare + ownersShare = base'),
            },
          ]
        : []),
      {
        text: t(
          '期末结余不等于期初结余加收入减支出、企业分成和转存维修资金',
          'closing balance does not follow from the period',
        ),
        pointer: `${p}/closingBalance`,
        stated: closing,
        computed: opening + incomeTotal - expenseTotal - companyShare - transfers,
        note: t(
          '期末结余 = 期初结余 + 收入合计 − 支出合计 − 企业分成 − Σ 转存维修资金',
          'closingBalance = openingBalance + incomeTotal − expenseTotal − companyShare − Σ maintenanceFundTransfers',
        ),
      },
      ...(previous && previousClosing !== undefined
        ? [
            {
              text: t(
                '期初结余不等于上一季度期末结余',
                "opening balance is not the previous quarter's closing balance",
              ),
              pointer: `${p}/openingBalance`,
              stated: opening,
              computed: previousClosing,
              note: t(
                `上一季度期末结余：${previous.pointer}/closingBalance`,
                `previous quarter's closing balance: ${previous.pointer}/closingBalance`,
              ),
            },
          ]
        : []),
    ];

    const broken = equations.filter((e) => e.stated !== e.computed);
    if (broken.length === 0) return pass();
    const why: Condition[] = broken.map((e) => ({
      clauseId: 'PI.C1.f',
      text: e.text,
      observed: Number(e.stated),
      expected: Number(e.computed),
    }));
    const evidence: Evidence[] = broken.map((e) => ({
      pointer: e.pointer,
      observed: Number(e.stated),
      expected: Number(e.computed),
      note: e.note,
    }));
    return fail(why, evidence, {
      params: {
        equations: broken.map((e) => e.text['zh-CN']).join('；'),
        equationsEn: broken.map((e) => e.text.en).join('; '),
      },
    });
  },
});
