import { CAMPAIGN_TASKS, type CampaignTask } from '@rectify/rules';
// Sample props for the widget tests and stories, computed once from a seeded synthetic dataset (@rectify/samples)
// checked by both rule packs (@rectify/rules). Deterministic: the same seed gives the same props.

import {
  type CheckResult,
  check,
  type Finding,
  OUTCOMES,
  PUBLIC_INCOME_INDICATORS,
  PUBLIC_INCOME_RULES,
  planSampling,
  publicIncomePack,
  type Rule,
  type SamplingPlan,
  type TaskProgressInput,
  WAGES_INDICATORS,
  WAGES_RULES,
  wagesPack,
} from '@rectify/rules';
import { generateDataset } from '@rectify/samples';
import type { Community, ConstructionProject, Dataset, QuarterlyDisclosure, RightsBoard } from '@rectify/schemas';

/** The as-of date every fixture is judged on. */
export const FIXTURE_AS_OF = '2023-11-30';

/** The seed of the fixture dataset and of the sampling draw. */
export const FIXTURE_SEED = 'widgets';

/** The synthetic dataset (40 communities, 8 projects, violations planted at 15 %). */
export const fixtureDataset: Dataset = generateDataset({
  seed: FIXTURE_SEED,
  asOf: FIXTURE_AS_OF,
  communities: 40,
  projects: 8,
  workersPerProject: 8,
  plantRate: 0.15,
}).dataset;

/** Both packs and every indicator run over the dataset, every outcome kept (passes included). */
export const fixtureCheck: CheckResult = check(fixtureDataset, {
  asOf: FIXTURE_AS_OF,
  packs: [publicIncomePack, wagesPack],
  indicators: [...PUBLIC_INCOME_INDICATORS, ...WAGES_INDICATORS],
  include: OUTCOMES,
});

const records = fixtureDataset.records;

/** Division names of the dataset (counties and streets) by code. */
export const fixtureDivisionNames: Readonly<Record<string, string>> = Object.fromEntries(
  (records.division ?? []).map((d) => [d.code, d.name]),
);

/** Community names by id. */
export const fixtureCommunityNames: Readonly<Record<string, string>> = Object.fromEntries(
  (records.community ?? []).map((c) => [c.id, c.name]),
);

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`fixtures: no ${what} in the sample dataset`);
  return value;
}

const disclosures = records.quarterlyDisclosure ?? [];
const communities = records.community ?? [];
const boardDisclosure = required(
  disclosures.find(
    (d) =>
      d.quarter === '2023Q2' &&
      d.incomeLines.length >= 2 &&
      d.expenseLines.length >= 2 &&
      d.distribution !== undefined &&
      d.complaintContacts.length > 0 &&
      d.postings.some((p) => p.channel === 'notice-board'),
  ),
  'complete 2023Q2 disclosure',
);
const boardCommunity = required(
  communities.find((c) => c.id === boardDisclosure.communityId),
  'community of the disclosure',
);

/** A complete 2023Q2 disclosure of the dataset with its community: DisclosureBoard / IncomeStatement props. */
export const disclosureBoardFixture: { disclosure: QuarterlyDisclosure; community: Community } = {
  disclosure: boardDisclosure,
  community: boardCommunity,
};

/**
 * A hand-made disclosure with round, checkable amounts (fen): opening ¥1,234.56; income ¥12,345.67 + ¥5,000.00;
 * expenses ¥2,345.67; company share ¥4,500.00; transfer ¥3,000.00; closing ¥8,734.56. In 万元: 0.12, 1.23, 0.50 …
 */
export const handmadeDisclosure: QuarterlyDisclosure = {
  id: 'QD-DEMO-2023Q2',
  communityId: 'CM-DEMO',
  quarter: '2023Q2',
  companyUscc: '91350500MA3004409B',
  openingBalance: 123_456,
  incomeLines: [
    { category: 'parking', description: '地面停车位临时停车收益', amount: 1_234_567 },
    { category: 'advertising', description: '电梯轿厢广告', amount: 500_000 },
  ],
  incomeTotal: 1_734_567,
  expenseLines: [
    {
      category: 'facility-maintenance',
      description: '共用设施设备日常维护',
      amount: 234_567,
      evidence: [],
    },
  ],
  expenseTotal: 234_567,
  distribution: { base: 1_500_000, companyShare: 450_000, ownersShare: 1_050_000 },
  maintenanceFundTransfers: [
    { amount: 300_000, transferredOn: '2023-04-15', forQuarter: '2023Q1', evidence: [] },
  ],
  closingBalance: 873_456,
  postings: [
    {
      channel: 'notice-board',
      postedAt: '2023-07-10T09:00:00+08:00',
      location: '南大门人行入口公示栏',
      evidence: [],
    },
    { channel: 'provincial-system', postedAt: '2023-07-10', evidence: [] },
    { channel: 'quanzhou-system', postedAt: '2023-07-11', evidence: [] },
  ],
  filings: {},
  complaintContacts: ['0595-22180000', '12345'],
};

/** The community of {@link handmadeDisclosure}. */
export const handmadeCommunity: Pick<Community, 'id' | 'name' | 'companyName'> = {
  id: 'CM-DEMO',
  name: '刺桐花园小区',
  companyName: '泉州市示范物业服务有限公司',
};

