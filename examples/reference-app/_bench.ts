import { PGlite } from '@electric-sql/pglite';
import { generateDataset } from '@rectify/samples';
import { performance } from 'node:perf_hooks';
import { rmSync } from 'node:fs';
const { dataset } = generateDataset({ seed: 'quanzhou-demo', communities: 2000, projects: 300, plantRate: 0.03 });
const rows: [string, string, string][] = [];
for (const [k, list] of Object.entries(dataset.records)) list!.forEach((r: any, i) => rows.push([k, r.id ?? r.code ?? r.uscc ?? `${i}`, JSON.stringify(r)]));
rmSync('/tmp/ra/pgl', { recursive: true, force: true });
let t = performance.now();
const db = await PGlite.create('/tmp/ra/pgl', { relaxedDurability: process.env.RELAX === '1' });
console.log('open', performance.now() - t);
await db.exec('create table records (kind text, id text, seq int, payload jsonb, primary key (kind, id, seq))');
t = performance.now();
const B = Number(process.env.B ?? 5000);
await db.transaction(async (tx) => {
for (let i = 0; i < rows.length; i += B) {
  const chunk = rows.slice(i, i + B);
  await tx.query('insert into records (kind, id, seq, payload) select k, i, s, p::jsonb from unnest($1::text[], $2::text[], $3::int[], $4::text[]) as u(k, i, s, p)', [chunk.map(r => r[0]), chunk.map(r => r[1]), chunk.map((_, j) => i + j), chunk.map(r => r[2])]);
}
});
console.log('insert', rows.length, performance.now() - t);
t = performance.now();
const res = await db.query<{ kind: string; payload: string }>('select kind, payload::text as payload from records order by kind, seq');
console.log('select text', res.rows.length, performance.now() - t);
t = performance.now();
const res2 = await db.query<{ kind: string; payload: unknown }>('select kind, payload from records order by kind, seq');
console.log('select jsonb', res2.rows.length, performance.now() - t);
t = performance.now();
await db.close();
console.log('close', performance.now() - t);
t = performance.now();
const db2 = await PGlite.create('/tmp/ra/pgl');
console.log('reopen', performance.now() - t);
t = performance.now();
const r3 = await db2.query<{ n: number }>('select count(*)::int as n from records');
console.log('count', r3.rows[0], performance.now() - t);
await db2.close();
