import { readFileSync } from 'node:fs';
import type { Dataset, KeyPersonnelPresence } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcomeOf, runRule } from '../../../testing/builders';
import { CLEAN_WAGES_AS_OF, cleanWages, projectIn, WAGES_USCC } from '../../../testing/wages-builders';
import { affiliationClueRule } from './affiliation-clue';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

/** P1's project-manager record of September 2023 (22 days required, 18 present, insured by contractor1). */
const managerSeptember = (d: Dataset): KeyPersonnelPresence | undefined =>
  d.records.keyPersonnelPresence?.find(
    (r) => r.projectId === 'P1' && r.role === 'project-manager' && r.month === '2023-09',
  );

const set =
  (overrides: Partial<KeyPersonnelPresence>) =>
  (d: Dataset): void => {
    const r = managerSeptember(d);
    if (r) Object.assign(r, overrides);
  };

const elsewhere = WAGES_USCC.stranger;

// WG.M3 以项目管理人员履职和社保缴交情况为线索; the floor is WG.T4's 项目经理和总监到岗率超60%.
describe('WG-AFFILIATION-CLUE (WG.M3, floor from WG.T4)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, month: string, expected: string];
  const cases: Case[] = [
    ['on site 18/22 and insured by the contractor passes', () => {}, '2023-09', 'pass'],
    [
      'absent (10/22) and insured elsewhere: suspected affiliation',
      set({ daysPresent: 10, socialInsuranceEmployerUscc: elsewhere }),
      '2023-09',
      'fail',
    ],
    ['absent (10/22) but insured by the contractor is no clue', set({ daysPresent: 10 }), '2023-09', 'pass'],
    [
      'on site (18/22) and insured elsewhere is no clue',
      set({ socialInsuranceEmployerUscc: elsewhere }),
      '2023-09',
      'pass',
    ],
    [
      'exactly 60% (12/20) is not below the floor',
      set({ daysRequired: 20, daysPresent: 12, socialInsuranceEmployerUscc: elsewhere }),
      '2023-09',
      'pass',
    ],
    [
      'one day under 60% (11/20) is a clue',
      set({ daysRequired: 20, daysPresent: 11, socialInsuranceEmployerUscc: elsewhere }),
      '2023-09',
      'fail',
    ],
    [
      'no days required: nothing missed',
      set({ daysRequired: 0, daysPresent: 0, socialInsuranceEmployerUscc: elsewhere }),
      '2023-09',
      'pass',
    ],
    [
      'absent and the insurer not recorded: unknown',
      set({ daysPresent: 5, socialInsuranceEmployerUscc: undefined }),
      '2023-09',
      'unknown',
    ],
    [
      'no project-manager record for the month: unknown',
      (d) => {
        d.records.keyPersonnelPresence = d.records.keyPersonnelPresence?.filter(
          (r) => r !== managerSeptember(d),
        );
      },
      '2023-09',
      'unknown',
    ],
    ['the chief supervisor absent and insured elsewhere is not this rule', () => {}, '2023-10', 'pass'],
    ['a month before the project started is not applicable', () => {}, '2023-07', 'not_applicable'],
    [
      'a completed project is not applicable',
      (d) => {
        Object.assign(projectIn(d), { status: 'completed', completedOn: '2023-10-31' });
      },
      '2023-09',
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, month, expected) => {
    const d = cleanWages();
    // The chief supervisor of P1 in October is absent and insured elsewhere: never a manager clue.
    const cs = d.records.keyPersonnelPresence?.find(
      (r) => r.projectId === 'P1' && r.role === 'chief-supervisor' && r.month === '2023-10',
    );
    if (cs) Object.assign(cs, { daysPresent: 2, socialInsuranceEmployerUscc: elsewhere });
    mutate(d);
    expect(outcomeOf(runRule(affiliationClueRule, d, CLEAN_WAGES_AS_OF), 'P1', month)).toBe(expected);
  });

  it('is never pending over the year', () => {
    const outcomes = runRule(affiliationClueRule, cleanWages(), CLEAN_WAGES_AS_OF).map((f) => f.outcome);
    expect(outcomes).not.toContain('pending');
    expect(outcomes).toContain('pass');
  });

  it('a replaced manager: each record of the month is judged', () => {
    const d = cleanWages();
    d.records.keyPersonnelPresence?.push({
      id: 'KP-P1-PM2-2023-09',
      projectId: 'P1',
      role: 'project-manager',
      person: { id: 'PM2-P1', name: '周海涛' },
      month: '2023-09',
      daysRequired: 10,
      daysPresent: 3,
      socialInsuranceEmployerUscc: elsewhere,
    });
    const f = runRule(affiliationClueRule, d, CLEAN_WAGES_AS_OF).find(
      (x) => x.subject.id === 'P1' && x.period === '2023-09',
    );
    expect(f?.outcome).toBe('fail');
    expect(f?.why).toHaveLength(2);
    expect(JSON.stringify(f)).not.toContain('周海涛');
  });

  it('the floor is a parameter in basis points, compared exactly', () => {
    const d = cleanWages();
    set({ daysPresent: 15, socialInsuranceEmployerUscc: elsewhere })(d); // 15/22 = 68.18%
    const run = (presenceFloorBp?: number) =>
      outcomeOf(
        runRule(
          affiliationClueRule,
          d,
          CLEAN_WAGES_AS_OF,
          presenceFloorBp === undefined ? {} : { parameters: { 'WG-AFFILIATION-CLUE': { presenceFloorBp } } },
        ),
        'P1',
        '2023-09',
      );
    expect(run()).toBe('pass');
    expect(run(7000)).toBe('fail');
    expect(run(6818)).toBe('pass');
    expect(run(6819)).toBe('fail');
    expect(run(-1)).toBe('unknown');
  });

  it('cross-multiplication agrees with the exact rational comparison', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 31 }),
        fc.integer({ min: 0, max: 10_000 }),
        (required, presentRaw, floorBp) => {
          const present = Math.min(presentRaw, required);
          const d = cleanWages();
          set({ daysRequired: required, daysPresent: present, socialInsuranceEmployerUscc: elsewhere })(d);
          const outcome = outcomeOf(
            runRule(affiliationClueRule, d, CLEAN_WAGES_AS_OF, {
              parameters: { 'WG-AFFILIATION-CLUE': { presenceFloorBp: floorBp } },
            }),
            'P1',
            '2023-09',
          );
          // present/required < floorBp/10000  ⇔  present·10000 < floorBp·required (all integers, no rounding).
          return (
            outcome === (BigInt(present) * 10_000n < BigInt(floorBp) * BigInt(required) ? 'fail' : 'pass')
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a clue has two why conditions, pointers and the floor, and never the manager', () => {
    const d = cleanWages();
    set({ daysPresent: 10, socialInsuranceEmployerUscc: elsewhere })(d);
    const f = runRule(affiliationClueRule, d, CLEAN_WAGES_AS_OF).find(
      (x) => x.subject.id === 'P1' && x.period === '2023-09',
    );
    expect(f?.why.map((w) => [w.clauseId, w.observed, w.expected])).toEqual([
      ['WG.M3', '10/22', '≥ 60%'],
      ['WG.M3', elsewhere, WAGES_USCC.contractor1],
    ]);
    const target = managerSeptember(d);
    const i = d.records.keyPersonnelPresence?.findIndex((r) => r.id === target?.id) ?? -1;
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      `/records/keyPersonnelPresence/${i}/daysPresent`,
      `/records/keyPersonnelPresence/${i}/socialInsuranceEmployerUscc`,
    ]);
    expect(f?.message['zh-CN']).toContain('60%');
    expect(JSON.stringify(f)).not.toContain('郑国华');
  });

  it('quotes the campaign text verbatim, and the floor quotes WG.T4', () => {
    for (const q of affiliationClueRule.quote) expect(seed).toContain(q);
    const source = affiliationClueRule.parameters.presenceFloorBp.source;
    expect(source.kind === 'clause' && source.quote !== undefined && seed.includes(source.quote)).toBe(true);
  });
});
