// Builders for the handling, self-inspection and audit rules and for the public-income indicators: records
// that are clean by default (each scenario breaks one field) and small multi-county datasets.
import {
  type Audit,
  type Community,
  type Complaint,
  type Dataset,
  Dataset as DatasetSchema,
  type Inspection,
  type OwnerObjection,
  type Problem,
  type QuarterlyDisclosure,
  type RectificationDisclosure,
  type SelfInspection,
  type SurveyWave,
} from '@rectify/schemas';
import { check } from '../engine/check';
import type { Indicator, IndicatorDefinition } from '../engine/indicator';
import { cleanPublicIncome, USCC } from './builders';

/** The records of a dataset, by kind. */
export type Records = Dataset['records'];

/** A complaint about C1 received on 2023-08-01, accepted, investigated, answered and closed in time. */
export function complaintRecord(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: 'CP1',
    communityId: 'C1',
    divisionCode: '350503001',
    channel: 'hotline',
    subject: 'misappropriation',
    complainant: { name: '张三', phone: '13800000000' },
    summary: '停车收益去向不明',
    receivedOn: '2023-08-01',
    acceptedOn: '2023-08-05',
    investigatedOn: '2023-08-20',
    answeredOn: '2023-09-10',
    closedOn: '2023-09-12',
    problemIds: [],
    ...overrides,
  };
}

/** A public-income problem of C1 found on 2023-08-01 and interviewed, rectified and closed in time. */
export function problemRecord(overrides: Partial<Problem> = {}): Problem {
  return {
    id: 'P1',
    campaign: 'public-income',
    kind: 'embezzlement',
    communityId: 'C1',
    divisionCode: '350503001',
    source: 'inspection',
    foundOn: '2023-08-01',
    description: '停车收益未入账',
    deadline: '2023-09-30',
    interviewedOn: '2023-08-10',
    rectifiedOn: '2023-09-20',
    closedOn: '2023-09-25',
    evidence: [],
    ...overrides,
  };
}

/** C1's 2023 self-inspection: ledger kept, posted 2023-07-20 for 36 days, every owner told by WeChat. */
export function selfInspectionRecord(overrides: Partial<SelfInspection> = {}): SelfInspection {
  return {
    id: 'SI1',
    communityId: 'C1',
    companyUscc: USCC.company,
    year: 2023,
    ledgerEstablished: true,
    postedOn: '2023-07-20',
    takenDownOn: '2023-08-25',
    postedAt: ['notice-board', 'lift'],
    notifiedChannels: ['wechat'],
    ownersNotified: 400,
    ownersTotal: 400,
    ...overrides,
  };
}

/** A county-commissioned 2023 audit of C1 that found problems due for rectification on 2023-10-31. */
export function auditRecord(overrides: Partial<Audit> = {}): Audit {
  return {
    id: 'A1',
    communityIds: ['C1'],
    year: 2023,
    quarters: [],
    commissionedBy: 'county-authority',
    auditor: { name: '泉州示例会计师事务所' },
    reportedOn: '2023-09-30',
    problemsFound: true,
    rectificationDueOn: '2023-10-31',
    evidence: [],
    ...overrides,
  };
}

/** The rectification of audit A1 posted on all three channels on 2023-10-20. */
export function rectificationRecord(
  overrides: Partial<RectificationDisclosure> = {},
): RectificationDisclosure {
  return {
    id: 'RD1',
    auditId: 'A1',
    communityId: 'C1',
    channels: [
      { channel: 'notice-board', postedOn: '2023-10-20' },
      { channel: 'provincial-system', postedOn: '2023-10-20' },
      { channel: 'quanzhou-system', postedOn: '2023-10-20' },
    ],
    ...overrides,
  };
}

/** An owners' objection to C1's 2023Q2 disclosure signed by 50 owners. */
export function objectionRecord(overrides: Partial<OwnerObjection> = {}): OwnerObjection {
  return {
    id: 'OB1',
    communityId: 'C1',
    quarter: '2023Q2',
    raisedOn: '2023-08-15',
    raisedBy: 'owners',
    ownersCount: 50,
    matter: '对停车收益公示金额有异议',
    ...overrides,
  };
}

/** An on-site sampling inspection of a community on 2023-09-01. */
export function inspectionRecord(
  overrides: Partial<Inspection> & { communityId: string; divisionCode: string },
): Inspection {
  return {
    id: `IN-${overrides.communityId}-${overrides.kind ?? 'sampling'}`,
    kind: 'sampling',
    inspectedOn: '2023-09-01',
    inspectingUnit: { unit: 'housing-authority', divisionCode: overrides.divisionCode.slice(0, 6) },
    inspectors: [{ id: 'INSP1' }],
    onSiteVerified: true,
    observations: {},
    problemIds: [],
    evidence: [],
    ...overrides,
  };
}

