import type { Community, SystemFiling } from '@rectify/schemas';
import { disclosureDeadline, parseShanghaiDate } from '../../../calendar/index';
import { defineRule, fail, notApplicable, pass, pending, t, unknown } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';

interface Line {
  category: string;
  amount: number;
}

/** One item that the two filings do not hold alike: a line on one side, the other, or both (same category). */
interface LineDiff {
  provincial?: { index: number; line: Line };
  quanzhou?: { index: number; line: Line };
}

/**
 * Compares two lists of lines as multisets of (category, amount): order and descriptions do not matter. Lines
 * left unmatched are paired by category in filing order, so a changed amount reads as one differing item
 * rather than one missing and one extra line.
 */
function diffLines(provincial: readonly Line[], quanzhou: readonly Line[]): LineDiff[] {
  const key = (l: Line) => `${l.category}|${l.amount}`;
  const pool = new Map<string, number[]>();
  quanzhou.forEach((l, j) => {
    const bucket = pool.get(key(l));
    if (bucket) bucket.push(j);
    else pool.set(key(l), [j]);
  });
  const onlyProvincial: number[] = [];
  provincial.forEach((l, i) => {
    const bucket = pool.get(key(l));
    if (bucket && bucket.length > 0) bucket.shift();
    else onlyProvincial.push(i);
  });
  const onlyQuanzhou = [...pool.values()].flat().sort((a, b) => a - b);

  const diffs: LineDiff[] = [];
  const paired = new Set<number>();
  for (const i of onlyProvincial) {
    const pl = provincial[i];
    if (!pl) continue;
    const j = onlyQuanzhou.find((k) => !paired.has(k) && quanzhou[k]?.category === pl.category);
    const ql = j === undefined ? undefined : quanzhou[j];
    if (j !== undefined && ql) {
      paired.add(j);
      diffs.push({ provincial: { index: i, line: pl }, quanzhou: { index: j, line: ql } });
    } else diffs.push({ provincial: { index: i, line: pl } });
  }
  for (const j of onlyQuanzhou) {
    const ql = quanzhou[j];
    if (!paired.has(j) && ql) diffs.push({ quanzhou: { index: j, line: ql } });
  }
  return diffs;
}

const SIDES = {
  income: { field: 'incomeLines', zh: '收入明细', en: 'income line' },
  expense: { field: 'expenseLines', zh: '支出明细', en: 'expense line' },
} as const;

/** Turns line differences into "why" conditions and evidence, one of each per differing item. */
function describe(
  base: string,
  side: keyof typeof SIDES,
  diffs: readonly LineDiff[],
  why: Condition[],
  evidence: Evidence[],
): void {
  const { field, zh, en } = SIDES[side];
  const at = (system: 'provincial' | 'quanzhou', i: number) => `${base}/filings/${system}/${field}/${i}`;
  for (const d of diffs) {
    const line = (d.quanzhou ?? d.provincial)?.line;
    if (!line) continue;
    if (d.provincial && d.quanzhou) {
      why.push({
        clauseId: 'PI.C1.c',
        text: t(`${zh}金额不一致（${line.category}）`, `${en} amount differs (${line.category})`),
        observed: d.quanzhou.line.amount,
        expected: d.provincial.line.amount,
      });
      evidence.push({
        pointer: `${at('quanzhou', d.quanzhou.index)}/amount`,
        observed: d.quanzhou.line.amount,
        expected: d.provincial.line.amount,
        note: t(
          `省系统对应明细：${at('provincial', d.provincial.index)}`,
          `provincial system line: ${at('provincial', d.provincial.index)}`,
        ),
      });
    } else if (d.provincial) {
      why.push({
        clauseId: 'PI.C1.c',
        text: t(
          `${zh}仅见于省系统（${line.category}）`,
          `${en} only in the provincial system (${line.category})`,
        ),
        observed: null,
        expected: { category: line.category, amount: line.amount },
      });
      evidence.push({
        pointer: at('provincial', d.provincial.index),
        observed: { category: line.category, amount: line.amount },
        expected: null,
        note: t('泉州市物业项目管理系统无对应明细', 'no matching line in the Quanzhou system filing'),
      });
    } else if (d.quanzhou) {
      why.push({
        clauseId: 'PI.C1.c',
        text: t(
          `${zh}仅见于泉州系统（${line.category}）`,
          `${en} only in the Quanzhou system (${line.category})`,
        ),
        observed: { category: line.category, amount: line.amount },
        expected: null,
      });
      evidence.push({
        pointer: at('quanzhou', d.quanzhou.index),
        observed: { category: line.category, amount: line.amount },
        expected: null,
        note: t(
          '省住宅小区公共收益信息管理系统无对应明细',
          'no matching line in the provincial system filing',
        ),
      });
    }
  }
}

