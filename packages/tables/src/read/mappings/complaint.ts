import type { RecordMapping } from '../mapping';

/** A ledger of public-income complaints and reports (投诉举报台账, PI.C3.c, PI.S3). The complainant is personal data. */
export const COMPLAINT_MAPPING: RecordMapping<'complaint'> = {
  kind: 'complaint',
  title: { 'zh-CN': '公共收益投诉举报台账', en: 'Public-income complaints' },
  columns: [
    { field: 'id', headers: ['投诉编号', '工单编号', '登记编号'], type: 'code', required: true },
    {
      field: 'receivedOn',
      headers: ['收到日期', '投诉日期', '登记日期', '来件日期'],
      type: 'date',
      required: true,
    },
    {
      field: 'channel',
      headers: ['投诉渠道', '来源渠道', '渠道'],
      type: 'enum',
      required: true,
      options: [
        { code: 'hotline', labels: ['热线', '12345热线', '12345', '电话'] },
        { code: 'letter', labels: ['来信', '信件'] },
        { code: 'visit', labels: ['来访', '上访'] },
        { code: 'online', labels: ['网络', '网上', '网络投诉', '网上投诉'] },
        { code: 'mailbox', labels: ['信箱', '意见箱', '举报信箱'] },
        { code: 'transfer', labels: ['转办', '上级转办', '交办'] },
      ],
    },
    {
      field: 'transferredBy',
      headers: ['转办层级', '转办单位层级'],
      type: 'enum',
      options: [
        { code: 'province', labels: ['省', '省级', '省转办'] },
        { code: 'city', labels: ['市', '市级', '市转办'] },
      ],
    },
    { field: 'communityId', headers: ['小区编号', '小区代码'], type: 'code' },
    {
      field: 'companyUscc',
      headers: ['物业服务企业统一社会信用代码', '被投诉企业统一社会信用代码', '统一社会信用代码'],
      type: 'code',
    },
    {
      field: 'divisionCode',
      headers: ['所属区划代码', '所属街道代码', '区划代码'],
      type: 'code',
      required: true,
    },
    {
      field: 'subject',
      headers: ['投诉事项类别', '投诉类别', '问题类别'],
      type: 'enum',
      required: true,
      options: [
        { code: 'misappropriation', labels: ['挪用侵占', '侵占挪用', '挪用', '侵占', '私自侵吞'] },
        { code: 'disclosure', labels: ['公示问题', '未公示', '公示'] },
        { code: 'distribution', labels: ['分配问题', '收益分配', '分配'] },
        { code: 'other', labels: ['其他'] },
      ],
    },
    { field: 'complainant/name', headers: ['投诉人', '投诉人姓名', '举报人'], type: 'text', personal: true },
    {
      field: 'complainant/phone',
      headers: ['联系电话', '投诉人电话', '联系方式'],
      type: 'code',
      personal: true,
    },
    {
      field: 'summary',
      headers: ['投诉内容', '反映内容', '内容摘要', '诉求内容'],
      type: 'text',
      required: true,
    },
    { field: 'acceptedOn', headers: ['受理日期'], type: 'date' },
    { field: 'investigatedOn', headers: ['调查日期', '核查日期'], type: 'date' },
    { field: 'answeredOn', headers: ['答复日期', '反馈日期', '回复日期'], type: 'date' },
    { field: 'closedOn', headers: ['办结日期', '结案日期'], type: 'date' },
    { field: 'substantiated', headers: ['是否属实', '核查是否属实'], type: 'boolean' },
    { field: 'problemIds', headers: ['问题编号'], type: 'list' },
  ],
};
