// The main job until the reference app exists: generate a Quanzhou dataset, validate it, check it, summarise.
import { performance } from 'node:perf_hooks';
import {
  check,
  PUBLIC_INCOME_INDICATORS,
  publicIncomePack,
  WAGES_INDICATORS,
  wagesPack,
} from '@rectify/rules';
import { generateDataset, PLANTABLE_RULE_IDS } from '@rectify/samples';
import { validate } from '@rectify/schemas';

const asOf = process.env.RECTIFY_AS_OF ?? '2023-11-30';
const communities = Number(process.env.RECTIFY_COMMUNITIES ?? 2000);
const projects = Number(process.env.RECTIFY_PROJECTS ?? 300);
const out = (line = '') => process.stdout.write(`${line}\n`);
const ms = (t0: number) => `${(performance.now() - t0).toFixed(0)} ms`;

let t0 = performance.now();
const { dataset, manifest } = generateDataset({
  seed: 'quanzhou-demo',
  asOf,
  communities,
  projects,
  plant: Object.fromEntries(PLANTABLE_RULE_IDS.map((id) => [id, 3])),
});
const recordCount = Object.values(dataset.records).reduce((n, list) => n + (list?.length ?? 0), 0);
out(`Rectify Kit demo — Quanzhou, campaign year ${dataset.campaignYear}, as of ${asOf}`);
out(
  `generated ${recordCount.toLocaleString('en-US')} records (${communities} communities, ${projects} projects, ${manifest.items.length} planted violations) in ${ms(t0)}`,
);

t0 = performance.now();
const report = validate('dataset', dataset);
out(
  `validated: ${report.valid ? 'valid' : 'INVALID'} — ${report.counts.errors} errors, ${report.counts.warnings} warnings in ${ms(t0)}`,
);

t0 = performance.now();
const result = check(dataset, {
  asOf,
  packs: [publicIncomePack, wagesPack],
  indicators: [...PUBLIC_INCOME_INDICATORS, ...WAGES_INDICATORS],
});
const { byOutcome } = result.summary;
out(
  `checked ${result.summary.subjects.toLocaleString('en-US')} rule × subject pairs in ${ms(t0)}: ${byOutcome.fail} fail, ${byOutcome.pending} pending, ${byOutcome.unknown} unknown, ${byOutcome.pass} pass, ${byOutcome.not_applicable} n/a`,
);
out();
out('Indicators (city):');
for (const i of result.indicators) {
  const value =
    i.value === null ? '—' : i.unit === 'ratio' ? `${(i.value * 100).toFixed(2)}%` : i.value.toFixed(2);
  const met = i.met === null ? '' : i.met ? '✔ met' : '✘ not met';
  out(
    `  ${i.id.padEnd(24)} ${i.title['zh-CN'].padEnd(18, '　')} ${value.padStart(9)}  (${i.numerator}/${i.denominator}) ${met}`,
  );
}
out();
out('Failures by rule:');
for (const [ruleId, counts] of Object.entries(result.summary.byRule))
  if (counts.fail > 0) out(`  ${ruleId.padEnd(32)} ${counts.fail}`);
const first = result.findings.find((f) => f.outcome === 'fail');
if (first) {
  out();
  out('A finding, as a regulator reads it:');
  out(`  ${first.message['zh-CN']}`);
  out(`  依据 ${first.clauseIds.join('、')}；整改：${first.remediation['zh-CN']}`);
  for (const w of first.why) out(`  原因：${w.text['zh-CN']}（${w.clauseId}）`);
}
