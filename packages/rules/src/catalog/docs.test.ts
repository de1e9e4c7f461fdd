import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COVERAGE_FILE, coverageMarkdown, RULE_CATALOG_FILE, ruleCatalogMarkdown } from '../../scripts/docs';
import { loadKit } from '../../scripts/kit';
import { PLANNERS } from '../planners/index';
import { kitCoverage } from './kit-coverage';

const REGENERATE = 'run `npx tsx --conditions=@rectify/source scripts/generate-docs.ts` in packages/rules';

describe('docs/reference — the committed pages equal what the code generates', () => {
  it('rule-catalog.md', async () => {
    expect(existsSync(RULE_CATALOG_FILE), `${RULE_CATALOG_FILE} is missing: ${REGENERATE}`).toBe(true);
    const kit = await loadKit();
    expect(readFileSync(RULE_CATALOG_FILE, 'utf8'), `rule-catalog.md is stale: ${REGENERATE}`).toBe(
      ruleCatalogMarkdown({ ...kit, planners: PLANNERS }),
    );
  });

  it('coverage.md', async () => {
    expect(existsSync(COVERAGE_FILE), `${COVERAGE_FILE} is missing: ${REGENERATE}`).toBe(true);
    const kit = await loadKit();
    const markdown = coverageMarkdown(kitCoverage(kit));
    expect(readFileSync(COVERAGE_FILE, 'utf8'), `coverage.md is stale: ${REGENERATE}`).toBe(markdown);
    expect(markdown).toMatch(/\*\*[0-9]+ of [0-9]+ clauses served\.\*\*/);
  });
});

describe('coverageMarkdown and ruleCatalogMarkdown — page structure', () => {
  const matrix = kitCoverage({});
  const page = coverageMarkdown(matrix);

  it('lists every clause once, with the summary line', () => {
    expect(page).toContain(`**${matrix.served} of ${matrix.total} clauses served.**`);
    for (const c of matrix.clauses)
      expect(page.split('\n').filter((l) => l.startsWith(`| ${c.clauseId} |`))).toHaveLength(1);
  });

  it('marks unserved clauses and escapes table pipes', () => {
    const fake = {
      ...matrix,
      clauses: [{ clauseId: 'PI.T1', document: 'PI' as const, section: 'S', summary: 'a | b', servedBy: [] }],
      served: 0,
      total: 1,
      unserved: ['PI.T1'],
      unknownReferences: [{ kind: 'rule' as const, id: 'R', clauseId: 'PI.Z9' }],
    };
    const text = coverageMarkdown(fake);
    expect(text).toContain('| PI.T1 | a \\| b | **not served** |');
    expect(text).toContain('- PI.T1');
    expect(text).toContain('- rule `R` cites `PI.Z9`');
  });

  it('shows each planner with its clauses, quotes and parameter sources', () => {
    const catalog = ruleCatalogMarkdown({ packs: [], indicators: [], planners: PLANNERS });
    for (const p of PLANNERS) {
      expect(catalog).toContain(`### ${p.id}`);
      for (const q of p.quote) expect(catalog).toContain(`> ${q}`);
    }
    expect(catalog).toContain('| `smallIncomeFen` | 5000000 | fen |');
    expect(catalog).toContain('interpretation: The text gives no number');
  });
});
