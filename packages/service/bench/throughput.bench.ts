// Service throughput on loopback: requests/s and latency percentiles of POST /v1/validate and POST /v1/check.
// BENCH_SECONDS (default 10) per scenario, BENCH_CONCURRENCY (default 16) requests in flight.
import { generateDataset } from '@rectify/samples';
import { datasetWithin } from '../src/security/dataset-within';
import { startServer } from '../src/server/start-server';
import { envNumber, run, type Scenario } from './load';

const SECONDS = envNumber('BENCH_SECONDS', 10);
const CONCURRENCY = envNumber('BENCH_CONCURRENCY', 16);
const KEY = 'bench-city-key-000000000000000';

const { dataset: city } = generateDataset({ seed: 'bench', communities: 200, projects: 30 });
const county = datasetWithin(city, '350503');
const record = county.records.quarterlyDisclosure?.[0] ?? county.records.community?.[0];
const records = Object.values(county.records).reduce((n, list) => n + (list?.length ?? 0), 0);

const scenarios: Scenario[] = [
  {
    name: 'validate a record',
    path: '/v1/validate/community',
    body: JSON.stringify(county.records.community?.[0]),
  },
  {
    name: `validate a county dataset (${records} records)`,
    path: '/v1/validate/dataset',
    body: JSON.stringify(county),
  },
  {
    name: `check a county dataset (${records} records)`,
    path: '/v1/check',
    body: JSON.stringify({ dataset: county, asOf: '2023-11-30' }),
  },
];
if (!record) throw new Error('bench: the generated county has no record');

const server = await startServer({ port: 0, keys: [{ key: KEY, role: 'city', divisionCode: '350500' }] });
const out = (line: string) => process.stdout.write(`${line}\n`);
out(`@rectify/service throughput on ${server.url}: ${SECONDS} s per scenario, ${CONCURRENCY} in flight`);
out('| scenario | requests | errors | req/s | p50 ms | p99 ms | max ms |');
out('|---|---:|---:|---:|---:|---:|---:|');
let failed = false;
try {
  for (const scenario of scenarios) {
    await run(server.url, KEY, [scenario], Math.min(1, SECONDS), CONCURRENCY); // warm-up
    const s = await run(server.url, KEY, [scenario], SECONDS, CONCURRENCY);
    failed ||= s.errors > 0;
    out(
      `| ${scenario.name} | ${s.requests} | ${s.errors} | ${s.perSecond.toFixed(1)} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.max.toFixed(1)} |`,
    );
  }
} finally {
  await server.close();
}
if (failed) {
  out('bench: some requests failed');
  process.exitCode = 1;
}
