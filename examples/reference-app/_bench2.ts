import { PGlite } from '@electric-sql/pglite';
import { generateDataset } from '@rectify/samples';
import { performance } from 'node:perf_hooks';
import { rmSync } from 'node:fs';
const { dataset } = generateDataset({ seed: 'quanzhou-demo', communities: 2000, projects: 300, plantRate: 0.03 });
const rows: [string, string, string][] = [];
for (const [k, list] of Object.entries(dataset.records)) list!.forEach((r: any, i) => rows.push([k, r.id ?? r.code ?? r.uscc ?? `${i}`, JSON.stringify(r)]));
const mode = process.env.MODE!;
rmSync('/tmp/ra/pgl', { recursive: true, force: true });
const db = await PGlite.create('/tmp/ra/pgl', { relaxedDurability: true });
const type = mode === 'text' ? 'text' : 'jsonb';
await db.exec(`create table records (kind text, id text, seq int, payload ${type} ${mode === 'nopk' || mode==='text' ? '' : ', primary key (kind, id, seq)'})`);
let t = performance.now();
const B = Number(process.env.B ?? 5000);
await db.transaction(async (tx) => {
for (let i = 0; i < rows.length; i += B) {
  const chunk = rows.slice(i, i + B);
  await tx.query(`insert into records (kind, id, seq, payload) select k, i, s, p::${type} from unnest($1::text[], $2::text[], $3::int[], $4::text[]) as u(k, i, s, p)`, [chunk.map(r => r[0]), chunk.map(r => r[1]), chunk.map((_, j) => i + j), chunk.map(r => r[2])]);
}
});
console.log(mode, B, 'insert', rows.length, performance.now() - t);
t = performance.now();
if (mode === 'nopk') { await db.exec('alter table records add primary key (kind, id, seq)'); console.log('pk', performance.now() - t); }
await db.close();
