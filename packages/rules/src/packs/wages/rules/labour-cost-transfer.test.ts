import { readFileSync } from 'node:fs';
import type { Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { clone, outcomeOf, runRule } from '../../../testing/builders';
import {
  CLEAN_WAGES_AS_OF,
  CLEAN_WAGES_MONTHS,
  cleanWages,
  payrollIn,
  projectIn,
} from '../../../testing/wages-builders';
import { labourCostTransferRule } from './labour-cost-transfer';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const transfer = (d: Dataset, projectId: string, month: string) =>
  d.records.labourCostTransfer?.find((x) => x.projectId === projectId && x.forMonth === month);
const dropTransfer = (projectId: string, month: string) => (d: Dataset) => {
  d.records.labourCostTransfer = d.records.labourCostTransfer?.filter(
    (x) => !(x.projectId === projectId && x.forMonth === month),
  );
};

// WG.M2 — 工资专户 / 工程款拖欠预警 ("labour-cost transfers into the special account"); art. 24, monthly.
describe('WG-LABOUR-COST-TRANSFER (WG.M2)', () => {
  type Case = [
    name: string,
    project: string,
    mutate: (d: Dataset) => void,
    asOf: string,
    month: string,
    params: Record<string, number>,
    expected: string,
  ];
  const cases: Case[] = [
    [
      'September transferred on 10-05, more than the payroll: pass',
      'P1',
      () => {},
      CLEAN_WAGES_AS_OF,
      '2023-09',
      {},
      'pass',
    ],
    [
      'P2: transfer exactly equal to the payroll total passes',
      'P2',
      () => {},
      CLEAN_WAGES_AS_OF,
      '2023-09',
      {},
      'pass',
    ],
    [
      'P2: one fen short of the payroll fails',
      'P2',
      (d) => {
        const x = transfer(d, 'P2', '2023-09');
        if (x) x.amount = 1_649_999;
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      {},
      'fail',
    ],
    [
      'transferred on the last day of the following month passes',
      'P1',
      (d) => {
        const x = transfer(d, 'P1', '2023-09');
        if (x) x.transferredOn = '2023-10-31';
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      {},
      'pass',
    ],
    [
      'transferred a day late fails',
      'P1',
      (d) => {
        const x = transfer(d, 'P1', '2023-09');
        if (x) x.transferredOn = '2023-11-01';
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      {},
      'fail',
    ],
    [
      'none yet, deadline is asOf itself: pending',
      'P1',
      dropTransfer('P1', '2023-10'),
      CLEAN_WAGES_AS_OF,
      '2023-10',
      {},
      'pending',
    ],
    [
      'none, the day after the deadline: fail',
      'P1',
      dropTransfer('P1', '2023-10'),
      '2023-12-01',
      '2023-10',
      {},
      'fail',
    ],
    [
      'same-month rule (lag 0): the 10-05 transfer for September is late',
      'P1',
      () => {},
      CLEAN_WAGES_AS_OF,
      '2023-09',
      { lagMonths: 0 },
      'fail',
    ],
    [
      'no payroll in the month: any transfer passes',
      'P1',
      (d) => {
        d.records.payrollLine = d.records.payrollLine?.filter(
          (l) => !(l.projectId === 'P1' && l.month === '2023-09'),
        );
        const x = transfer(d, 'P1', '2023-09');
        if (x) x.amount = 1;
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      {},
      'pass',
    ],
    [
      'no payroll and no transfer after the deadline: fail',
      'P1',
      (d) => {
        d.records.payrollLine = d.records.payrollLine?.filter(
          (l) => !(l.projectId === 'P1' && l.month === '2023-09'),
        );
        dropTransfer('P1', '2023-09')(d);
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      {},
      'fail',
    ],
    [
      'a suspended site idle in the month (no payroll, no attendance, no transfer): not applicable',
      'P1',
      (d) => {
        projectIn(d).status = 'suspended';
        d.records.payrollLine = d.records.payrollLine?.filter(
          (l) => !(l.projectId === 'P1' && l.month === '2023-09'),
        );
        d.records.workerAttendance = d.records.workerAttendance?.filter(
          (a) => !(a.projectId === 'P1' && a.month === '2023-09'),
        );
        dropTransfer('P1', '2023-09')(d);
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      {},
      'not_applicable',
    ],
    [
      'attendance but no payroll and no transfer: still fails',
      'P1',
      (d) => {
        projectIn(d).status = 'suspended';
        d.records.payrollLine = d.records.payrollLine?.filter(
          (l) => !(l.projectId === 'P1' && l.month === '2023-09'),
        );
        dropTransfer('P1', '2023-09')(d);
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      {},
      'fail',
    ],
    ['November: not yet due, pending', 'P1', () => {}, CLEAN_WAGES_AS_OF, '2023-11', {}, 'pending'],
    [
      'July, before the start: not applicable',
      'P1',
      () => {},
      CLEAN_WAGES_AS_OF,
      '2023-07',
      {},
      'not_applicable',
    ],
    [
      'a completed project: not applicable',
      'P1',
      (d) => {
        projectIn(d).status = 'completed';
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      {},
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, project, mutate, asOf, month, params, expected) => {
    const d = clone(cleanWages());
    mutate(d);
    const findings = runRule(labourCostTransferRule, d, asOf, {
      parameters: { 'WG-LABOUR-COST-TRANSFER': params },
    });
    expect(outcomeOf(findings, project, month)).toBe(expected);
  });

  it.each(['P1', 'P2'])('passes on every due month of clean project %s', (projectId) => {
    const findings = runRule(labourCostTransferRule, cleanWages(), CLEAN_WAGES_AS_OF);
    for (const m of CLEAN_WAGES_MONTHS) expect(outcomeOf(findings, projectId, m), m).toBe('pass');
  });

  it('a late and short transfer gives two conditions, the deadline and the pointers', () => {
    const d = clone(cleanWages());
    const x = transfer(d, 'P1', '2023-08');
    if (x) {
      x.transferredOn = '2023-10-10';
      x.amount = 2_000_000;
    }
    expect(payrollIn(d, 'P1', '2023-08')).toHaveLength(4);
    const f = runRule(labourCostTransferRule, d, CLEAN_WAGES_AS_OF).find(
      (y) => y.subject.id === 'P1' && y.period === '2023-08',
    );
    expect(f?.deadline).toBe('2023-09-30');
    expect(f?.why.map((w) => w.observed)).toEqual([['2023-10-10'], 2_000_000]);
    expect(f?.why[1]?.expected).toBe('≥ 2400000');
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/labourCostTransfer/0/transferredOn',
      '/records/labourCostTransfer/0/amount',
    ]);
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of labourCostTransferRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
