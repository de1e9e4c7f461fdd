// The dataset every builder test reads: a small generated Quanzhou dataset (@rectify/samples) with hand-made
// records added in 晋江市 (350582) for what the generator does not plant: ledger problems with handling steps,
// typical cases, personal data inside free text, credit actions, practice notes, and a record dated after asOf.
import {
  type CheckResult,
  check,
  PUBLIC_INCOME_INDICATORS,
  publicIncomePack,
  WAGES_INDICATORS,
  wagesPack,
} from '@rectify/rules';
import { generateDataset } from '@rectify/samples';
import { Dataset, type DatasetInput, validate } from '@rectify/schemas';

/** The as-of date of the fixture. */
export const AS_OF = '2023-11-30';
/** The county the hand-made records are in: 晋江市. */
export const COUNTY = '350582';
/** Quanzhou. */
export const CITY = '350500';

/** Personal data planted in the hand-made records: none of it may show in a document unless `reveal`. */
export const PLANTED_PERSONAL = [
  '13812345678',
  '13912345678',
  '0595-22345678',
  '13700001111',
  '11010519491231002X',
  '350582199001011234',
  '13600002222',
  '13500003333',
  '13800138000',
  '王建国',
  '欧阳娜娜',
  '李四光',
  '赵六一',
  '陈七星',
  '张三丰',
  '刘一手',
  '孙八戒',
] as const;

export interface Fixture {
  readonly dataset: Dataset;
  readonly result: CheckResult;
  /** Ids of hand-made records, for assertions. */
  readonly ids: {
    readonly communities: readonly [string, string, string];
    readonly project: string;
  };
}

let cached: Fixture | undefined;

