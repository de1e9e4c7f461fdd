import type { RecordMapping } from '../mapping';
import { LINE_CATEGORY_OPTIONS } from './options';

/**
 * The quarterly disclosure (公共收益收支情况公示, PI.C1) flattened to one row per income or expense line:
 * the disclosure's own fields (community, quarter, balances, totals) repeat on each row, or are left
 * blank below the first row of a community-quarter (merged cells); `importTable` joins the lines of a
 * community-quarter into one `quarterlyDisclosure`, whose `id` is `小区编号-季度` unless a 公示编号 column
 * gives one. The totals are read as disclosed, not summed, so the rules can check the arithmetic
 * (PI.C1.f). Postings, system filings, distribution and maintenance-fund transfers are not in this sheet.
 */
export const DISCLOSURE_LINES_MAPPING: RecordMapping<'quarterlyDisclosure'> = {
  kind: 'quarterlyDisclosure',
  title: { 'zh-CN': '公共收益收支明细表', en: 'Public-income disclosure lines' },
  columns: [
    { field: 'id', headers: ['公示编号'], type: 'code' },
    { field: 'communityId', headers: ['小区编号', '小区代码', '项目编号'], type: 'code', required: true },
    { field: 'quarter', headers: ['季度', '公示季度', '所属季度'], type: 'quarter', required: true },
    {
      field: 'companyUscc',
      headers: ['物业服务企业统一社会信用代码', '统一社会信用代码', '企业统一社会信用代码'],
      type: 'code',
      required: true,
    },
    {
      field: 'openingBalance',
      headers: ['期初余额（元）', '上期结余（元）', '期初余额'],
      type: 'money',
      unit: 'yuan',
      required: true,
    },
    {
      field: 'incomeTotal',
      headers: ['本期收入合计（元）', '收入合计（元）', '收入合计'],
      type: 'money',
      unit: 'yuan',
      required: true,
    },
    {
      field: 'expenseTotal',
      headers: ['本期支出合计（元）', '支出合计（元）', '支出合计'],
      type: 'money',
      unit: 'yuan',
      required: true,
    },
    {
      field: 'closingBalance',
      headers: ['期末余额（元）', '本期结余（元）', '期末余额'],
      type: 'money',
      unit: 'yuan',
      required: true,
    },
    {
      field: 'line/direction',
      headers: ['收支类型', '收支方向', '收入/支出'],
      type: 'enum',
      required: true,
      options: [
        { code: 'income', labels: ['收入', '收益', '公共收益收入'] },
        { code: 'expense', labels: ['支出', '费用'] },
      ],
    },
    {
      field: 'line/category',
      headers: ['收支类别', '类别', '项目类别'],
      type: 'enum',
      options: LINE_CATEGORY_OPTIONS,
      required: true,
    },
    {
      field: 'line/description',
      headers: ['摘要', '收支项目', '明细项目', '项目说明'],
      type: 'text',
      required: true,
    },
    {
      field: 'line/amount',
      headers: ['金额（元）', '发生额（元）', '金额'],
      type: 'money',
      unit: 'yuan',
      required: true,
    },
    { field: 'line/sourceId', headers: ['收益来源编号'], type: 'code' },
    { field: 'line/contractId', headers: ['合同编号'], type: 'code' },
    { field: 'line/decisionId', headers: ['业主决定编号', '表决编号'], type: 'code' },
    { field: 'line/repairProjectId', headers: ['维修项目编号'], type: 'code' },
    { field: 'surplusRetainedByDecisionId', headers: ['结余留存决定编号'], type: 'code' },
  ],
  lines: {
    field: 'line',
    by: 'line/direction',
    targets: { income: 'incomeLines', expense: 'expenseLines' },
    key: ['communityId', 'quarter'],
  },
};
