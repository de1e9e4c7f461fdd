import { readFileSync } from 'node:fs';
import type { Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { clone, outcomeOf, runRule } from '../../../testing/builders';
import { CLEAN_WAGES_AS_OF, cleanWages, projectIn } from '../../../testing/wages-builders';
import { wageAccountRule } from './wage-account';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const account = (d: Dataset, projectId = 'P1') =>
  d.records.wageAccount?.find((a) => a.projectId === projectId);

// WG.F1 — 农民工工资专用账户…制度落实不到位; art. 26 and the account measures: opened within 30 days.
describe('WG-WAGE-ACCOUNT (WG.F1)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, asOf: string, expected: string];
  const openOn = (day: string) => (d: Dataset) => {
    const a = account(d);
    if (a) a.openedOn = day;
  };
  const cases: Case[] = [
    ['opened 5 days after the permit passes', () => {}, CLEAN_WAGES_AS_OF, 'pass'],
    [
      'opened on day 30 after the permit (2023-08-19) passes',
      openOn('2023-08-19'),
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    ['opened on day 31 (2023-08-20) fails', openOn('2023-08-20'), CLEAN_WAGES_AS_OF, 'fail'],
    ['opened after asOf counts as not opened: fail', openOn('2023-12-01'), CLEAN_WAGES_AS_OF, 'fail'],
    [
      'no account, deadline not yet passed: pending',
      (d) => {
        d.records.wageAccount = d.records.wageAccount?.filter((a) => a.projectId !== 'P1');
      },
      '2023-08-19',
      'pending',
    ],
    [
      'no account, the day after the deadline: fail',
      (d) => {
        d.records.wageAccount = d.records.wageAccount?.filter((a) => a.projectId !== 'P1');
      },
      '2023-08-20',
      'fail',
    ],
    [
      'account closed while works go on fails',
      (d) => {
        const a = account(d);
        if (a) a.closedOn = '2023-11-01';
      },
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'account to be closed after asOf still passes',
      (d) => {
        const a = account(d);
        if (a) a.closedOn = '2023-12-01';
      },
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    [
      'no permit date: counted from the start (2023-08-01 + 30 = 2023-08-31)',
      (d) => {
        delete projectIn(d).permitOn;
        openOn('2023-08-31')(d);
      },
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    [
      'neither permit nor start known, account open: unknown (timeliness cannot be judged)',
      (d) => {
        delete projectIn(d).permitOn;
        delete projectIn(d).startedOn;
      },
      CLEAN_WAGES_AS_OF,
      'unknown',
    ],
    [
      'neither permit nor start known and no account: fail',
      (d) => {
        delete projectIn(d).permitOn;
        delete projectIn(d).startedOn;
        d.records.wageAccount = d.records.wageAccount?.filter((a) => a.projectId !== 'P1');
      },
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'a completed project is not applicable',
      (d) => {
        projectIn(d).status = 'completed';
      },
      CLEAN_WAGES_AS_OF,
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, expected) => {
    const d = clone(cleanWages());
    mutate(d);
    expect(outcomeOf(runRule(wageAccountRule, d, asOf), 'P1')).toBe(expected);
  });

  it('passes on both clean projects', () => {
    expect(runRule(wageAccountRule, cleanWages(), CLEAN_WAGES_AS_OF).map((f) => f.outcome)).toEqual([
      'pass',
      'pass',
    ]);
  });

  it('a late account fails with the deadline and the openedOn pointer; the account number never appears', () => {
    const d = clone(cleanWages());
    openOn('2023-09-15')(d);
    const f = runRule(wageAccountRule, d, CLEAN_WAGES_AS_OF).find((x) => x.subject.id === 'P1');
    expect(f?.deadline).toBe('2023-08-19');
    expect(f?.why[0]).toMatchObject({ clauseId: 'WG.F1', observed: '2023-09-15', expected: '≤ 2023-08-19' });
    expect(f?.evidence).toEqual([
      { pointer: '/records/wageAccount/0/openedOn', observed: '2023-09-15', expected: '≤ 2023-08-19' },
    ]);
    expect(f?.message['zh-CN']).toContain('2023-08-19');
    expect(JSON.stringify(f)).not.toContain(account(d)?.accountNumber ?? '\u0000');
  });

  it('the account parameter cites article 26', () => {
    const source = wageAccountRule.parameters.accountOpenDays.source;
    expect(source.kind === 'law' && source.citation.includes('第二十六条')).toBe(true);
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of wageAccountRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
