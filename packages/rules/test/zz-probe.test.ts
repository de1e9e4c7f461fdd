import { generateDataset } from '@rectify/samples';
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';

it('probe', () => {
  const out: string[] = [];
  for (const [seed, id] of [['quanzhou-1', 'PJ00040'], ['c', 'PJ00038']] as const) {
  const { dataset } = generateDataset({ seed, asOf: '2023-11-30', communities: 0, projects: 60 });
  const r = dataset.records as any;
    const p = r.constructionProject.find((x: any) => x.id === id);
    out.push(JSON.stringify({ id, status: p.status, permit: p.permitOn, started: p.startedOn, completed: p.completedOn, planned: p.plannedCompletionOn }));
    const att = (r.workerAttendance ?? []).filter((a: any) => a.projectId === id);
    const months = [...new Set(att.map((a: any) => a.month))];
    out.push(` att months ${months.join(',')}`);
    out.push(` workers ${(r.worker ?? []).filter((a: any) => a.projectId === id).map((w: any) => w.joinedOn + '..' + (w.leftOn ?? '')).slice(0, 8).join(' ')}`);
  }
  writeFileSync('/tmp/wgx/probe.txt', out.join('\n'));
});
