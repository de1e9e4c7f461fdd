// Builders of a small, valid wages dataset (附件2): two projects under construction on which every wages rule
// passes (or is pending for the month not yet due), which each scenario then breaks in exactly one way.
import {
  type ConstructionProject,
  type Dataset,
  type DatasetInput,
  Dataset as DatasetSchema,
  type PayrollLine,
  RIGHTS_BOARD_ITEMS,
} from '@rectify/schemas';

/** Valid USCCs (check characters computed) of the wages fixture's enterprises. */
export const WAGES_USCC = {
  /** 建设单位 of P1 (state-owned). */
  builder1: '91350503MA2Y0B01XQ',
  /** 建设单位 of P2 (state-owned). */
  builder2: '91350504MA2Y0B0287',
  /** 施工总承包单位 of P1. */
  contractor1: '91350500MA2Y0G0131',
  /** 施工总承包单位 of P2. */
  contractor2: '91350582MA2Y0G021L',
  /** 劳务分包单位 on P1 (not designated by the builder). */
  labourSub: '91350503MA2Y0L017M',
  /** 监理单位 of both projects. */
  supervisor: '91350500MA2Y0J0119',
  /** An enterprise with no part in the projects, for scenarios (a stranger paying or being paid). */
  stranger: '91350500MA2Y0X01XF',
} as const;

/** The as-of date the clean wages dataset is built for. */
export const CLEAN_WAGES_AS_OF = '2023-11-30';

/**
 * The months of the clean dataset that are due and pass on {@link CLEAN_WAGES_AS_OF} for every project-month
 * rule. Both projects started in August; `2023-11` is not yet due (pay day 15 December) and is pending;
 * January to July are before the start and are not applicable.
 */
export const CLEAN_WAGES_MONTHS = ['2023-08', '2023-09', '2023-10'] as const;

/** Monthly wage (fen) of every worker of P1 and of P2 in the clean dataset. */
export const CLEAN_WAGES_MONTHLY = { P1: 600_000, P2: 550_000 } as const;

const WORKERS = [
  // P1: three workers of the labour subcontractor, one of the general contractor (art. 31: the general
  // contractor pays them all through P1's special account).
  {
    id: 'W1',
    projectId: 'P1',
    employer: WAGES_USCC.labourSub,
    name: '王建国',
    idNumber: '350503198503120016',
    team: '木工班',
  },
  { id: 'W2', projectId: 'P1', employer: WAGES_USCC.labourSub, name: '李春生', team: '木工班' },
  { id: 'W3', projectId: 'P1', employer: WAGES_USCC.labourSub, name: '张永福', team: '钢筋班' },
  { id: 'W4', projectId: 'P1', employer: WAGES_USCC.contractor1, name: '陈志强', team: '机电班' },
  {
    id: 'W5',
    projectId: 'P2',
    employer: WAGES_USCC.contractor2,
    name: '林秀英',
    idNumber: '350521199007150029',
    team: '路基班',
  },
  { id: 'W6', projectId: 'P2', employer: WAGES_USCC.contractor2, name: '黄明辉', team: '路基班' },
  { id: 'W7', projectId: 'P2', employer: WAGES_USCC.contractor2, name: '吴德胜', team: '管网班' },
] as const;

const PAID_MONTHS = ['2023-08', '2023-09', '2023-10'] as const;
const NEXT: Record<string, string> = {
  '2023-08': '2023-09',
  '2023-09': '2023-10',
  '2023-10': '2023-11',
  '2023-11': '2023-12',
};

/**
 * A clean wages dataset for campaign year 2023, for {@link CLEAN_WAGES_AS_OF}:
 *
 * - P1 东湖安置房一期 (housing, government-funded, medium, 丰泽区 东湖街道), builder `builder1`, general contractor
 *   `contractor1`, contract value 5000万元, permit 2023-07-20, started 2023-08-01, workers W1–W4 (6000元 a month);
 * - P2 洛江区滨江路市政道路 (municipal, SOE-funded, small, 洛江区), builder `builder2`, general contractor
 *   `contractor2`, contract value 1200万元, permit 2023-07-28, started 2023-08-05, workers W5–W7 (5500元 a month);
 *
 * each with a valid payment guarantee, a special account opened within 30 days of the permit, the wage deposit
 * (P2's halved for a clean record), a labour-wage officer, a complete rights board, a roster updated in
 * November, August–October payroll paid in full on the 10th of the month after through the special account and
 * signed, labour cost transferred by the 5th of the month after (P2 exactly the payroll total), worker
 * attendance August–November, every payment milestone due by asOf paid, key personnel on site, a labour
 * subcontract not designated by the builder, a screening entry per project, and one closed complaint.
 */