/**
 * PI.C1.c with PI.M2 (开展数据比对): the quarter's filings in the provincial system and in the Quanzhou system
 * agree item by item — income lines and expense lines as multisets of (category, amount), and the closing
 * balance. Where the two disagree, the Quanzhou filing is reported as observed against the provincial one as
 * expected (the provincial system is the upper-level record); either may be the wrong one.
 */
export const filingsAgreeRule = defineRule({
  id: 'PI-FILINGS-AGREE',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('省、市两个系统填报一致', 'Provincial and Quanzhou filings agree'),
  message: t(
    '{subject} {period} 省住宅小区公共收益信息管理系统与泉州市物业项目管理系统填报的收支情况有 {count} 项不一致',
    '{subject}: {period} filings in the provincial and Quanzhou systems differ in {count} item(s)',
  ),
  remediation: t(
    '核对两个系统的填报，督促物业服务企业按实际收支更正有误的一方',
    'Compare the two filings and have the company correct the one that departs from the actual accounts',
  ),
  clauseIds: ['PI.C1.c', 'PI.M2'],
  quote: [
    '以及省住宅小区公共收益信息管理系统和泉州市物业项目管理系统公示',
    '依托系统，开展数据比对、分析、研判和核查工作',
  ],
  severity: 'major',
  subjectKind: 'community-quarter',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-authority',
  evaluate(ref, { asOf, index }) {
    const community = ref.record as Community;
    const quarter = ref.period as string;
    const found = index.disclosure(community.id, quarter);
    if (!found) return notApplicable();
    const deadline = disclosureDeadline(quarter);
    const base = found.pointer;

    // A filing made after asOf was not there on asOf.
    const filed = (f: SystemFiling | undefined): f is SystemFiling => {
      if (!f) return false;
      const day = parseShanghaiDate(f.filedAt);
      return !day.ok || day.value <= asOf;
    };
    const { provincial, quanzhou } = found.record.filings;
    if (!filed(provincial) || !filed(quanzhou)) {
      if (deadline >= asOf) return pending(deadline);
      const missing = [
        ...(filed(provincial) ? [] : ['provincial']),
        ...(filed(quanzhou) ? [] : ['quanzhou']),
      ];
      return unknown(
        missing.map((system) => ({
          pointer: `${base}/filings/${system}`,
          observed: null,
          expected: 'SystemFiling',
          note: t('缺少该系统的填报，无法比对', 'the filing of this system is missing: nothing to compare'),
        })),
        { deadline },
      );
    }

    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    describe(base, 'income', diffLines(provincial.incomeLines, quanzhou.incomeLines), why, evidence);
    describe(base, 'expense', diffLines(provincial.expenseLines, quanzhou.expenseLines), why, evidence);
    if (provincial.closingBalance !== quanzhou.closingBalance) {
      why.push({
        clauseId: 'PI.C1.c',
        text: t('期末结余不一致', 'closing balance differs'),
        observed: quanzhou.closingBalance,
        expected: provincial.closingBalance,
      });
      evidence.push({
        pointer: `${base}/filings/quanzhou/closingBalance`,
        observed: quanzhou.closingBalance,
        expected: provincial.closingBalance,
        note: t(
          `省系统：${base}/filings/provincial/closingBalance`,
          `provincial system: ${base}/filings/provincial/closingBalance`,
        ),
      });
    }
    if (why.length === 0) return pass([], { deadline });
    return fail(why, evidence, { deadline, params: { count: why.length } });
  },
});
