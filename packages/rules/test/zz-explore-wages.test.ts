import { generateDataset, PLANTABLE_RULE_IDS } from '@rectify/samples';
import { validate } from '@rectify/schemas';
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { check } from '../src/engine/check';
import { wagesPack } from '../src/packs/wages/index';

it('explore', () => {
  const out: string[] = [];
  const wg = PLANTABLE_RULE_IDS.filter((r) => r.startsWith('WG-'));
  const ids = wagesPack.rules.map((r) => r.id);
  for (const asOf of ['2023-11-30', '2023-07-20', '2023-09-10', '2023-10-31', '2023-12-31', '2024-01-15']) {
    for (let i = 0; i < 12; i++) {
      const seed = `s${i}`;
      const projects = [5, 20, 60, 120][i % 4] as number;
      const count = [1, 2, 3, 6][i % 4] as number;
      const plant = Object.fromEntries(wg.map((r) => [r, count]));
      const { dataset, manifest } = generateDataset({ seed, asOf, communities: 0, projects, plant });
      const v = validate('dataset', JSON.parse(JSON.stringify(dataset)), { maxIssues: 5 });
      if (v.issues.length) out.push(`${asOf} ${seed} INVALID ${JSON.stringify(v.issues).slice(0, 400)}`);
      const result = check(dataset, { asOf, packs: [wagesPack] });
      const failed = result.findings.filter((f) => f.outcome === 'fail').map((f) => `${f.ruleId}|${f.subject.id}|${f.period ?? ''}`).sort();
      const planted = manifest.items.filter((x) => ids.includes(x.ruleId)).map((x) => `${x.ruleId}|${x.subject.id}|${x.subject.kind === 'project-month' ? x.period : ''}`).sort();
      const extra = failed.filter((f) => !planted.includes(f));
      const missing = planted.filter((f) => !failed.includes(f));
      const short = Object.entries(manifest.requested).filter(([k, n]) => k.startsWith('WG') && (manifest.planted[k] ?? 0) < n).map(([k]) => k.slice(3));
      out.push(`${asOf} ${seed} p=${projects} c=${count} items=${planted.length} extra=${JSON.stringify(extra)} missing=${JSON.stringify(missing)} short=${short.join(',')}`);
    }
  }
  writeFileSync('/tmp/wgx/out.txt', out.join('\n'));
}, 600_000);
