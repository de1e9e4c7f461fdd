import type { ConstructionProject, Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { RulesError } from '../../../engine/check';
import { rowOf, runIndicator } from '../../../testing/handling-builders';
import { CLEAN_WAGES_AS_OF, cleanWages, projectIn } from '../../../testing/wages-builders';
import { realNameUpdateIndicator } from './real-name-update';

const addProject = (
  d: Dataset,
  id: string,
  divisionCode: string,
  overrides: Partial<ConstructionProject> = {},
) => {
  d.records.constructionProject?.push({ ...structuredClone(projectIn(d)), id, divisionCode, ...overrides });
};

const update = (d: Dataset, projectId: string, updatedOn: string) => {
  d.records.rosterUpdate?.push({
    id: `RU-${projectId}-${updatedOn}`,
    projectId,
    updatedOn,
    workersOnRoster: 10,
    added: 0,
    removed: 0,
  });
};

/** Ten projects under construction (P1, P2 updated in November, P3–P10 added), `updated` of them updated on 2023-11-15. */
const tenProjects = (updated: number) => {
  const d = cleanWages();
  for (let i = 3; i <= 10; i++) {
    addProject(d, `P${i}`, i % 2 === 0 ? '350503001' : '350504');
    if (i <= updated) update(d, `P${i}`, '2023-11-15');
  }
  return d;
};

// WG.T2 实名制项目更新率达到90%以上 — target '>=' 9/10; the period is 30 days ending on asOf.
describe('WG-REAL-NAME-UPDATE (WG.T2)', () => {
  it.each([
    ['9 of 10 updated is exactly 90%: met', 9, 9, true],
    ['10 of 10: met', 10, 10, true],
    ['8 of 10 (80%): not met', 8, 8, false],
  ] as const)('%s', (_name, updated, numerator, met) => {
    const ind = runIndicator(realNameUpdateIndicator, tenProjects(updated), CLEAN_WAGES_AS_OF);
    expect([ind.numerator, ind.denominator, ind.met]).toEqual([numerator, 10, met]);
  });

  it.each([
    ['updated on asOf itself counts', '2023-11-30', 1],
    ['updated 29 days before asOf counts', '2023-11-01', 1],
    ['updated 30 days before asOf is outside the period', '2023-10-31', 0],
    ['an update dated after asOf is not yet known', '2023-12-01', 0],
  ] as const)('%s', (_name, updatedOn, counted) => {
    const d = cleanWages();
    addProject(d, 'P3', '350504');
    update(d, 'P3', updatedOn);
    expect(runIndicator(realNameUpdateIndicator, d, CLEAN_WAGES_AS_OF).numerator).toBe(2 + counted);
  });

  it('P2 was last updated 2023-11-01: outside a period of 11 days (P1’s 2023-11-20 is inside), so the period is a parameter', () => {
    const ind = runIndicator(realNameUpdateIndicator, cleanWages(), CLEAN_WAGES_AS_OF, { periodDays: 11 });
    expect([ind.numerator, ind.denominator]).toEqual([1, 2]);
    expect(rowOf(ind, '350504')).toMatchObject({ numerator: 0, denominator: 1, met: false });
    expect(rowOf(ind, '350503')).toMatchObject({ numerator: 1, denominator: 1, met: true });
  });

  it('an invalid period is a misuse of the API', () => {
    expect(() =>
      runIndicator(realNameUpdateIndicator, cleanWages(), CLEAN_WAGES_AS_OF, { periodDays: 0 }),
    ).toThrow(RulesError);
  });
});
