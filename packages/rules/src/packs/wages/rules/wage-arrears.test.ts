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
import { wageArrearsRule } from './wage-arrears';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const line = (d: Dataset, month = '2023-09', i = 0) => payrollIn(d, 'P1', month)[i];
const underpay = (amount: number) => (d: Dataset) => {
  const l = line(d);
  if (l) l.amountPaid = amount;
};
const dropLineOf =
  (workerId: string, month = '2023-09') =>
  (d: Dataset) => {
    d.records.payrollLine = d.records.payrollLine?.filter(
      (l) => !(l.workerId === workerId && l.month === month),
    );
  };
const ghostLine = (d: Dataset) => {
  const l = line(d);
  if (l) d.records.payrollLine?.push({ ...l, id: 'PL-GHOST', workerId: 'W-GHOST' });
};

// WG.F3 — 施工企业拖欠农民工工资问题; WG.M2 — 利用市实名制平台，挂钩农民工工资发放; art. 15 (pay day).
describe('WG-WAGE-ARREARS (WG.F3)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, asOf: string, month: string, expected: string];
  const cases: Case[] = [
    ['paid in full on 10-10: pass', () => {}, CLEAN_WAGES_AS_OF, '2023-09', 'pass'],
    [
      'one fen underpaid after the deadline: fail (a)',
      underpay(599_999),
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'fail',
    ],
    ['underpaid, asOf = pay day 2023-10-15: pending', underpay(0), '2023-10-15', '2023-09', 'pending'],
    ['underpaid, the day after the pay day: fail', underpay(0), '2023-10-16', '2023-09', 'fail'],
    ['paid on 10-10, judged on 10-09: not yet paid, pending', () => {}, '2023-10-09', '2023-09', 'pending'],
    ['worked, no payroll line: fail (b)', dropLineOf('W2'), CLEAN_WAGES_AS_OF, '2023-09', 'fail'],
    [
      'attended 0 days and no payroll line: pass',
      (d) => {
        dropLineOf('W2')(d);
        const a = d.records.workerAttendance?.find((x) => x.workerId === 'W2' && x.month === '2023-09');
        if (a) a.daysWorked = 0;
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'pass',
    ],
    [
      'paid someone with no attendance and not on the roster: fail (c)',
      ghostLine,
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'fail',
    ],
    [
      'paid a rostered worker with no attendance (e.g. paid leave): pass',
      (d) => {
        d.records.workerAttendance = d.records.workerAttendance?.filter(
          (x) => !(x.workerId === 'W3' && x.month === '2023-09'),
        );
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'pass',
    ],
    [
      'paid a worker who left the roster before the month and had no attendance: fail (c)',
      (d) => {
        d.records.workerAttendance = d.records.workerAttendance?.filter(
          (x) => !(x.workerId === 'W3' && x.month === '2023-09'),
        );
        const w = d.records.worker?.find((x) => x.id === 'W3');
        if (w) w.leftOn = '2023-08-31';
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'fail',
    ],
    [
      'attendance but no payroll at all: fail (d)',
      (d) => {
        d.records.payrollLine = d.records.payrollLine?.filter(
          (l) => !(l.projectId === 'P1' && l.month === '2023-09'),
        );
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'fail',
    ],
    [
      'November, attendance but payroll not yet due: pending',
      () => {},
      CLEAN_WAGES_AS_OF,
      '2023-11',
      'pending',
    ],
    ['November with no payroll, judged on 2023-12-16: fail (d)', () => {}, '2023-12-16', '2023-11', 'fail'],
    [
      'an active month with no data at all after the deadline: unknown',
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
      'unknown',
    ],
    ['July, before the start: not applicable', () => {}, CLEAN_WAGES_AS_OF, '2023-07', 'not_applicable'],
    [
      'a suspended project with arrears is judged: fail',
      (d) => {
        projectIn(d).status = 'suspended';
        underpay(0)(d);
      },
      CLEAN_WAGES_AS_OF,
      '2023-09',
      'fail',
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
  ];
  it.each(cases)('%s', (_name, mutate, asOf, month, expected) => {
    const d = clone(cleanWages());
    mutate(d);
    expect(outcomeOf(runRule(wageArrearsRule, d, asOf), 'P1', month)).toBe(expected);
  });

  it.each(['P1', 'P2'])(
    'passes on every due month of clean project %s and is pending in November',
    (projectId) => {
      const findings = runRule(wageArrearsRule, cleanWages(), CLEAN_WAGES_AS_OF);
      for (const m of CLEAN_WAGES_MONTHS) expect(outcomeOf(findings, projectId, m), m).toBe('pass');
      expect(outcomeOf(findings, projectId, '2023-11')).toBe('pending');
    },
  );

  it('each kind of gap is a separate condition with counts and amounts, and the pay deadline is set', () => {
    const d = clone(cleanWages());
    ghostLine(d);
    underpay(100_000)(d);
    dropLineOf('W2')(d);
    const f = runRule(wageArrearsRule, d, CLEAN_WAGES_AS_OF).find(
      (x) => x.subject.id === 'P1' && x.period === '2023-09',
    );
    expect(f?.outcome).toBe('fail');
    expect(f?.deadline).toBe('2023-10-15');
    expect(f?.why).toHaveLength(3);
    expect(f?.why.every((w) => w.clauseId === 'WG.F3')).toBe(true);
    expect(f?.why[0]?.text['zh-CN']).toContain('少付 ¥5,000.00');
    expect(f?.why[1]?.text.en).toContain('1 worker(s) with attendance');
    expect(f?.why[2]?.text.en).toContain('(¥6,000.00) pay people with no attendance');
    expect(f?.why[2]?.text.en).toContain('possible fake payroll');
    expect(f?.evidence[0]).toEqual({
      pointer: '/records/payrollLine/7/amountPaid',
      observed: 100_000,
      expected: '≥ 600000',
    });
  });

  it('a missed month lists the attendance evidence and never a name or ID number', () => {
    const d = clone(cleanWages());
    d.records.payrollLine = d.records.payrollLine?.filter(
      (l) => !(l.projectId === 'P1' && l.month === '2023-10'),
    );
    const f = runRule(wageArrearsRule, d, CLEAN_WAGES_AS_OF).find(
      (x) => x.subject.id === 'P1' && x.period === '2023-10',
    );
    expect(f?.why).toHaveLength(1);
    expect(f?.why[0]?.observed).toBe(4);
    expect(f?.evidence).toHaveLength(4);
    const text = JSON.stringify(f);
    for (const w of d.records.worker ?? []) {
      expect(text).not.toContain(w.person.name ?? '\u0000');
      expect(text).not.toContain(w.person.idNumber ?? '\u0000');
    }
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of wageArrearsRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