const LONG = '（含地下室、架空层、屋顶平台及小区东侧沿街商铺前空地的临时使用，按业主大会决议统一招租，租期自2023年4月1日起至2026年3月31日止，租金按月收取并全额入账）';

/** {@link handmadeDisclosure} with long descriptions and a long community name, to check that text wraps. */
export const longTextFixture: { disclosure: QuarterlyDisclosure; community: Pick<Community, 'id' | 'name' | 'companyName'> } = {
  disclosure: {
    ...handmadeDisclosure,
    incomeLines: handmadeDisclosure.incomeLines.map((l) => ({ ...l, description: `${l.description}${LONG}` })),
    complaintContacts: [...handmadeDisclosure.complaintContacts, '街道办事处物业管理办公室（工作日 8:00—12:00，14:30—17:30）'],
  },
  community: {
    ...handmadeCommunity,
    name: '泉州市丰泽区东海街道滨海社区刺桐花园（一期、二期、三期及配套商业综合体）',
    companyName: '泉州市示范物业服务有限公司东海街道分公司第三项目管理处',
  },
};

/** IndicatorDashboard props: every indicator of both campaigns with its breakdown. */
export const indicatorDashboardFixture = {
  indicators: fixtureCheck.indicators,
  asOf: FIXTURE_AS_OF,
};

/** FindingsList props: the findings that need attention (fail, pending, unknown), the rules to quote, division names. */
export const findingsListFixture: {
  findings: Finding[];
  rules: readonly Rule[];
  divisionNames: Readonly<Record<string, string>>;
} = {
  findings: fixtureCheck.findings.filter(
    (f) => f.outcome === 'fail' || f.outcome === 'pending' || f.outcome === 'unknown',
  ),
  rules: [...PUBLIC_INCOME_RULES, ...WAGES_RULES],
  divisionNames: fixtureDivisionNames,
};

/**
 * `count` findings for the windowing tests and benchmark: the fixture findings repeated with unique ids and
 * subjects, deterministic.
 */
export function manyFindings(count = 10_000): Finding[] {
  const base = findingsListFixture.findings;
  return Array.from({ length: count }, (_, i) => {
    const f = base[i % base.length] as Finding;
    const n = Math.floor(i / base.length);
    const subject = { ...f.subject, id: `${f.subject.id}-${n}`, name: `${f.subject.name ?? f.subject.id} ${n + 1}` };
    return { ...f, id: `${f.id}#${i}`, subject };
  });
}

/** TaskTracker props: the dataset's progress records, judged on the fixture as-of date. */
export const taskTrackerFixture: { tasks: readonly CampaignTask[]; progress: TaskProgressInput[]; asOf: string } = {
  tasks: CAMPAIGN_TASKS,
  progress: records.taskProgress ?? [],
  asOf: FIXTURE_AS_OF,
};

/** SamplingPlan props: the 2023 plan of the dataset with community and division names. */
export const samplingPlanFixture: {
  plan: SamplingPlan;
  communityNames: Readonly<Record<string, string>>;
  divisionNames: Readonly<Record<string, string>>;
} = {
  plan: planSampling(fixtureDataset, { year: 2023, seed: FIXTURE_SEED }),
  communityNames: fixtureCommunityNames,
  divisionNames: fixtureDivisionNames,
};

const projects = records.constructionProject ?? [];
const institutionFail = (p: ConstructionProject) =>
  fixtureCheck.findings.some(
    (f) =>
      f.subject.id === p.id &&
      f.outcome === 'fail' &&
      ['WG-PAYMENT-GUARANTEE', 'WG-REAL-NAME', 'WG-WAGE-ACCOUNT', 'WG-WAGE-DEPOSIT', 'WG-LABOUR-WAGE-OFFICER', 'WG-RIGHTS-BOARD'].includes(
        f.ruleId,
      ),
  );
const complianceProject = required(
  projects.find((p) => p.status === 'under-construction' && institutionFail(p)) ??
    projects.find((p) => p.status === 'under-construction'),
  'project under construction',
);

/** ProjectCompliance props: a project under construction (one with an institution failing when there is one). */
export const projectComplianceFixture: {
  project: ConstructionProject;
  findings: Finding[];
  divisionNames: Readonly<Record<string, string>>;
} = {
  project: complianceProject,
  findings: fixtureCheck.findings.filter((f) => f.subject.id === complianceProject.id),
  divisionNames: fixtureDivisionNames,
};

const boards = records.rightsBoard ?? [];
const firstBoard = required(boards[0], 'rights-board observation');
const incompleteBoard: RightsBoard =
  boards.find((b) => b.present && b.items.length < 9) ??
  ({ ...firstBoard, items: firstBoard.items.filter((i) => i !== 'legal-aid-channel' && i !== 'pay-day') } as RightsBoard);
const boardProject = projects.find((p) => p.id === incompleteBoard.projectId);

/** WageRightsBoard props: an observation with items missing, and its project. */
export const wageRightsBoardFixture: { board: RightsBoard; project: { id: string; name: string } } = {
  board: incompleteBoard,
  project: { id: incompleteBoard.projectId, name: boardProject?.name ?? incompleteBoard.projectId },
};
