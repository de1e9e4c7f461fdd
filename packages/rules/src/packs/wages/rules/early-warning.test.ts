import { readFileSync } from 'node:fs';
import type { Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { DatasetIndex } from '../../../engine/dataset-index';
import { clone, outcomeOf, runRule } from '../../../testing/builders';
import { CLEAN_WAGES_AS_OF, cleanWages, payrollIn, projectIn } from '../../../testing/wages-builders';
import { arrearsWarning, earlyWarningRule } from './early-warning';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const transfer = (d: Dataset, month: string) =>
  d.records.labourCostTransfer?.find((x) => x.projectId === 'P1' && x.forMonth === month);
const lateTransfer = (month: string, on: string) => (d: Dataset) => {
  const x = transfer(d, month);
  if (x) x.transferredOn = on;
};
const dropTransfer =
  (...months: string[]) =>
  (d: Dataset) => {
    d.records.labourCostTransfer = d.records.labourCostTransfer?.filter(
      (x) => !(x.projectId === 'P1' && months.includes(x.forMonth)),
    );
  };
const dropPayment =
  (...ids: string[]) =>
  (d: Dataset) => {
    d.records.projectPayment = d.records.projectPayment?.filter((p) => !ids.includes(p.id));
  };
const underpay =
  (...months: string[]) =>
  (d: Dataset) => {
    for (const m of months) {
      const l = payrollIn(d, 'P1', m)[0];
      if (l) l.amountPaid = 0;
    }
  };
const both =
  (...fs: ((d: Dataset) => void)[]) =>
  (d: Dataset) => {
    for (const f of fs) f(d);
  };

// WG.M2 — 延伸建立工程款拖欠预警机制，全流程监控拨付情况; WG.S2 — 及时预警欠款欠薪隐患.
describe('WG-EARLY-WARNING (WG.M2)', () => {
  type Case = [
    name: string,
    mutate: (d: Dataset) => void,
    asOf: string,
    params: Record<string, number | string>,
    level: string,
    outcome: string,
  ];
  const cases: Case[] = [
    ['no signal: none, pass', () => {}, CLEAN_WAGES_AS_OF, {}, 'none', 'pass'],
    [
      'September labour cost transferred late but in full: blue, pass',
      lateTransfer('2023-09', '2023-11-05'),
      CLEAN_WAGES_AS_OF,
      {},
      'blue',
      'pass',
    ],
    [
      '… fails when failLevel is blue',
      lateTransfer('2023-09', '2023-11-05'),
      CLEAN_WAGES_AS_OF,
      { failLevel: 'blue' },
      'blue',
      'fail',
    ],
    [
      'September labour cost missing: yellow, fail',
      dropTransfer('2023-09'),
      CLEAN_WAGES_AS_OF,
      {},
      'yellow',
      'fail',
    ],
    [
      '… passes when failLevel is orange',
      dropTransfer('2023-09'),
      CLEAN_WAGES_AS_OF,
      { failLevel: 'orange' },
      'yellow',
      'pass',
    ],
    [
      'a suspended site idle in September (no payroll, attendance or transfer): no signal',
      (d) => {
        projectIn(d).status = 'suspended';
        d.records.payrollLine = d.records.payrollLine?.filter(
          (l) => !(l.projectId === 'P1' && l.month === '2023-09'),
        );
        d.records.workerAttendance = d.records.workerAttendance?.filter(
          (a) => !(a.projectId === 'P1' && a.month === '2023-09'),
        );
        dropTransfer('2023-09')(d);
      },
      CLEAN_WAGES_AS_OF,
      {},
      'none',
      'pass',
    ],
    [
      'October labour cost missing, its deadline is asOf: no signal yet',
      dropTransfer('2023-10'),
      CLEAN_WAGES_AS_OF,
      {},
      'none',
      'pass',
    ],
    [
      'August and September missing: orange',
      dropTransfer('2023-08', '2023-09'),
      CLEAN_WAGES_AS_OF,
      {},
      'orange',
      'fail',
    ],
    [
      'three months missing (same-month deadline): red',
      dropTransfer('2023-08', '2023-09', '2023-10'),
      CLEAN_WAGES_AS_OF,
      { transferLagMonths: 0 },
      'red',
      'fail',
    ],
    ['builder arrears 29 days old: blue', dropPayment('PAY-P1-3'), '2023-11-29', {}, 'blue', 'pass'],
    [
      'builder arrears exactly 30 days old: yellow',
      dropPayment('PAY-P1-3'),
      CLEAN_WAGES_AS_OF,
      {},
      'yellow',
      'fail',
    ],
    [
      'builder arrears 61 days old: orange',
      dropPayment('PAY-P1-2', 'PAY-P1-3'),
      CLEAN_WAGES_AS_OF,
      {},
      'orange',
      'fail',
    ],
    [
      'builder arrears 91 days old: red',
      dropPayment('PAY-P1-1', 'PAY-P1-2', 'PAY-P1-3'),
      CLEAN_WAGES_AS_OF,
      {},
      'red',
      'fail',
    ],
    ['one month of payroll gaps: orange', underpay('2023-09'), CLEAN_WAGES_AS_OF, {}, 'orange', 'fail'],
    ['two months of payroll gaps: red', underpay('2023-08', '2023-09'), CLEAN_WAGES_AS_OF, {}, 'red', 'fail'],
    [
      'a gap before the window (3 months) is not counted',
      underpay('2023-08'),
      '2023-12-10',
      {},
      'none',
      'pass',
    ],
    [
      '… but is with a 4-month window',
      underpay('2023-08'),
      '2023-12-10',
      { windowMonths: 4 },
      'orange',
      'fail',
    ],
    [
      'two yellow signals compound: orange',
      both(dropTransfer('2023-09'), dropPayment('PAY-P1-3')),
      CLEAN_WAGES_AS_OF,
      {},
      'orange',
      'fail',
    ],
    [
      'a blue and a yellow signal do not compound: yellow',
      both(lateTransfer('2023-08', '2023-10-02'), dropPayment('PAY-P1-3')),
      CLEAN_WAGES_AS_OF,
      {},
      'yellow',
      'fail',
    ],
    [
      'orange and red compound, capped at red',
      both(underpay('2023-08', '2023-09'), dropPayment('PAY-P1-2', 'PAY-P1-3')),
      CLEAN_WAGES_AS_OF,
      {},
      'red',
      'fail',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, params, level, outcome) => {
    const d = clone(cleanWages());
    mutate(d);
    const findings = runRule(earlyWarningRule, d, asOf, { parameters: { 'WG-EARLY-WARNING': params } });
    expect(outcomeOf(findings, 'P1')).toBe(outcome);
    const { failLevel: _ignored, ...thresholds } = params;
    expect(arrearsWarning('P1', new DatasetIndex(d), asOf, thresholds as Record<string, number>).level).toBe(
      level,
    );
  });

  it('passes on both clean projects with no warning', () => {
    const findings = runRule(earlyWarningRule, cleanWages(), CLEAN_WAGES_AS_OF);
    expect(findings.map((f) => f.outcome)).toEqual(['pass', 'pass']);
    expect(findings[0]?.message['zh-CN']).toContain('无预警');
  });

  it('a blue level passes but says so in the message', () => {
    const d = clone(cleanWages());
    lateTransfer('2023-09', '2023-11-05')(d);
    const f = runRule(earlyWarningRule, d, CLEAN_WAGES_AS_OF).find((x) => x.subject.id === 'P1');
    expect(f?.message['zh-CN']).toContain('蓝色预警');
    expect(f?.message.en).toContain('level blue');
  });

  it('a failure lists every reason with its clause, and the level in the message', () => {
    const d = clone(cleanWages());
    both(dropTransfer('2023-09'), dropPayment('PAY-P1-3'), underpay('2023-10'))(d);
    const f = runRule(earlyWarningRule, d, CLEAN_WAGES_AS_OF).find((x) => x.subject.id === 'P1');
    expect(f?.outcome).toBe('fail');
    expect(f?.why.map((w) => w.clauseId)).toEqual(['WG.M2', 'WG.F2', 'WG.F3']);
    expect(f?.clauseIds).toEqual(['WG.M2', 'WG.F2', 'WG.F3']);
    expect(f?.message['zh-CN']).toContain('红色预警');
    expect(f?.why[0]?.observed).toEqual(['2023-09']);
    expect(f?.evidence.length).toBeGreaterThanOrEqual(3);
    expect(f?.evidence[0]?.pointer).toBe('/records/constructionProject/0');
  });

  it('arrearsWarning is pure and reusable: an unknown project has no warning', () => {
    const index = new DatasetIndex(cleanWages());
    expect(arrearsWarning('P9', index, CLEAN_WAGES_AS_OF)).toEqual({ level: 'none', reasons: [] });
    expect(arrearsWarning('P1', index, CLEAN_WAGES_AS_OF)).toEqual({ level: 'none', reasons: [] });
  });

  it('no schedule, transfers or payroll: unknown, never a silent pass', () => {
    const d = clone(cleanWages());
    for (const k of ['paymentMilestone', 'labourCostTransfer', 'payrollLine'] as const)
      (d.records as Record<string, unknown>)[k] = (
        d.records[k] as { projectId: string }[] | undefined
      )?.filter((r) => r.projectId !== 'P1');
    expect(outcomeOf(runRule(earlyWarningRule, d, CLEAN_WAGES_AS_OF), 'P1')).toBe('unknown');
  });

  it('a completed project is not applicable', () => {
    const d = clone(cleanWages());
    projectIn(d).status = 'completed';
    expect(outcomeOf(runRule(earlyWarningRule, d, CLEAN_WAGES_AS_OF), 'P1')).toBe('not_applicable');
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of earlyWarningRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
