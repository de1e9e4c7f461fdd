import type { RecordKind } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { csvText, validResidentId, validUscc, xlsxBytes } from '../../__fixtures__/tables';
import { importTable } from '../import';
import type { RecordMapping } from '../mapping';
import { MAPPINGS } from './index';

const [U1, U2, U3] = [validUscc(11), validUscc(12), validUscc(13)];
const ID = validResidentId(42);

interface Case {
  kind: keyof typeof MAPPINGS;
  header: string[];
  rows: unknown[][];
  expected: Record<string, unknown>[];
}

// One table per declared mapping, with the headers street offices and counties write, as CSV and XLSX.
const CASES: Case[] = [
  {
    kind: 'community',
    header: [
      '小区编号',
      '项目名称',
      '所属街道代码',
      '物业服务企业',
      '统一社会信用代码',
      '建筑面积（㎡）',
      '户数',
      '是否成立业委会',
      '业委会成立日期',
      '是否设置公示牌',
      '公示牌位置',
      '是否位于主要人行出入口',
      '账户管理方式',
      '开户银行',
      '预授权支出类别',
    ],
    rows: [
      [
        'C001',
        '丰泽花园',
        '350503001',
        '泉州某物业服务有限公司',
        U1,
        '52,000.5㎡',
        '480户',
        '是',
        '2019-05-01',
        '是',
        '东门',
        '否',
        '专账管理',
        '某银行丰泽支行',
        '维修、审计费',
      ],
    ],
    expected: [
      {
        id: 'C001',
        name: '丰泽花园',
        divisionCode: '350503001',
        companyName: '泉州某物业服务有限公司',
        companyUscc: U1,
        buildingArea: 52000.5,
        households: 480,
        ownersCommittee: { exists: true, establishedOn: '2019-05-01' },
        board: { exists: true, location: '东门', atMainPedestrianEntrance: false },
        account: { mode: 'dedicated-ledger', bankName: '某银行丰泽支行' },
        preAuthorisedExpenseCategories: ['repair', 'audit-fee'],
        knownIncomeSources: [],
      },
    ],
  },
  {
    kind: 'inspection',
    header: [
      '检查编号',
      '检查日期',
      '检查类型',
      '小区编号',
      '所属区划代码',
      '检查单位',
      '检查单位类型',
      '检查单位区划代码',
      '检查人员',
      '是否实地核实',
      '是否设置公示牌',
      '检查情况',
      '问题编号',
    ],
    rows: [
      [
        'J001',
        '2023年8月15日',
        '抽查',
        'C001',
        '350503001',
        '丰泽区住建局',
        '物业主管部门',
        '350503',
        '张三、李四',
        '是',
        '是',
        '公示牌位于东门',
        'P1、P2',
      ],
    ],
    expected: [
      {
        id: 'J001',
        inspectedOn: '2023-08-15',
        kind: 'sampling',
        communityId: 'C001',
        divisionCode: '350503001',
        inspectingUnit: { name: '丰泽区住建局', unit: 'housing-authority', divisionCode: '350503' },
        inspectors: [{ name: '张三' }, { name: '李四' }],
        onSiteVerified: true,
        observations: { boardPresent: true, notes: '公示牌位于东门' },
        problemIds: ['P1', 'P2'],
        evidence: [],
      },
    ],
  },
  {
    kind: 'complaint',
    header: [
      '投诉编号',
      '收到日期',
      '投诉渠道',
      '小区编号',
      '所属区划代码',
      '投诉事项类别',
      '投诉人',
      '联系电话',
      '投诉内容',
      '受理日期',
      '办结日期',
      '是否属实',
    ],
    rows: [
      [
        'T001',
        '2023-08-01',
        '12345热线',
        'C001',
        '350503001',
        '未公示',
        '王五',
        '13812345678',
        '反映小区公共收益未公示',
        '2023-08-02',
        '2023-08-20',
        '是',
      ],
    ],
    expected: [
      {
        id: 'T001',
        receivedOn: '2023-08-01',
        channel: 'hotline',
        subject: 'disclosure',
        complainant: { name: '王五', phone: '13812345678' },
        summary: '反映小区公共收益未公示',
        acceptedOn: '2023-08-02',
        closedOn: '2023-08-20',
        substantiated: true,
        problemIds: [],
      },
    ],
  },
  {
    kind: 'problem',
    header: [
      '序号',
      '所属整治',
      '问题类型',
      '小区编号',
      '项目编号',
      '所属区划代码',
      '问题来源',
      '发现日期',
      '问题描述',
      '涉及金额（万元）',
      '责任人',
      '整改时限',
      '整改完成日期',
      '是否典型案例',
    ],
    rows: [
      [
        '1',
        '公共收益',
        '未按时公示',
        'C001',
        '',
        '350503001',
        '检查',
        '2023-08-15',
        '二季度未公示',
        '1.5',
        '赵六',
        '2023-09-15',
        '2023-09-01',
        '否',
      ],
      [
        '2',
        '农民工工资',
        '拖欠农民工工资',
        '',
        'XM001',
        '350503001',
        '投诉举报',
        '2023-08-20',
        '拖欠两个月工资',
        '',
        '',
        '',
        '',
        '',
      ],
    ],
    expected: [
      {
        id: '1',
        campaign: 'public-income',
        kind: 'disclosure-late',
        communityId: 'C001',
        source: 'inspection',
        foundOn: '2023-08-15',
        amountInvolved: 1_500_000,
        responsiblePerson: { name: '赵六' },
        deadline: '2023-09-15',
        rectifiedOn: '2023-09-01',
        typicalCase: false,
      },
      {
        id: '2',
        campaign: 'wages',
        kind: 'wage-arrears',
        projectId: 'XM001',
        source: 'complaint',
        evidence: [],
      },
    ],
  },
  {
    kind: 'constructionProject',
    header: [
      '项目编号',
      '项目名称',
      '项目类型',
      '投资类型',
      '项目规模',
      '项目状态',
      '所在区划代码',
      '建设单位',
      '建设单位统一社会信用代码',
      '施工总承包单位',
      '施工总承包单位统一社会信用代码',
      '合同金额（万元）',
      '开工日期',
      '项目经理',
      '是否接入一体化平台',
    ],
    rows: [
      [
        'XM001',
        '某安置房项目',
        '房建',
        '政府投资',
        '大型',
        '在建',
        '350503',
        '泉州某建设公司',
        U2,
        '某建工集团',
        U3,
        '12,345.6789',
        '2023-03-01',
        '钱七',
        '是',
      ],
    ],
    expected: [
      {
        id: 'XM001',
        kind: 'housing',
        funding: 'government',
        sizeClass: 'large',
        status: 'under-construction',
        builder: { name: '泉州某建设公司', uscc: U2 },
        generalContractor: { name: '某建工集团', uscc: U3 },
        contractValue: 12_345_678_900,
        startedOn: '2023-03-01',
        projectManager: { name: '钱七' },
        onIntegratedPlatform: true,
      },
    ],
  },
  {
    kind: 'worker',
    header: [
      '人员编号',
      '项目编号',
      '姓名',
      '身份证号',
      '联系电话',
      '用工单位统一社会信用代码',
      '班组',
      '工种',
      '进场日期',
      '是否签订劳动合同',
    ],
    rows: [
      ['W001', 'XM001', '孙八', ID.toLowerCase(), '13912345678', U3, '木工班', '木工', '2023-03-05', '是'],
    ],
    expected: [
      {
        id: 'W001',
        projectId: 'XM001',
        person: { name: '孙八', idNumber: ID, phone: '13912345678' },
        employerUscc: U3,
        team: '木工班',
        trade: '木工',
        joinedOn: '2023-03-05',
        contractSigned: true,
      },
    ],
  },
  {
    kind: 'payrollLine',
    header: [
      '序号',
      '项目编号',
      '人员编号',
      '姓名',
      '身份证号',
      '用工单位统一社会信用代码',
      '工资所属月份',
      '应发金额（元）',
      '实发金额（元）',
      '发放日期',
      '是否通过专户',
      '是否签字',
    ],
    rows: [
      ['1', 'XM001', 'W001', '孙八', ID, U3, '2023年7月', '6,500.00', '6,500.00', '2023-08-10', '是', '是'],
    ],
    expected: [
      {
        id: '1',
        workerId: 'W001',
        month: '2023-07',
        amountDue: 650_000,
        amountPaid: 650_000,
        paidOn: '2023-08-10',
        throughSpecialAccount: true,
        signed: true,
      },
    ],
  },
  {
    kind: 'wageComplaint',
    header: [
      '投诉编号',
      '投诉日期',
      '投诉渠道',
      '项目编号',
      '被投诉企业统一社会信用代码',
      '所属区划代码',
      '投诉人',
      '联系电话',
      '涉及人数',
      '涉及金额（元）',
      '办结日期',
      '办理结果',
      '追回金额（元）',
    ],
    rows: [
      [
        'Q001',
        '2023-09-01',
        '平台预警',
        'XM001',
        U3,
        '350503',
        '周九',
        '13712345678',
        '12人',
        '86,000',
        '2023-09-20',
        '已支付',
        '86,000',
      ],
    ],
    expected: [
      {
        id: 'Q001',
        receivedOn: '2023-09-01',
        channel: 'platform-warning',
        enterpriseUscc: U3,
        complainant: { name: '周九', phone: '13712345678' },
        workersInvolved: 12,
        amountClaimed: 8_600_000,
        closedOn: '2023-09-20',
        outcome: 'paid',
        amountRecovered: 8_600_000,
      },
    ],
  },
  {
    kind: 'quarterlyDisclosure',
    header: [
      '小区编号',
      '季度',
      '统一社会信用代码',
      '期初余额（元）',
      '本期收入合计（元）',
      '本期支出合计（元）',
      '期末余额（元）',
      '收支类型',
      '收支类别',
      '摘要',
      '金额（元）',
      '业主决定编号',
    ],
    rows: [
      ['C001', '2023年第三季度', U1, '0', '5,000', '1,200', '3,800', '收入', '广告', '电梯广告', '5,000', ''],
      ['', '', '', '', '', '', '', '支出', '维修', '门禁维修', '1,200', 'D-2023-01'],
    ],
    expected: [
      {
        id: 'C001-2023Q3',
        quarter: '2023Q3',
        openingBalance: 0,
        incomeTotal: 500_000,
        expenseTotal: 120_000,
        closingBalance: 380_000,
        incomeLines: [{ category: 'advertising', description: '电梯广告', amount: 500_000 }],
        expenseLines: [
          {
            category: 'repair',
            description: '门禁维修',
            amount: 120_000,
            decisionId: 'D-2023-01',
            evidence: [],
          },
        ],
        postings: [],
      },
    ],
  },
];

