import type { Bilingual } from '@rectify/schemas';
import { t } from '../engine/rule';

/** What kind of thing, other than a rule, indicator, planner or task, serves a clause. */
export type OtherServiceKind = 'schema' | 'role' | 'report' | 'widget';

/**
 * A clause served by something other than a check: a record kind or field of `@rectify/schemas` where the
 * clause's facts are kept, a unit of the units codelist that carries the responsibility, a report or a widget.
 */
export interface OtherService {
  /** The kind of server. */
  readonly kind: OtherServiceKind;
  /**
   * For `schema`: `record`, `record.field` or `record.field=value` (a record kind of the dataset, one of its
   * fields, one value the field accepts). For `role`: a unit code of `UNITS`. For `report` / `widget`: the
   * export name in its package.
   */
  readonly id: string;
  /** Clause IDs it serves. */
  readonly clauseIds: readonly string[];
  /** What it holds or does for the clause. */
  readonly description: Bilingual;
}

const schema = (id: string, clauseIds: string[], zh: string, en: string): OtherService => ({
  kind: 'schema',
  id,
  clauseIds,
  description: t(zh, en),
});
const report = (id: string, clauseIds: string[], zh: string, en: string): OtherService => ({
  kind: 'report',
  id,
  clauseIds,
  description: t(zh, en),
});
const role = (id: string, clauseIds: string[], zh: string, en: string): OtherService => ({
  kind: 'role',
  id,
  clauseIds,
  description: t(zh, en),
});

/**
 * Clauses served by the domain model and the units codelist of `@rectify/schemas`: where a clause asks for a
 * record to be kept (a referral, a credit deduction, a covert visit) or names a responsible unit, the kit serves
 * it by the field that holds the fact or the role that carries it. Every entry names something that exists (a
 * test checks each record kind, field, value and unit code against the schemas).
 */
