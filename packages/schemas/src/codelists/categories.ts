import { defineCodelist } from './codelist';

/** Categories of public income (公共收益) of a residential community. PI.C1.e checks items are not mislabelled. */
export const INCOME_CATEGORIES = defineCodelist(
  'income-categories',
  { 'zh-CN': '公共收益类别', en: 'Public income categories' },
  [
    {
      code: 'parking',
      zh: '利用共用部位停车收益',
      en: 'Parking on common areas',
      description: 'Parking on common roads or sites.',
    },
    {
      code: 'advertising',
      zh: '广告收益',
      en: 'Advertising',
      description: 'Advertising on lifts, walls, gates, screens.',
    },
    {
      code: 'lease',
      zh: '共有部分房屋场地租赁收益',
      en: 'Lease of common premises',
      description: 'Renting clubhouses, stilt floors, rooms, sites.',
    },
    {
      code: 'venue',
      zh: '场地临时使用收益',
      en: 'Temporary use of venues',
      description: 'Stalls, events, temporary use of common sites.',
    },
    {
      code: 'telecom',
      zh: '通信设施收益',
      en: 'Telecom facilities',
      description: 'Base stations and carriers’ equipment.',
    },
    {
      code: 'charging-vending',
      zh: '充电桩、快递柜、售货机收益',
      en: 'Charging, lockers, vending',
      description: 'Charging piles, express lockers, vending machines.',
    },
    {
      code: 'recycling',
      zh: '废旧物品回收收益',
      en: 'Recycling',
      description: 'Sale of waste and recyclables from common areas.',
    },
    {
      code: 'interest',
      zh: '利息收入',
      en: 'Interest',
      description: 'Interest on the public-income account.',
    },
    {
      code: 'compensation',
      zh: '赔偿、补偿收入',
      en: 'Compensation',
      description: 'Compensation for damage to common parts.',
    },
    { code: 'other', zh: '其他收益', en: 'Other', description: 'Anything else; must be described.' },
  ],
);
/** A public income category code. */
export type IncomeCategory = (typeof INCOME_CATEGORIES.codes)[number];

/** Categories of expenditure of public income. PI.C2.b: each needs an owners' decision or pre-authorisation. */
export const EXPENSE_CATEGORIES = defineCodelist(
  'expense-categories',
  { 'zh-CN': '公共收益支出类别', en: 'Public income expense categories' },
  [
    {
      code: 'operating-cost',
      zh: '公共收益经营管理费用',
      en: 'Operating cost of public income',
      description: 'Cost of running the income (PI.C4.c caps it).',
    },
    {
      code: 'repair',
      zh: '共用部位设施维修、更新、改造',
      en: 'Repair, renewal, renovation',
      description: 'Needs a matching repair project (PI.C4.b).',
    },
    {
      code: 'facility-maintenance',
      zh: '共用设施设备日常维护',
      en: 'Routine maintenance',
      description: 'Routine maintenance of common facilities.',
    },
    {
      code: 'utilities',
      zh: '公共能耗',
      en: 'Common utilities',
      description: 'Water and power of common areas.',
    },
    { code: 'tax', zh: '税费', en: 'Taxes', description: 'Taxes on public income.' },
    { code: 'audit-fee', zh: '审计费用', en: 'Audit fee', description: 'Third-party audit (PI.M5).' },
    {
      code: 'owners-committee',
      zh: '业委会工作经费',
      en: "Owners' committee expenses",
      description: "Owners' committee running costs.",
    },
    {
      code: 'community-activity',
      zh: '小区公益活动',
      en: 'Community activities',
      description: 'Activities for all owners.',
    },
    { code: 'other', zh: '其他支出', en: 'Other', description: 'Anything else; must be described.' },
  ],
);
/** An expense category code. */
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES.codes)[number];