function overlay(base: Dataset) {
  const communities = (base.records.community ?? [])
    .filter((c) => c.divisionCode.startsWith(COUNTY))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const project = (base.records.constructionProject ?? []).find((p) => p.divisionCode.startsWith(COUNTY));
  const [c1, c2, c3] = communities;
  if (!c1 || !c2 || !c3 || !project) throw new Error('fixture: the generated dataset changed shape');
  const company = { unit: 'property-company', divisionCode: c1.divisionCode, name: c1.companyName };
  const records: Partial<DatasetInput['records']> = {
    problem: [
      {
        id: 'PB-FX-PI-1',
        campaign: 'public-income',
        kind: 'unauthorised-use',
        communityId: c1.id,
        enterpriseUscc: c1.companyUscc,
        divisionCode: c1.divisionCode,
        source: 'inspection',
        sourceId: 'IN-FX-2',
        foundOn: '2023-11-08',
        description: '检查发现擅自动用公共收益支付会所装修费，业主代表联系电话13812345678',
        responsiblePerson: { name: '王建国', phone: '13912345678' },
        responsibleUnit: company,
        deadline: '2023-12-08',
        escalation: 'county',
        interviewedOn: '2023-11-10',
        exposedOn: '2023-11-20',
        typicalCase: true,
      },
      {
        id: 'PB-FX-PI-2',
        campaign: 'public-income',
        kind: 'disclosure-late',
        communityId: c2.id,
        divisionCode: c2.divisionCode,
        source: 'data-comparison',
        foundOn: '2023-10-12',
        description: '第三季度公共收益收支情况未在10月底前公示',
        deadline: '2023-11-10',
      },
      {
        id: 'PB-FX-PI-3',
        campaign: 'public-income',
        kind: 'surplus-not-deposited',
        communityId: c3.id,
        divisionCode: c3.divisionCode,
        source: 'self-inspection',
        foundOn: '2023-07-15',
        description: '2022年第四季度结余未转存维修资金专户',
        responsiblePerson: { name: '欧阳娜娜', phone: '0595-22345678' },
        deadline: '2023-08-31',
        rectifiedOn: '2023-08-20',
        closedOn: '2023-08-25',
      },
      {
        id: 'PB-FX-PI-4',
        campaign: 'public-income',
        kind: 'other',
        communityId: c1.id,
        divisionCode: c1.divisionCode,
        source: 'complaint',
        foundOn: '2023-12-02',
        description: '记录日期晚于数据截止日，不应出现在报告中',
      },
      {
        id: 'PB-FX-WG-1',
        campaign: 'wages',
        kind: 'wage-arrears',
        projectId: project.id,
        enterpriseUscc: project.generalContractor.uscc,
        divisionCode: project.divisionCode,
        source: 'screening',
        sourceId: 'SCR-FX-1',
        foundOn: '2023-11-03',
        description: '拖欠农民工工资12.5万元，涉及工人18名，身份证号350582199001011234的工人投诉',
        amountInvolved: 12_500_000,
        responsiblePerson: { name: '李四光', phone: '13700001111', idNumber: '11010519491231002X' },
        responsibleUnit: {
          unit: 'general-contractor',
          divisionCode: project.divisionCode,
          name: project.generalContractor.name,
        },
        deadline: '2023-11-30',
        rectifiedOn: '2023-11-20',
        punishedOn: '2023-11-25',
        handledOn: '2023-11-25',
        accountabilityOn: '2023-11-28',
        typicalCase: true,
      },
      {
        id: 'PB-FX-WG-2',
        campaign: 'wages',
        kind: 'designated-subcontracting',
        projectId: project.id,
        divisionCode: project.divisionCode,
        source: 'data-comparison',
        foundOn: '2023-11-15',
        description: '建设单位直接向分包单位支付工程款，疑似甲指分包',
        responsiblePerson: { name: '赵六一' },
        deadline: '2024-01-15',
      },
    ],
    screeningItem: [
      {
        id: 'SCR-FX-1',
        projectId: project.id,
        screenedOn: '2023-11-03',
        responsiblePerson: { name: '陈七星', phone: '13600002222' },
        screeningUnit: 'housing-construction-bureau',
        institutionsChecked: ['payment-guarantee', 'wage-account', 'monthly-payment'],
        result: 'problem-found',
        problemIds: ['PB-FX-WG-1'],
      },
    ],
    inspection: [
      {
        id: 'IN-FX-1',
        kind: 'street-full',
        inspectedOn: '2023-11-12',
        communityId: c2.id,
        divisionCode: c2.divisionCode,
        inspectingUnit: { unit: 'street-office', divisionCode: c2.divisionCode },
        inspectors: [{ name: '张三丰', phone: '13500003333' }],
        onSiteVerified: true,
        observations: {
          boardPresent: true,
          boardAtMainEntrance: false,
          notes: '物业经理电话13800138000，已当场告知整改',
        },
      },
      {
        id: 'IN-FX-2',
        kind: 'sampling',
        inspectedOn: '2023-11-08',
        communityId: c1.id,
        divisionCode: c1.divisionCode,
        inspectingUnit: { unit: 'housing-authority', divisionCode: COUNTY, name: '晋江市住房和城乡建设局' },
        inspectors: [{ name: '刘一手' }, { id: 'IP-FX-2' }],
        onSiteVerified: true,
        observations: { boardPresent: true, currentNoticePosted: true, accountsVerified: false },
        problemIds: ['PB-FX-PI-1'],
      },
      {
        id: 'IN-FX-3',
        kind: 'site-check',
        inspectedOn: '2023-11-16',
        projectId: project.id,
        divisionCode: project.divisionCode,
        inspectingUnit: { unit: 'housing-construction-bureau', divisionCode: COUNTY },
        inspectors: [{ name: '孙八戒' }],
        onSiteVerified: true,
        observations: { notes: '现场核查工资专户流水和考勤记录' },
        problemIds: ['PB-FX-WG-2'],
      },
    ],
    creditAction: [
      {
        id: 'CA-FX-1',
        campaign: 'public-income',
        uscc: c1.companyUscc,
        enterpriseName: c1.companyName,
        kind: 'credit-deduction',
        decidedOn: '2023-11-21',
        decisionNumber: '晋住建信扣〔2023〕5号',
        decidingUnit: { unit: 'housing-authority', divisionCode: COUNTY, name: '晋江市住房和城乡建设局' },
        points: 6,
        reason: '擅自动用公共收益（举报人电话13812345678）',
        problemId: 'PB-FX-PI-1',
        publicUntil: '2024-11-20',
      },
      {
        id: 'CA-FX-2',
        campaign: 'wages',
        uscc: project.generalContractor.uscc,
        enterpriseName: project.generalContractor.name,
        kind: 'administrative-penalty',
        decidedOn: '2023-11-26',
        decisionNumber: '晋人社罚〔2023〕12号',
        decidingUnit: { unit: 'hrss-bureau', divisionCode: COUNTY },
        fine: 5_000_000,
        reason: '拖欠农民工工资',
        problemId: 'PB-FX-WG-1',
      },
      {
        id: 'CA-FX-3',
        campaign: 'public-income',
        uscc: c1.companyUscc,
        enterpriseName: c1.companyName,
        kind: 'inspection-result',
        decidedOn: '2023-10-10',
        decisionNumber: '泉市监抽〔2023〕3号',
        decidingUnit: { unit: 'market-regulation', divisionCode: '350503' },
        reason: '双随机抽查：合同格式条款不规范',
      },
    ],
    taskProgress: [
      {
        id: 'TP-FX-1',
        taskId: 'PI.X7',
        unitCode: 'housing-authority',
        divisionCode: COUNTY,
        period: '2023-11',
        status: 'done',
        completedOn: '2023-11-20',
        reportedOn: '2023-11-21',
        note: '建立“双台账”周调度机制，专人跟踪销号，联系人手机13912345678',
      },
      {
        id: 'TP-FX-2',
        taskId: 'WG.XK10',
        unitCode: 'housing-construction-bureau',
        divisionCode: COUNTY,
        status: 'in-progress',
        reportedOn: '2023-11-22',
        note: '对在建项目开展拉网式排查，逐项目建立排查清单',
      },
    ],
  };
  const merged: Record<string, unknown[]> = { ...(base.records as Record<string, unknown[]>) };
  for (const [kind, list] of Object.entries(records)) merged[kind] = [...(merged[kind] ?? []), ...(list as unknown[])];
  return { merged, ids: { communities: [c1.id, c2.id, c3.id] as const, project: project.id } };
}

