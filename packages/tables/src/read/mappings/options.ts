import {
  type Codelist,
  EXPENSE_CATEGORIES,
  INCOME_CATEGORIES,
  INSPECTION_KINDS,
  PROBLEM_KINDS,
  UNITS,
} from '@rectify/schemas';
import type { EnumOption } from '../../cells/scalar';

/** Enum options from a codelist: each code with its Chinese title and the shorter words people write. */
export function codelistOptions(
  list: Codelist,
  more: Readonly<Record<string, readonly string[]>> = {},
): EnumOption[] {
  return list.entries.map((entry) => ({ code: entry.code, labels: [entry.zh, ...(more[entry.code] ?? [])] }));
}

/** Income categories of public income (收入类别). */
export const INCOME_OPTIONS: readonly EnumOption[] = codelistOptions(INCOME_CATEGORIES, {
  parking: ['停车收益', '停车费', '停车'],
  advertising: ['广告', '广告费'],
  lease: ['租赁收益', '场地租赁', '房屋租赁', '租金'],
  venue: ['场地使用', '场地临时使用'],
  telecom: ['通信基站', '基站', '通信设施'],
  'charging-vending': ['充电桩', '快递柜', '售货机'],
  recycling: ['废品回收', '回收'],
  interest: ['利息'],
  compensation: ['赔偿', '补偿', '赔偿收入'],
  other: ['其他'],
});

/** Expense categories of public income (支出类别). */
export const EXPENSE_OPTIONS: readonly EnumOption[] = codelistOptions(EXPENSE_CATEGORIES, {
  'operating-cost': ['经营管理费用', '管理费用'],
  repair: ['维修改造', '维修', '维修、更新、改造'],
  'facility-maintenance': ['日常维护', '设施设备维护', '共用设施设备维护'],
  utilities: ['水电费', '能耗'],
  tax: ['税金', '税'],
  'audit-fee': ['审计费', '审计'],
  'owners-committee': ['业委会经费', '业委会工作经费'],
  'community-activity': ['公益活动', '小区活动', '社区活动'],
  other: ['其他'],
});

/** Income and expense categories together, for a column that holds both (`other` is shared). */
export const LINE_CATEGORY_OPTIONS: readonly EnumOption[] = [
  ...INCOME_OPTIONS.filter((o) => o.code !== 'other'),
  ...EXPENSE_OPTIONS.filter((o) => o.code !== 'other'),
  { code: 'other', labels: ['其他收益', '其他支出', '其他'] },
];

/** Inspection kinds (检查类型). */
export const INSPECTION_KIND_OPTIONS: readonly EnumOption[] = codelistOptions(INSPECTION_KINDS, {
  sampling: ['抽查', '实地抽查', '抽查核实'],
  'street-full': ['街道检查', '全面检查', '街道全面检查'],
  'committee-routine': ['常态化检查', '社区检查', '居委会检查', '村委会检查'],
  cross: ['交叉检查'],
  covert: ['暗访', '明查暗访'],
  'double-random': ['双随机', '双随机检查', '双随机一公开'],
  'site-check': ['现场核查', '项目核查', '在建项目核查'],
});

/** Problem kinds (问题类型). */
export const PROBLEM_KIND_OPTIONS: readonly EnumOption[] = codelistOptions(PROBLEM_KINDS, {
  'board-missing': ['未设置公示牌', '公示牌位置不当'],
  'disclosure-late': ['未按时公示', '公示不及时'],
  'disclosure-channel-missing': ['公示渠道不全'],
  'disclosure-short': ['公示时间不足', '公示不满30日'],
  'accounts-disordered': ['账目混乱', '金额不实'],
  'no-separate-account': ['未单独开户', '未专账管理'],
  'unauthorised-use': ['擅自使用'],
  'distribution-ratio': ['分配比例不符'],
  'surplus-not-deposited': ['结余未转存'],
  embezzlement: ['侵吞公共收益', '侵占公共收益'],
  'complaint-slow': ['投诉处理不及时'],
  'wage-arrears': ['欠薪', '拖欠工资'],
  'builder-arrears': ['拖欠工程款'],
  other: ['其他'],
});

/** Units of government and the industry (单位类型). */
export const UNIT_OPTIONS: readonly EnumOption[] = codelistOptions(UNITS, {
  'housing-authority': ['物业主管部门', '住建部门'],
  'street-office': ['街道办事处', '街道', '乡镇人民政府', '乡镇'],
  'residents-committee': ['居委会', '村委会', '社区居委会'],
  'property-company': ['物业企业', '物业公司'],
  'owners-committee': ['业委会'],
  'hrss-bureau': ['人社部门'],
});

/** The two campaigns (所属整治). */
export const CAMPAIGN_OPTIONS: readonly EnumOption[] = [
  { code: 'public-income', labels: ['公共收益', '住宅小区公共收益', '公共收益整治'] },
  { code: 'wages', labels: ['农民工工资', '欠薪', '工程款和农民工工资', '拖欠工程款和农民工工资'] },
];
