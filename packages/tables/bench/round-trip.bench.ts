// Benchmark: a 100,000-row ledger to XLSX by streaming and back, each way in its own process, with time and peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDate, parseInteger, parseMoney } from '../src/cells/index';
import { type SheetColumn, type SheetRow, writeXlsx } from '../src/write/index';
import { streamingWorkbookReader } from '../test/streaming-reader';

const N = Number(process.env.BENCH_ROWS ?? 100_000);
const GOAL_MS = 5_000;
const GOAL_MB = 300;
const MB = 1024 * 1024;

const COLUMNS: SheetColumn[] = [
  { key: 'seq', header: '序号', type: 'integer' },
  { key: 'date', header: '记账日期', type: 'date' },
  { key: 'community', header: '小区名称', type: 'text' },
  { key: 'item', header: '收支项目', type: 'text' },
  { key: 'voucher', header: '凭证号', type: 'code' },
  { key: 'income', header: '收入金额（元）', type: 'money' },
  { key: 'expense', header: '支出金额（元）', type: 'money' },
  { key: 'balance', header: '余额（万元）', type: 'money-wan' },
  { key: 'share', header: '业主分成比例', type: 'ratio' },
  { key: 'status', header: '状态', type: 'status' },
];

const ITEMS = ['地面停车费', '电梯广告', '通信基站租金', '快递柜场地费', '公共能耗', '停车管理人员工资'];
const STATUS = ['已公示', '待公示', '已整改'];

/** Row `i` of the ledger, computed (not stored) so the reader can check every value. */
function ledgerRow(i: number): SheetRow {
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const income = i % 3 === 0 ? 0 : 10_000 + ((i * 7_919) % 9_999_991);
  const expense = i % 3 === 0 ? 5_000 + ((i * 104_729) % 999_983) : 0;
  return {
    seq: i + 1,
    date: `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    community: `泉州市丰泽区第${(i % 500) + 1}小区（${i % 2 === 0 ? '东' : '西'}区）`,
    item: ITEMS[i % ITEMS.length],
    voucher: `PZ-2023-${String(i).padStart(7, '0')}`,
    income,
    expense,
    balance: 1_000_000_000 + i * 1_234 - (i % 97),
    share: (i % 10) / 10,
    status: STATUS[i % STATUS.length],
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

function same(a: unknown, b: unknown): boolean {
  return a === b || (a === undefined && b === 0);
}

async function readWay(file: string) {
  const probe = memoryProbe();
  const t0 = performance.now();
  const reader = streamingWorkbookReader(file);
  let rows = 0;
  let mismatches = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      if (row.number === 1) continue;
      const values = row.values as unknown[];
      const seq = parseInteger(values[1]);
      if (!seq.ok || seq.value === undefined) continue; // the totals row
      const i = seq.value - 1;
      const want = ledgerRow(i);
      const date = parseDate(values[2]);
      const income = parseMoney(values[6]);
      const expense = parseMoney(values[7]);
      const balance = parseMoney(values[8], { unit: 'wan' });
      const ok =
        date.ok &&
        date.value === want.date &&
        values[3] === want.community &&
        values[4] === want.item &&
        values[5] === want.voucher &&
        income.ok &&
        same(income.value, want.income) &&
        expense.ok &&
        same(expense.value, want.expense) &&
        balance.ok &&
        balance.value === want.balance &&
        values[9] === want.share &&
        values[10] === want.status;
      if (!ok) mismatches += 1;
      rows += 1;
      if (rows % 1000 === 0) probe.sample();
    }
  }
  const ms = performance.now() - t0;
  return { ms, rows, mismatches, ...probe.stop() };
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
        `@rectify/tables round trip: ${N.toLocaleString('en')} ledger rows × ${COLUMNS.length} columns, XLSX ${size.toFixed(1)} MB`,
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
