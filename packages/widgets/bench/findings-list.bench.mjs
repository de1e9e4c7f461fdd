// Benchmark: first render of <rectify-findings-list> with 10,000 findings in Chromium (mount → first rows in the
// DOM), median of 5 fresh pages, against the goal of 100 ms. BENCH_ENFORCE=1 makes a miss fail the run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manyFindings } from '../src/components/__fixtures__/index.ts';
import { launchChromium } from '../test/chromium.mjs';
import { startStaticServer } from '../test/static-server.mjs';

const GOAL_MS = 100;
const RUNS = 5;
const COUNT = 10_000;
const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bundle = `rectify-findings-list-${version}.iife.js`;

const work = mkdtempSync(join(tmpdir(), 'rectify-bench-'));
writeFileSync(join(work, 'findings.json'), JSON.stringify(manyFindings(COUNT)));
writeFileSync(
  join(work, 'index.html'),
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title>
<script src="/bundles/${bundle}"></script></head><body><main></main></body></html>`,
);

const context = await launchChromium('findings-list benchmark');
if (!context) process.exit(0);
const server = await startStaticServer({ '/bundles/': join(root, 'dist', 'bundles'), '/': work });
const timings = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    const page = await context.newPage();
    await page.goto(`${server.origin}/index.html`);
    const ms = await page.evaluate(async () => {
      const findings = await (await fetch('/findings.json')).json();
      const element = document.createElement('rectify-findings-list');
      element.data = findings;
      return new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (element.querySelector('.rk-vlist button')) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(element, { childList: true, subtree: true });
        const start = performance.now();
        document.querySelector('main').append(element);
      });
    });
    const rows = await page.evaluate(
      () => document.querySelectorAll('rectify-findings-list .rk-vlist button').length,
    );
    timings.push(ms);
    process.stdout.write(`run ${run + 1}: ${ms.toFixed(1)} ms (${rows} rows in the DOM of ${COUNT})\n`);
    await page.close();
  }
} finally {
  await context.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

const sorted = [...timings].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const verdict = median <= GOAL_MS ? 'meets' : 'MISSES';
process.stdout.write(
  `FindingsList, ${COUNT.toLocaleString('en')} findings, first render in Chromium: median ${median.toFixed(1)} ms of ${RUNS} — ${verdict} the goal of ≤ ${GOAL_MS} ms\n`,
);
if (median > GOAL_MS && process.env.BENCH_ENFORCE === '1') process.exit(1);
