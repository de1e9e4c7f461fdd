// Generates the portal's data (generateDataset + check) into data/*.json and the inline task progress of
// index.html; `--check` fails instead when anything committed is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  check,
  OUTCOMES,
  PUBLIC_INCOME_INDICATORS,
  PUBLIC_INCOME_RULES,
  planSampling,
  publicIncomePack,
  WAGES_INDICATORS,
  WAGES_RULES,
  wagesPack,
} from '@rectify/rules';
import { generateDataset } from '@rectify/samples';
import { isAboutProject } from '@rectify/widgets';

const AS_OF = '2023-11-30';
const here = import.meta.dirname;
const checking = process.argv.includes('--check');
const { version } = JSON.parse(
  readFileSync(join(here, '..', '..', 'packages', 'widgets', 'package.json'), 'utf8'),
);

const { dataset } = generateDataset({
  seed: 'legacy-portal',
  asOf: AS_OF,
  communities: 24,
  projects: 4,
  plantRate: 0.08,
});
const { records } = dataset;
const result = check(dataset, {
  asOf: AS_OF,
  packs: [publicIncomePack, wagesPack],
  indicators: [...PUBLIC_INCOME_INDICATORS, ...WAGES_INDICATORS],
});
const divisionNames = Object.fromEntries(records.division.map((d) => [d.code, d.name]));
const communityNames = Object.fromEntries(records.community.map((c) => [c.id, c.name]));

// The community on the board: the first one with a disclosure posted on its notice board; its latest quarter.
const disclosures = records.quarterlyDisclosure.filter((d) =>
  (d.postings ?? []).some((p) => p.channel === 'notice-board'),
);
const shown = disclosures[0] ?? records.quarterlyDisclosure[0];
const community = records.community.find((c) => c.id === shown.communityId);
const latest = disclosures.filter((d) => d.communityId === shown.communityId).at(-1) ?? shown;
const earlier = records.quarterlyDisclosure.find(
  (d) => d.communityId === shown.communityId && d.id !== latest.id,
);

// A project with a finding to explain; only the fields the widget shows (the records hold personal data).
const wages = check(dataset, { asOf: AS_OF, packs: [wagesPack], include: OUTCOMES });
const projects = records.constructionProject;
const project =
  projects.find((p) => wages.findings.some((f) => f.outcome === 'fail' && isAboutProject(f, p.id))) ??
  projects[0];
const complianceProject = {
  id: project.id,
  name: project.name,
  status: project.status,
  divisionCode: project.divisionCode,
  builder: project.builder,
  generalContractor: project.generalContractor,
};

const files = {
  'disclosure-board.json': {
    disclosure: latest,
    community: { id: community.id, name: community.name, companyName: community.companyName },
  },
  'income-statement.json': earlier ?? latest,
  'indicators.json': result.indicators,
  // The rules' titles and clause quotes, so each finding's why can quote its clause.
  'findings.json': {
    findings: result.findings,
    divisionNames,
    rules: [...PUBLIC_INCOME_RULES, ...WAGES_RULES].map(({ id, title, quote }) => ({ id, title, quote })),
  },
  'sampling-plan.json': {
    plan: planSampling(dataset, { year: dataset.campaignYear, seed: 'legacy-portal' }),
    communityNames,
    divisionNames,
  },
  'project-compliance.json': {
    project: complianceProject,
    findings: wages.findings.filter((f) => isAboutProject(f, project.id)),
    divisionNames,
  },
  'wage-rights-board.json': {
    boards: records.rightsBoard.filter((b) => b.projectId === project.id),
    project: { id: project.id, name: project.name },
  },
};

// The task tracker reads the city's own progress reports from an inline <script type="application/json">.
const cityProgress = records.taskProgress
  .filter((p) => p.divisionCode === '350500')
  .map(({ taskId, unitCode, divisionCode, period, status, completedOn, reportedOn }) => ({
    taskId,
    unitCode,
    divisionCode,
    period,
    status,
    completedOn,
    reportedOn,
  }));
const indexPath = join(here, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /(<script type="application\/json" data-generated="task-progress">)[^<]*(<\/script>)/;
const bundle = /rectify-widgets-[0-9A-Za-z.+-]+?\.iife\.js/g;
if (!inline.test(html)) throw new Error('index.html lacks the inline task-progress <script>');
const nextHtml = html
  .replace(inline, (_, open, close) => `${open}${JSON.stringify({ progress: cityProgress })}${close}`)
  .replace(bundle, `rectify-widgets-${version}.iife.js`);

// JSON files are compared as data, so reformatting them (biome) does not make them stale.
const outputs = [
  ...Object.entries(files).map(([name, value]) => [join(here, 'data', name), value]),
  [indexPath, nextHtml],
];
const stale = outputs.filter(([path, expected]) => {
  try {
    const current = readFileSync(path, 'utf8');
    return typeof expected === 'string'
      ? current !== expected
      : !isDeepStrictEqual(JSON.parse(current), JSON.parse(JSON.stringify(expected)));
  } catch {
    return true;
  }
});
if (checking) {
  if (stale.length > 0) {
    process.stderr.write(
      `stale: ${stale.map(([p]) => p.slice(here.length + 1)).join(', ')}; run npm run data\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`legacy portal data fresh (${outputs.length} files, widgets ${version})\n`);
} else {
  for (const [path, expected] of stale) {
    writeFileSync(path, typeof expected === 'string' ? expected : `${JSON.stringify(expected, null, 2)}\n`);
  }
  process.stdout.write(`wrote ${stale.length} of ${outputs.length} files (widgets ${version})\n`);
}
