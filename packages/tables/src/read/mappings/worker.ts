import type { RecordMapping } from '../mapping';

/** A project's real-name roster (实名制花名册, WG.T2). Name, ID number and phone are personal data. */
export const WORKER_MAPPING: RecordMapping<'worker'> = {
  kind: 'worker',
  title: { 'zh-CN': '实名制人员花名册', en: 'Real-name roster' },
  columns: [
    { field: 'id', headers: ['人员编号', '工号', '实名制编号'], type: 'code', required: true },
    { field: 'projectId', headers: ['项目编号', '工程项目编号'], type: 'code', required: true },
    {
      field: 'person/name',
      headers: ['姓名', '人员姓名', '工人姓名'],
      type: 'text',
      personal: true,
      required: true,
    },
    {
      field: 'person/idNumber',
      headers: ['身份证号', '身份证号码', '公民身份号码', '证件号码'],
      type: 'code',
      personal: true,
    },
    { field: 'person/phone', headers: ['联系电话', '手机号码', '手机号'], type: 'code', personal: true },
    {
      field: 'employerUscc',
      headers: [
        '用工单位统一社会信用代码',
        '用工单位信用代码',
        '所属企业统一社会信用代码',
        '统一社会信用代码',
      ],
      type: 'code',
      required: true,
    },
    { field: 'team', headers: ['班组', '所属班组', '班组名称'], type: 'text' },
    { field: 'trade', headers: ['工种'], type: 'text' },
    { field: 'joinedOn', headers: ['进场日期', '入场日期'], type: 'date', required: true },
    { field: 'leftOn', headers: ['退场日期', '离场日期'], type: 'date' },
    { field: 'contractSigned', headers: ['是否签订劳动合同', '是否签订合同', '劳动合同'], type: 'boolean' },
  ],
};
