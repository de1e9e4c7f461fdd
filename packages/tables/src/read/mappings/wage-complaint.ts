import type { RecordMapping } from '../mapping';

/** A ledger of wage-arrears complaints (欠薪投诉台账, WG.T5). The complainant is personal data. */
export const WAGE_COMPLAINT_MAPPING: RecordMapping<'wageComplaint'> = {
  kind: 'wageComplaint',
  title: { 'zh-CN': '欠薪投诉举报台账', en: 'Wage-arrears complaints' },
  columns: [
    { field: 'id', headers: ['投诉编号', '工单编号', '登记编号'], type: 'code', required: true },
    { field: 'receivedOn', headers: ['收到日期', '投诉日期', '登记日期'], type: 'date', required: true },
    {
      field: 'channel',
      headers: ['投诉渠道', '来源渠道', '渠道'],
      type: 'enum',
      required: true,
      options: [
        { code: 'hotline', labels: ['热线', '12345热线', '12345', '电话', '举报电话'] },
        { code: 'online', labels: ['网络', '网上', '网上投诉'] },
        { code: 'visit', labels: ['来访', '现场'] },
        { code: 'letter', labels: ['来信', '信件'] },
        { code: 'transfer', labels: ['转办', '交办', '上级转办'] },
        { code: 'platform-warning', labels: ['平台预警', '预警', '监管平台预警'] },
      ],
    },
    { field: 'projectId', headers: ['项目编号', '工程项目编号'], type: 'code' },
    {
      field: 'enterpriseUscc',
      headers: ['被投诉企业统一社会信用代码', '涉及企业统一社会信用代码', '统一社会信用代码'],
      type: 'code',
    },
    {
      field: 'divisionCode',
      headers: ['所属区划代码', '所属街道代码', '区划代码'],
      type: 'code',
      required: true,
    },
    { field: 'complainant/name', headers: ['投诉人', '投诉人姓名'], type: 'text', personal: true },
    { field: 'complainant/phone', headers: ['联系电话', '投诉人电话'], type: 'code', personal: true },
    {
      field: 'workersInvolved',
      headers: ['涉及人数', '涉及农民工人数'],
      type: 'integer',
      suffixes: ['人'],
      required: true,
    },
    {
      field: 'amountClaimed',
      headers: ['涉及金额（元）', '投诉金额（元）', '涉及金额'],
      type: 'money',
      unit: 'yuan',
    },
    { field: 'acceptedOn', headers: ['受理日期'], type: 'date' },
    { field: 'closedOn', headers: ['办结日期', '结案日期'], type: 'date' },
    {
      field: 'outcome',
      headers: ['办理结果', '处理结果'],
      type: 'enum',
      options: [
        { code: 'paid', labels: ['已支付', '已兑付', '已解决', '已发放'] },
        { code: 'not-substantiated', labels: ['不属实', '查无实据'] },
        { code: 'transferred', labels: ['已移交', '移交'] },
        { code: 'court', labels: ['诉讼', '法院', '仲裁', '司法途径'] },
        { code: 'other', labels: ['其他'] },
      ],
    },
    {
      field: 'amountRecovered',
      headers: ['追回金额（元）', '兑付金额（元）', '追回金额'],
      type: 'money',
      unit: 'yuan',
    },
  ],
};
