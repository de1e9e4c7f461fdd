import type { RecordMapping } from '../mapping';

/**
 * A payroll sheet (工资支付表, WG.F3): one line per worker and month, amounts in 元. The name and ID
 * number columns such sheets carry are not read: a line refers to its worker by 人员编号.
 */
export const PAYROLL_LINE_MAPPING: RecordMapping<'payrollLine'> = {
  kind: 'payrollLine',
  title: { 'zh-CN': '农民工工资支付表', en: 'Payroll lines' },
  columns: [
    { field: 'id', headers: ['明细编号', '序号', '编号'], type: 'code', required: true },
    { field: 'projectId', headers: ['项目编号', '工程项目编号'], type: 'code', required: true },
    { field: 'workerId', headers: ['人员编号', '工号', '实名制编号'], type: 'code', required: true },
    {
      field: 'employerUscc',
      headers: ['用工单位统一社会信用代码', '用工单位信用代码', '统一社会信用代码'],
      type: 'code',
      required: true,
    },
    {
      field: 'month',
      headers: ['工资所属月份', '工资月份', '所属月份', '发放月份'],
      type: 'month',
      required: true,
    },
    {
      field: 'amountDue',
      headers: ['应发金额（元）', '应发工资（元）', '应发金额', '应发工资'],
      type: 'money',
      unit: 'yuan',
      required: true,
    },
    {
      field: 'amountPaid',
      headers: ['实发金额（元）', '实发工资（元）', '实发金额', '实发工资'],
      type: 'money',
      unit: 'yuan',
      required: true,
    },
    { field: 'paidOn', headers: ['发放日期', '支付日期', '实际发放日期'], type: 'date' },
    {
      field: 'throughSpecialAccount',
      headers: ['是否通过专户', '是否通过专用账户发放', '是否通过农民工工资专用账户代发', '专户代发'],
      type: 'boolean',
      required: true,
    },
    {
      field: 'signed',
      headers: ['是否签字', '本人是否签字', '是否本人签字确认'],
      type: 'boolean',
      required: true,
    },
  ],
};
