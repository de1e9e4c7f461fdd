import type { RecordMapping } from '../mapping';
import { CAMPAIGN_OPTIONS, PROBLEM_KIND_OPTIONS, UNIT_OPTIONS } from './options';

/**
 * The problem (clue) ledger (问题（线索）台账) of either campaign, reported monthly (PI.C5.b, WG.M1): what
 * was found, by whom, and each step to its end. The responsible person is personal data. Pass
 * `{ campaign: 'public-income' }` or `{ campaign: 'wages' }` as `constants` when the sheet has no 所属整治
 * column.
 */
export const PROBLEM_MAPPING: RecordMapping<'problem'> = {
  kind: 'problem',
  title: { 'zh-CN': '问题（线索）台账', en: 'Problem (clue) ledger' },
  columns: [
    { field: 'id', headers: ['问题编号', '线索编号', '序号', '编号'], type: 'code', required: true },
    {
      field: 'campaign',
      headers: ['所属整治', '整治事项', '所属整治事项'],
      type: 'enum',
      options: CAMPAIGN_OPTIONS,
    },
    {
      field: 'kind',
      headers: ['问题类型', '问题类别', '线索类型'],
      type: 'enum',
      options: PROBLEM_KIND_OPTIONS,
      required: true,
    },
    { field: 'communityId', headers: ['小区编号', '小区代码'], type: 'code' },
    { field: 'projectId', headers: ['项目编号', '工程项目编号'], type: 'code' },
    {
      field: 'enterpriseUscc',
      headers: ['涉及企业统一社会信用代码', '企业统一社会信用代码', '统一社会信用代码'],
      type: 'code',
    },
    {
      field: 'divisionCode',
      headers: ['所属区划代码', '所属街道代码', '区划代码'],
      type: 'code',
      required: true,
    },
    {
      field: 'source',
      headers: ['问题来源', '线索来源', '来源'],
      type: 'enum',
      required: true,
      options: [
        { code: 'inspection', labels: ['检查', '监督检查', '日常检查'] },
        { code: 'audit', labels: ['审计', '第三方审计'] },
        { code: 'complaint', labels: ['投诉举报', '投诉', '举报', '信访'] },
        { code: 'screening', labels: ['排查', '摸排'] },
        { code: 'data-comparison', labels: ['数据比对', '比对'] },
        { code: 'self-inspection', labels: ['自查', '自查自纠'] },
        { code: 'covert-visit', labels: ['明察暗访', '暗访'] },
        { code: 'other', labels: ['其他'] },
      ],
    },
    { field: 'sourceId', headers: ['来源编号', '来源记录编号'], type: 'code' },
    { field: 'foundOn', headers: ['发现日期', '发现时间', '登记日期'], type: 'date', required: true },
    {
      field: 'description',
      headers: ['问题描述', '问题（线索）描述', '问题情况', '线索内容'],
      type: 'text',
      required: true,
    },
    {
      field: 'amountInvolved',
      headers: ['涉及金额（元）', '涉及金额', '涉案金额（元）'],
      type: 'money',
      unit: 'yuan',
    },
    { field: 'responsiblePerson/name', headers: ['责任人'], type: 'text', personal: true },
    { field: 'responsibleUnit/name', headers: ['责任单位', '责任单位名称'], type: 'text' },
    { field: 'responsibleUnit/unit', headers: ['责任单位类型'], type: 'enum', options: UNIT_OPTIONS },
    { field: 'responsibleUnit/divisionCode', headers: ['责任单位区划代码'], type: 'code' },
    { field: 'deadline', headers: ['整改时限', '整改期限'], type: 'date' },
    {
      field: 'escalation',
      headers: ['办理层级', '处置层级'],
      type: 'enum',
      options: [
        { code: 'street', labels: ['街道', '街道层面', '属地'] },
        { code: 'county', labels: ['县级', '县（市、区）', '区县', '县'] },
        { code: 'city', labels: ['市级', '市'] },
      ],
    },
    { field: 'rectifiedOn', headers: ['整改完成日期', '整改日期'], type: 'date' },
    { field: 'handledOn', headers: ['处理日期', '查处日期'], type: 'date' },
    { field: 'accountabilityOn', headers: ['问责日期'], type: 'date' },
    { field: 'interviewedOn', headers: ['约谈日期'], type: 'date' },
    { field: 'punishedOn', headers: ['处罚日期'], type: 'date' },
    { field: 'exposedOn', headers: ['曝光日期', '通报曝光日期'], type: 'date' },
    { field: 'referredOn', headers: ['移送日期'], type: 'date' },
    {
      field: 'referredTo',
      headers: ['移送单位', '移送部门'],
      type: 'enum',
      options: [
        { code: 'public-security', labels: ['公安', '公安机关'] },
        { code: 'market-regulation', labels: ['市场监管', '市场监管部门'] },
        { code: 'discipline-commission', labels: ['纪委监委', '纪检监察', '纪检监察机关'] },
        { code: 'other', labels: ['其他'] },
      ],
    },
    { field: 'closedOn', headers: ['销号日期', '办结日期'], type: 'date' },
    { field: 'typicalCase', headers: ['是否典型案例'], type: 'boolean' },
  ],
};
