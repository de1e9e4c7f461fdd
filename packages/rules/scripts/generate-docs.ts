// Writes docs/reference/rule-catalog.md and docs/reference/coverage.md from the rule packs, indicators, planners,
// task lists and schema services. Run: npx tsx --conditions=@rectify/source scripts/generate-docs.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { kitCoverage } from '../src/catalog/kit-coverage';
import { PLANNERS } from '../src/planners/index';
import {
  COVERAGE_FILE,
  coverageMarkdown,
  REFERENCE_DIR,
  RULE_CATALOG_FILE,
  ruleCatalogMarkdown,
} from './docs';
import { loadKit } from './kit';

const kit = await loadKit();
const matrix = kitCoverage(kit);
mkdirSync(REFERENCE_DIR, { recursive: true });
writeFileSync(RULE_CATALOG_FILE, ruleCatalogMarkdown({ ...kit, planners: PLANNERS }));
writeFileSync(COVERAGE_FILE, coverageMarkdown(matrix));
process.stdout.write(
  `rule-catalog.md: ${kit.packs.reduce((n, p) => n + p.rules.length, 0)} rules, ${kit.indicators.length} indicators, ${PLANNERS.length} planners\n` +
    `coverage.md: ${matrix.served} of ${matrix.total} clauses served\n`,
);
