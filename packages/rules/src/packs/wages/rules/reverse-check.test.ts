import { readFileSync } from 'node:fs';
import type { Dataset, Problem } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { outcomeOf, runRule } from '../../../testing/builders';
import { CLEAN_WAGES_AS_OF, cleanWages, payrollIn, WAGES_USCC } from '../../../testing/wages-builders';
import { reverseCheckRule } from './reverse-check';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

/** W1's August wages (due 2023-09-15) short by 1000元: contractor1 and labourSub owe from 2023-09-16; check due 2023-10-16. */
const augustShort = (d: Dataset) => {
  const line = payrollIn(d, 'P1', '2023-08').find((l) => l.workerId === 'W1');
  if (line) line.amountPaid -= 100_000;
};

const problem = (overrides: Partial<Problem> = {}): Problem => ({
  id: 'PR-RC1',
  campaign: 'wages',
  kind: 'affiliation',
  projectId: 'P1',
  enterpriseUscc: WAGES_USCC.contractor1,
  divisionCode: '350503001',
  source: 'data-comparison',
  foundOn: '2023-10-10',
  description: '欠薪企业倒查：核查是否存在挂靠',
  evidence: [],
  ...overrides,
});

const addProblem =
  (overrides: Partial<Problem> = {}) =>
  (d: Dataset) => {
    d.records.problem = [...(d.records.problem ?? []), problem(overrides)];
  };

const screening = (projectId: string, screenedOn: string) => (d: Dataset) => {
  d.records.screeningItem?.push({
    id: `SI-RC-${projectId}`,
    projectId,
    screenedOn,
    institutionsChecked: [],
    result: 'no-problem',
    problemIds: [],
  });
};

/** WC-1 (P2, contractor2, received 2023-09-12) upheld: closed 2023-09-20 with the wages paid. */
const complaintUpheld = (d: Dataset) => {
  const c = d.records.wageComplaint?.[0];
  if (c) c.outcome = 'paid';
};

const both =
  (...fs: ((d: Dataset) => void)[]) =>
  (d: Dataset) => {
    for (const f of fs) f(d);
  };