/** A public-income survey wave of a division. */
export function surveyRecord(
  overrides: Partial<SurveyWave> & {
    id: string;
    divisionCode: string;
    surveyedOn: string;
    respondents: number;
  },
): SurveyWave {
  return {
    campaign: 'public-income',
    wave: overrides.baseline ? '基线' : '复测',
    baseline: false,
    supportive: 0,
    aware: 0,
    satisfied: 0,
    ...overrides,
  };
}

/** A registry community with only what the indicators read filled in meaningfully. */
export function communityRecord(
  id: string,
  divisionCode: string,
  overrides: Partial<Community> = {},
): Community {
  return {
    id,
    name: `小区${id}`,
    divisionCode,
    companyUscc: USCC.company,
    companyName: '泉州示例物业服务有限公司',
    buildingArea: 10_000,
    households: 100,
    ownersCommittee: { exists: false },
    board: { exists: true, atMainPedestrianEntrance: true },
    preAuthorisedExpenseCategories: [],
    knownIncomeSources: [],
    ...overrides,
  };
}

/** A quarterly disclosure of a community with the three channels posted on `postedOn` (zero income unless given). */
export function disclosureRecord(
  communityId: string,
  quarter: string,
  postedOn: string,
  overrides: Partial<QuarterlyDisclosure> = {},
): QuarterlyDisclosure {
  return {
    id: `D-${communityId}-${quarter}`,
    communityId,
    quarter,
    companyUscc: USCC.company,
    openingBalance: 0,
    incomeLines: [],
    incomeTotal: 0,
    expenseLines: [],
    expenseTotal: 0,
    distribution: { base: 0, companyShare: 0, ownersShare: 0 },
    maintenanceFundTransfers: [],
    closingBalance: 0,
    postings: [
      { channel: 'notice-board', postedAt: postedOn, evidence: [] },
      { channel: 'provincial-system', postedAt: postedOn, evidence: [] },
      { channel: 'quanzhou-system', postedAt: postedOn, evidence: [] },
    ],
    filings: {},
    complaintContacts: [],
    ...overrides,
  };
}

/** The divisions used by the multi-county fixtures: 丰泽区 (two streets) and 鲤城区 (one street). */
export const FIXTURE_DIVISIONS: NonNullable<Records['division']> = [
  { code: '350500', name: '泉州市', level: 'city' },
  { code: '350502', name: '鲤城区', level: 'county', parentCode: '350500' },
  { code: '350502001', name: '海滨街道', level: 'street', parentCode: '350502' },
  { code: '350503', name: '丰泽区', level: 'county', parentCode: '350500' },
  { code: '350503001', name: '东湖街道', level: 'street', parentCode: '350503' },
  { code: '350503002', name: '丰泽街道', level: 'street', parentCode: '350503' },
];

/**
 * `cleanPublicIncome()` with records added (appended to any of the same kind), checked against the schema.
 * Pass `{ parse: false }` for very large fixtures whose records are already complete.
 */
export function withRecords(base: Dataset, records: Records, options: { parse?: boolean } = {}): Dataset {
  const merged: Record<string, unknown[]> = { ...(base.records as Record<string, unknown[]>) };
  for (const [kind, list] of Object.entries(records))
    merged[kind] = [...(merged[kind] ?? []), ...(list ?? [])];
  const dataset = { ...base, records: merged } as Dataset;
  return options.parse === false ? dataset : DatasetSchema.parse(dataset);
}

/** A dataset with only divisions and the given records (no C1), for the indicators. */
export function indicatorDataset(records: Records, options: { parse?: boolean } = {}): Dataset {
  const base = cleanPublicIncome();
  return withRecords({ ...base, records: { division: FIXTURE_DIVISIONS } }, records, options);
}

/** Computes one indicator through `check`, with optional parameter overrides. */
export function runIndicator(
  definition: IndicatorDefinition,
  dataset: Dataset,
  asOf: string,
  parameters?: Record<string, number | string | boolean>,
): Indicator {
  const result = check(dataset, {
    asOf,
    packs: [],
    indicators: [definition],
    ...(parameters ? { parameters: { [definition.id]: parameters } } : {}),
  });
  const indicator = result.indicators[0];
  if (!indicator) throw new Error(`indicator ${definition.id} was not computed`);
  return indicator;
}

/** The breakdown row of a division (or the city total for `350500`). */
export function rowOf(indicator: Indicator, divisionCode: string) {
  if (divisionCode === '350500')
    return {
      numerator: indicator.numerator,
      denominator: indicator.denominator,
      met: indicator.met,
      parts: indicator.parts,
    };
  return indicator.breakdown.find((r) => r.divisionCode === divisionCode);
}