export function cleanWages(): Dataset {
  const payroll: PayrollLine[] = [];
  for (const month of PAID_MONTHS) {
    for (const w of WORKERS) {
      const due = CLEAN_WAGES_MONTHLY[w.projectId];
      payroll.push({
        id: `PL-${w.id}-${month}`,
        projectId: w.projectId,
        workerId: w.id,
        employerUscc: w.employer,
        month,
        amountDue: due,
        amountPaid: due,
        paidOn: `${NEXT[month]}-10`,
        throughSpecialAccount: true,
        signed: true,
      });
    }
  }
  const workerAttendance = [...PAID_MONTHS, '2023-11'].flatMap((month) =>
    WORKERS.map((w) => ({
      projectId: w.projectId,
      workerId: w.id,
      month,
      daysWorked: month === '2023-11' ? 20 : 22,
    })),
  );
  const dailyAttendance = ['P1', 'P2'].flatMap((projectId) =>
    ['2023-08', '2023-09', '2023-10', '2023-11'].flatMap((month) =>
      ['01', '11', '21'].map((day) => ({
        projectId,
        date: `${month}-${day}`,
        headcount: projectId === 'P1' ? 4 : 3,
      })),
    ),
  );
  const transfers = PAID_MONTHS.flatMap((month) => [
    {
      id: `LCT-P1-${month}`,
      projectId: 'P1',
      forMonth: month,
      amount: 2_500_000,
      transferredOn: `${NEXT[month]}-05`,
      payerUscc: WAGES_USCC.builder1,
    },
    {
      id: `LCT-P2-${month}`,
      projectId: 'P2',
      forMonth: month,
      amount: 1_650_000,
      transferredOn: `${NEXT[month]}-05`,
      payerUscc: WAGES_USCC.builder2,
    },
  ]);
  const presence = ['P1', 'P2'].flatMap((projectId) =>
    PAID_MONTHS.flatMap((month) => [
      {
        id: `KP-${projectId}-PM-${month}`,
        projectId,
        role: 'project-manager' as const,
        person: { id: `PM-${projectId}` },
        month,
        daysRequired: 22,
        daysPresent: 18,
        socialInsuranceEmployerUscc: projectId === 'P1' ? WAGES_USCC.contractor1 : WAGES_USCC.contractor2,
        appointingEmployerUscc: projectId === 'P1' ? WAGES_USCC.contractor1 : WAGES_USCC.contractor2,
      },
      {
        id: `KP-${projectId}-CS-${month}`,
        projectId,
        role: 'chief-supervisor' as const,
        person: { id: `CS-${projectId}` },
        month,
        daysRequired: 22,
        daysPresent: 16,
        socialInsuranceEmployerUscc: WAGES_USCC.supervisor,
        appointingEmployerUscc: WAGES_USCC.supervisor,
      },
    ]),
  );
  const input: DatasetInput = {
    schemaVersion: '0.1.0',
    campaignYear: 2023,
    generatedAt: '2023-11-30T18:00:00+08:00',
    records: {
      division: [
        { code: '350500', name: '泉州市', level: 'city' },
        { code: '350503', name: '丰泽区', level: 'county', parentCode: '350500' },
        { code: '350503001', name: '东湖街道', level: 'street', parentCode: '350503' },
        { code: '350504', name: '洛江区', level: 'county', parentCode: '350500' },
      ],
      enterprise: [
        {
          uscc: WAGES_USCC.builder1,
          name: '泉州市丰泽城市建设投资有限公司',
          roles: ['builder'],
          divisionCode: '350503',
          ownership: 'state-owned',
        },
        {
          uscc: WAGES_USCC.builder2,
          name: '泉州市洛江区市政建设有限公司',
          roles: ['builder'],
          divisionCode: '350504',
          ownership: 'state-owned',
        },
        {
          uscc: WAGES_USCC.contractor1,
          name: '福建示例建工集团有限公司',
          roles: ['general-contractor'],
          divisionCode: '350500',
          ownership: 'private',
        },
        {
          uscc: WAGES_USCC.contractor2,
          name: '晋江示例路桥工程有限公司',
          roles: ['general-contractor'],
          divisionCode: '350582',
          ownership: 'private',
        },
        {
          uscc: WAGES_USCC.labourSub,
          name: '泉州示例劳务有限公司',
          roles: ['labour-subcontractor'],
          divisionCode: '350503',
          ownership: 'private',
        },
        {
          uscc: WAGES_USCC.supervisor,
          name: '泉州示例工程监理有限公司',
          roles: ['supervisor'],
          divisionCode: '350500',
          ownership: 'private',
        },
      ],
      constructionProject: [
        {
          id: 'P1',
          name: '东湖安置房一期',
          kind: 'housing',
          funding: 'government',
          sizeClass: 'medium',
          status: 'under-construction',
          divisionCode: '350503001',
          builder: { uscc: WAGES_USCC.builder1, name: '泉州市丰泽城市建设投资有限公司' },
          generalContractor: { uscc: WAGES_USCC.contractor1, name: '福建示例建工集团有限公司' },
          supervisor: { uscc: WAGES_USCC.supervisor, name: '泉州示例工程监理有限公司' },
          contractValue: 5_000_000_000,
          permitOn: '2023-07-20',
          startedOn: '2023-08-01',
          plannedCompletionOn: '2024-12-31',
          projectManager: { id: 'PM-P1', name: '郑国华' },
          chiefSupervisor: { id: 'CS-P1', name: '蔡文斌' },
          labourWageOfficer: { id: 'LWO-P1', name: '许丽华', phone: '13905951234' },
          onIntegratedPlatform: true,
          processSettlement: true,
        },
        {
          id: 'P2',
          name: '洛江区滨江路市政道路',
          kind: 'municipal',
          funding: 'state-owned',
          sizeClass: 'small',
          status: 'under-construction',
          divisionCode: '350504',
          builder: { uscc: WAGES_USCC.builder2, name: '泉州市洛江区市政建设有限公司' },
          generalContractor: { uscc: WAGES_USCC.contractor2, name: '晋江示例路桥工程有限公司' },
          supervisor: { uscc: WAGES_USCC.supervisor, name: '泉州示例工程监理有限公司' },
          contractValue: 1_200_000_000,
          permitOn: '2023-07-28',
          startedOn: '2023-08-05',
          plannedCompletionOn: '2024-06-30',
          projectManager: { id: 'PM-P2', name: '洪振宇' },
          chiefSupervisor: { id: 'CS-P2', name: '蔡文斌' },
          labourWageOfficer: { id: 'LWO-P2', name: '施美玲' },
          onIntegratedPlatform: true,
          processSettlement: false,
        },
      ],
      paymentGuarantee: [
        {
          id: 'PG-P1',
          projectId: 'P1',
          form: 'bank-guarantee',
          amount: 500_000_000,
          issuedOn: '2023-07-15',
          validUntil: '2024-12-31',
          issuer: '中国示例银行泉州分行',
        },
        {
          id: 'PG-P2',
          projectId: 'P2',
          form: 'insurance',
          amount: 120_000_000,
          issuedOn: '2023-07-25',
          validUntil: '2024-06-30',
          issuer: '示例财产保险泉州中心支公司',
        },
      ],
      wageAccount: [
        {
          id: 'WA-P1',
          projectId: 'P1',
          holderUscc: WAGES_USCC.contractor1,
          bankName: '中国示例银行泉州分行',
          accountNumber: '6217001350503003',
          openedOn: '2023-07-25',
        },
        {
          id: 'WA-P2',
          projectId: 'P2',
          holderUscc: WAGES_USCC.contractor2,
          bankName: '示例农商银行洛江支行',
          accountNumber: '6217001350504001',
          openedOn: '2023-08-10',
        },
      ],
      wageDeposit: [
        // 1% of 5000万元 = 50万元.
        {
          id: 'WD-P1',
          projectId: 'P1',
          depositorUscc: WAGES_USCC.contractor1,
          form: 'cash',
          amount: 50_000_000,
          lodgedOn: '2023-07-28',
          adjustment: 'none',
        },
        // 1% of 1200万元 = 12万元, halved for no arrears in two years (2021 rules art. 7) = 6万元.
        {
          id: 'WD-P2',
          projectId: 'P2',
          depositorUscc: WAGES_USCC.contractor2,
          form: 'bank-guarantee',
          amount: 6_000_000,
          lodgedOn: '2023-08-01',
          adjustment: 'reduced',
          adjustmentReason: '近两年无拖欠农民工工资行为',
        },
      ],
      rightsBoard: [
        {
          id: 'RB-P1',
          projectId: 'P1',
          checkedOn: '2023-11-15',
          present: true,
          items: [...RIGHTS_BOARD_ITEMS],
          minimumWage: 203_000,
          payDay: 15,
        },
        {
          id: 'RB-P2',
          projectId: 'P2',
          checkedOn: '2023-10-20',
          present: true,
          items: [...RIGHTS_BOARD_ITEMS],
          minimumWage: 203_000,
          payDay: 15,
        },
      ],
      worker: WORKERS.map((w) => ({
        id: w.id,
        projectId: w.projectId,
        person: { id: `PER-${w.id}`, name: w.name, ...('idNumber' in w ? { idNumber: w.idNumber } : {}) },
        employerUscc: w.employer,
        team: w.team,
        joinedOn: w.projectId === 'P1' ? '2023-08-01' : '2023-08-05',
        contractSigned: true,
      })),
      rosterUpdate: [
        { id: 'RU-P1-1', projectId: 'P1', updatedOn: '2023-08-01', workersOnRoster: 4, added: 4 },
        { id: 'RU-P1-2', projectId: 'P1', updatedOn: '2023-11-20', workersOnRoster: 4 },
        { id: 'RU-P2-1', projectId: 'P2', updatedOn: '2023-08-05', workersOnRoster: 3, added: 3 },
        { id: 'RU-P2-2', projectId: 'P2', updatedOn: '2023-11-01', workersOnRoster: 3 },
      ],
      dailyAttendance,
      workerAttendance,
      keyPersonnelPresence: presence,
      payrollLine: payroll,
      labourCostTransfer: transfers,
      paymentMilestone: [
        { id: 'MS-P1-1', projectId: 'P1', dueOn: '2023-08-31', amount: 500_000_000, description: '预付款' },
        {
          id: 'MS-P1-2',
          projectId: 'P1',
          dueOn: '2023-09-30',
          amount: 400_000_000,
          description: '基础完成进度款',
          labourCostPart: 7_500_000,
        },
        {
          id: 'MS-P1-3',
          projectId: 'P1',
          dueOn: '2023-10-31',
          amount: 400_000_000,
          description: '主体±0进度款',
          labourCostPart: 7_500_000,
        },
        {
          id: 'MS-P1-4',
          projectId: 'P1',
          dueOn: '2023-12-31',
          amount: 600_000_000,
          description: '主体五层进度款',
        },
        { id: 'MS-P2-1', projectId: 'P2', dueOn: '2023-09-15', amount: 120_000_000, description: '预付款' },
        {
          id: 'MS-P2-2',
          projectId: 'P2',
          dueOn: '2023-11-15',
          amount: 120_000_000,
          description: '路基完成进度款',
          labourCostPart: 5_000_000,
        },
      ],
      projectPayment: [
        {
          id: 'PAY-P1-1',
          projectId: 'P1',
          payerUscc: WAGES_USCC.builder1,
          payeeUscc: WAGES_USCC.contractor1,
          paidOn: '2023-08-25',
          amount: 500_000_000,
          purpose: 'progress',
          milestoneId: 'MS-P1-1',
        },
        {
          id: 'PAY-P1-2',
          projectId: 'P1',
          payerUscc: WAGES_USCC.builder1,
          payeeUscc: WAGES_USCC.contractor1,
          paidOn: '2023-09-28',
          amount: 400_000_000,
          purpose: 'progress',
          milestoneId: 'MS-P1-2',
        },
        {
          id: 'PAY-P1-3',
          projectId: 'P1',
          payerUscc: WAGES_USCC.builder1,
          payeeUscc: WAGES_USCC.contractor1,
          paidOn: '2023-10-30',
          amount: 400_000_000,
          purpose: 'progress',
          milestoneId: 'MS-P1-3',
        },
        {
          id: 'PAY-P1-S1',
          projectId: 'P1',
          payerUscc: WAGES_USCC.contractor1,
          payeeUscc: WAGES_USCC.labourSub,
          paidOn: '2023-09-20',
          amount: 10_000_000,
          purpose: 'subcontract',
          subcontractId: 'SC-P1-1',
        },
        {
          id: 'PAY-P2-1',
          projectId: 'P2',
          payerUscc: WAGES_USCC.builder2,
          payeeUscc: WAGES_USCC.contractor2,
          paidOn: '2023-09-10',
          amount: 120_000_000,
          purpose: 'progress',
          milestoneId: 'MS-P2-1',
        },
        {
          id: 'PAY-P2-2',
          projectId: 'P2',
          payerUscc: WAGES_USCC.builder2,
          payeeUscc: WAGES_USCC.contractor2,
          paidOn: '2023-11-14',
          amount: 120_000_000,
          purpose: 'progress',
          milestoneId: 'MS-P2-2',
        },
      ],
      subcontract: [
        {
          id: 'SC-P1-1',
          projectId: 'P1',
          contractorUscc: WAGES_USCC.contractor1,
          subcontractorUscc: WAGES_USCC.labourSub,
          subcontractorName: '泉州示例劳务有限公司',
          kind: 'labour',
          scope: '主体结构劳务作业',
          amount: 30_000_000,
          signedOn: '2023-07-25',
          designatedByBuilder: false,
        },
      ],
      screeningItem: [
        {
          id: 'SI-P1',
          projectId: 'P1',
          screenedOn: '2023-09-15',
          responsiblePerson: { id: 'RP-350503' },
          screeningUnit: 'housing-construction-bureau',
          institutionsChecked: [
            'payment-guarantee',
            'real-name',
            'wage-account',
            'wage-deposit',
            'labour-wage-officer',
            'rights-board',
            'monthly-payment',
          ],
          result: 'no-problem',
        },
        {
          id: 'SI-P2',
          projectId: 'P2',
          screenedOn: '2023-09-18',
          responsiblePerson: { id: 'RP-350504' },
          screeningUnit: 'housing-construction-bureau',
          institutionsChecked: [
            'payment-guarantee',
            'real-name',
            'wage-account',
            'wage-deposit',
            'labour-wage-officer',
            'rights-board',
            'monthly-payment',
          ],
          result: 'no-problem',
        },
      ],
      wageComplaint: [
        {
          id: 'WC-1',
          projectId: 'P2',
          enterpriseUscc: WAGES_USCC.contractor2,
          divisionCode: '350504',
          channel: 'hotline',
          complainant: { id: 'CP-1', name: '林小明', phone: '13800595678' },
          workersInvolved: 1,
          amountClaimed: 550_000,
          receivedOn: '2023-09-12',
          acceptedOn: '2023-09-13',
          closedOn: '2023-09-20',
          outcome: 'not-substantiated',
        },
      ],
    },
  };
  return DatasetSchema.parse(input);
}

/**
 * A project of the dataset, to mutate in a scenario.
 *
 * @param id - Defaults to `'P1'`.
 * @throws Error when the dataset has no such project (a scenario written against the wrong fixture)
 */
export function projectIn(dataset: Dataset, id = 'P1'): ConstructionProject {
  const found = dataset.records.constructionProject?.find((p) => p.id === id);
  if (!found) throw new Error(`No project ${id} in the fixture`);
  return found;
}

/** The payroll lines of a project-month, to mutate in a scenario (empty when none). */
export function payrollIn(dataset: Dataset, projectId: string, month: string): PayrollLine[] {
  return (dataset.records.payrollLine ?? []).filter((l) => l.projectId === projectId && l.month === month);
}

/** Removes every record of a kind that belongs to a project (`projectId` field). Returns the dataset, mutated. */
export function withoutProjectRecords(
  dataset: Dataset,
  kind: keyof Dataset['records'],
  projectId: string,
): Dataset {
  const list = dataset.records[kind] as { projectId?: string }[] | undefined;
  if (list)
    (dataset.records as Record<string, unknown>)[kind] = list.filter((r) => r.projectId !== projectId);
  return dataset;
}
