// Sample report documents for the renderer tests: every section kind and every column type, with
// realistic (synthetic) Quanzhou data. Personal data is already masked, as builders hand it over.
import type { ReportDocument, Row, TableSection } from '../../document';

const ledger: TableSection = {
  kind: 'table',
  id: 'income-ledger',
  title: { 'zh-CN': '公共收益收支台账', en: 'Public income ledger' },
  columns: [
    { key: 'community', header: { 'zh-CN': '小区名称', en: 'Community' }, type: 'text' },
    { key: 'uscc', header: { 'zh-CN': '物业服务企业统一社会信用代码', en: 'Property company USCC' }, type: 'code', width: 20 },
    { key: 'households', header: { 'zh-CN': '户数', en: 'Households' }, type: 'integer' },
    { key: 'income', header: { 'zh-CN': '收入（元）', en: 'Income (yuan)' }, type: 'money' },
    { key: 'balance', header: { 'zh-CN': '金额（万元）', en: 'Balance (10,000 yuan)' }, type: 'money-wan' },
    { key: 'disclosedRatio', header: { 'zh-CN': '公示率', en: 'Disclosed' }, type: 'ratio' },
    { key: 'disclosedOn', header: { 'zh-CN': '公示日期', en: 'Disclosed on' }, type: 'date' },
    { key: 'outcome', header: { 'zh-CN': '核查结果', en: 'Outcome' }, type: 'status' },
  ],
  rows: [
    {
      community: '鲤城区 金山花园',
      uscc: '91350502MA2XXXXX1K',
      households: 1280,
      income: 12_345_678,
      balance: 98_765_432,
      disclosedRatio: 1,
      disclosedOn: '2023-07-15',
      outcome: 'pass',
    },
    {
      community: '丰泽区 东海湾\n（二期）',
      uscc: '91350503MA3YYYYY2L',
      households: 860,
      income: -5,
      balance: 4_999,
      disclosedRatio: 0.12345,
      disclosedOn: null,
      outcome: 'fail',
    },
    {
      community: '洛江区 万安小区',
      uscc: '91350504MA4ZZZZZ3M',
      households: 0,
      income: 0,
      balance: -1_235_000,
      disclosedRatio: 0,
      disclosedOn: '2023-08-01',
      outcome: 'pending',
    },
    {
      community: '泉港区 山腰新村',
      uscc: null,
      households: 412,
      income: 100_000_000_00,
      balance: 5_000,
      disclosedRatio: null,
      disclosedOn: '2023-06-30',
      outcome: 'unknown',
    },
  ],
  totals: { households: 2552, income: 10_012_345_673, balance: 97_540_431 },
  note: {
    'zh-CN': '金额以分为单位核算；万元列四舍五入至两位小数。',
    en: 'Amounts are kept in fen; the 万元 column is rounded to two decimals.',
  },
};

const tasks: TableSection = {
  kind: 'table',
  id: 'task-status',
  title: { 'zh-CN': '整治任务进度', en: 'Campaign task progress' },
  columns: [
    { key: 'task', header: { 'zh-CN': '任务编号', en: 'Task id' }, type: 'code' },
    { key: 'title', header: { 'zh-CN': '任务内容', en: 'Task' }, type: 'text' },
    { key: 'dueOn', header: { 'zh-CN': '完成时限', en: 'Due on' }, type: 'date' },
    {
      key: 'status',
      header: { 'zh-CN': '状态', en: 'Status' },
      type: 'status',
      statuses: { rectified: { icon: '✔', label: { 'zh-CN': '已整改', en: 'Rectified' } } },
    },
    { key: 'contact', header: { 'zh-CN': '投诉人', en: 'Complainant' }, type: 'text' },
    { key: 'verified', header: { 'zh-CN': '已核实', en: 'Verified' }, type: 'text' },
  ],
  rows: [
    { task: 'PI.1', title: '开展公共收益专项检查', dueOn: '2023-07-31', status: 'done', contact: '张*', verified: true },
    { task: 'PI.2', title: '公示季度收支情况', dueOn: '2023-07-31', status: 'overdue', contact: '李**（138****5678）', verified: false },
    { task: 'PI.3', title: '追缴挪用收益', dueOn: '2023-09-30', status: 'rectified', contact: null, verified: null },
    { task: 'PI.4', title: '建立长效机制', dueOn: '2023-12-31', status: 'needs-review', contact: null, verified: null },
  ],
};

