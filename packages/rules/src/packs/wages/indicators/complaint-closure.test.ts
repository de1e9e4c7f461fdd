import type { WageComplaint } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { DatasetIndex } from '../../../engine/dataset-index';
import { rowOf, runIndicator } from '../../../testing/handling-builders';
import { CLEAN_WAGES_AS_OF, cleanWages } from '../../../testing/wages-builders';
import { complaintClosureIndicator, openWageComplaints } from './complaint-closure';

const complaint = (id: string, overrides: Partial<WageComplaint> = {}): WageComplaint => ({
  id,
  projectId: 'P1',
  divisionCode: '350503001',
  channel: 'hotline',
  complainant: { name: '赵小红', phone: '13800002222' },
  workersInvolved: 1,
  receivedOn: '2023-08-01',
  acceptedOn: '2023-08-02',
  closedOn: '2023-08-20',
  outcome: 'paid',
  ...overrides,
});

/** `total` complaints accepted in 2023, the first `closed` of them closed. */
const dataset = (total: number, closed: number) => {
  const d = cleanWages();
  d.records.wageComplaint = Array.from({ length: total }, (_, i) =>
    complaint(`WC${i}`, i < closed ? {} : { closedOn: undefined, outcome: undefined }),
  );
  return d;
};

// WG.T5 拖欠农民工工资举报投诉案件实现动态清零，结案率达98%以上 — target '>=' 98/100.
describe('WG-COMPLAINT-CLOSURE (WG.T5)', () => {
  it.each([
    ['49 of 50 closed is exactly 98%: met', 50, 49, true],
    ['all closed: met', 50, 50, true],
    ['48 of 50 (96%): not met', 50, 48, false],
    ['97 of 99 (97.98%): not met', 99, 97, false],
    ['nothing accepted: nothing to measure', 0, 0, null],
  ] as const)('%s', (_name, total, closed, met) => {
    const ind = runIndicator(complaintClosureIndicator, dataset(total, closed), CLEAN_WAGES_AS_OF);
    expect([ind.numerator, ind.denominator, ind.met]).toEqual([closed, total, met]);
    expect(ind.parts?.open ?? 0).toBe(total - closed);
  });

  it('counts complaints accepted in the campaign year up to asOf, accepted or else closed', () => {
    const d = cleanWages();
    d.records.wageComplaint = [
      complaint('A'),
      complaint('NOT-ACCEPTED', { acceptedOn: undefined, closedOn: undefined }),
      complaint('CLOSED-ONLY', { acceptedOn: undefined, closedOn: '2023-08-05' }),
      complaint('LAST-YEAR', { receivedOn: '2022-12-01', acceptedOn: '2022-12-02', closedOn: '2023-01-10' }),
      complaint('AFTER-ASOF', { receivedOn: '2023-12-01', acceptedOn: '2023-12-02', closedOn: undefined }),
      complaint('CLOSED-AFTER-ASOF', {
        receivedOn: '2023-11-20',
        acceptedOn: '2023-11-21',
        closedOn: '2023-12-05',
      }),
    ];
    const ind = runIndicator(complaintClosureIndicator, d, CLEAN_WAGES_AS_OF);
    expect([ind.numerator, ind.denominator]).toEqual([2, 3]);
    expect(ind.parts).toEqual({ open: 1, openAgeDays: 10, openOverdue: 0 });
  });

  it('parts give the open cases, their total age and those past the limit, per county', () => {
    const d = cleanWages();
    d.records.wageComplaint = [
      complaint('OLD', { receivedOn: '2023-08-01', acceptedOn: '2023-08-03', closedOn: undefined }),
      complaint('NEW', {
        receivedOn: '2023-11-01',
        acceptedOn: '2023-11-02',
        closedOn: undefined,
        divisionCode: '350504',
      }),
      complaint('DONE', { divisionCode: '350504' }),
    ];
    const ind = runIndicator(complaintClosureIndicator, d, CLEAN_WAGES_AS_OF);
    // OLD: 121 days since receipt, open past 2023-08-03 + 84 = 10-26. NEW: 29 days.
    expect(ind.parts).toEqual({ open: 2, openAgeDays: 150, openOverdue: 1 });
    expect(rowOf(ind, '350504')).toMatchObject({
      numerator: 1,
      denominator: 2,
      parts: { open: 1, openAgeDays: 29, openOverdue: 0 },
    });
    expect(
      runIndicator(complaintClosureIndicator, d, CLEAN_WAGES_AS_OF, { closeDays: 126 }).parts?.openOverdue,
    ).toBe(0);
    expect(JSON.stringify(ind)).not.toMatch(/赵小红|13800002222/);
  });

  it('a date that matches the pattern but does not exist never stops the check', () => {
    const d = cleanWages();
    d.records.wageComplaint = [
      complaint('BAD', { receivedOn: '2023-02-30', acceptedOn: '2023-02-31', closedOn: undefined }),
    ];
    const ind = runIndicator(complaintClosureIndicator, d, CLEAN_WAGES_AS_OF);
    expect([ind.numerator, ind.denominator, ind.parts]).toEqual([
      0,
      1,
      { open: 1, openAgeDays: 0, openOverdue: 0 },
    ]);
  });

  it('lists the open cases oldest first, with their age', () => {
    const d = cleanWages();
    d.records.wageComplaint = [
      complaint('NEW', { receivedOn: '2023-11-01', acceptedOn: '2023-11-02', closedOn: undefined }),
      complaint('OLD', { receivedOn: '2023-08-01', acceptedOn: '2023-08-03', closedOn: undefined }),
      complaint('DONE'),
    ];
    const list = openWageComplaints(new DatasetIndex(d), CLEAN_WAGES_AS_OF, 2023);
    expect(list.map((x) => [x.id, x.ageDays, x.overdue, x.pointer])).toEqual([
      ['OLD', 121, true, '/records/wageComplaint/1'],
      ['NEW', 29, false, '/records/wageComplaint/0'],
    ]);
    expect(JSON.stringify(list)).not.toContain('赵小红');
  });
});
