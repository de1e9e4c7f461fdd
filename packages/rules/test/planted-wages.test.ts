// Wages pack acceptance: on a generated Quanzhou dataset with planted violations, the pack fails exactly the
// planted subjects — no misses, no extras — and fails nothing on the same dataset without plants.
import { generateDataset, PLANTABLE_RULE_IDS } from '@rectify/samples';
import { describe, expect, it } from 'vitest';
import { check } from '../src/engine/check';
import { wagesPack } from '../src/packs/wages/index';

const asOf = '2023-11-30';
const wgRuleIds = wagesPack.rules.map((r) => r.id);
const wgPlantable = PLANTABLE_RULE_IDS.filter((r) => r.startsWith('WG-'));

function run(seed: string, plant: Record<string, number>) {
  const { dataset, manifest } = generateDataset({ seed, asOf, communities: 0, projects: 60, plant });
  const result = check(dataset, { asOf, packs: [wagesPack] });
  const failed = result.findings
    .filter((f) => f.outcome === 'fail')
    .map((f) => `${f.ruleId}|${f.subject.id}|${f.period ?? ''}`)
    .sort();
  const planted = manifest.items
    .filter((i) => wgRuleIds.includes(i.ruleId))
    .map((i) => `${i.ruleId}|${i.subject.id}|${i.subject.kind === 'project-month' ? (i.period ?? '') : ''}`)
    .sort();
  const outcomes = new Map<string, number>();
  for (const f of result.findings) outcomes.set(f.outcome, (outcomes.get(f.outcome) ?? 0) + 1);
  return { failed, planted, manifest, outcomes };
}

describe('wages pack on planted samples', () => {
  it('has a planter for every rule of the pack', () => {
    expect([...wgPlantable].sort()).toEqual([...wgRuleIds].sort());
  });

  it.each(['clean-city', 'quanzhou-1'])('a clean generated dataset fails no wages rule (seed %s)', (seed) => {
    const { failed, manifest } = run(seed, {});
    expect(manifest.items).toEqual([]);
    expect(failed).toEqual([]);
  });

  it.each(['quanzhou-1', 'quanzhou-2', 'quanzhou-3'])(
    'finds exactly the planted violations (seed %s)',
    (seed) => {
      const plant = Object.fromEntries(wgPlantable.map((r) => [r, 2]));
      const { failed, planted, manifest } = run(seed, plant);
      // Every rule planted twice; the early warning's builder arrears are listed besides.
      expect(manifest.planted).toEqual(manifest.requested);
      expect(planted.length).toBeGreaterThanOrEqual(2 * wgPlantable.length);
      expect(failed).toEqual(planted);
    },
  );
});
