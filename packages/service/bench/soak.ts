// Soak of the service on loopback: a steady mix of validate and check requests for SOAK_SECONDS (default 600),
// SOAK_CONCURRENCY (default 8) in flight. Prints errors and RSS every 30 s; exits 1 on any error or when RSS grows
// more than 20 % over its level after the first interval (warm-up). Run with --expose-gc for steadier readings.
import { generateDataset } from '@rectify/samples';
import { datasetWithin } from '../src/security/dataset-within';
import { startServer } from '../src/server/start-server';
import { envNumber, run, type Scenario } from './load';

const SECONDS = envNumber('SOAK_SECONDS', 600);
const CONCURRENCY = envNumber('SOAK_CONCURRENCY', 8);
const INTERVAL = Math.min(30, SECONDS);
const KEY = 'soak-county-key-00000000000000';
const MAX_GROWTH = 0.2;

const { dataset: city } = generateDataset({ seed: 'soak', communities: 200, projects: 30 });
const county = datasetWithin(city, '350503');
const scenarios: Scenario[] = [
  {
    name: 'validate record',
    path: '/v1/validate/community',
    body: JSON.stringify(county.records.community?.[0]),
  },
  { name: 'validate dataset', path: '/v1/validate/dataset', body: JSON.stringify(county) },
  { name: 'check', path: '/v1/check', body: JSON.stringify({ dataset: county, asOf: '2023-11-30' }) },
  {
    name: 'check ndjson',
    path: '/v1/check',
    body: JSON.stringify({ dataset: county, asOf: '2023-11-30', packs: ['public-income'] }),
    headers: { accept: 'application/x-ndjson' },
  },
];

const gc = (globalThis as { gc?: () => void }).gc;
const rssMb = () => {
  gc?.();
  return process.memoryUsage().rss / 2 ** 20;
};
const out = (line: string) => process.stdout.write(`${line}\n`);

const server = await startServer({ port: 0, keys: [{ key: KEY, role: 'county', divisionCode: '350503' }] });
out(
  `@rectify/service soak on ${server.url}: ${SECONDS} s, ${CONCURRENCY} in flight, report every ${INTERVAL} s`,
);
let baseline: number | undefined;
let peakGrowth = 0;
let errors = 0;
let requests = 0;
try {
  for (let elapsed = 0; elapsed < SECONDS; elapsed += INTERVAL) {
    const slice = Math.min(INTERVAL, SECONDS - elapsed);
    const stats = await run(server.url, KEY, scenarios, slice, CONCURRENCY);
    errors += stats.errors;
    requests += stats.requests;
    const rss = rssMb();
    baseline ??= rss;
    const growth = rss / baseline - 1;
    if (elapsed > 0) peakGrowth = Math.max(peakGrowth, growth);
    out(
      `t=${String(elapsed + slice).padStart(4)} s  requests=${requests}  errors=${errors}${
        stats.errors > 0 ? ` ${JSON.stringify(stats.statuses)}` : ''
      }  rss=${rss.toFixed(1)} MB (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %)  p99=${stats.p99.toFixed(1)} ms`,
    );
  }
} finally {
  await server.close();
}
const failures = [
  errors > 0 ? `${errors} request(s) failed` : '',
  peakGrowth > MAX_GROWTH ? `RSS grew ${(peakGrowth * 100).toFixed(1)} % (limit ${MAX_GROWTH * 100} %)` : '',
].filter((f) => f !== '');
out(failures.length === 0 ? 'soak: passed' : `soak: FAILED: ${failures.join('; ')}`);
if (failures.length > 0) process.exitCode = 1;
