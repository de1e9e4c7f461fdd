import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_TASKS } from '../tasks/index';
import { CLAUSE_IDS, CLAUSES, findClause, isClauseId } from './clauses';

// The clause catalog the kit is built against. It must exist: a missing catalog is a failure, not a skip.
const CATALOG = fileURLToPath(new URL('../../../../../shared/CLAUSES.md', import.meta.url));

interface CatalogRow {
  id: string;
  document: string;
  section: string;
  summary: string;
  plan: string;
}

/** Reads the catalog's tables: `## PI`/`## WG` documents, `###` sections, rows `| ID | clause | how |`. */
function readCatalog(text: string): CatalogRow[] {
  const rows: CatalogRow[] = [];
  let document: string | undefined;
  let section: string | undefined;
  for (const line of text.split('\n')) {
    const doc = /^## (PI|WG) /.exec(line);
    if (doc) {
      document = doc[1];
      section = undefined;
      continue;
    }
    if (line.startsWith('### ')) {
      section = line.slice(4).trim();
      continue;
    }
    if (!line.startsWith('|') || document === undefined || section === undefined) continue;
    const cells = line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
    const [id, summary, plan] = cells;
    if (id === undefined || id === 'ID' || /^-+$/.test(id)) continue;
    rows.push({ id, document, section, summary: summary ?? '', plan: plan ?? '' });
  }
  return rows;
}

/** `PI.X1–PI.X48` → PI.X1 … PI.X48; any other ID → itself. */
function expand(id: string): string[] {
  const range = /^([A-Z]+\.X[CK]?)([0-9]+)–([A-Z]+\.X[CK]?)([0-9]+)$/.exec(id);
  if (!range) return [id];
  const [, prefix, from, prefixTo, to] = range;
  expect(prefixTo).toBe(prefix);
  return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => `${prefix}${Number(from) + i}`);
}

describe('CLAUSES — the clause catalog as data (CLAUSES.md)', () => {
  it('finds the catalog file', () => {
    expect(existsSync(CATALOG), `the clause catalog must exist at ${CATALOG}`).toBe(true);
  });

  const rows = readCatalog(readFileSync(CATALOG, 'utf8'));

  it('lists exactly the IDs of the catalog, in catalog order, ranges expanded', () => {
    const expected = rows.flatMap((r) => expand(r.id));
    expect(expected.length).toBeGreaterThan(150);
    expect(CLAUSE_IDS).toEqual(expected);
    expect(new Set(CLAUSE_IDS).size).toBe(CLAUSE_IDS.length);
  });

  it('transcribes every single clause row verbatim (document, section, clause, plan)', () => {
    for (const row of rows.filter((r) => expand(r.id).length === 1)) {
      expect(findClause(row.id)).toEqual({
        id: row.id,
        document: row.document,
        section: row.section,
        summary: row.summary,
        plan: row.plan,
      });
    }
  });

  it("expands each range with the catalog's plan and each task row's 工作内容", () => {
    for (const row of rows.filter((r) => expand(r.id).length > 1))
      for (const id of expand(row.id)) {
        const clause = findClause(id);
        expect(clause?.document).toBe(row.document);
        expect(clause?.section).toBe(row.section);
        expect(clause?.plan).toBe(row.plan);
        expect(clause?.range).toBe(row.id);
        expect(clause?.summary).toBe(CAMPAIGN_TASKS.find((t) => t.id === id)?.content);
      }
  });

  it.each([
    ['PI.T1', true],
    ['PI.C1.b', true],
    ['PI.X48', true],
    ['WG.XC24', true],
    ['WG.XK19', true],
    ['PI.X49', false],
    ['WG.XK20', false],
    ['PI.C1', false],
    ['', false],
  ])('isClauseId(%j) = %s', (id, known) => {
    expect(isClauseId(id)).toBe(known);
  });

  it('counts 48 + 24 + 19 task rows', () => {
    const count = (prefix: string) =>
      CLAUSES.filter((c) => new RegExp(`^${prefix.replace('.', '\\.')}[0-9]+$`).test(c.id)).length;
    expect([count('PI.X'), count('WG.XC'), count('WG.XK')]).toEqual([48, 24, 19]);
  });
});
