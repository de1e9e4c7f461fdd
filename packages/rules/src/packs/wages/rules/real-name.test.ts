import { readFileSync } from 'node:fs';
import type { Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { clone, outcomeOf, runRule } from '../../../testing/builders';
import { CLEAN_WAGES_AS_OF, cleanWages, projectIn } from '../../../testing/wages-builders';
import { realNameRule } from './real-name';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const latestUpdate = (d: Dataset, projectId = 'P2') =>
  d.records.rosterUpdate?.find((u) => u.id === `RU-${projectId}-2`);

// WG.F1 — 实名制信息化管理…制度落实不到位; WG.M2 — 利用市实名制平台，挂钩农民工工资发放 (更新率, WG.T2).
describe('WG-REAL-NAME (WG.F1, WG.M2)', () => {
  type Case = [
    name: string,
    mutate: (d: Dataset) => void,
    asOf: string,
    params: Record<string, number>,
    expected: string,
  ];
  const setP2Update = (day: string) => (d: Dataset) => {
    const u = latestUpdate(d);
    if (u) u.updatedOn = day;
  };
  const cases: Case[] = [
    ['roster present and updated 29 days ago passes', () => {}, CLEAN_WAGES_AS_OF, {}, 'pass'],
    ['updated exactly 30 days before asOf passes', setP2Update('2023-10-31'), CLEAN_WAGES_AS_OF, {}, 'pass'],
    ['updated 31 days before asOf fails', setP2Update('2023-10-30'), CLEAN_WAGES_AS_OF, {}, 'fail'],
    ['an update dated after asOf does not count', setP2Update('2023-12-01'), CLEAN_WAGES_AS_OF, {}, 'fail'],
    [
      'a shorter window (20 days) makes a 29-day-old update stale',
      () => {},
      CLEAN_WAGES_AS_OF,
      { rosterUpdateDays: 20 },
      'fail',
    ],
    [
      'every worker has left: empty roster fails',
      (d) => {
        for (const w of d.records.worker ?? []) if (w.projectId === 'P2') w.leftOn = '2023-11-29';
      },
      CLEAN_WAGES_AS_OF,
      {},
      'fail',
    ],
    [
      'a worker leaving on asOf is still on the roster that day',
      (d) => {
        for (const w of d.records.worker ?? []) if (w.projectId === 'P2') w.leftOn = CLEAN_WAGES_AS_OF;
      },
      CLEAN_WAGES_AS_OF,
      {},
      'pass',
    ],
    [
      'no roster update ever, project started long ago: fail',
      (d) => {
        d.records.rosterUpdate = d.records.rosterUpdate?.filter((u) => u.projectId !== 'P2');
      },
      CLEAN_WAGES_AS_OF,
      {},
      'fail',
    ],
    [
      'no roster update yet, project started 10 days ago: pending',
      (d) => {
        d.records.rosterUpdate = d.records.rosterUpdate?.filter((u) => u.projectId !== 'P2');
        projectIn(d, 'P2').startedOn = '2023-11-20';
        for (const w of d.records.worker ?? []) if (w.projectId === 'P2') w.joinedOn = '2023-11-20';
      },
      CLEAN_WAGES_AS_OF,
      {},
      'pending',
    ],
    [
      'project started 10 days ago with nobody registered fails at once',
      (d) => {
        d.records.rosterUpdate = d.records.rosterUpdate?.filter((u) => u.projectId !== 'P2');
        d.records.worker = d.records.worker?.filter((w) => w.projectId !== 'P2');
        projectIn(d, 'P2').startedOn = '2023-11-20';
      },
      CLEAN_WAGES_AS_OF,
      {},
      'fail',
    ],
    [
      'a suspended project is not applicable',
      (d) => {
        projectIn(d, 'P2').status = 'suspended';
      },
      CLEAN_WAGES_AS_OF,
      {},
      'not_applicable',
    ],
    [
      'a project starting after asOf is not applicable',
      (d) => {
        projectIn(d, 'P2').startedOn = '2023-12-01';
        projectIn(d, 'P2').permitOn = '2023-11-25';
      },
      CLEAN_WAGES_AS_OF,
      {},
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, params, expected) => {
    const d = clone(cleanWages());
    mutate(d);
    expect(outcomeOf(runRule(realNameRule, d, asOf, { parameters: { 'WG-REAL-NAME': params } }), 'P2')).toBe(
      expected,
    );
  });

  it('passes on both clean projects', () => {
    expect(runRule(realNameRule, cleanWages(), CLEAN_WAGES_AS_OF).map((f) => f.outcome)).toEqual([
      'pass',
      'pass',
    ]);
  });

  it('an empty and stale roster fails with both conditions, each citing its clause', () => {
    const d = clone(cleanWages());
    d.records.worker = d.records.worker?.filter((w) => w.projectId !== 'P2');
    setP2Update('2023-09-01')(d);
    const f = runRule(realNameRule, d, CLEAN_WAGES_AS_OF).find((x) => x.subject.id === 'P2');
    expect(f?.why.map((w) => w.clauseId)).toEqual(['WG.F1', 'WG.M2']);
    expect(f?.deadline).toBe('2023-10-01');
    expect(f?.evidence[1]).toEqual({
      pointer: '/records/rosterUpdate/3/updatedOn',
      observed: '2023-09-01',
      expected: '≥ 2023-10-31',
    });
  });

  it('never names a worker', () => {
    const d = clone(cleanWages());
    setP2Update('2023-09-01')(d);
    const text = JSON.stringify(runRule(realNameRule, d, CLEAN_WAGES_AS_OF));
    for (const w of d.records.worker ?? []) expect(text).not.toContain(w.person.name ?? '\u0000');
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of realNameRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
