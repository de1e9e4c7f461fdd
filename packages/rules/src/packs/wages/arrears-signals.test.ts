import type { PayrollLine } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../calendar/index';
import { DatasetIndex } from '../../engine/dataset-index';
import { CLEAN_WAGES_AS_OF, cleanWages, payrollIn, WAGES_USCC } from '../../testing/wages-builders';
import { arrearsSignals, payrollInArrears } from './arrears-signals';
import { payDeadline } from './shared';

const line = (overrides: Partial<PayrollLine> = {}): PayrollLine => ({
  id: 'PL',
  projectId: 'P1',
  workerId: 'W1',
  employerUscc: WAGES_USCC.labourSub,
  month: '2023-08',
  amountDue: 600_000,
  amountPaid: 600_000,
  paidOn: '2023-09-10',
  throughSpecialAccount: true,
  signed: true,
  ...overrides,
});

// WG.M3 对于发生欠款欠薪行为的企业 — the arrears signals behind the 双倒查 rule.
describe('payrollInArrears (WG.M3; wage regulations art. 12, 14)', () => {
  type Case = [name: string, overrides: Partial<PayrollLine>, asOf: string, expected: boolean];
  const cases: Case[] = [
    ['paid in full on time', {}, '2023-11-30', false],
    ['short by 1 fen after the deadline', { amountPaid: 599_999 }, '2023-09-16', true],
    [
      'short on the deadline day itself is not yet arrears',
      { amountPaid: 0, paidOn: undefined },
      '2023-09-15',
      false,
    ],
    ['paid in full on the deadline day', { paidOn: '2023-09-15' }, '2023-11-30', false],
    ['paid in full a day late', { paidOn: '2023-09-16' }, '2023-11-30', true],
    ['nothing due is never arrears', { amountDue: 0, amountPaid: 0, paidOn: undefined }, '2023-11-30', false],
    ['paid in full with no payment date recorded', { paidOn: undefined }, '2023-11-30', false],
  ];
  it.each(cases)('%s', (_name, overrides, asOf, expected) => {
    expect(payrollInArrears(line(overrides), asOf, 15)).toBe(expected);
  });

  it('is never arrears on or before the pay deadline, and always when paid less after it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: -60, max: 60 }),
        (due, paid, payDay, offset) => {
          const l = line({ amountDue: due, amountPaid: paid, paidOn: undefined });
          const deadline = payDeadline('2023-08', payDay);
          const asOf = addDays(deadline, offset);
          const result = payrollInArrears(l, asOf, payDay);
          if (offset <= 0) return result === false;
          return result === paid < due;
        },
      ),
    );
  });
});

describe('arrearsSignals (WG.M3)', () => {
  it('the clean dataset has none', () => {
    const index = new DatasetIndex(cleanWages());
    for (const uscc of Object.values(WAGES_USCC))
      expect(arrearsSignals(index, uscc, { asOf: CLEAN_WAGES_AS_OF, campaignYear: 2023 })).toEqual([]);
  });

  it('attributes a payroll gap to the general contractor and to the employer, not to the builder', () => {
    const d = cleanWages();
    const l = payrollIn(d, 'P1', '2023-09').find((x) => x.workerId === 'W2');
    if (l) l.amountPaid = 0;
    const index = new DatasetIndex(d);
    const opts = { asOf: CLEAN_WAGES_AS_OF, campaignYear: 2023 };
    const [signal] = arrearsSignals(index, WAGES_USCC.contractor1, opts);
    expect(signal).toMatchObject({ kind: 'payroll', projectId: 'P1', since: '2023-10-16', on: '2023-10-16' });
    expect(signal?.observed).toEqual({
      month: '2023-09',
      amountDue: 600_000,
      amountPaid: 0,
      paidOn: '2023-10-10',
    });
    expect(arrearsSignals(index, WAGES_USCC.labourSub, opts)).toHaveLength(1);
    expect(arrearsSignals(index, WAGES_USCC.builder1, opts)).toEqual([]);
  });

  it('counts an upheld complaint from its closing, its clue from its receipt, within the campaign year', () => {
    const d = cleanWages();
    const c = d.records.wageComplaint?.[0];
    if (c) c.outcome = 'paid';
    const index = new DatasetIndex(d);
    expect(
      arrearsSignals(index, WAGES_USCC.contractor2, { asOf: CLEAN_WAGES_AS_OF, campaignYear: 2023 }),
    ).toEqual([
      expect.objectContaining({ kind: 'complaint', projectId: 'P2', since: '2023-09-12', on: '2023-09-20' }),
    ]);
    expect(arrearsSignals(index, WAGES_USCC.contractor2, { asOf: '2024-03-01', campaignYear: 2024 })).toEqual(
      [],
    );
  });

  it('a different pay day moves the deadline', () => {
    const d = cleanWages();
    const index = new DatasetIndex(d);
    // Every clean line is paid on the 10th of the month after: with pay day 5 they are all late.
    expect(
      arrearsSignals(index, WAGES_USCC.contractor1, {
        asOf: CLEAN_WAGES_AS_OF,
        campaignYear: 2023,
        payDay: 5,
      }),
    ).toHaveLength(12);
  });
});
