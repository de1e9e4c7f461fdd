// Benchmark: 100,000 quarterly disclosures through compiled ajv, validate() and zod, against JSON.parse.
import { performance } from 'node:perf_hooks';
import {
  compiledValidator,
  completeOrganisationCode,
  completeUscc,
  QuarterlyDisclosure,
  validate,
} from '../src/index';

const N = Number(process.env.BENCH_RECORDS ?? 100_000);
const uscc = completeUscc(`91350500${completeOrganisationCode('MA2XN0E0')}`);

function disclosure(i: number) {
  const income = [
    {
      category: 'parking',
      description: '地面停车',
      amount: 300_000 + (i % 997),
      sourceId: `S${i}-1`,
      contractId: `K${i}`,
    },
    { category: 'advertising', description: '电梯广告', amount: 120_000 + (i % 113), sourceId: `S${i}-2` },
    { category: 'telecom', description: '通信基站', amount: 60_000, sourceId: `S${i}-3` },
  ];
  const expense = [
    {
      category: 'utilities',
      description: '公共能耗',
      amount: 20_000,
      evidence: [{ kind: 'receipt', ref: `R-${i}` }],
    },
    {
      category: 'operating-cost',
      description: '停车管理人员',
      amount: 30_000,
      evidence: [{ kind: 'invoice', ref: `I-${i}` }],
    },
  ];
  const incomeTotal = income.reduce((s, l) => s + l.amount, 0);
  const expenseTotal = 50_000;
  const base = incomeTotal - expenseTotal;
  const companyShare = Math.round(base * 0.3);
  const filing = {
    filedAt: '2023-07-10',
    incomeLines: income,
    expenseLines: expense,
    closingBalance: base - companyShare,
  };
  return {
    id: `D${i}`,
    communityId: `C${Math.floor(i / 4)}`,
    quarter: `2023Q${(i % 4) + 1}`,
    companyUscc: uscc,
    openingBalance: 0,
    incomeLines: income,
    incomeTotal,
    expenseLines: expense,
    expenseTotal,
    distribution: { base, companyShare, ownersShare: base - companyShare },
    maintenanceFundTransfers: [],
    closingBalance: base - companyShare,
    postings: [
      { channel: 'notice-board', postedAt: '2023-07-10T09:00:00+08:00', takenDownAt: '2023-08-20' },
      { channel: 'provincial-system', postedAt: '2023-07-10' },
      { channel: 'quanzhou-system', postedAt: '2023-07-10' },
    ],
    filings: { provincial: filing, quanzhou: filing },
  };
}

const text = JSON.stringify(Array.from({ length: N }, (_, i) => disclosure(i)));
if (process.env.BENCH_DUMP) (await import('node:fs')).writeFileSync(process.env.BENCH_DUMP, text);

/** Median of three timed runs: one run of a 200 MB workload is at the mercy of the garbage collector. */
function time<T>(fn: () => T): [number, T] {
  const runs: number[] = [];
  let out: T | undefined;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    out = fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return [runs[1] as number, out as T];
}

// Warm up the JIT and compile ajv once, as a long-running service would.
const warm = JSON.parse(`${text.slice(0, text.indexOf(',{"id":"D2000"'))}]`) as unknown[];
const ajvFn = compiledValidator('quarterlyDisclosure');
for (const r of warm) {
  ajvFn(r);
  QuarterlyDisclosure.safeParse(r);
  validate('quarterlyDisclosure', r);
}

const [parseMs, records] = time(() => JSON.parse(text) as unknown[]);
const [ajvMs, ajvValid] = time(() => records.reduce<number>((n, r) => n + (ajvFn(r) ? 1 : 0), 0));
const [fullMs, fullValid] = time(() =>
  records.reduce<number>((n, r) => n + (validate('quarterlyDisclosure', r).valid ? 1 : 0), 0),
);
const [zodMs, zodValid] = time(() =>
  records.reduce<number>((n, r) => n + (QuarterlyDisclosure.safeParse(r).success ? 1 : 0), 0),
);
if (ajvValid !== N || fullValid !== N || zodValid !== N)
  throw new Error(`bench data invalid: ${ajvValid} ${fullValid} ${zodValid}`);

const rate = (ms: number) => Math.round(N / (ms / 1000)).toLocaleString('en-US');
const lines = [
  `@rectify/schemas — ${N.toLocaleString('en-US')} quarterly disclosures (${(text.length / 1e6).toFixed(1)} MB JSON)`,
  `  JSON.parse                   ${parseMs.toFixed(0).padStart(6)} ms`,
  `  compiled ajv (JSON Schema)   ${ajvMs.toFixed(0).padStart(6)} ms  ${rate(ajvMs).padStart(10)} records/s  ${(ajvMs / parseMs).toFixed(2)}× JSON.parse`,
  `  validate() (ajv + checks)    ${fullMs.toFixed(0).padStart(6)} ms  ${rate(fullMs).padStart(10)} records/s  ${(fullMs / parseMs).toFixed(2)}× JSON.parse`,
  `  zod safeParse                ${zodMs.toFixed(0).padStart(6)} ms  ${rate(zodMs).padStart(10)} records/s  ${(zodMs / parseMs).toFixed(2)}× JSON.parse`,
  `  ratio ajv : zod              ${(zodMs / ajvMs).toFixed(1)}× faster (goal ≥ 5×)`,
  `  ajv vs JSON.parse            ${(ajvMs / parseMs).toFixed(2)}× (goal ≤ 2×)`,
];
process.stdout.write(`${lines.join('\n')}\n`);