/** The fixture dataset and its check as of {@link AS_OF}, built once per test file. */
export function fixture(): Fixture {
  if (cached) return cached;
  const { dataset: base } = generateDataset({
    seed: 'reports-golden',
    asOf: AS_OF,
    communities: 16,
    projects: 6,
    workersPerProject: 4,
    plantRate: 0.2,
  });
  const { merged, ids } = overlay(base);
  const input = { ...base, records: merged };
  const report = validate('dataset', input);
  if (!report.valid)
    throw new Error(`fixture: invalid dataset: ${JSON.stringify(report.issues.filter((i) => i.severity === 'error').slice(0, 3))}`);
  const dataset = Dataset.parse(input);
  const result = check(dataset, {
    asOf: AS_OF,
    packs: [publicIncomePack, wagesPack],
    indicators: [...PUBLIC_INCOME_INDICATORS, ...WAGES_INDICATORS],
  });
  cached = { dataset, result, ids };
  return cached;
}

/** Every personal datum of the dataset's person references (names, phones, ID numbers), and the planted ones. */
export function personalData(dataset: Dataset): string[] {
  const found = new Set<string>(PLANTED_PERSONAL);
  const keys = new Set([
    'person',
    'inspectors',
    'complainant',
    'responsiblePerson',
    'projectManager',
    'chiefSupervisor',
    'labourWageOfficer',
  ]);
  const visitPerson = (p: unknown) => {
    if (typeof p !== 'object' || p === null) return;
    const r = p as Record<string, unknown>;
    for (const k of ['name', 'phone', 'idNumber'])
      if (typeof r[k] === 'string' && (r[k] as string).length >= 2) found.add(r[k] as string);
  };
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [k, v] of Object.entries(value)) {
      if (keys.has(k)) {
        if (Array.isArray(v)) for (const p of v) visitPerson(p);
        else visitPerson(v);
      }
      walk(v);
    }
  };
  walk(dataset.records);
  return [...found];
}

/** The personal data that show in a document's JSON. */
export function leakedPersonalData(document: unknown, dataset: Dataset): string[] {
  const json = JSON.stringify(document);
  return personalData(dataset).filter((s) => json.includes(s));
}
