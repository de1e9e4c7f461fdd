import type { Bilingual, Codelist } from '@rectify/schemas';
import type { ReportLang } from '../format/index';
import { bi } from './bilingual';

/** The title of a codelist entry in `lang`, or the code itself when the list does not hold it. */
export function codeLabel(list: Codelist, code: string, lang: ReportLang): string {
  const entry = list.entries.find((e) => e.code === code);
  if (entry === undefined) return code;
  return lang === 'en' ? entry.en : entry.zh;
}

/** The label of `code` in a label map, or the code itself. */
export function mapLabel(
  labels: Readonly<Record<string, Bilingual>>,
  code: string,
  lang: ReportLang,
): string {
  return Object.hasOwn(labels, code) ? (labels[code] as Bilingual)[lang] : code;
}

/** Where a problem (clue) came from (`Problem.source`). */
export const PROBLEM_SOURCE_LABELS: Readonly<Record<string, Bilingual>> = {
  inspection: bi('检查发现', 'Inspection'),
  audit: bi('审计发现', 'Audit'),
  complaint: bi('投诉举报', 'Complaint'),
  screening: bi('排查发现', 'Screening'),
  'data-comparison': bi('数据比对', 'Data comparison'),
  'self-inspection': bi('企业自查', 'Self-inspection'),
  'covert-visit': bi('明察暗访', 'Covert visit'),
  other: bi('其他', 'Other'),
};

/** The source written for a finding of the rule engine in a clue ledger. */
export const RULE_CHECK_SOURCE = bi('规则核查（数据比对）', 'Rule check (data comparison)');

/** Who a problem was referred to (`Problem.referredTo`). */
export const REFERRED_TO_LABELS: Readonly<Record<string, Bilingual>> = {
  'public-security': bi('公安机关', 'public security'),
  'market-regulation': bi('市场监管部门', 'market regulation'),
  'discipline-commission': bi('纪检监察部门', 'discipline commission'),
  other: bi('其他部门', 'another authority'),
};

/** The institutions a screening checks (`ScreeningItem.institutionsChecked`), WG.M2. */
export const INSTITUTION_LABELS: Readonly<Record<string, Bilingual>> = {
  'payment-guarantee': bi('工程款支付担保', 'payment guarantee'),
  'real-name': bi('实名制管理', 'real-name management'),
  'wage-account': bi('农民工工资专用账户', 'wage special account'),
  'wage-deposit': bi('工资保证金', 'wage deposit'),
  'labour-wage-officer': bi('劳资专管员', 'labour-wage officer'),
  'rights-board': bi('维权信息公示', 'rights information board'),
  'monthly-payment': bi('按月足额支付工资', 'monthly wage payment'),
};

/** The result of a screening (`ScreeningItem.result`). */
export const SCREENING_RESULT_LABELS: Readonly<Record<string, Bilingual>> = {
  'no-problem': bi('未发现问题', 'No problem found'),
  'problem-found': bi('发现问题', 'Problem found'),
};

/** Kinds of credit action (`CreditAction.kind`), PI.R1/R2/R5, WG.M6. */
export const CREDIT_KIND_LABELS: Readonly<Record<string, Bilingual>> = {
  'credit-deduction': bi('信用扣分', 'Credit deduction'),
  'administrative-penalty': bi('行政处罚', 'Administrative penalty'),
  'inspection-result': bi('抽查检查结果', 'Inspection result'),
  'joint-punishment': bi('联合惩戒', 'Joint punishment'),
  'serious-dishonesty-list': bi('严重失信主体名单', 'Serious dishonesty list'),
};

/** Who commissions an audit (`Audit.commissionedBy`, `AuditUnit.commissionedBy`). */
export const COMMISSIONED_BY_LABELS: Readonly<Record<string, Bilingual>> = {
  'county-authority': bi('县级物业主管部门', 'County authority'),
  'street-office': bi('街道办事处', 'Street office'),
  'owners-committee': bi('业主委员会', "Owners' committee"),
  owners: bi('业主', 'Owners'),
  'property-company': bi('物业服务企业', 'Property company'),
};

/** Why a community is in the sample (`SamplingPick.reasons`), PI.M2. */
export const SAMPLING_REASON_LABELS: Readonly<Record<string, Bilingual>> = {
  'transferred-petition': bi('省市级转办信访件', 'Transferred petition'),
  'zero-income': bi('公共收益为零', 'Zero public income'),
  random: bi('随机抽取', 'Drawn by lot'),
};

/** Where a self-inspection notice was posted (`SelfInspection.postedAt`), PI.S2. */
export const POSTED_AT_LABELS: Readonly<Record<string, Bilingual>> = {
  'notice-board': bi('小区公告栏', 'notice board'),
  stairwell: bi('楼道', 'stairwells'),
  lift: bi('电梯', 'lifts'),
  entrance: bi('出入口', 'entrances'),
  other: bi('其他醒目位置', 'other prominent places'),
};

/** How owners were told of the self-inspection (`SelfInspection.notifiedChannels`), PI.S2. */
export const NOTIFIED_CHANNEL_LABELS: Readonly<Record<string, Bilingual>> = {
  wechat: bi('微信', 'WeChat'),
  sms: bi('短信', 'SMS'),
  phone: bi('电话', 'phone'),
  app: bi('手机应用', 'app'),
  other: bi('其他', 'other'),
};

/** Joins labels in `lang`: `、` in Chinese, `, ` in English. */
export function joinList(items: readonly string[], lang: ReportLang): string {
  return items.join(lang === 'en' ? ', ' : '、');
}