/** A monthly package covering every section kind, every column type, totals, a note and a signature. */
export const sampleDocument: ReportDocument = {
  id: 'pi-monthly-package',
  title: { 'zh-CN': '物业小区公共收益点题整治工作月报', en: 'Monthly report on the public income campaign' },
  subtitle: { 'zh-CN': '（2023年7月）', en: '(July 2023)' },
  meta: {
    campaign: 'public-income',
    clauseIds: ['PI-2.1', 'PI-3.4'],
    period: '2023-07',
    divisionCode: '350502',
    divisionName: '鲤城区',
    documentNumber: '泉鲤建〔2023〕12号',
    asOf: '2023-07-31',
    dueOn: '2023-08-23',
    packs: [{ id: 'public-income', version: '1.0.0', hash: 'sha256:3f1d2c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff00' }],
  },
  sections: [
    {
      kind: 'key-values',
      id: 'summary',
      title: { 'zh-CN': '基本情况', en: 'Summary' },
      items: [
        { label: { 'zh-CN': '检查小区数', en: 'Communities checked' }, value: 4, type: 'integer' },
        { label: { 'zh-CN': '公共收益总额', en: 'Total public income' }, value: 10_012_345_673, type: 'money' },
        { label: { 'zh-CN': '整改完成率', en: 'Rectified' }, value: 0.875, type: 'ratio' },
        { label: { 'zh-CN': '截止日期', en: 'Deadline' }, value: '2023-08-23', type: 'date' },
        { label: { 'zh-CN': '总体评价', en: 'Overall' }, value: 'fail', type: 'status' },
        { label: { 'zh-CN': '填报单位', en: 'Reported by' }, value: '鲤城区住房和城乡建设局' },
        { label: { 'zh-CN': '备注', en: 'Remarks' }, value: null },
      ],
    },
    {
      kind: 'paragraphs',
      id: 'briefing',
      title: { 'zh-CN': '工作进展', en: 'Progress' },
      paragraphs: [
        {
          'zh-CN': '7月，全区对4个物业小区开展公共收益专项检查，发现问题1项，已督促整改。',
          en: 'In July the district checked the public income of 4 communities, found 1 problem and ordered it put right.',
        },
        {
          'zh-CN': '下一步：\n1. 8月底前完成复查；\n2. 公布典型案例。',
          en: 'Next:\n1. re-check by the end of August;\n2. publish typical cases.',
        },
      ],
    },
    ledger,
    tasks,
  ],
  signature: {
    unit: '泉州市鲤城区住房和城乡建设局',
    seal: '泉州市鲤城区住房和城乡建设局',
    date: '2023-07-31',
    contacts: ['监督电话：0595-22000000', '12345 政务服务便民热线'],
  },
};

/** A short notice: one page when printed. */
export const noticeDocument: ReportDocument = {
  id: 'pi-disclosure-notice',
  title: { 'zh-CN': '关于公示2023年第二季度公共收益收支情况的通知', en: 'Notice of the public income accounts for Q2 2023' },
  meta: {
    campaign: 'public-income',
    clauseIds: ['PI-2.1'],
    period: '2023Q2',
    divisionCode: '350502',
    divisionName: '鲤城区',
    asOf: '2023-07-10',
  },
  sections: [
    {
      kind: 'paragraphs',
      id: 'body',
      title: { 'zh-CN': '公示内容', en: 'Notice' },
      paragraphs: [
        {
          'zh-CN': '根据有关规定，现将本小区2023年第二季度公共收益收支情况予以公示，公示期不少于30日。',
          en: 'The public income accounts of the community for Q2 2023 are published for at least 30 days.',
        },
      ],
    },
    {
      kind: 'table',
      id: 'accounts',
      title: { 'zh-CN': '收支明细', en: 'Accounts' },
      columns: [
        { key: 'item', header: { 'zh-CN': '项目', en: 'Item' }, type: 'text' },
        { key: 'amount', header: { 'zh-CN': '金额（元）', en: 'Amount (yuan)' }, type: 'money' },
      ],
      rows: [
        { item: '电梯广告收入', amount: 1_200_000 },
        { item: '停车场地租金', amount: 3_456_789 },
        { item: '公共设施维修支出', amount: -987_654 },
      ],
      totals: { amount: 3_669_135 },
    },
  ],
  signature: { unit: '金山花园业主委员会', seal: '金山花园业主委员会', date: '2023-07-10' },
};

