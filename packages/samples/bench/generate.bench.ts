// Benchmark: records per second for a city-sized dataset (20,000 communities), in memory and streamed.
// Run: npx tsx --conditions=@rectify/source bench/generate.bench.ts
// Env: BENCH_COMMUNITIES (20000), BENCH_PROJECTS (300), BENCH_WORKERS (40), BENCH_ASOF (2023-11-30),
// BENCH_NDJSON=1 also serialises every streamed record (as writeNdjson does, to a null sink);
// BENCH_STREAM_ONLY=1 skips the in-memory run (for 5,000 projects × 12 months: BENCH_COMMUNITIES=0
// BENCH_PROJECTS=5000 BENCH_WORKERS=105 BENCH_ASOF=2024-01-31 BENCH_STREAM_ONLY=1, about 5 M payroll lines).
import { performance } from 'node:perf_hooks';
import { generateDataset, streamDataset, writeNdjson } from '../src/index';

const communities = Number(process.env.BENCH_COMMUNITIES ?? 20_000);
const projects = Number(process.env.BENCH_PROJECTS ?? 300);
const workersPerProject = Number(process.env.BENCH_WORKERS ?? 40);
const asOf = process.env.BENCH_ASOF ?? '2023-11-30';
const options = { seed: 'bench', communities, projects, workersPerProject, asOf, plantRate: 0.01 };

const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en')} records/s`;
const mb = () => `${Math.round(process.memoryUsage().heapUsed / 1e6)} MB heap`;

console.log(
  `@rectify/samples: ${communities} communities, ${projects} projects × ~${workersPerProject} workers, asOf ${asOf}`,
);

let t = performance.now();
let ms = 0;
if (!process.env.BENCH_STREAM_ONLY) {
  const { dataset, manifest } = generateDataset(options);
  ms = performance.now() - t;
  const total = Object.values(dataset.records).reduce((s, list) => s + (list as unknown[]).length, 0);
  console.log(
    `generateDataset: ${total.toLocaleString('en')} records in ${Math.round(ms)} ms — ${rate(total, ms)}, ${mb()}`,
  );
  console.log(`  planted ${manifest.items.length} violations`);
}

t = performance.now();
let streamed = 0;
const byKind = new Map<string, number>();
for (const { kind } of streamDataset(options)) {
  streamed++;
  byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
}
ms = performance.now() - t;
console.log(
  `streamDataset:   ${streamed.toLocaleString('en')} records in ${Math.round(ms)} ms — ${rate(streamed, ms)}, ${mb()}`,
);
for (const kind of [
  'community',
  'quarterlyDisclosure',
  'worker',
  'dailyAttendance',
  'workerAttendance',
  'payrollLine',
]) {
  console.log(`  ${kind}: ${(byKind.get(kind) ?? 0).toLocaleString('en')}`);
}

if (process.env.BENCH_NDJSON) {
  t = performance.now();
  const sink = { write: () => true, once: () => undefined };
  const result = await writeNdjson(options, sink);
  ms = performance.now() - t;
  console.log(
    `writeNdjson:     ${result.records.toLocaleString('en')} records, ${Math.round(result.bytes / 1e6)} MB in ${Math.round(ms)} ms — ${rate(result.records, ms)}, ${mb()}`,
  );
}
