import { PGlite } from '@electric-sql/pglite';
import { generateDataset } from '@rectify/samples';
import { rmSync } from 'node:fs';
const { dataset } = generateDataset({ seed: 'quanzhou-demo', communities: 200, projects: 100, plantRate: 0.03 });
const rows: [string, string, string][] = [];
for (const [k, list] of Object.entries(dataset.records)) list!.forEach((r: any, i) => rows.push([k, r.id ?? r.code ?? r.uscc ?? `${k}${i}`, JSON.stringify(r)]));
const bytes = rows.reduce((n, r) => n + r[2].length, 0);
console.log('rows', rows.length, 'MB', bytes / 1e6);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (const mode of ['unnest', 'nopayload', 'values', 'jsonarr', 'memory']) {
  rmSync('/tmp/ra/pgl', { recursive: true, force: true });
  const db = await PGlite.create(mode === 'memory' ? undefined : '/tmp/ra/pgl', { relaxedDurability: true });
  await db.exec(`create table records (kind text, id text, seq int, payload jsonb, primary key (kind, id, seq))`);
  const c0 = cpu(); const t0 = performance.now();
  const B = 2000;
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += B) {
      const chunk = rows.slice(i, i + B);
      if (mode === 'unnest' || mode === 'memory') await tx.query(`insert into records (kind, id, seq, payload) select k, i, s, p::jsonb from unnest($1::text[], $2::text[], $3::int[], $4::text[]) as u(k, i, s, p)`, [chunk.map(r => r[0]), chunk.map(r => r[1]), chunk.map((_, j) => i + j), chunk.map(r => r[2])]);
      else if (mode === 'nopayload') await tx.query(`insert into records (kind, id, seq, payload) select k, i, s, '{}'::jsonb from unnest($1::text[], $2::text[], $3::int[]) as u(k, i, s)`, [chunk.map(r => r[0]), chunk.map(r => r[1]), chunk.map((_, j) => i + j)]);
      else if (mode === 'values') {
        const sub = 500;
        for (let j = 0; j < chunk.length; j += sub) {
          const c = chunk.slice(j, j + sub); const params: unknown[] = []; const vals: string[] = [];
          c.forEach((r, n) => { vals.push(`($${n*4+1}, $${n*4+2}, $${n*4+3}::int, $${n*4+4}::jsonb)`); params.push(r[0], r[1], i + j + n, r[2]); });
          await tx.query(`insert into records (kind, id, seq, payload) values ${vals.join(',')}`, params);
        }
      } else if (mode === 'jsonarr') {
        await tx.query(`insert into records (kind, id, seq, payload) select e->>0, e->>1, (e->>2)::int, e->3 from jsonb_array_elements($1::jsonb) e`, [JSON.stringify(chunk.map((r, j) => [r[0], r[1], i + j, JSON.parse(r[2])]))]);
      }
    }
  });
  console.log(mode, 'cpu ms', (cpu() - c0).toFixed(0), 'wall', (performance.now() - t0).toFixed(0));
  await db.close();
}
