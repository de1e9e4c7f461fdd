import { PGlite } from '@electric-sql/pglite';
import { generateDataset } from '@rectify/samples';
import { rmSync } from 'node:fs';
const { dataset } = generateDataset({ seed: 'quanzhou-demo', communities: 200, projects: 100, plantRate: 0.03 });
const rows: [string, string, object][] = [];
for (const [k, list] of Object.entries(dataset.records)) list!.forEach((r: any, i) => rows.push([k, r.id ?? r.code ?? r.uscc ?? `${k}${i}`, r]));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (const mode of ['unnest', 'jsonarr', 'mixed', 'unnest', 'jsonarr', 'mixed']) {
  rmSync('/tmp/ra/pgl', { recursive: true, force: true });
  const db = await PGlite.create('/tmp/ra/pgl', { relaxedDurability: true });
  await db.exec(`create table records (kind text, id text, seq int, payload jsonb, primary key (kind, id, seq))`);
  const c0 = cpu(); const t0 = performance.now();
  const B = 2000;
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += B) {
      const chunk = rows.slice(i, i + B);
      if (mode === 'unnest') await tx.query(`insert into records (kind, id, seq, payload) select k, i, s, p::jsonb from unnest($1::text[], $2::text[], $3::int[], $4::text[]) as u(k, i, s, p)`, [chunk.map(r => r[0]), chunk.map(r => r[1]), chunk.map((_, j) => i + j), chunk.map(r => JSON.stringify(r[2]))]);
      else if (mode === 'jsonarr') await tx.query(`insert into records (kind, id, seq, payload) select e->>0, e->>1, (e->>2)::int, e->3 from jsonb_array_elements($1::jsonb) e`, [JSON.stringify(chunk.map((r, j) => [r[0], r[1], i + j, r[2]]))]);
      else await tx.query(`insert into records (kind, id, seq, payload) select u.k, u.i, u.s, p.value from unnest($1::text[], $2::text[], $3::int[]) with ordinality as u(k, i, s, n) join jsonb_array_elements($4::jsonb) with ordinality as p(value, n) using (n)`, [chunk.map(r => r[0]), chunk.map(r => r[1]), chunk.map((_, j) => i + j), JSON.stringify(chunk.map(r => r[2]))]);
    }
  });
  const n = await db.query<{n:number}>('select count(*)::int n from records');
  console.log(mode, n.rows[0]!.n, 'cpu ms', (cpu() - c0).toFixed(0), 'wall', (performance.now() - t0).toFixed(0));
  await db.close();
}
