import { findCampaignTask } from '../tasks/campaign-tasks';

/** The two campaign documents: 附件1 property public income (PI), 附件2 construction payment and wages (WG). */
export type ClauseDocument = 'PI' | 'WG';

/** Titles of the two documents. */
export const CLAUSE_DOCUMENTS: Readonly<
  Record<ClauseDocument, { readonly 'zh-CN': string; readonly en: string }>
> = {
  PI: {
    'zh-CN':
      '附件1 关于深化“整治物业服务企业侵占业主公共收益、收入及分配不公开等问题，切实维护业主利益”工作方案',
    en: 'Annex 1: property public income',
  },
  WG: {
    'zh-CN': '附件2 关于深化“整治在建工程项目拖欠工程款、农民工工资问题保障农民工权益”工作方案',
    en: 'Annex 2: construction payment and migrant-worker wage arrears',
  },
};

/** A clause of the campaign documents with its stable ID, as listed in the clause catalog (CLAUSES.md). */
export interface Clause {
  /** Stable ID (`PI.C1.b`, `PI.X17`, `WG.XK3`). */
  readonly id: string;
  /** The document it belongs to. */
  readonly document: ClauseDocument;
  /** The catalog section (heading) it is listed under. */
  readonly section: string;
  /** What the clause says, in the catalog's words; for a task-list row, its 工作内容 verbatim. */
  readonly summary: string;
  /** How the kit serves it, as the catalog plans it. */
  readonly plan: string;
  /** For a task-list row: the catalog range it was expanded from (`PI.X1–PI.X48`). */
  readonly range?: string;
}

/** Expands a catalog range (`PI.X1–PI.X48`) into one clause per task-list row, with the row's 工作内容. */
function taskClauses(document: ClauseDocument, section: string, range: string, plan: string): Clause[] {
  const match = /^([A-Z]+\.X[CK]?)([0-9]+)–([A-Z]+\.X[CK]?)([0-9]+)$/.exec(range);
  if (!match) return [];
  const [, prefix, from, , to] = match;
  const out: Clause[] = [];
  for (let n = Number(from); n <= Number(to); n++) {
    const id = `${prefix}${n}`;
    out.push({ id, document, section, summary: findCampaignTask(id)?.content ?? range, plan, range });
  }
  return out;
}

/**
 * Every clause of the two campaign documents, in catalog order, transcribed from the clause catalog
 * (CLAUSES.md) with its ranges of task-list rows expanded. A test proves it lists exactly the catalog's IDs.
 */