// WG.M3 坚持“双倒查”制度，对于发生欠款欠薪行为的企业，进一步核查其是否存在转包、违法分包、挂靠等违法行为.
describe('WG-REVERSE-CHECK (WG.M3)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, asOf: string, subject: string, expected: string];
  const cases: Case[] = [
    [
      'an enterprise with no arrears is not applicable',
      () => {},
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor1,
      'not_applicable',
    ],
    [
      'arrears, no check, within 30 days (2023-10-16): pending',
      augustShort,
      '2023-10-16',
      WAGES_USCC.contractor1,
      'pending',
    ],
    [
      'arrears, no check, on day 31 (2023-10-17): fails',
      augustShort,
      '2023-10-17',
      WAGES_USCC.contractor1,
      'fail',
    ],
    [
      'the subcontractor that employs the worker fails too',
      augustShort,
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.labourSub,
      'fail',
    ],
    [
      'the builder is neither contractor nor employer: not applicable',
      augustShort,
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.builder1,
      'not_applicable',
    ],
    [
      'arrears on P1 do not touch the contractor of P2',
      augustShort,
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor2,
      'not_applicable',
    ],
    [
      'the pay deadline not yet passed is no arrears (asOf 2023-09-15)',
      augustShort,
      '2023-09-15',
      WAGES_USCC.contractor1,
      'not_applicable',
    ],
    [
      'wages paid in full but late (2023-09-20) were in arrears',
      (d) => {
        const line = payrollIn(d, 'P1', '2023-08')[0];
        if (line) line.paidOn = '2023-09-20';
      },
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor1,
      'fail',
    ],
    [
      'an affiliation problem opened on day 24 passes',
      both(augustShort, addProblem()),
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor1,
      'pass',
    ],
    [
      'an illegal-subcontracting problem opened on the deadline day (2023-10-16) passes',
      both(augustShort, addProblem({ kind: 'illegal-subcontracting', foundOn: '2023-10-16' })),
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor1,
      'pass',
    ],
    [
      'a transfer problem opened a day late (2023-10-17) fails',
      both(augustShort, addProblem({ kind: 'subcontract-transfer', foundOn: '2023-10-17' })),
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor1,
      'fail',
    ],
    [
      'a problem of another kind (wage-arrears) is no reverse check: fails',
      both(augustShort, addProblem({ kind: 'wage-arrears' })),
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor1,
      'fail',
    ],
    [
      'a problem against another enterprise does not count: fails',
      both(augustShort, addProblem({ enterpriseUscc: WAGES_USCC.contractor2 })),
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor1,
      'fail',
    ],
    [
      'a problem of the public-income campaign does not count: fails',
      both(augustShort, addProblem({ campaign: 'public-income' })),
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor1,
      'fail',
    ],
    [
      'a problem dated after asOf is not yet known: pending',
      both(augustShort, addProblem({ foundOn: '2023-10-12' })),
      '2023-10-11',
      WAGES_USCC.contractor1,
      'pending',
    ],
    [
      'a screening of P1 after the arrears came to light passes',
      both(augustShort, screening('P1', '2023-10-01')),
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor1,
      'pass',
    ],
    [
      'the screening of P1 before the arrears (2023-09-15) does not count: fails',
      augustShort,
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor1,
      'fail',
    ],
    [
      'an upheld complaint: P2 screened after its receipt (2023-09-18) passes',
      complaintUpheld,
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor2,
      'pass',
    ],
    [
      'an upheld complaint with no check past 30 days of closing fails',
      both(complaintUpheld, (d) => {
        d.records.screeningItem = d.records.screeningItem?.filter((s) => s.projectId !== 'P2');
      }),
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor2,
      'fail',
    ],
    [
      'a complaint not substantiated is no arrears',
      () => {},
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor2,
      'not_applicable',
    ],
    [
      'a complaint upheld in the previous year is outside the campaign year',
      (d) => {
        const c = d.records.wageComplaint?.[0];
        if (c)
          Object.assign(c, {
            outcome: 'paid',
            receivedOn: '2022-11-01',
            acceptedOn: '2022-11-02',
            closedOn: '2022-12-01',
          });
      },
      CLEAN_WAGES_AS_OF,
      WAGES_USCC.contractor2,
      'not_applicable',
    ],
    [
      'a complaint closed after asOf is not yet upheld',
      complaintUpheld,
      '2023-09-19',
      WAGES_USCC.contractor2,
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, subject, expected) => {
    const d = cleanWages();
    mutate(d);
    expect(outcomeOf(runRule(reverseCheckRule, d, asOf), subject)).toBe(expected);
  });

  it('the limit is a parameter, and an invalid one gives unknown', () => {
    const d = cleanWages();
    augustShort(d);
    const run = (parameters: Record<string, number>) =>
      outcomeOf(
        runRule(reverseCheckRule, d, '2023-10-20', { parameters: { 'WG-REVERSE-CHECK': parameters } }),
        WAGES_USCC.contractor1,
      );
    expect(run({})).toBe('fail');
    expect(run({ reverseCheckDays: 60 })).toBe('pending');
    expect(run({ reverseCheckDays: -1 })).toBe('unknown');
    expect(run({ payDay: 0 })).toBe('unknown');
  });

  it('a failure cites WG.M3, the deadline and the arrears, without personal data', () => {
    const d = cleanWages();
    augustShort(d);
    const f = runRule(reverseCheckRule, d, CLEAN_WAGES_AS_OF).find(
      (x) => x.subject.id === WAGES_USCC.contractor1,
    );
    expect(f?.outcome).toBe('fail');
    expect(f?.deadline).toBe('2023-10-16');
    expect(f?.why).toEqual([
      expect.objectContaining({ clauseId: 'WG.M3', observed: null, expected: '≤ 2023-10-16' }),
    ]);
    const line = (d.records.payrollLine ?? []).findIndex((l) => l.workerId === 'W1' && l.month === '2023-08');
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/enterprise/2',
      `/records/payrollLine/${line}`,
    ]);
    expect(f?.message['zh-CN']).toContain('30');
    expect(JSON.stringify(f)).not.toContain('王建国');
  });

  it('quotes the campaign text verbatim', () => {
    for (const q of reverseCheckRule.quote) expect(seed).toContain(q);
  });
});
