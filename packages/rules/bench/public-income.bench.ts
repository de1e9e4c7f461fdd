// Benchmark: the public-income pack on 20,000 communities × 4 quarters, against JSON.parse of the same dataset
// and against json-rules-engine running the three disclosure rules (deadline, channels, duration).
import { performance } from 'node:perf_hooks';
import { generateDataset } from '@rectify/samples';
import type { Dataset, QuarterlyDisclosure } from '@rectify/schemas';
import { Engine } from 'json-rules-engine';
import { toEpochDay } from '../src/calendar/civil-date';
import { shanghaiEpochDay } from '../src/calendar/shanghai-date';
import { definePack } from '../src/engine/pack';
import { check, disclosureDeadline, publicIncomePack, toShanghaiDate } from '../src/index';
import { disclosureChannelsRule } from '../src/packs/public-income/rules/disclosure-channels';
import { disclosureDeadlineRule } from '../src/packs/public-income/rules/disclosure-deadline';
import { displayDurationRule } from '../src/packs/public-income/rules/display-duration';

const COMMUNITIES = Number(process.env.BENCH_COMMUNITIES ?? 20_000);
const asOf = '2024-02-15';

function median(runs: number[]): number {
  const s = [...runs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}
function timed<T>(times: number, fn: () => T): [number, T] {
  const runs: number[] = [];
  let out: T | undefined;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    out = fn();
    runs.push(performance.now() - t0);
  }
  return [median(runs), out as T];
}

const { dataset } = generateDataset({
  seed: 'bench',
  asOf,
  communities: COMMUNITIES,
  projects: 0,
  plantRate: 0.02,
});
const text = JSON.stringify(dataset);
const quarters = (dataset.records.quarterlyDisclosure ?? []).length;
const postings = (dataset.records.quarterlyDisclosure ?? []).reduce((n, d) => n + d.postings.length, 0);

const [parseMs] = timed(3, () => JSON.parse(text) as Dataset);
const [packMs, result] = timed(3, () => check(dataset, { asOf, packs: [publicIncomePack] }));

// The three shared rules on the same data, by our engine and by json-rules-engine, each warmed up once.
const shared = definePack('shared-three', '0.0.0', 'public-income', [
  disclosureDeadlineRule,
  disclosureChannelsRule,
  displayDurationRule,
]);
check(dataset, { asOf, packs: [shared] });
const [oursMs, ours] = timed(3, () => check(dataset, { asOf, packs: [shared] }));

// json-rules-engine: the same three judgements written in its format, over facts prepared per community-quarter
// (fact preparation is counted: it is the work its users would have to write).
const engine = new Engine([], { allowUndefinedFacts: true });
engine.addRule({
  name: 'PI-DISCLOSURE-DEADLINE',
  conditions: {
    any: [
      { fact: 'latestPostingDay', operator: 'greaterThan', value: { fact: 'deadline' } },
      {
        all: [
          { fact: 'hasDisclosure', operator: 'equal', value: false },
          { fact: 'deadlinePassed', operator: 'equal', value: true },
        ],
      },
    ],
  },
  event: { type: 'fail', params: { rule: 'PI-DISCLOSURE-DEADLINE' } },
});
engine.addRule({
  name: 'PI-DISCLOSURE-CHANNELS',
  conditions: {
    all: [
      { fact: 'hasDisclosure', operator: 'equal', value: true },
      { fact: 'deadlinePassed', operator: 'equal', value: true },
      { fact: 'channelCount', operator: 'lessThan', value: 3 },
    ],
  },
  event: { type: 'fail', params: { rule: 'PI-DISCLOSURE-CHANNELS' } },
});
engine.addRule({
  name: 'PI-DISPLAY-DURATION',
  conditions: {
    all: [
      { fact: 'boardTakenDown', operator: 'notEqual', value: null },
      { fact: 'boardTakenDown', operator: 'lessThan', value: { fact: 'boardPeriodEnd' } },
    ],
  },
  event: { type: 'fail', params: { rule: 'PI-DISPLAY-DURATION' } },
});
const day = (v: string) => (v.length === 10 ? v : toShanghaiDate(v));
const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
async function runJre(): Promise<number> {
  let fails = 0;
  const byKey = new Map(
    (dataset.records.quarterlyDisclosure ?? []).map((d) => [`${d.communityId}|${d.quarter}`, d]),
  );
  for (const c of dataset.records.community ?? []) {
    for (const q of ['2023Q1', '2023Q2', '2023Q3', '2023Q4']) {
      const d = byKey.get(`${c.id}|${q}`);
      const deadline = disclosureDeadline(q);
      const board = d?.postings.find((p) => p.channel === 'notice-board');
      const facts = {
        deadline,
        deadlinePassed: deadline < asOf,
        hasDisclosure: d !== undefined,
        latestPostingDay: d
          ? (d.postings
              .map((p) => day(p.postedAt))
              .sort()
              .at(-1) ?? '')
          : '',
        channelCount: d ? new Set(d.postings.map((p) => p.channel)).size : 0,
        boardTakenDown: board?.takenDownAt ? day(board.takenDownAt) : null,
        boardPeriodEnd: board ? addDays(day(board.postedAt), 30) : null,
      };
      const { events } = await engine.run(facts);
      fails += events.length;
    }
  }
  return fails;
}
await runJre();
const jreRuns: number[] = [];
let jreFails = 0;
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  jreFails = await runJre();
  jreRuns.push(performance.now() - t0);
}
const jreMs = median(jreRuns);
const ourFails = ours.summary.byOutcome.fail;

