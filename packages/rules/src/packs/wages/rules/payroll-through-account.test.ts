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
import { payrollThroughAccountRule } from './payroll-through-account';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const line = (d: Dataset, month = '2023-09', i = 0) => payrollIn(d, 'P1', month)[i];

// WG.M2 — 利用市实名制平台，挂钩农民工工资发放; 农民工工资支付、工资专户 (art. 31: 总包代发, 签字确认).
describe('WG-PAYROLL-ACCOUNT (WG.M2)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, asOf: string, month: string, expected: string];
  const cases: Case[] = [
    ['every line through the account and signed passes', () => {}, CLEAN_WAGES_AS_OF, '2023-09', 'pass'],
    [
      'one line paid outside the account fails',
      (d) => {
        const l = line(d);
        if (l) l.throughSpecialAccount = false;
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'fail',
    ],
    [
      'one unsigned line after the deadline fails',
      (d) => {
        const l = line(d);
        if (l) l.signed = false;
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'fail',
    ],
    [
      'an unsigned line on the deadline (2023-10-15) is pending',
      (d) => {
        const l = line(d);
        if (l) l.signed = false;
      },
      '2023-10-15',
      '2023-09',
      'pending',
    ],
    [
      'an unsigned line the day after the deadline fails',
      (d) => {
        const l = line(d);
        if (l) l.signed = false;
      },
      '2023-10-16',
      '2023-09',
      'fail',
    ],
    [
      'paid outside the account before the deadline already fails (a payment cannot be undone)',
      (d) => {
        const l = line(d);
        if (l) l.throughSpecialAccount = false;
      },
      '2023-10-12',
      '2023-09',
      'fail',
    ],
    [
      'a line still unpaid after the deadline fails',
      (d) => {
        const l = line(d);
        if (l) {
          l.amountPaid = 0;
          delete l.paidOn;
        }
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'fail',
    ],
    [
      'a payment dated after asOf has not happened yet: pending before the deadline',
      () => {},
      '2023-10-09',
      '2023-09',
      'pending',
    ],
    ['November, not yet due, no payroll: pending', () => {}, CLEAN_WAGES_AS_OF, '2023-11', 'pending'],
    ['July, before the start: not applicable', () => {}, CLEAN_WAGES_AS_OF, '2023-07', 'not_applicable'],
    [
      'worked but no payroll after the deadline: unknown',
      (d) => {
        d.records.payrollLine = d.records.payrollLine?.filter(
          (l) => !(l.projectId === 'P1' && l.month === '2023-09'),
        );
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'unknown',
    ],
    [
      'no work and no payroll in an active month: not applicable',
      (d) => {
        d.records.payrollLine = d.records.payrollLine?.filter(
          (l) => !(l.projectId === 'P1' && l.month === '2023-09'),
        );
        d.records.workerAttendance = d.records.workerAttendance?.filter(
          (a) => !(a.projectId === 'P1' && a.month === '2023-09'),
        );
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'not_applicable',
    ],
    [
      'a completed project is not applicable',
      (d) => {
        projectIn(d).status = 'completed';
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'not_applicable',
    ],
    [
      'a suspended project is still judged',
      (d) => {
        projectIn(d).status = 'suspended';
        const l = line(d);
        if (l) l.throughSpecialAccount = false;
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'fail',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, month, expected) => {
    const d = clone(cleanWages());
    mutate(d);
    expect(outcomeOf(runRule(payrollThroughAccountRule, d, asOf), 'P1', month)).toBe(expected);
  });

  it.each(['P1', 'P2'])('passes on every due month of clean project %s', (projectId) => {
    const findings = runRule(payrollThroughAccountRule, cleanWages(), CLEAN_WAGES_AS_OF);
    for (const m of CLEAN_WAGES_MONTHS) expect(outcomeOf(findings, projectId, m), m).toBe('pass');
  });

  it('outside-account and unsigned lines are separate conditions with pointers and amounts', () => {
    const d = clone(cleanWages());
    const a = line(d, '2023-10', 0);
    const b = line(d, '2023-10', 1);
    if (a) a.throughSpecialAccount = false;
    if (b) b.signed = false;
    const f = runRule(payrollThroughAccountRule, d, CLEAN_WAGES_AS_OF).find(
      (x) => x.subject.id === 'P1' && x.period === '2023-10',
    );
    expect(f?.deadline).toBe('2023-11-15');
    expect(f?.why.map((w) => w.clauseId)).toEqual(['WG.M2', 'WG.M2']);
    expect(f?.why[0]?.text['zh-CN']).toContain('¥6,000.00');
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/payrollLine/14/throughSpecialAccount',
      '/records/payrollLine/15/signed',
    ]);
    expect(JSON.stringify(f)).not.toContain('王建国');
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of payrollThroughAccountRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
