import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPackDirectory, packDirectories } from '../../scripts/kit';
import type { ParameterSource } from '../engine/types';
import { PLANNERS } from '../planners/index';
import { isClauseId } from './clauses';

// The campaign documents every quote must come from, compared verbatim (nothing normalised, nothing removed).
const SEED = readFileSync(
  fileURLToPath(new URL('../../../../../shared/seed/000_656dc3558b806424.txt', import.meta.url)),
  'utf8',
);

/** Problems of one cited thing: quotes not in the seed text, clause IDs not in the catalog. */
function problems(
  what: string,
  item: { clauseIds: readonly string[]; quote: readonly string[] },
  sources: readonly ParameterSource[] = [],
): string[] {
  const out: string[] = [];
  if (item.quote.length === 0) out.push(`${what}: no quote`);
  for (const q of item.quote)
    if (q.length === 0 || !SEED.includes(q)) out.push(`${what}: quote not verbatim in the seed text: ${q}`);
  if (item.clauseIds.length === 0) out.push(`${what}: no clause ID`);
  for (const id of item.clauseIds)
    if (!isClauseId(id)) out.push(`${what}: clause ID not in the catalog: ${id}`);
  for (const s of sources) {
    if (s.kind !== 'clause') continue;
    if (!isClauseId(s.clauseId)) out.push(`${what}: parameter source cites unknown clause ${s.clauseId}`);
    if (s.quote !== undefined && !SEED.includes(s.quote))
      out.push(`${what}: parameter source quote not verbatim: ${s.quote}`);
  }
  return out;
}

const directories = packDirectories();

describe('quotes and clause IDs — every rule, indicator and planner cites the campaign text verbatim', () => {
  it('finds the public-income pack at least', () => {
    expect(directories.map((d) => d.name)).toContain('public-income');
  });

  describe.each(directories.map((d) => [d.name, d] as const))('pack folder %s', (_, directory) => {
    it('rules: quotes verbatim, clause IDs in CLAUSES, rule ids unique', async () => {
      const kit = await loadPackDirectory(directory);
      expect(kit.packs.length).toBeGreaterThan(0);
      const rules = kit.packs.flatMap((p) => p.rules);
      expect(rules.length).toBeGreaterThan(0);
      const found = rules.flatMap((r) =>
        problems(
          `rule ${r.id}`,
          r,
          Object.values(r.parameters).map((p) => p.source),
        ),
      );
      expect(found).toEqual([]);
      const ids = rules.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    if (directory.indicators !== undefined)
      it('indicators: quotes verbatim, clause IDs in CLAUSES', async () => {
        const kit = await loadPackDirectory(directory);
        expect(kit.indicators.length).toBeGreaterThan(0);
        expect(kit.indicators.flatMap((i) => problems(`indicator ${i.id}`, i))).toEqual([]);
      });
  });

  it('planners: quotes verbatim, clause IDs in CLAUSES', () => {
    expect(
      PLANNERS.flatMap((p) =>
        problems(
          `planner ${p.id}`,
          p,
          Object.values(p.parameters).map((x) => x.source),
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    ['a paraphrase', '公示时间不足30日'],
    ['a quote with a space inserted', '公示时间少于 30日'],
    ['an ASCII comma for a full-width one', '张冠李戴,公示内容漏项错项'],
  ])('rejects %s', (_, quote) => {
    expect(problems('probe', { clauseIds: ['PI.C1.d'], quote: [quote] })).toHaveLength(1);
  });

  it('accepts a verbatim quote and rejects an unknown clause ID', () => {
    expect(problems('probe', { clauseIds: ['PI.C1.d'], quote: ['公示时间少于30日'] })).toEqual([]);
    expect(problems('probe', { clauseIds: ['PI.C1.z'], quote: ['公示时间少于30日'] })).toHaveLength(1);
  });
});