// The floor: the same three judgements as one hand-written loop over the records (a map by community, days as
// numbers), with no engine, no subjects and no findings, only a count of fails. Nothing can do the work in
// less; it shows where a ratio against json-rules-engine tops out on this machine and this data.
function floorLoop(): number {
  const asOfDay = toEpochDay(asOf);
  const byCommunity = new Map<string, QuarterlyDisclosure[]>();
  for (const d of dataset.records.quarterlyDisclosure ?? []) {
    const list = byCommunity.get(d.communityId);
    if (list) list.push(d);
    else byCommunity.set(d.communityId, [d]);
  }
  const quarterList = ['2023Q1', '2023Q2', '2023Q3', '2023Q4'];
  const deadlines = quarterList.map((q) => toEpochDay(disclosureDeadline(q)));
  let fails = 0;
  for (const c of dataset.records.community ?? []) {
    const list = byCommunity.get(c.id);
    for (let q = 0; q < 4; q++) {
      const deadline = deadlines[q] as number;
      const d = list?.find((x) => x.quarter === quarterList[q]);
      if (d === undefined) {
        if (deadline < asOfDay) fails++;
        continue;
      }
      let late = false;
      let anyChannel = false;
      let channels = 0;
      let boardFail = false;
      let boardSeen = false;
      for (const p of d.postings) {
        const day = shanghaiEpochDay(p.postedAt);
        if (day > deadline) late = true;
        const bit = p.channel === 'notice-board' ? 1 : p.channel === 'provincial-system' ? 2 : 4;
        anyChannel = true;
        if (day <= asOfDay) channels |= bit;
        if (bit === 1 && !boardSeen) {
          boardSeen = true;
          const down = p.takenDownAt === undefined ? undefined : shanghaiEpochDay(p.takenDownAt);
          const stillUp = down === undefined || down > asOfDay;
          const shown = asOfDay < day ? 0 : Math.max(0, (stillUp ? asOfDay : (down as number)) - day);
          boardFail = shown < 30 && !stillUp;
        }
      }
      if (late || (!anyChannel && deadline < asOfDay)) fails++;
      if (channels !== 7 && deadline < asOfDay) fails++;
      if (boardFail) fails++;
    }
  }
  return fails;
}
floorLoop();
const [floorMs, floorFails] = timed(3, floorLoop);

const out = [
  `@rectify/rules public-income pack — ${COMMUNITIES.toLocaleString('en-US')} communities, ${quarters.toLocaleString('en-US')} quarterly disclosures (${(text.length / 1e6).toFixed(0)} MB JSON), as of ${asOf}`,
  `  JSON.parse of the dataset         ${parseMs.toFixed(0).padStart(6)} ms`,
  `  check(), all ${publicIncomePack.rules.length} rules              ${packMs.toFixed(0).padStart(6)} ms  (${result.summary.subjects.toLocaleString('en-US')} rule×subject evaluations)  ${(packMs / parseMs).toFixed(2)}× JSON.parse (goal ≤ 2×)`,
  `  the three disclosure rules (deadline, channels, duration) on the same ${(COMMUNITIES * 4).toLocaleString('en-US')} community-quarters:`,
  `    @rectify/rules check()          ${oursMs.toFixed(0).padStart(8)} ms  (${ourFails} fails, ${ours.findings.length} findings, each with clauses, evidence, deadline, messages)`,
  `    json-rules-engine 7.3.1         ${jreMs.toFixed(0).padStart(8)} ms  (${jreFails} fails; events only)`,
  `    ratio                           ${(jreMs / oursMs).toFixed(1)}× faster (goal ≥ 50×)`,
  `    per community-quarter           ${((oursMs * 1e6) / (COMMUNITIES * 4)).toFixed(0)} ns vs ${((jreMs * 1e6) / (COMMUNITIES * 4)).toFixed(0)} ns`,
  `    floor: a hand-written loop      ${floorMs.toFixed(0).padStart(8)} ms  (${floorFails} fails; no findings; ${postings.toLocaleString('en-US')} postings read); json-rules-engine takes ${(jreMs / floorMs).toFixed(1)}× this floor`,
];
process.stdout.write(`${out.join('\n')}\n`);