describe('declared mappings', () => {
  it('covers the kinds street offices and counties upload', () => {
    expect(Object.keys(MAPPINGS).sort()).toEqual(CASES.map((c) => c.kind).sort());
    for (const [kind, mapping] of Object.entries(MAPPINGS))
      expect((mapping as RecordMapping).kind).toBe(kind);
  });

  it.each(CASES)('$kind: reads its table from CSV', async ({ kind, header, rows, expected }) => {
    const report = await importTable(Buffer.from(csvText([header, ...rows])), { kind: kind as RecordKind });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.records).toHaveLength(expected.length);
    for (const [i, record] of expected.entries()) expect(report.records[i]).toMatchObject(record);
  });

  it.each(CASES)('$kind: reads its table from XLSX', async ({ kind, header, rows, expected }) => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet(MAPPINGS[kind].title['zh-CN']);
      sheet.addRow([MAPPINGS[kind].title['zh-CN']]);
      sheet.addRow(header);
      for (const row of rows) sheet.addRow(row.map((v) => (v === '' ? null : v)));
    });
    const report = await importTable(bytes, { kind: kind as RecordKind });
    expect(report.headerRow).toBe(2);
    expect(report.sheet).toBe(MAPPINGS[kind].title['zh-CN']);
    for (const [i, record] of expected.entries()) expect(report.records[i]).toMatchObject(record);
  });

  it('masks the personal columns of every mapping in issues', async () => {
    const header = [
      '人员编号',
      '项目编号',
      '姓名',
      '身份证号',
      '联系电话',
      '用工单位统一社会信用代码',
      '进场日期',
    ];
    const bad = [
      'W1',
      'P1',
      '孙八',
      `${ID.slice(0, 17)}${ID.endsWith('1') ? '2' : '1'}`,
      '1391234567X',
      U3,
      '2023-03-05',
    ];
    const report = await importTable(Buffer.from(csvText([header, bad])), { kind: 'worker' });
    const originals = report.issues.map((i) => i.original ?? '');
    expect(originals.join('')).not.toContain(ID.slice(6, 14));
    expect(originals.join('')).not.toContain('1234567');
  });
});