export const CLAUSES: readonly Clause[] = [
  {
    id: 'PI.T1',
    document: 'PI',
    section: 'Targets (一、整治目标)',
    summary: 'quarterly disclosure rate (季度公示率) 100%',
    plan: 'indicator: communities whose previous-quarter disclosure was posted on time on all required channels ÷ communities that must disclose; per community, street, county, city',
  },
  {
    id: 'PI.T2',
    document: 'PI',
    section: 'Targets (一、整治目标)',
    summary: 'annual sampling verification rate (年度抽查核实率) ≥ 50%',
    plan: 'indicator: communities verified on site this year ÷ all communities, per county; see PI.M2',
  },
  {
    id: 'PI.T3',
    document: 'PI',
    section: 'Targets (一、整治目标)',
    summary: 'misappropriation corrected and punished',
    plan: 'indicator: findings of kinds PI.C3/PI.C4 opened, rectified, punished, referred',
  },
  {
    id: 'PI.T4',
    document: 'PI',
    section: 'Targets (一、整治目标)',
    summary: "owners' support, awareness, satisfaction rates (支持率、知晓率、满意率) rise markedly",
    plan: 'indicator from survey records: rate per survey wave, change vs the baseline wave',
  },
  {
    id: 'PI.C1.a',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'no disclosure board, or board not at the main pedestrian entrance (主要人行出入口)',
    plan: "rule on the community's board record and inspection observations",
  },
  {
    id: 'PI.C1.b',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary:
      "previous quarter's income and expenditure disclosed by the last day of the first month of each quarter (Q4 → 31 Jan next year), Asia/Shanghai time",
    plan: 'rule per community-quarter and per channel',
  },
  {
    id: 'PI.C1.c',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary:
      'disclosed on three channels: the board (or an equally prominent place), the provincial public-income system (省住宅小区公共收益信息管理系统) and the Quanzhou property project system (泉州市物业项目管理系统)',
    plan: "rule: each channel present and on time; the two systems' filings for the same quarter must agree item by item",
  },
  {
    id: 'PI.C1.d',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary:
      'on display ≥ 30 days (公示时间少于30日 is a violation). Day counting as in Civil Code art. 201: the posting day is not counted, so a notice posted on day D must still be shown at the end of D+30',
    plan: 'rule; a notice still within its period on the as-of date is "in progress", not a violation',
  },
  {
    id: 'PI.C1.e',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary:
      'items deliberately left out, items labelled as something else (张冠李戴), missing or wrong items (漏项错项)',
    plan: 'rule: every income source the community is known to have (leases, contracts, parking, advertising, etc. in its registry) appears in the disclosure under the right category',
  },
  {
    id: 'PI.C1.f',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'disordered accounts, untrue amounts',
    plan: 'rule: arithmetic holds exactly (opening balance + income − expenditure − distribution = closing balance; totals = sum of lines), money in integer fen',
  },
  {
    id: 'PI.C1.g',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'disclosure differs from reality',
    plan: 'rule comparing the disclosure with ledger / bank / contract evidence where the host supplies it',
  },
  {
    id: 'PI.C2.a',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'no separate bank account or dedicated ledger (单独开户或专账)',
    plan: "rule on the community's account record",
  },
  {
    id: 'PI.C2.b',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: "income used without the owners' joint decision (业主共同决定)",
    plan: "rule: every expenditure cites an owners' decision or a category pre-authorised by the service contract / management rules (管理规约)",
  },
  {
    id: 'PI.C2.c',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'income not booked, under-booked, invented expense lines',
    plan: 'rule comparing contracts/evidence with booked income; expense lines without evidence',
  },
  {
    id: 'PI.C2.d',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'distribution not at the prescribed or agreed ratio (分配比例)',
    plan: 'rule: actual split vs the agreed ratio, tolerance of rounding only',
  },
  {
    id: 'PI.C2.e',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'surplus not paid into the maintenance-fund account (维修资金专户) in time',
    plan: 'rule; the deadline is a parameter (default: within the quarter after the one that produced it)',
  },
  {
    id: 'PI.C3.a',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'common parts (共有部分) used for business without legal basis',
    plan: "rule: each operating contract on common parts cites an owners' decision",
  },
  {
    id: 'PI.C3.b',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'managers secretly pocketing income',
    plan: 'finding kind, raised by inspections and audits, tracked through the problem ledger',
  },
  {
    id: 'PI.C3.c',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: "regulators slow on owners' complaints about misappropriation",
    plan: 'rule on complaint records: accepted, investigated, answered to the complainant, closed, with elapsed days; parameter for the limit',
  },
  {
    id: 'PI.C4.a',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary:
      "common parts rented to third parties without authorisation (company and owners' committee together)",
    plan: "rule as PI.C3.a, also when the lessor is the owners' committee",
  },
  {
    id: 'PI.C4.b',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'inflated repair, renewal and renovation items or costs',
    plan: 'rule: repair expenses without a matching project record, or above the contracted amount',
  },
  {
    id: 'PI.C4.c',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'inflated management fees for running public income',
    plan: 'rule: management-fee share above the agreed ratio',
  },
  {
    id: 'PI.C5.a',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'regulators not sampling / checking disclosures',
    plan: 'indicator PI.T2 and per-county sampling progress',
  },
  {
    id: 'PI.C5.b',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'problems found but not punished, exposed, referred in time',
    plan: 'rule on the problem ledger: every problem has a handling step and a date; overdue items flagged',
  },
  {
    id: 'PI.C5.c',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'departments passing the buck, no joint force',
    plan: "task tracker: joint tasks show every participating unit's progress",
  },
  {
    id: 'PI.C5.d',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: 'complaint channels not open',
    plan: 'task PI.X30 and complaint-handling indicators',
  },
  {
    id: 'PI.C5.e',
    document: 'PI',
    section: 'Content to rectify (二、整治内容)',
    summary: "street offices not inspecting fully, no inspection ledger, not guiding residents' committees",
    plan: 'indicator: street inspection coverage (target 100%) and ledger completeness',
  },
  {
    id: 'PI.R1',
    document: 'PI',
    section: 'Responsibilities (三、责任分工)',
    summary:
      'property authority (物业管理主管部门): lead, interviews (约谈), exposure, punishment, credit deductions (信用扣分)',
    plan: 'roles in the task tracker; credit-deduction records in the schema',
  },
  {
    id: 'PI.R2',
    document: 'PI',
    section: 'Responsibilities (三、责任分工)',
    summary:
      'development & reform (发改): collect credit information, publish on 信用中国（福建）, joint punishment for the seriously dishonest list',
    plan: 'export of credit records in a documented format for that push',
  },
  {
    id: 'PI.R3',
    document: 'PI',
    section: 'Responsibilities (三、责任分工)',
    summary: 'public security (公安): criminal cases',
    plan: 'referral records (移送) in the problem ledger',
  },
  {
    id: 'PI.R4',
    document: 'PI',
    section: 'Responsibilities (三、责任分工)',
    summary: "civil affairs (民政): guide residents' committees",
    plan: 'role',
  },
  {
    id: 'PI.R5',
    document: 'PI',
    section: 'Responsibilities (三、责任分工)',
    summary:
      'market regulation (市场监管): contract standard terms; push penalties and inspection results to the national enterprise credit publicity system (福建)',
    plan: 'export of penalty / inspection results keyed by Unified Social Credit Code',
  },
  {
    id: 'PI.R6',
    document: 'PI',
    section: 'Responsibilities (三、责任分工)',
    summary:
      "street offices / township governments and residents' / villagers' committees: daily supervision, disputes",
    plan: 'roles; inspection records',
  },
  {
    id: 'PI.R7',
    document: 'PI',
    section: 'Responsibilities (三、责任分工)',
    summary:
      'property management association (行业协会): self-discipline, self-inspection, training, covert visits',
    plan: 'roles; self-inspection records',
  },
  {
    id: 'PI.M1',
    document: 'PI',
    section: 'Measures (四、整治措施)',
    summary: 'publicity through many channels (TV, papers, posters, WeChat, Douyin, SMS, lift screens)',
    plan: 'tasks; publicity records by channel and month',
  },
  {
    id: 'PI.M2',
    document: 'PI',
    section: 'Measures (四、整治措施)',
    summary:
      'on-site sampling ≥ 50% of communities per county; all petitions transferred by province or city (转办挂号的信访件) and all zero-income communities are priority; street offices inspect all; inspection ledgers; push companies to file on both systems; data comparison across systems',
    plan: 'sampling planner: priorities first, then a seeded reproducible random draw (双随机, also random inspector assignment); coverage indicators; ledger report; cross-system comparison rule (PI.C1.c)',
  },
  {
    id: 'PI.M3',
    document: 'PI',
    section: 'Measures (四、整治措施)',
    summary: 'cross-inspection groups each quarter at county, street and committee level',
    plan: 'planner that assigns groups so no group inspects its own area; indicator: one per quarter',
  },
  {
    id: 'PI.M4',
    document: 'PI',
    section: 'Measures (四、整治措施)',
    summary: 'quarterly joint progress meeting; optional discipline-commission review meeting',
    plan: 'tasks',
  },
  {
    id: 'PI.M5',
    document: 'PI',
    section: 'Measures (四、整治措施)',
    summary:
      "third-party audit per the Fujian public-income measures; small communities may be bundled into one audit; zero income with no objection may skip audit; the owners' committee or ≥ 20% of owners objecting may commission an audit; audited problems rectified and the rectification disclosed on the three channels",
    plan: 'audit-eligibility rule and bundling planner (size thresholds are parameters); rectification-disclosure rule',
  },
  {
    id: 'PI.M6',
    document: 'PI',
    section: 'Measures (四、整治措施)',
    summary: 'resolve on the spot at street level, else county-level coordination',
    plan: 'problem-ledger escalation status',
  },
  {
    id: 'PI.M7',
    document: 'PI',
    section: 'Measures (四、整治措施)',
    summary: 'conduct supervisors (行风监督员) and covert visits',
    plan: 'roles; visit records',
  },
  {
    id: 'PI.S1',
    document: 'PI',
    section: 'Schedule and reporting (五、进度安排 / 六、工作要求)',
    summary: 'mobilisation and plan by 30 Jul',
    plan: 'task',
  },
  {
    id: 'PI.S2',
    document: 'PI',
    section: 'Schedule and reporting (五、进度安排 / 六、工作要求)',
    summary:
      'company self-inspection ledger; results posted ≥ 30 days in prominent places (notice board, stairwells, lifts) by 30 Jul, and every owner told electronically (WeChat, SMS, phone)',
    plan: 'rule on self-inspection records: posted by the date, ≥ 30 days, notification coverage of owners',
  },
  {
    id: 'PI.S3',
    document: 'PI',
    section: 'Schedule and reporting (五、进度安排 / 六、工作要求)',
    summary:
      'to end of Nov: monthly city bulletin per county; field investigation of complaint clues; result fed back to the complainant; joint punishment; exposure of typical cases; referral of crimes',
    plan: 'monthly bulletin report; complaint-feedback rule',
  },
  {
    id: 'PI.S4',
    document: 'PI',
    section: 'Schedule and reporting (五、进度安排 / 六、工作要求)',
    summary: 'summary and acceptance by end of Dec',
    plan: 'year-end summary report',
  },
  {
    id: 'PI.Q1',
    document: 'PI',
    section: 'Schedule and reporting (五、进度安排 / 六、工作要求)',
    summary:
      'each county reports by the 23rd of every month: problem (clue) ledger, work ledger (incl. authority and street inspection ledgers), briefing, typical cases, monthly progress; summary by 15 Dec',
    plan: 'monthly report package generator; deadline tracking',
  },
  ...taskClauses(
    'PI',
    'Schedule and reporting (五、进度安排 / 六、工作要求)',
    'PI.X1–PI.X48',
    'campaign task list shipped as data, deadlines resolved for a campaign year (e.g. "7月底前" → 31 Jul, "每月30日前" → recurring), tracked by the task tracker',
  ),
  {
    id: 'WG.T1',
    document: 'WG',
    section: 'Targets (一、整治目标)',
    summary: 'payment guarantee (工程款支付担保) for every project under construction',
    plan: 'indicator: covered ÷ projects under construction = 100%',
  },
  {
    id: 'WG.T2',
    document: 'WG',
    section: 'Targets (一、整治目标)',
    summary: 'real-name update rate (实名制项目更新率) ≥ 90%',
    plan: 'indicator: projects under construction whose real-name roster was updated in the period ÷ projects under construction (definition documented, period a parameter)',
  },
  {
    id: 'WG.T3',
    document: 'WG',
    section: 'Targets (一、整治目标)',
    summary: 'projects with attendance: average attendance > 81 people',
    plan: 'indicator: for projects with any attendance in the period, mean of their average daily headcount',
  },
  {
    id: 'WG.T4',
    document: 'WG',
    section: 'Targets (一、整治目标)',
    summary: 'project manager and chief supervising engineer on-site rate (到岗率) > 60%',
    plan: 'indicator: days present ÷ required days, for both roles, per project and aggregated',
  },
  {
    id: 'WG.T5',
    document: 'WG',
    section: 'Targets (一、整治目标)',
    summary: 'wage-arrears complaints cleared dynamically; closure rate ≥ 98%',
    plan: 'indicator: closed ÷ accepted; list of open cases with age',
  },
  {
    id: 'WG.F0',
    document: 'WG',
    section: 'Scope and focus (二、整治内容)',
    summary:
      'all housing and municipal projects under construction; focus on government / SOE-invested and small and medium projects',
    plan: 'project schema with funding source and size class; filters and risk weighting',
  },
  {
    id: 'WG.F1',
    document: 'WG',
    section: 'Scope and focus (二、整治内容)',
    summary:
      'payment guarantee, real-name management, wage special account (农民工工资专用账户), wage deposit (工资保证金) not in place',
    plan: 'rules per project, one per institution',
  },
  {
    id: 'WG.F2',
    document: 'WG',
    section: 'Scope and focus (二、整治内容)',
    summary: 'builder (建设单位) owing payment to the contractor',
    plan: 'rule on payment schedule vs payments made; arrears amount and age',
  },
  {
    id: 'WG.F3',
    document: 'WG',
    section: 'Scope and focus (二、整治内容)',
    summary: 'contractor owing wages, especially through owner-designated subcontracting (甲指分包)',
    plan: 'rule on wage payroll vs payments; 甲指分包 rule (WG.M4)',
  },
  {
    id: 'WG.F4',
    document: 'WG',
    section: 'Scope and focus (二、整治内容)',
    summary:
      'bid rigging, illegal contracting, subcontracting, affiliation (围标串标、违法发包、转包挂靠、违法分包)',
    plan: 'finding kinds; clue rules (WG.M3)',
  },
  {
    id: 'WG.F5',
    document: 'WG',
    section: 'Scope and focus (二、整治内容)',
    summary: 'poor screening and rectification of the above',
    plan: 'screening coverage indicator; overdue problem items',
  },
  {
    id: 'WG.M1',
    document: 'WG',
    section: 'Measures (三、整治举措)',
    summary:
      'full screening with "one clear, two lists, three in place" (一个明确二个清单三个到位): a responsible person, a screening list and a problem list, rectification / handling / accountability each in place',
    plan: 'screening-list and problem-list generators; rule: every problem has a responsible person and all three steps closed',
  },
  {
    id: 'WG.M2',
    document: 'WG',
    section: 'Measures (三、整治举措)',
    summary:
      'real-name platform linked to wage payment; key-position and worker real-name management, payment guarantee, monthly wage payment, special account, wage deposit, labour-wage officer (劳资专管员), rights information board (维权信息公示) — all part of contract performance evaluation; differentiated management; early warning of payment arrears; watch disbursements',
    plan: 'per-project institution checklist rules; performance-evaluation score; arrears early-warning levels from the payment schedule and the labour-cost transfers into the special account',
  },
  {
    id: 'WG.M3',
    document: 'WG',
    section: 'Measures (三、整治举措)',
    summary:
      'data analysis on enterprises with, in the last two years, wage-default joint punishment, quality or safety accidents, forged qualifications, bid rigging, subcontracting/affiliation; "double reverse check" (双倒查): an enterprise with arrears is checked for illegal subcontracting and affiliation; clues from managers\' attendance and social-insurance payment; contracts and fund flows for 甲指分包',
    plan: 'risk list generator; rule that opens a reverse-check item for every arrears finding; clue rule: manager absent and insured by another employer → suspected affiliation',
  },
  {
    id: 'WG.M4',
    document: 'WG',
    section: 'Measures (三、整治举措)',
    summary:
      '甲指分包 (under 闽人社文〔2023〕31号) investigated through contracts and fund flows, handled as illegal contracting (违法发包); builder bears wage-clearance duty',
    plan: 'rule: subcontract designated by the builder, or builder paying a subcontractor directly → finding',
  },
  {
    id: 'WG.M5',
    document: 'WG',
    section: 'Measures (三、整治举措)',
    summary:
      'special actions where institutions lag, where screening is weak, where few illegal-contracting cases are handled, where wage cases run over time',
    plan: 'indicators per county; overdue-case rule',
  },
  {
    id: 'WG.M6',
    document: 'WG',
    section: 'Measures (三、整治举措)',
    summary:
      'credit platform: arrears in credit evaluation, maximum deduction for malicious arrears; process settlement (过程结算), esp. SOE projects; cost-dispute mediation; full-chain control',
    plan: 'credit-deduction records and export; process-settlement indicator',
  },
  {
    id: 'WG.S1',
    document: 'WG',
    section: 'Steps and reporting (四、主要步骤安排 / 五、工作要求)',
    summary: 'research and plan by end of Jul',
    plan: 'task',
  },
  {
    id: 'WG.S2',
    document: 'WG',
    section: 'Steps and reporting (四、主要步骤安排 / 五、工作要求)',
    summary:
      'full screening by end of Nov: screening and problem lists with time limits and owners; platform early warnings; verify guarantee, deposit, special account; punish; market inspections focused on 甲指分包',
    plan: 'lists, rules, indicators above',
  },
  {
    id: 'WG.S3',
    document: 'WG',
    section: 'Steps and reporting (四、主要步骤安排 / 五、工作要求)',
    summary:
      'rectification for the State Council assessment ("国考"): data links between ministry, province and city platforms; integrated-platform share (一体化平台占比), real-name update rate, average workers on duty, manager on-site rate all at target',
    plan: '"national assessment" indicator panel with the four indicators',
  },
  {
    id: 'WG.S4',
    document: 'WG',
    section: 'Steps and reporting (四、主要步骤安排 / 五、工作要求)',
    summary: 'mid-term evaluation by end of Sep',
    plan: 'report',
  },
  {
    id: 'WG.S5',
    document: 'WG',
    section: 'Steps and reporting (四、主要步骤安排 / 五、工作要求)',
    summary: 'acceptance by end of Dec; awareness, satisfaction, support rates',
    plan: 'year-end report; survey indicators as PI.T4',
  },
  {
    id: 'WG.Q1',
    document: 'WG',
    section: 'Steps and reporting (四、主要步骤安排 / 五、工作要求)',
    summary:
      'counties report on the 23rd of every month: ledgers, clue ledger, typical cases, progress; by 15 Dec the summary and the three lists (三项清单: screening list, problem list, rectification list)',
    plan: 'monthly report package; year-end package',
  },
  ...taskClauses(
    'WG',
    'Steps and reporting (四、主要步骤安排 / 五、工作要求)',
    'WG.XC1–WG.XC24',
    'task list as data',
  ),
  ...taskClauses(
    'WG',
    'Steps and reporting (四、主要步骤安排 / 五、工作要求)',
    'WG.XK1–WG.XK19',
    'task list as data',
  ),
];

const BY_ID = new Map(CLAUSES.map((c) => [c.id, c]));

/** Every clause ID, in catalog order. */
export const CLAUSE_IDS: readonly string[] = CLAUSES.map((c) => c.id);

/** The clause of an ID, or `undefined` for an ID the catalog does not have. */
export function findClause(id: string): Clause | undefined {
  return BY_ID.get(id);
}

/** Whether an ID is in the clause catalog. */
export function isClauseId(id: string): boolean {
  return BY_ID.has(id);
}
