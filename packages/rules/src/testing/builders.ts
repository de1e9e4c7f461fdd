// Builders of small, valid datasets for rule scenarios: one clean community whose every public-income rule
// passes, which each scenario then breaks in exactly one way.
import { type Dataset, Dataset as DatasetSchema } from '@rectify/schemas';
import { check } from '../engine/check';
import { definePack } from '../engine/pack';
import type { Finding, Outcome, ParameterOverrides, Rule } from '../engine/types';

/** Valid USCCs (check characters computed) used by the fixtures. */
export const USCC = {
  company: '91350500MA2XN0E05R',
  other: '91110000600037341L',
} as const;

/** A clean public-income dataset for campaign year 2023: community C1 with disclosures for 2023Q1–Q3. */
export function cleanPublicIncome(): Dataset {
  const q = (quarter: string, opening: number, postedOn: string, takenDownOn?: string) => {
    const incomeLines = [
      { category: 'parking', description: '地面停车', amount: 300_000, sourceId: 'S1', contractId: 'K1' },
      { category: 'advertising', description: '电梯广告', amount: 120_000, sourceId: 'S2' },
    ];
    const expenseLines = [
      {
        category: 'utilities',
        description: '公共能耗',
        amount: 20_000,
        evidence: [{ kind: 'receipt', ref: `R-${quarter}` }],
      },
    ];
    const incomeTotal = 420_000;
    const expenseTotal = 20_000;
    const base = incomeTotal - expenseTotal;
    const companyShare = Math.round((base * 3000) / 10000);
    const ownersShare = base - companyShare;
    const closing = opening + incomeTotal - expenseTotal - companyShare;
    const filing = { filedAt: postedOn, incomeLines, expenseLines, closingBalance: closing };
    return {
      id: `D-${quarter}`,
      communityId: 'C1',
      quarter,
      companyUscc: USCC.company,
      openingBalance: opening,
      incomeLines,
      incomeTotal,
      expenseLines,
      expenseTotal,
      distribution: { base, companyShare, ownersShare },
      maintenanceFundTransfers: [],
      closingBalance: closing,
      postings: [
        {
          channel: 'notice-board',
          postedAt: `${postedOn}T09:00:00+08:00`,
          ...(takenDownOn ? { takenDownAt: takenDownOn } : {}),
        },
        { channel: 'provincial-system', postedAt: postedOn },
        { channel: 'quanzhou-system', postedAt: postedOn },
      ],
      filings: { provincial: filing, quanzhou: filing },
    };
  };
  const q1 = q('2023Q1', 0, '2023-04-10', '2023-05-20');
  const q2 = q('2023Q2', q1.closingBalance, '2023-07-10', '2023-08-20');
  const q3 = q('2023Q3', q2.closingBalance, '2023-10-10', '2023-11-15');
  return DatasetSchema.parse({
    schemaVersion: '0.1.0',
    campaignYear: 2023,
    generatedAt: '2023-11-30T18:00:00+08:00',
    records: {
      division: [
        { code: '350500', name: '泉州市', level: 'city' },
        { code: '350503', name: '丰泽区', level: 'county', parentCode: '350500' },
        { code: '350503001', name: '东湖街道', level: 'street', parentCode: '350503' },
      ],
      community: [
        {
          id: 'C1',
          name: '东湖花园',
          divisionCode: '350503001',
          companyUscc: USCC.company,
          companyName: '泉州示例物业服务有限公司',
          buildingArea: 50_000,
          households: 400,
          ownersCommittee: { exists: true },
          board: { exists: true, location: '南门人行入口', atMainPedestrianEntrance: true },
          account: { mode: 'separate-account', bankName: '示例银行' },
          distribution: { companyShareBp: 3000, source: 'service-contract' },
          operatingCostCapBp: 2000,
          preAuthorisedExpenseCategories: ['utilities', 'tax', 'operating-cost'],
          knownIncomeSources: [
            { id: 'S1', category: 'parking', description: '地面停车位', contractId: 'K1' },
            { id: 'S2', category: 'advertising', description: '电梯广告' },
          ],
          maintenanceFundAccount: true,
        },
      ],
      ownersDecision: [
        {
          id: 'OD1',
          communityId: 'C1',
          decidedOn: '2022-12-01',
          subject: '利用共用道路设置停车位',
          matters: ['common-part-business'],
          totalArea: 50_000,
          totalOwners: 400,
          participatingArea: 40_000,
          participatingOwners: 320,
          approvingArea: 36_000,
          approvingOwners: 290,
        },
      ],
      commonPartContract: [
        {
          id: 'K1',
          communityId: 'C1',
          kind: 'parking',
          incomeCategory: 'parking',
          commonPart: '小区共用道路',
          lessor: 'property-company',
          lesseeName: '泉州某停车管理有限公司',
          signedOn: '2022-12-20',
          startsOn: '2023-01-01',
          endsOn: '2025-12-31',
          quarterlyIncome: 300_000,
          decisionId: 'OD1',
        },
      ],
      quarterlyDisclosure: [q1, q2, q3],
    },
  });
}

/** Runs one rule over a dataset and returns the finding of every subject (all outcomes). */
export function runRule(
  rule: Rule,
  dataset: Dataset,
  asOf: string,
  options: { parameters?: ParameterOverrides; quarters?: string[] } = {},
): Finding[] {
  const pack = definePack('test', '0.0.0', rule.campaign, [rule]);
  return check(dataset, {
    asOf,
    packs: [pack],
    include: ['pass', 'fail', 'pending', 'unknown', 'not_applicable'] as Outcome[],
    ...options,
  }).findings;
}

/** The outcome of a rule for one subject id (and period). */
export function outcomeOf(
  findings: readonly Finding[],
  subjectId: string,
  period?: string,
): Outcome | undefined {
  return findings.find((f) => f.subject.id === subjectId && (period === undefined || f.period === period))
    ?.outcome;
}

/** A deep copy, to mutate in a scenario. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
