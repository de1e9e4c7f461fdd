// Benchmark: the wages pack on a city-scale dataset (5,000 projects × 12 months, ~5 M payroll lines), checked
// chunk by chunk with CheckSession so it never sits in memory whole; compared with JSON.parse of the same data.
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { generateDataset } from '@rectify/samples';
import type { Dataset } from '@rectify/schemas';
import { CheckSession, WAGES_INDICATORS, wagesPack } from '../src/index';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 5_000);
const PER_CHUNK = Number(process.env.BENCH_PROJECTS_PER_CHUNK ?? 20);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 105);
const asOf = '2024-01-20'; // December's wages fall due on 15 January: all twelve months are judged
const months = Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`);

let parseMs = 0;
let checkMs = 0;
let payrollLines = 0;
let records = 0;
let bytes = 0;
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const session = new CheckSession({
  asOf,
  months,
  packs: [wagesPack],
  indicators: WAGES_INDICATORS,
  include: ['fail'],
});
const t0 = performance.now();
for (let chunk = 0; chunk * PER_CHUNK < PROJECTS; chunk++) {
  const projects = Math.min(PER_CHUNK, PROJECTS - chunk * PER_CHUNK);
  const text = JSON.stringify(
    generateDataset({
      seed: `wages-bench-${chunk}`,
      asOf,
      communities: 0,
      projects,
      workersPerProject: WORKERS,
      plantRate: 0.01,
    }).dataset,
  );
  bytes += text.length;
  sample();
  let t = performance.now();
  const dataset = JSON.parse(text) as Dataset;
  parseMs += performance.now() - t;
  payrollLines += dataset.records.payrollLine?.length ?? 0;
  records += Object.values(dataset.records).reduce((n, l) => n + (l?.length ?? 0), 0);
  t = performance.now();
  session.add(dataset);
  checkMs += performance.now() - t;
  sample();
}
const result = session.result();
sample();
const wall = performance.now() - t0;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const lines = [
  `@rectify/rules wages pack — ${PROJECTS.toLocaleString('en-US')} projects × 12 months, ${payrollLines.toLocaleString('en-US')} payroll lines, ${records.toLocaleString('en-US')} records (${(bytes / 1e9).toFixed(2)} GB JSON), in chunks of ${PER_CHUNK} projects`,
  `  JSON.parse of the same data       ${parseMs.toFixed(0).padStart(7)} ms`,
  `  check (CheckSession, ${wagesPack.rules.length} rules + ${WAGES_INDICATORS.length} indicators) ${checkMs.toFixed(0).padStart(7)} ms  ${(checkMs / parseMs).toFixed(2)}× JSON.parse (goal ≤ 2×)`,
  `  rule × subject evaluations        ${result.summary.subjects.toLocaleString('en-US')}  (${result.summary.byOutcome.fail} fail)`,
  `  peak memory                       rss ${mb(peakRss)}, heap ${mb(peakHeap)} (goal ≤ 300 MB; includes generating each chunk)`,
  `  V8 heap limit                     ${mb(getHeapStatistics().heap_size_limit)} (npm run bench caps it: the run proves the live set fits, not just that GC was lucky)`,
  `  wall time incl. generation        ${(wall / 1000).toFixed(1)} s`,
];
process.stdout.write(`${lines.join('\n')}\n`);