export const OTHER_SERVICES: readonly OtherService[] = [
  // PI responsibilities (三、责任分工): the units, and the records of what each does.
  role(
    'housing-authority',
    ['PI.R1'],
    '物业管理主管部门：牵头、约谈、曝光、查处、信用扣分',
    'Property authority: leads, interviews, exposes, punishes, deducts credit',
  ),
  schema('creditAction.kind=credit-deduction', ['PI.R1'], '信用扣分记录', 'Credit-deduction records'),
  schema(
    'problem.interviewedOn',
    ['PI.R1'],
    '问题台账中的约谈日期',
    'Interview (约谈) date in the problem ledger',
  ),
  schema('problem.exposedOn', ['PI.R1', 'PI.S3'], '通报曝光日期', 'Exposure (通报曝光) date'),
  schema('problem.punishedOn', ['PI.R1', 'PI.C5.b'], '查处日期', 'Punishment date'),
  role(
    'development-reform',
    ['PI.R2'],
    '发改部门：归集信用信息、失信联合惩戒',
    'Development and reform: credit information, joint punishment',
  ),
  schema(
    'creditAction.kind=serious-dishonesty-list',
    ['PI.R2'],
    '严重失信惩戒对象名单记录',
    'Serious-dishonesty list entries',
  ),
  schema(
    'creditAction.kind=joint-punishment',
    ['PI.R2', 'PI.S3'],
    '失信联合惩戒记录',
    'Joint-punishment records',
  ),
  role('public-security', ['PI.R3'], '公安机关：侦办犯罪案件', 'Public security: criminal cases'),
  schema(
    'problem.referredTo=public-security',
    ['PI.R3', 'PI.S3'],
    '移送公安机关的问题',
    'Problems referred to public security',
  ),
  schema('problem.referredOn', ['PI.R3', 'PI.C5.b', 'PI.S3'], '移送日期', 'Referral (移送) date'),
  role(
    'civil-affairs',
    ['PI.R4'],
    '民政部门：指导居（村）民委员会',
    "Civil affairs: guides residents' committees",
  ),
  role(
    'market-regulation',
    ['PI.R5'],
    '市场监管部门：合同格式条款、信用信息公示',
    'Market regulation: standard terms, credit publicity',
  ),
  schema(
    'creditAction.kind=administrative-penalty',
    ['PI.R5'],
    '行政处罚记录（按统一社会信用代码）',
    'Administrative penalties, keyed by USCC',
  ),
  schema(
    'creditAction.kind=inspection-result',
    ['PI.R5'],
    '抽查检查结果记录（按统一社会信用代码）',
    'Inspection results, keyed by USCC',
  ),
  role(
    'street-office',
    ['PI.R6'],
    '街道办事处（乡镇人民政府）：日常监管、调处纠纷',
    'Street office: daily supervision, disputes',
  ),
  role(
    'residents-committee',
    ['PI.R6'],
    '居（村）民委员会：日常监管、调处纠纷',
    "Residents' committee: daily supervision, disputes",
  ),
  role(
    'property-association',
    ['PI.R7'],
    '物业管理行业协会：自律、自查、培训、明察暗访',
    'Property association: self-discipline, self-inspection, training, covert visits',
  ),
  role('discipline-commission', ['PI.M4'], '纪检监察部门：点评会', 'Discipline commission: review meeting'),
  // PI measures and schedule: where the facts are kept.
  schema(
    'surveyWave',
    ['PI.T4', 'WG.S5'],
    '业主支持率、知晓率、满意率调查',
    'Surveys of support, awareness and satisfaction',
  ),
  schema(
    'problem.kind=embezzlement',
    ['PI.C3.b'],
    '问题类型：私自侵吞公共收益',
    'Problem kind: embezzlement of public income',
  ),
  schema(
    'taskProgress.unitCode',
    ['PI.C5.c'],
    '联合任务中各参与单位的进展',
    "Each participating unit's progress on a joint task",
  ),
  schema(
    'inspection.kind=street-full',
    ['PI.C5.e', 'PI.M2', 'PI.R6'],
    '街道全面检查记录',
    'Street full-inspection records',
  ),
  schema(
    'inspection.kind=committee-routine',
    ['PI.C5.e', 'PI.R6'],
    '居（村）委会常态化检查记录',
    "Residents' committee routine checks",
  ),
  schema(
    'publicityRecord',
    ['PI.M1'],
    '宣传记录（渠道、月份、次数）',
    'Publicity records by channel and month',
  ),
  schema(
    'inspection.kind=sampling',
    ['PI.M2', 'PI.T2'],
    '实地抽查核实记录',
    'On-site sampling verification records',
  ),
  schema(
    'inspection.onSiteVerified',
    ['PI.M2', 'PI.T2'],
    '是否实地核实（计入抽查核实率）',
    'Verified on site (counts toward the rate)',
  ),
  schema(
    'complaint.transferredBy',
    ['PI.M2'],
    '省市级转办挂号的信访件',
    'Petitions transferred by the province or city',
  ),
  schema(
    'inspector.conflictCommunityIds',
    ['PI.M2'],
    '检查人员回避的小区（双随机）',
    'Communities an inspector must not inspect',
  ),
  schema(
    'inspector.conflictCompanyUsccs',
    ['PI.M2'],
    '检查人员回避的企业（双随机）',
    'Companies an inspector must not inspect',
  ),
  schema('inspection.kind=cross', ['PI.M3'], '交叉检查记录', 'Cross-inspection records'),
  schema('inspection.crossGroupId', ['PI.M3'], '交叉检查组', 'The cross-inspection group'),
  schema('audit', ['PI.M5'], '第三方审计记录（可打包多个小区）', 'Third-party audits (bundles allowed)'),
  schema('ownerObjection', ['PI.M5'], '业主对公示结果的异议', "Owners' objections to a disclosure"),
  schema('rectificationDisclosure', ['PI.M5'], '审计整改情况公示', 'Disclosure of audit rectification'),
  schema('problem.escalation', ['PI.M6'], '就地化解或提级协调', 'Resolved on the spot or escalated'),
  schema('inspection.kind=covert', ['PI.M7', 'PI.R7'], '明察暗访记录', 'Covert-visit records'),
  schema(
    'selfInspection',
    ['PI.S2', 'PI.R7'],
    '企业自查自纠台账及公示',
    'Company self-inspection ledger and notice',
  ),
  schema('complaint.answeredOn', ['PI.S3'], '处理结果反馈投诉人日期', 'Result fed back to the complainant'),
  schema('problem.typicalCase', ['PI.S3', 'PI.Q1'], '典型案例', 'Typical case'),
  schema('problem', ['PI.Q1', 'WG.Q1'], '问题（线索）台账', 'Problem (clue) ledger'),
  schema('inspection', ['PI.Q1'], '检查工作台账', 'Inspection ledger'),
  // WG: where the facts of the wage campaign are kept.
  schema(
    'constructionProject.funding',
    ['WG.F0'],
    '投资主体（政府、国企投资为重点）',
    'Funding source (government and SOE projects in focus)',
  ),
  schema(
    'constructionProject.sizeClass',
    ['WG.F0'],
    '项目规模（中小型项目为重点）',
    'Size class (small and medium projects in focus)',
  ),
  schema('paymentGuarantee', ['WG.T1', 'WG.F1'], '工程款支付担保', 'Payment guarantees'),
  schema('wageAccount', ['WG.F1', 'WG.M2'], '农民工工资专用账户', 'Wage special accounts'),
  schema('wageDeposit', ['WG.F1', 'WG.M2'], '工资保证金', 'Wage deposits'),
  schema('rosterUpdate', ['WG.T2', 'WG.S3'], '实名制花名册更新', 'Real-name roster updates'),
  schema('dailyAttendance', ['WG.T3', 'WG.S3'], '每日考勤人数', 'Daily attendance'),
  schema(
    'keyPersonnelPresence',
    ['WG.T4', 'WG.S3'],
    '项目经理、总监到岗记录',
    'Project manager and chief supervisor presence',
  ),
  schema('wageComplaint', ['WG.T5'], '欠薪举报投诉案件', 'Wage-arrears complaints'),
  schema('problem.kind=bid-rigging', ['WG.F4'], '问题类型：围标串标', 'Problem kind: bid rigging'),
  schema(
    'problem.kind=illegal-contracting',
    ['WG.F4', 'WG.M4'],
    '问题类型：违法发包',
    'Problem kind: illegal contracting',
  ),
  schema(
    'problem.kind=subcontract-transfer',
    ['WG.F4'],
    '问题类型：转包',
    'Problem kind: transfer of the whole contract',
  ),
  schema('problem.kind=affiliation', ['WG.F4'], '问题类型：挂靠', 'Problem kind: affiliation'),
  schema(
    'problem.kind=illegal-subcontracting',
    ['WG.F4'],
    '问题类型：违法分包',
    'Problem kind: illegal subcontracting',
  ),
  schema('screeningItem', ['WG.M1', 'WG.S2', 'WG.F5'], '排查清单', 'Screening list'),
  schema('problem.responsiblePerson', ['WG.M1'], '问题清单的责任人', 'Responsible person of a problem'),
  schema('problem.rectifiedOn', ['WG.M1'], '整改到位', 'Rectification in place'),
  schema('problem.handledOn', ['WG.M1'], '处理到位', 'Handling in place'),
  schema('problem.accountabilityOn', ['WG.M1'], '问责到位', 'Accountability in place'),
  schema('rightsBoard', ['WG.M2'], '维权信息公示牌', 'Rights information board'),
  schema('constructionProject.labourWageOfficer', ['WG.M2'], '劳资专管员配备', 'Labour-wage officer'),
  schema(
    'labourCostTransfer',
    ['WG.M2'],
    '人工费用拨付至工资专户',
    'Labour-cost transfers into the special account',
  ),
  schema(
    'enterpriseRecord',
    ['WG.M3'],
    '企业近两年失信、事故、资质造假、围标串标、转包挂靠记录',
    'Enterprise records for the risk list',
  ),
  schema('subcontract.designatedByBuilder', ['WG.M4'], '甲指分包', 'Subcontract designated by the builder'),
  schema('creditAction.campaign=wages', ['WG.M6'], '欠薪欠款信用扣分记录', 'Credit deductions for arrears'),
  schema('constructionProject.processSettlement', ['WG.M6'], '过程结算', 'Process settlement'),
  schema(
    'constructionProject.onIntegratedPlatform',
    ['WG.S3'],
    '一体化平台占比',
    'On the integrated platform',
  ),
  role(
    'housing-construction-bureau',
    ['WG.Q1'],
    '县（市、区）住建部门：会同人社部门每月报送',
    'County housing bureau: monthly report with HRSS',
  ),
  role('hrss-bureau', ['WG.Q1'], '县（市、区）人社部门', 'County HRSS bureau'),
  // Reports of @rectify/reports (ids of its REPORTS registry; a test there checks each id and clause).
  report(
    'pi-monthly-package',
    ['PI.Q1'],
    '每月23日前报送的问题（线索）台账、工作台账、简报、典型案例、进展',
    'Monthly package due the 23rd',
  ),
  report(
    'city-bulletin',
    ['PI.S3'],
    '市住建局每月通报各县（市、区）整治情况',
    'Monthly city bulletin ranking the counties',
  ),
  report('year-end-summary', ['PI.S4', 'WG.S5'], '总结验收阶段的年度总结', 'Year-end summary for acceptance'),
  report(
    'wg-monthly-package',
    ['WG.Q1'],
    '每月23日报送的整治工作台账、线索台账、典型案例和进展',
    'Wages monthly package due the 23rd',
  ),
  report(
    'wg-year-end-package',
    ['WG.Q1', 'WG.M1'],
    '12月15日前报送的总结报告和三项清单',
    'Year-end package with the three lists',
  ),
  report(
    'credit-export',
    ['PI.R2', 'PI.R5', 'WG.M6'],
    '按统一社会信用代码导出的信用惩戒、处罚和抽查检查结果',
    'Credit export keyed by USCC',
  ),
  report(
    'inspection-ledger',
    ['PI.M2', 'PI.C5.e'],
    '主管部门和街道办事处检查工作台账',
    'Inspection ledgers of the authority and street offices',
  ),
  report('self-inspection-notice', ['PI.S2'], '物业服务企业自查结果公示', 'Self-inspection result notice'),
  report(
    'disclosure-notice',
    ['PI.C1.b', 'PI.C1.c', 'PI.C1.d'],
    '小区公共收益季度公示（公示牌张贴版）',
    'Quarterly disclosure notice for the board',
  ),
];
