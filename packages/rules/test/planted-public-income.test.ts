// PI pack acceptance: on a generated Quanzhou dataset with planted violations, the pack fails exactly the
// planted subjects — no misses, no extras — and passes the same dataset without plants.
import { generateDataset, PLANTABLE_RULE_IDS } from '@rectify/samples';
import { describe, expect, it } from 'vitest';
import { check } from '../src/engine/check';
import { publicIncomePack } from '../src/packs/public-income/index';

const asOf = '2023-11-30';
const piRuleIds = publicIncomePack.rules.map((r) => r.id);

function failures(seed: string, plant: Record<string, number>, on = asOf) {
  const { dataset, manifest } = generateDataset({ seed, asOf: on, communities: 240, projects: 0, plant });
  const result = check(dataset, { asOf: on, packs: [publicIncomePack] });
  const failed = result.findings
    .filter((f) => f.outcome === 'fail')
    .map((f) => `${f.ruleId}|${f.subject.id}|${f.period ?? ''}`)
    .sort();
  const planted = manifest.items
    .filter((i) => piRuleIds.includes(i.ruleId))
    .map(
      (i) => `${i.ruleId}|${i.subject.id}|${i.subject.kind === 'community-quarter' ? (i.period ?? '') : ''}`,
    )
    .sort();
  return { failed, planted, manifest };
}

describe('public-income pack on planted samples', () => {
  it('every plantable PI rule is a rule of the pack', () => {
    for (const id of PLANTABLE_RULE_IDS.filter((r) => r.startsWith('PI-'))) expect(piRuleIds).toContain(id);
  });

  it('a clean generated dataset fails no public-income rule', () => {
    const { failed } = failures('clean-city', {});
    expect(failed).toEqual([]);
  });

  it('a clean generated dataset fails no public-income rule after the year ends (audits and Q4 due)', () => {
    const { failed } = failures('clean-city', {}, '2024-02-15');
    expect(failed).toEqual([]);
  });

  it.each(['quanzhou-1', 'quanzhou-2', 'quanzhou-3'])(
    'finds exactly the planted violations (seed %s)',
    (seed) => {
      const plant = Object.fromEntries(
        PLANTABLE_RULE_IDS.filter((r) => r.startsWith('PI-')).map((r) => [r, 2]),
      );
      const { failed, planted } = failures(seed, plant);
      expect(planted.length).toBeGreaterThan(20);
      expect(failed).toEqual(planted);
    },
  );

  it('finds exactly the planted violations after the year ends', () => {
    const plant = Object.fromEntries(
      PLANTABLE_RULE_IDS.filter((r) => r.startsWith('PI-')).map((r) => [r, 2]),
    );
    const { failed, planted } = failures('quanzhou-year-end', plant, '2024-02-15');
    expect(planted.length).toBeGreaterThan(20);
    expect(failed).toEqual(planted);
  });
});
