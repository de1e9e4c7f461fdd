import type { ConstructionProject, Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { runIndicator } from '../../../testing/handling-builders';
import { CLEAN_WAGES_AS_OF, cleanWages, projectIn } from '../../../testing/wages-builders';
import { processSettlementIndicator } from './process-settlement';

const addProject = (d: Dataset, id: string, overrides: Partial<ConstructionProject> = {}) => {
  d.records.constructionProject?.push({ ...structuredClone(projectIn(d)), id, ...overrides });
};

// WG.M6 进一步推行项目过程结算，重点在国企项目推行 — a share with no target.
describe('WG-PROCESS-SETTLEMENT (WG.M6)', () => {
  it('counts only SOE-funded projects under construction, with no target to meet', () => {
    const d = cleanWages();
    // P1 is government-funded (not counted); P2 is SOE-funded without process settlement.
    addProject(d, 'P3', { funding: 'state-owned', processSettlement: true });
    addProject(d, 'P4', { funding: 'state-owned', processSettlement: undefined });
    addProject(d, 'P5', {
      funding: 'state-owned',
      processSettlement: true,
      status: 'completed',
      completedOn: '2023-10-01',
    });
    addProject(d, 'P6', { funding: 'private', processSettlement: true });
    const ind = runIndicator(processSettlementIndicator, d, CLEAN_WAGES_AS_OF);
    expect([ind.numerator, ind.denominator, ind.met, ind.target]).toEqual([1, 3, null, undefined]);
    expect(ind.parts).toEqual({ notRecorded: 1 });
    expect(ind.clauseIds).toEqual(['WG.M6']);
  });
});