const COMMUNITIES = ['金山花园', '东海湾', '万安小区', '山腰新村', '清源山庄', '刺桐苑', '开元公寓', '晋江花园'];
const STREETS = ['海滨街道', '临江街道', '鲤中街道', '开元街道', '浮桥街道', '江南街道', '金龙街道', '常泰街道'];
const OUTCOMES = ['pass', 'fail', 'pending', 'unknown', 'not_applicable'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A ledger of `count` rows and 11 columns (more than the landscape threshold), for the page-count test. */
export function longDocument(count: number): ReportDocument {
  const rows: Row[] = [];
  let income = 0;
  let expense = 0;
  for (let i = 1; i <= count; i += 1) {
    const inc = ((i * 7919) % 5_000_000) * 100 + (i % 100);
    const exp = ((i * 104_729) % 3_000_000) * 100;
    income += inc;
    expense += exp;
    rows.push({
      no: i,
      community: `${COMMUNITIES[i % COMMUNITIES.length]}${(i % 5) + 1}期`,
      street: STREETS[i % STREETS.length] ?? '',
      uscc: `91350502MA${pad(i, 7)}K`,
      quarter: `2023Q${(i % 4) + 1}`,
      income: inc,
      expense: exp,
      balance: inc - exp,
      ratio: (i % 101) / 100,
      disclosedOn: `2023-${pad((i % 12) + 1, 2)}-${pad((i % 28) + 1, 2)}`,
      outcome: OUTCOMES[i % OUTCOMES.length] ?? 'unknown',
    });
  }
  return {
    id: 'pi-ledger',
    title: { 'zh-CN': '泉州市物业小区公共收益收支台账', en: 'Public income ledger of Quanzhou communities' },
    meta: { campaign: 'public-income', clauseIds: ['PI-2.1'], period: '2023', divisionCode: '350500', divisionName: '泉州市', asOf: '2023-12-31' },
    sections: [
      {
        kind: 'table',
        id: 'ledger',
        title: { 'zh-CN': '收支台账', en: 'Ledger' },
        columns: [
          { key: 'no', header: { 'zh-CN': '序号', en: 'No.' }, type: 'integer' },
          { key: 'community', header: { 'zh-CN': '小区名称', en: 'Community' }, type: 'text' },
          { key: 'street', header: { 'zh-CN': '街道', en: 'Street' }, type: 'text' },
          { key: 'uscc', header: { 'zh-CN': '统一社会信用代码', en: 'USCC' }, type: 'code' },
          { key: 'quarter', header: { 'zh-CN': '季度', en: 'Quarter' }, type: 'code' },
          { key: 'income', header: { 'zh-CN': '收入（元）', en: 'Income (yuan)' }, type: 'money' },
          { key: 'expense', header: { 'zh-CN': '支出（元）', en: 'Expense (yuan)' }, type: 'money' },
          { key: 'balance', header: { 'zh-CN': '金额（万元）', en: 'Balance (10,000 yuan)' }, type: 'money-wan' },
          { key: 'ratio', header: { 'zh-CN': '公示率', en: 'Disclosed' }, type: 'ratio' },
          { key: 'disclosedOn', header: { 'zh-CN': '公示日期', en: 'Disclosed on' }, type: 'date' },
          { key: 'outcome', header: { 'zh-CN': '核查结果', en: 'Outcome' }, type: 'status' },
        ],
        rows,
        totals: { income, expense, balance: income - expense },
      },
    ],
    signature: { unit: '泉州市住房和城乡建设局', seal: '泉州市住房和城乡建设局', date: '2023-12-31' },
  };
}
