// Benchmark: a 100,000-row payroll ledger to XLSX by streaming and back through importTable's stream, each way in its own process, with time and peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { streamTable } from '../src/read/index';
import { type SheetColumn, type SheetRow, writeXlsx } from '../src/write/index';

const N = Number(process.env.BENCH_ROWS ?? 100_000);
const GOAL_MS = 5_000;
const GOAL_MB = 300;
const MB = 1024 * 1024;

// A county's payroll ledger (工资支付表), the commonest large sheet; headers as the payroll mapping reads them.
const COLUMNS: SheetColumn[] = [
  { key: 'id', header: '明细编号', type: 'code' },
  { key: 'projectId', header: '项目编号', type: 'code' },
  { key: 'workerId', header: '人员编号', type: 'code' },
  { key: 'employerUscc', header: '用工单位统一社会信用代码', type: 'code' },
  { key: 'month', header: '工资所属月份', type: 'text' },
  { key: 'amountDue', header: '应发金额（元）', type: 'money' },
  { key: 'amountPaid', header: '实发金额（元）', type: 'money' },
  { key: 'paidOn', header: '发放日期', type: 'date' },
  { key: 'throughSpecialAccount', header: '是否通过专户', type: 'boolean' },
  { key: 'signed', header: '是否签字', type: 'boolean' },
];

const USCC = '91350500MA2XN0E05R';

/** Row `i` of the ledger, computed (not stored) so the reader can check every value. */
function ledgerRow(i: number): SheetRow {
  const month = 1 + (i % 12);
  const due = 300_000 + ((i * 7_919) % 900_000);
  return {
    id: `PL${String(i).padStart(8, '0')}`,
    projectId: `PJ${String(i % 5_000).padStart(5, '0')}`,
    workerId: `W${String(i % 40_000).padStart(6, '0')}`,
    employerUscc: USCC,
    month: `2023-${String(month).padStart(2, '0')}`,
    amountDue: due,
    amountPaid: i % 50 === 0 ? due - 10_000 : due,
    paidOn: `${month === 12 ? '2024-01' : `2023-${String(month + 1).padStart(2, '0')}`}-${String(1 + (i % 15)).padStart(2, '0')}`,
    throughSpecialAccount: i % 97 !== 0,
    signed: true,
  };
}

function* ledger(): Generator<SheetRow> {
  for (let i = 0; i < N; i += 1) yield ledgerRow(i);
}

/** Tracks peak RSS and heap: sampled on a timer and by the caller at checkpoints. */
function memoryProbe() {
  let rss = 0;
  let heap = 0;
  const startRss = process.memoryUsage().rss;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > rss) rss = m.rss;
    if (m.heapUsed > heap) heap = m.heapUsed;
  };
  const timer = setInterval(sample, 5);
  sample();
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      return { rssMb: rss / MB, startRssMb: startRss / MB, heapMb: heap / MB };
    },
  };
}

async function writeWay(file: string) {
  const probe = memoryProbe();
  const t0 = performance.now();
  let n = 0;
  const rows = (function* () {
    for (const row of ledger()) {
      if (++n % 1000 === 0) probe.sample();
      yield row;
    }
  })();
  const result = await writeXlsx(
    [{ name: '2023年收支明细账', columns: COLUMNS, rows, totals: { community: '合计' } }],
    file,
  );
  const ms = performance.now() - t0;
  return { ms, rows: result.sheets[0]?.rows ?? 0, ...probe.stop() };
}

async function readWay(file: string) {
  const probe = memoryProbe();
  const t0 = performance.now();
  // The kit's own import path: header detection, cell parsing, schema validation, row-level issues.
  const stream = streamTable(file, { kind: 'payrollLine' });
  let rows = 0;
  let mismatches = 0;
  for await (const row of stream) {
    if (!row.record) continue;
    const i = Number(row.record.id.slice(2));
    const want = ledgerRow(i);
    const got = row.record as unknown as Record<string, unknown>;
    for (const key of Object.keys(want)) if (got[key] !== want[key]) mismatches += 1;
    rows += 1;
    if (rows % 1000 === 0) probe.sample();
  }
  const ms = performance.now() - t0;
  return { ms, rows, mismatches, rejected: stream.summary.counts.rejected, ...probe.stop() };
}

const [mode, file] = process.argv.slice(2);
if (mode === 'write' && file) {
  process.stdout.write(`${JSON.stringify(await writeWay(file))}\n`);
} else if (mode === 'read' && file) {
  process.stdout.write(`${JSON.stringify(await readWay(file))}\n`);
} else {
  // Each way runs in a fresh process, so the reading side's peak memory is not the writer's leftover.
  const dir = mkdtempSync(join(tmpdir(), 'rectify-tables-bench-'));
  const path = join(dir, 'ledger.xlsx');
  const run = (way: string) => {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', way, path], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (child.status !== 0) throw new Error(`${way} failed with status ${child.status}`);
    return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}');
  };
  try {
    const w = run('write');
    const size = statSync(path).size / MB;
    const r = run('read');
    const verdict = (x: { ms: number; rssMb: number }) =>
      x.ms <= GOAL_MS && x.rssMb <= GOAL_MB ? 'within goal' : 'OVER GOAL';
    const line = (label: string, x: { ms: number; rssMb: number; startRssMb: number; heapMb: number }) =>
      `${label.padEnd(6)} ${(x.ms / 1000).toFixed(2).padStart(6)} s   peak RSS ${x.rssMb.toFixed(0).padStart(4)} MB ` +
      `(${x.startRssMb.toFixed(0)} MB before)   ` +
      `peak heap ${x.heapMb.toFixed(0).padStart(4)} MB   ${verdict(x)}`;
    process.stdout.write(
      [
        `@rectify/tables round trip: ${N.toLocaleString('en')} payroll rows × ${COLUMNS.length} columns, XLSX ${size.toFixed(1)} MB`,
        `goal each way: ≤ ${GOAL_MS / 1000} s and ≤ ${GOAL_MB} MB peak RSS`,
        line('write', w),
        line('read', r),
        `rows written ${w.rows}, read back ${r.rows}, mismatched ${r.mismatches}`,
        '',
      ].join('\n'),
    );
    if (w.rows !== N || r.rows !== N || r.mismatches !== 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
