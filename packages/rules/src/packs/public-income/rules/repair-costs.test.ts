import { readFileSync } from 'node:fs';
import type { Dataset, RepairProject } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { disclosureIn, rebalance, retotal } from '../../../testing/c2-builders';
import { repairCostsRule } from './repair-costs';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

/** Adds a repair project (C1, 100 000 fen contracted, unless overridden). */
const project = (overrides: Partial<RepairProject> & { id: string }) => (d: Dataset) => {
  const p: RepairProject = {
    communityId: 'C1',
    title: '外墙修缮',
    contractedAmount: 100_000,
    evidence: [],
    ...overrides,
  };
  d.records.repairProject = [...(d.records.repairProject ?? []), p];
};
/** Adds a repair expense line to a quarter, on `projectId` (none when undefined); totals and balances follow. */
const repair =
  (
    quarter: string,
    amount: number,
    projectId?: string,
    category: 'repair' | 'facility-maintenance' = 'repair',
  ) =>
  (d: Dataset) => {
    const disclosure = disclosureIn(d, quarter);
    if (!disclosure) return;
    disclosure.expenseLines.push({
      category,
      description: '外墙修缮',
      amount,
      evidence: [{ kind: 'invoice', ref: `F-${quarter}` }],
      ...(projectId ? { repairProjectId: projectId } : {}),
    });
    retotal(disclosure);
    rebalance(d);
  };
const all =
  (...steps: ((d: Dataset) => void)[]) =>
  (d: Dataset) => {
    for (const s of steps) s(d);
  };

// PI.C4.b — 虚增小区维修、更新和改造的项目和费用，套取公共收益.
describe('PI-REPAIR-COSTS (PI.C4.b)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, quarter: string, expected: string];
  const cases: Case[] = [
    ['no repair spending passes', () => {}, '2023Q2', 'pass'],
    ['a quarter with no disclosure is not judged here', () => {}, '2023Q4', 'not_applicable'],
    [
      'a repair line on a project within its contract passes',
      all(project({ id: 'RP1' }), repair('2023Q2', 60_000, 'RP1')),
      '2023Q2',
      'pass',
    ],
    ['a repair line without a project fails', repair('2023Q2', 60_000), '2023Q2', 'fail'],
    [
      'routine maintenance needs no repair project',
      repair('2023Q2', 60_000, undefined, 'facility-maintenance'),
      '2023Q2',
      'pass',
    ],
    [
      'a project of another community fails',
      all(project({ id: 'RP1', communityId: 'C9' }), repair('2023Q2', 60_000, 'RP1')),
      '2023Q2',
      'fail',
    ],
    [
      'a project missing from the dataset is unknown',
      repair('2023Q2', 60_000, 'RP-MISSING'),
      '2023Q2',
      'unknown',
    ],
    [
      'a line without a project outweighs an unknown one',
      all(repair('2023Q2', 60_000, 'RP-MISSING'), repair('2023Q2', 1_000)),
      '2023Q2',
      'fail',
    ],
    [
      'spending exactly the contracted amount passes',
      all(project({ id: 'RP1' }), repair('2023Q2', 100_000, 'RP1')),
      '2023Q2',
      'pass',
    ],
    [
      'one fen above the contracted amount fails',
      all(project({ id: 'RP1' }), repair('2023Q2', 100_001, 'RP1')),
      '2023Q2',
      'fail',
    ],
    [
      'two lines in a quarter are summed',
      all(project({ id: 'RP1' }), repair('2023Q2', 60_000, 'RP1'), repair('2023Q2', 50_000, 'RP1')),
      '2023Q2',
      'fail',
    ],
    [
      'cumulative spending within the contract passes in Q2…',
      all(project({ id: 'RP1' }), repair('2023Q2', 60_000, 'RP1'), repair('2023Q3', 50_000, 'RP1')),
      '2023Q2',
      'pass',
    ],
    [
      '…and exceeds it in Q3',
      all(project({ id: 'RP1' }), repair('2023Q2', 60_000, 'RP1'), repair('2023Q3', 50_000, 'RP1')),
      '2023Q3',
      'fail',
    ],
    [
      'the contracted amount lowered below what was spent fails',
      all(project({ id: 'RP1', contractedAmount: 50_000 }), repair('2023Q2', 60_000, 'RP1')),
      '2023Q2',
      'fail',
    ],
    [
      'a quarter with no line on the project is not judged for it',
      all(project({ id: 'RP1', contractedAmount: 50_000 }), repair('2023Q2', 60_000, 'RP1')),
      '2023Q3',
      'pass',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, quarter, expected) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(outcomeOf(runRule(repairCostsRule, d, '2023-11-30'), 'C1', quarter)).toBe(expected);
  });

  it('a line without a project points at its missing project id', () => {
    const d = clone(cleanPublicIncome());
    repair('2023Q2', 60_000)(d);
    const f = runRule(repairCostsRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.clauseIds).toEqual(['PI.C4.b']);
    expect(f?.why).toEqual([expect.objectContaining({ clauseId: 'PI.C4.b', observed: 60_000 })]);
    expect(f?.evidence).toEqual([
      {
        pointer: '/records/quarterlyDisclosure/1/expenseLines/1/repairProjectId',
        observed: null,
        expected: 'repair project of C1',
      },
    ]);
  });

  it('an overrun reports cumulative spending against the project’s contracted amount', () => {
    const d = clone(cleanPublicIncome());
    all(project({ id: 'RP1' }), repair('2023Q2', 60_000, 'RP1'), repair('2023Q3', 50_000, 'RP1'))(d);
    const f = runRule(repairCostsRule, d, '2023-11-30').find((x) => x.period === '2023Q3');
    expect(f?.why).toEqual([expect.objectContaining({ observed: 110_000, expected: '≤ 100000' })]);
    expect(f?.evidence[0]).toMatchObject({
      pointer: '/records/repairProject/0/contractedAmount',
      observed: 110_000,
      expected: '≤ 100000',
    });
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of repairCostsRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