/** Kinds of inspection (检查). */
export const INSPECTION_KINDS = defineCodelist(
  'inspection-kinds',
  { 'zh-CN': '检查类型', en: 'Inspection kinds' },
  [
    {
      code: 'sampling',
      zh: '实地抽查核实',
      en: 'On-site sampling verification',
      description: 'County authority sampling (PI.M2, PI.T2).',
    },
    {
      code: 'street-full',
      zh: '街道全面检查',
      en: 'Street full inspection',
      description: 'Street office inspects every community (PI.M2, PI.C5.e).',
    },
    {
      code: 'committee-routine',
      zh: '居（村）委会常态化检查',
      en: 'Committee routine check',
      description: 'Residents’ committee routine check (PI.C5.e).',
    },
    {
      code: 'cross',
      zh: '交叉检查',
      en: 'Cross-inspection',
      description: 'Quarterly cross-inspection group (PI.M3).',
    },
    {
      code: 'covert',
      zh: '明察暗访',
      en: 'Covert visit',
      description: 'Conduct supervisors or association experts (PI.M7, PI.R7).',
    },
    {
      code: 'double-random',
      zh: '“双随机”检查',
      en: 'Double-random inspection',
      description: 'Random subject, random inspector (PI.X19, WG.XC16).',
    },
    {
      code: 'site-check',
      zh: '在建项目现场核查',
      en: 'Construction site check',
      description: 'On-site check of a project (WG.S2).',
    },
  ],
);
/** An inspection kind code. */
export type InspectionKind = (typeof INSPECTION_KINDS.codes)[number];

/** Kinds of problem recorded in the problem (clue) ledgers, each with the clause it belongs to. */
export const PROBLEM_KINDS = defineCodelist('problem-kinds', { 'zh-CN': '问题类型', en: 'Problem kinds' }, [
  {
    code: 'board-missing',
    zh: '未设置公示牌或位置不当',
    en: 'No board / board misplaced',
    description: 'PI.C1.a',
  },
  { code: 'disclosure-late', zh: '未按时公示', en: 'Disclosure late', description: 'PI.C1.b' },
  { code: 'disclosure-channel-missing', zh: '公示渠道不全', en: 'Channel missing', description: 'PI.C1.c' },
  { code: 'disclosure-short', zh: '公示时间少于30日', en: 'Displayed under 30 days', description: 'PI.C1.d' },
  {
    code: 'item-omitted-mislabelled',
    zh: '公示项目漏项错项、张冠李戴',
    en: 'Items omitted or mislabelled',
    description: 'PI.C1.e',
  },
  {
    code: 'accounts-disordered',
    zh: '账目混乱、金额不实',
    en: 'Accounts disordered',
    description: 'PI.C1.f',
  },
  {
    code: 'disclosure-untrue',
    zh: '公示与实际不符',
    en: 'Disclosure differs from reality',
    description: 'PI.C1.g',
  },
  {
    code: 'no-separate-account',
    zh: '未单独开户或专账管理',
    en: 'No separate account or ledger',
    description: 'PI.C2.a',
  },
  {
    code: 'unauthorised-use',
    zh: '未经业主共同决定擅自使用',
    en: "Used without owners' decision",
    description: 'PI.C2.b',
  },
  {
    code: 'income-unbooked',
    zh: '不入账、少入账、虚增项目列支',
    en: 'Unbooked income or invented expense',
    description: 'PI.C2.c',
  },
  { code: 'distribution-ratio', zh: '未按比例分配', en: 'Distribution not at ratio', description: 'PI.C2.d' },
  {
    code: 'surplus-not-deposited',
    zh: '结余未存入维修资金专户',
    en: 'Surplus not deposited',
    description: 'PI.C2.e',
  },
  {
    code: 'common-part-business',
    zh: '擅自利用共有部分经营',
    en: 'Unauthorised business on common parts',
    description: 'PI.C3.a',
  },
  {
    code: 'embezzlement',
    zh: '私自侵吞公共收益',
    en: 'Embezzlement of public income',
    description: 'PI.C3.b',
  },
  { code: 'complaint-slow', zh: '投诉查处不及时', en: 'Complaint handled late', description: 'PI.C3.c' },
  {
    code: 'unauthorised-lease',
    zh: '擅自出租共有部分',
    en: 'Unauthorised lease of common parts',
    description: 'PI.C4.a',
  },
  {
    code: 'inflated-repair',
    zh: '虚增维修改造项目和费用',
    en: 'Inflated repair items or costs',
    description: 'PI.C4.b',
  },
  {
    code: 'inflated-operating-cost',
    zh: '虚增经营管理费用',
    en: 'Inflated operating costs',
    description: 'PI.C4.c',
  },
  {
    code: 'guarantee-missing',
    zh: '工程款支付担保未落实',
    en: 'Payment guarantee missing',
    description: 'WG.F1',
  },
  {
    code: 'real-name-missing',
    zh: '实名制管理未落实',
    en: 'Real-name management missing',
    description: 'WG.F1',
  },
  {
    code: 'wage-account-missing',
    zh: '农民工工资专用账户未落实',
    en: 'Wage special account missing',
    description: 'WG.F1',
  },
  { code: 'wage-deposit-missing', zh: '工资保证金未落实', en: 'Wage deposit missing', description: 'WG.F1' },
  { code: 'rights-board-missing', zh: '维权信息未公示', en: 'Rights board missing', description: 'WG.M2' },
  {
    code: 'labour-officer-missing',
    zh: '劳资专管员未配备',
    en: 'No labour-wage officer',
    description: 'WG.M2',
  },
  {
    code: 'builder-arrears',
    zh: '建设单位拖欠工程款',
    en: 'Builder owes the contractor',
    description: 'WG.F2',
  },
  { code: 'wage-arrears', zh: '拖欠农民工工资', en: 'Wage arrears', description: 'WG.F3' },
  {
    code: 'designated-subcontracting',
    zh: '甲指分包',
    en: 'Builder-designated subcontracting',
    description: 'WG.M4',
  },
  { code: 'bid-rigging', zh: '围标串标', en: 'Bid rigging', description: 'WG.F4' },
  { code: 'illegal-contracting', zh: '违法发包', en: 'Illegal contracting', description: 'WG.F4' },
  { code: 'subcontract-transfer', zh: '转包', en: 'Transfer of the whole contract', description: 'WG.F4' },
  { code: 'affiliation', zh: '挂靠', en: 'Affiliation (borrowed qualification)', description: 'WG.F4' },
  { code: 'illegal-subcontracting', zh: '违法分包', en: 'Illegal subcontracting', description: 'WG.F4' },
  { code: 'other', zh: '其他问题', en: 'Other', description: 'Anything else; must be described.' },
]);
/** A problem kind code. */
export type ProblemKind = (typeof PROBLEM_KINDS.codes)[number];

