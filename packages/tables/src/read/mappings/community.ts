import type { RecordMapping } from '../mapping';
import { EXPENSE_OPTIONS } from './options';

/**
 * The registry of residential communities as street offices and counties keep it (住宅小区基本信息表):
 * one row per community, with the disclosure board (PI.C1.a) and the public-income account (PI.C2.a).
 */
export const COMMUNITY_MAPPING: RecordMapping<'community'> = {
  kind: 'community',
  title: { 'zh-CN': '住宅小区基本信息表', en: 'Residential communities' },
  columns: [
    { field: 'id', headers: ['小区编号', '项目编号', '小区代码', '项目代码'], type: 'code', required: true },
    {
      field: 'name',
      headers: ['小区名称', '项目名称', '小区（项目）名称', '住宅小区名称', '物业项目名称'],
      type: 'text',
      required: true,
    },
    {
      field: 'divisionCode',
      headers: ['所属街道代码', '所属街道（乡镇）代码', '街道代码', '所属区划代码', '行政区划代码'],
      type: 'code',
      required: true,
    },
    {
      field: 'committeeCode',
      headers: ['所属社区代码', '社区代码', '所属社区（村）代码', '居委会代码'],
      type: 'code',
    },
    {
      field: 'companyName',
      headers: ['物业服务企业', '物业服务企业名称', '物业企业', '物业公司', '物业服务单位'],
      type: 'text',
      required: true,
    },
    {
      field: 'companyUscc',
      headers: ['统一社会信用代码', '物业服务企业统一社会信用代码', '企业统一社会信用代码', '信用代码'],
      type: 'code',
      required: true,
    },
    {
      field: 'buildingArea',
      headers: ['建筑面积（㎡）', '建筑面积', '总建筑面积', '建筑面积（平方米）', '专有部分建筑面积'],
      type: 'decimal',
      required: true,
    },
    {
      field: 'households',
      headers: ['户数', '总户数', '业主户数', '房屋套数'],
      type: 'integer',
      suffixes: ['户', '套'],
      required: true,
    },
    {
      field: 'ownersCommittee/exists',
      headers: ['是否成立业委会', '是否成立业主委员会', '业委会是否成立'],
      type: 'boolean',
      required: true,
    },
    {
      field: 'ownersCommittee/establishedOn',
      headers: ['业委会成立日期', '业主委员会成立日期'],
      type: 'date',
    },
    {
      field: 'board/exists',
      headers: ['是否设置公示牌', '是否设立公示牌', '公示牌是否设置', '有无公示牌'],
      type: 'boolean',
      required: true,
    },
    { field: 'board/location', headers: ['公示牌位置', '公示牌设置位置'], type: 'text' },
    {
      field: 'board/atMainPedestrianEntrance',
      headers: ['是否位于主要人行出入口', '是否在主要人行出入口', '公示牌是否位于主要人行出入口'],
      type: 'boolean',
    },
    {
      field: 'account/mode',
      headers: ['账户管理方式', '公共收益账户管理方式', '公共收益管理方式'],
      type: 'enum',
      options: [
        { code: 'separate-account', labels: ['单独开户', '单独开立账户', '单独账户', '专户'] },
        { code: 'dedicated-ledger', labels: ['专账管理', '专账', '设立专账'] },
        { code: 'none', labels: ['无', '未设立', '未单独开户或专账管理'] },
      ],
    },
    { field: 'account/bankName', headers: ['开户银行', '开户行'], type: 'text' },
    {
      field: 'account/accountNumber',
      headers: ['银行账号', '公共收益账号', '账号'],
      type: 'code',
      personal: true,
    },
    { field: 'account/openedOn', headers: ['开户日期'], type: 'date' },
    { field: 'maintenanceFundAccount', headers: ['是否设立维修资金专户', '维修资金专户'], type: 'boolean' },
    {
      field: 'preAuthorisedExpenseCategories',
      headers: ['预授权支出类别', '合同或规约约定的支出类别'],
      type: 'list',
      options: EXPENSE_OPTIONS,
    },
    { field: 'servedSince', headers: ['物业服务起始日期', '服务起始日期', '进驻日期'], type: 'date' },
  ],
};
