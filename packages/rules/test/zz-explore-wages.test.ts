import { generateDataset } from '@rectify/samples';
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { check } from '../src/engine/check';
import { wagesPack } from '../src/packs/wages/index';

it('explore', () => {
  const out: string[] = [];
  for (const seed of ['clean-city', 'quanzhou-1', 'quanzhou-2', 'quanzhou-3', 'a', 'b', 'c', 'd', 'e', 'f']) {
    const asOf = '2023-11-30';
    const { dataset } = generateDataset({ seed, asOf, communities: 0, projects: 60 });
    const result = check(dataset, { asOf, packs: [wagesPack] });
    const counts: Record<string, Record<string, number>> = {};
    for (const f of result.findings) {
      counts[f.ruleId] ??= {};
      const c = counts[f.ruleId] as Record<string, number>;
      c[f.outcome] = (c[f.outcome] ?? 0) + 1;
      if (f.outcome === 'fail' || f.outcome === 'unknown' || f.outcome === 'pending')
        out.push(`${seed} ${f.outcome} ${f.ruleId}|${f.subject.id}|${f.period ?? ''} ${JSON.stringify((f as any).why ?? (f as any).evidence ?? '').slice(0, 300)}`);
    }
    out.push(JSON.stringify(counts, null, 0));
  }
  writeFileSync('/tmp/wgx/out.txt', out.join('\n'));
});