/** Responsible units named in the two campaign documents. */
export const UNITS = defineCodelist('units', { 'zh-CN': '责任单位', en: 'Responsible units' }, [
  {
    code: 'housing-authority',
    zh: '物业管理主管部门',
    en: 'Property management authority',
    description: 'PI.R1 (市、县物业主管部门).',
  },
  { code: 'development-reform', zh: '发改部门', en: 'Development and reform', description: 'PI.R2' },
  { code: 'public-security', zh: '公安机关', en: 'Public security', description: 'PI.R3' },
  { code: 'civil-affairs', zh: '民政部门', en: 'Civil affairs', description: 'PI.R4' },
  { code: 'market-regulation', zh: '市场监管部门', en: 'Market regulation', description: 'PI.R5' },
  {
    code: 'street-office',
    zh: '街道办事处（乡镇人民政府）',
    en: 'Street office / township government',
    description: 'PI.R6',
  },
  {
    code: 'residents-committee',
    zh: '居（村）民委员会',
    en: "Residents' / villagers' committee",
    description: 'PI.R6',
  },
  {
    code: 'property-association',
    zh: '物业管理行业协会',
    en: 'Property management association',
    description: 'PI.R7',
  },
  {
    code: 'discipline-commission',
    zh: '纪检监察部门',
    en: 'Discipline inspection commission',
    description: 'PI.M4',
  },
  {
    code: 'housing-construction-bureau',
    zh: '住建局',
    en: 'Housing and construction bureau',
    description: 'WG (市/县住建局).',
  },
  {
    code: 'hrss-bureau',
    zh: '人社局',
    en: 'Human resources and social security bureau',
    description: 'WG (市/县人社局).',
  },
  {
    code: 'property-company',
    zh: '物业服务企业',
    en: 'Property-service company',
    description: 'Regulated party, PI.',
  },
  { code: 'owners-committee', zh: '业主委员会', en: "Owners' committee", description: 'PI.C4' },
  { code: 'builder', zh: '建设单位', en: 'Builder (client)', description: 'Regulated party, WG.F2, WG.M4.' },
  {
    code: 'general-contractor',
    zh: '施工总承包单位',
    en: 'General contractor',
    description: 'Regulated party, WG.F3.',
  },
  { code: 'subcontractor', zh: '分包单位', en: 'Subcontractor', description: 'WG.F3' },
  { code: 'supervisor', zh: '监理单位', en: 'Supervising engineer firm', description: 'WG.T4' },
  { code: 'industry-association', zh: '行业协会', en: 'Industry association', description: 'WG.M6' },
]);
/** A unit code. */
export type UnitCode = (typeof UNITS.codes)[number];
