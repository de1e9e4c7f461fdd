import {
  type ConstructionProject,
  type Enterprise,
  type EnterpriseRecord,
  type Inspection,
  type PartyRef,
  type PaymentMilestone,
  type PersonRef,
  type Problem,
  type ProjectPayment,
  RIGHTS_BOARD_ITEMS,
  type Subcontract,
  type WageComplaint,
} from '@rectify/schemas';
import { dayOf, formatDay } from '../calendar';
import { dayBetween, type GenContext, normal } from '../context';
import { DEVELOPER_BRANDS, HOME_AREA_CODES, MUNICIPAL_WORDS, POETIC_WORDS } from '../data/name-parts';
import { FIRST_TIER_WAGE_COUNTIES } from '../data/quanzhou-streets';
import { BANK_NAMES, bankAccount, mobilePhone, residentId } from '../identity';
import { companyWord, personName, uniqueName, uniqueOrganisationName } from '../naming';
import { hashString, type Rng } from '../prng';
import type { ProjectModel } from './model';

/** The wage campaign's records that are not per project: enterprise records, site checks, problems. */
export interface WagesOversight {
  readonly projects: ProjectModel[];
  readonly inspections: Inspection[];
  readonly problems: Problem[];
  readonly enterpriseRecords: EnterpriseRecord[];
}

const pad = (n: number, w = 5) => String(n).padStart(w, '0');

/** Id of the project with the given 0-based index. */
export function projectId(index: number): string {
  return `PJ${pad(index + 1)}`;
}

interface Pools {
  readonly contractors: Enterprise[];
  readonly supervisors: Enterprise[];
  readonly labour: Enterprise[];
  readonly professional: Enterprise[];
  readonly soeBuilders: Enterprise[];
  readonly agencies: Map<string, Enterprise>;
  readonly privateBuilders: Enterprise[];
  /** Names in use, so every enterprise name is unique. */
  readonly names: Set<string>;
}

function party(e: Enterprise): PartyRef {
  return { uscc: e.uscc, name: e.name };
}

function person(rng: Rng, local: boolean, birthFrom: number, birthTo: number): PersonRef {
  const male = rng.chance(local ? 0.7 : 0.9);
  const area = rng.pick(local ? HOME_AREA_CODES.local : HOME_AREA_CODES.migrant);
  return {
    name: personName(rng, local),
    idNumber: residentId(rng, area, rng.int(birthFrom, birthTo), male),
    phone: mobilePhone(rng),
  };
}

function buildPools(ctx: GenContext, n: number): Pools {
  const rng = ctx.rng.fork('construction-enterprises');
  const used = new Set<string>();
  const counties = [...new Set(ctx.geography.projectStreets.map((s) => s.countyCode))];
  const home = () => (counties.length > 0 ? rng.pick(counties) : '350500');
  const make = (
    name: () => string,
    roles: Enterprise['roles'],
    ownership: Enterprise['ownership'],
    divisionCode: string,
  ): Enterprise => {
    const e: Enterprise = {
      uscc: ctx.usccs.next('enterprise', divisionCode),
      name: uniqueOrganisationName(used, name),
      roles,
      divisionCode,
      ownership,
    };
    ctx.enterprises.push(e);
    return e;
  };
  const count = (per: number) => (n === 0 ? 0 : Math.max(2, Math.ceil(n / per)));
  const contractors: Enterprise[] = [];
  for (let i = 0; i < count(3); i++) {
    const soe = rng.chance(0.3);
    contractors.push(
      make(
        () =>
          `${rng.pick(['福建', '福建省', '泉州', '泉州市'])}${companyWord(rng)}${rng.pick(['建设集团有限公司', '建筑工程有限公司', '建工集团有限公司', '建设工程有限公司'])}`,
        ['general-contractor'],
        soe ? 'state-owned' : 'private',
        home(),
      ),
    );
  }
  const supervisors: Enterprise[] = [];
  for (let i = 0; i < count(5); i++) {
    supervisors.push(
      make(
        () =>
          `${rng.pick(['福建', '泉州'])}${companyWord(rng)}${rng.pick(['工程监理有限公司', '工程项目管理有限公司', '建设监理咨询有限公司'])}`,
        ['supervisor'],
        'private',
        home(),
      ),
    );
  }
  const labour: Enterprise[] = [];
  for (let i = 0; i < count(3); i++) {
    labour.push(
      make(
        () =>
          `${rng.pick(['泉州', '福建', ''])}${companyWord(rng)}${rng.pick(['劳务有限公司', '建筑劳务有限公司'])}`,
        ['labour-subcontractor'],
        'private',
        home(),
      ),
    );
  }
  const professional: Enterprise[] = [];
  for (let i = 0; i < count(4); i++) {
    professional.push(
      make(
        () =>
          `泉州${companyWord(rng)}${rng.pick(['机电安装工程有限公司', '装饰工程有限公司', '幕墙工程有限公司', '消防工程有限公司', '园林绿化工程有限公司', '钢结构工程有限公司'])}`,
        ['subcontractor'],
        'private',
        home(),
      ),
    );
  }
  const soeBuilders: Enterprise[] = [];
  for (let i = 0; i < count(8); i++) {
    const c = home();
    const prefix = c === '350598' || c === '350599' ? '泉州' : ctx.geography.countyName(c);
    soeBuilders.push(
      make(
        () =>
          `${prefix}${rng.pick(['城市建设发展集团有限公司', '城建集团有限公司', '安居建设有限公司', '交通发展集团有限公司', '国有资产投资经营有限公司'])}`,
        ['builder'],
        'state-owned',
        c,
      ),
    );
  }
  return {
    contractors,
    supervisors,
    labour,
    professional,
    soeBuilders,
    agencies: new Map(),
    privateBuilders: [],
    names: used,
  };
}

function builderFor(
  ctx: GenContext,
  rng: Rng,
  pools: Pools,
  funding: ConstructionProject['funding'],
  county: string,
): Enterprise {
  if (funding === 'government') {
    let e = pools.agencies.get(county);
    if (!e) {
      e = {
        uscc: ctx.usccs.next('institution', county),
        name: uniqueOrganisationName(
          pools.names,
          () =>
            `${ctx.geography.countyName(county)}${rng.pick(['重点项目建设服务中心', '城市建设服务中心', '市政工程建设中心'])}`,
        ),
        roles: ['builder'],
        divisionCode: county,
        ownership: 'other',
      };
      pools.agencies.set(county, e);
      ctx.enterprises.push(e);
    }
    return e;
  }
  if ((funding === 'state-owned' || funding === 'mixed') && pools.soeBuilders.length > 0)
    return rng.pick(pools.soeBuilders);
  if (pools.privateBuilders.length > 0 && rng.chance(0.3)) return rng.pick(pools.privateBuilders);
  const e: Enterprise = {
    uscc: ctx.usccs.next('enterprise', county),
    name: uniqueOrganisationName(
      pools.names,
      () =>
        `泉州${rng.chance(0.4) ? rng.pick(DEVELOPER_BRANDS) : companyWord(rng)}${rng.pick(['置业有限公司', '房地产开发有限公司'])}`,
    ),
    roles: ['builder'],
    divisionCode: county,
    ownership: 'private',
  };
  pools.privateBuilders.push(e);
  ctx.enterprises.push(e);
  return e;
}

/** Builds the construction projects with their institutions, money flows, complaints and screening. */
export function buildProjects(ctx: GenContext): WagesOversight {
  const { year, asOfDay, campaignStartDay } = ctx;
  const yearStart = dayOf(year, 1, 1);
  const yearEnd = dayOf(year, 12, 31);
  const pools = buildPools(ctx, ctx.geography.projectStreets.length);
  const projects: ProjectModel[] = [];
  const inspections: Inspection[] = [];
  const problems: Problem[] = [];
  const names = new Set<string>();
  const orng = ctx.rng.fork('wages-oversight');

  ctx.geography.projectStreets.forEach((street, index) => {
    const rng = ctx.rng.fork(`project/${index}`);
    const id = projectId(index);
    const county = street.countyCode;
    const countyName = ctx.geography.countyName(county);
    const kind = rng.chance(0.7) ? 'housing' : 'municipal';
    const funding = rng.weighted<ConstructionProject['funding']>(
      kind === 'municipal'
        ? [
            ['government', 60],
            ['state-owned', 35],
            ['mixed', 5],
          ]
        : [
            ['government', 15],
            ['state-owned', 25],
            ['private', 55],
            ['mixed', 5],
          ],
    );
    const sizeClass = rng.weighted<ConstructionProject['sizeClass']>([
      ['small', 35],
      ['medium', 45],
      ['large', 20],
    ]);
    const [lo, hi] =
      sizeClass === 'small' ? [300, 3000] : sizeClass === 'medium' ? [3000, 20000] : [20000, 120000];
    const contractValue = rng.int(lo, hi) * 1_000_000;
    const status = rng.weighted<ConstructionProject['status']>([
      ['under-construction', 80],
      ['completed', 8],
      ['suspended', 5],
      ['planned', 7],
    ]);
    const place = street.name.replace(/(街道|镇|乡|片区)$/, '');
    const baseName =
      kind === 'housing'
        ? rng.pick([
            `${rng.pick(DEVELOPER_BRANDS)}·${rng.pick(POETIC_WORDS)}住宅项目`,
            `${countyName}${place}片区安置房工程`,
            `${countyName}${place}保障性租赁住房项目`,
            `${place}${rng.pick(POETIC_WORDS)}商住小区工程`,
          ])
        : rng.pick([
            `${rng.pick(MUNICIPAL_WORDS)}提升改造工程`,
            `${place}片区雨污分流改造工程`,
            `${countyName}${place}市政道路工程`,
            `${place}滨水公园景观工程`,
          ]);
    const name = uniqueName(names, baseName, rng, [
      '（一期）',
      '（二期）',
      '（三期）',
      '（A标段）',
      '（B标段）',
    ]);
    const builder = builderFor(ctx, rng, pools, funding, county);
    const gc = rng.pick(pools.contractors);
    const supervisor = rng.pick(pools.supervisors);

    let started: number | undefined;
    let completed: number | undefined;
    let stopped: number | undefined;
    if (status === 'under-construction') {
      started = rng.chance(0.7)
        ? dayBetween(rng, yearStart - 900, yearStart - 30)
        : dayBetween(rng, yearStart, asOfDay - 60);
    } else if (status === 'completed') {
      started = dayBetween(rng, yearStart - 900, yearStart - 200);
      completed = dayBetween(rng, yearStart + 60, Math.min(asOfDay - 10, yearEnd));
    } else if (status === 'suspended') {
      started = dayBetween(rng, yearStart - 600, yearStart - 60);
      stopped = dayBetween(rng, yearStart + 60, Math.min(asOfDay - 30, yearEnd));
    }
    if (completed !== undefined && started !== undefined && completed < started) completed = started + 200;
    const permit =
      started !== undefined
        ? started - rng.int(10, 60)
        : rng.chance(0.5)
          ? dayBetween(rng, yearStart, asOfDay - 1)
          : undefined;
    // A site still working is planned to finish after the as-of date.
    const plannedCompletion =
      completed !== undefined
        ? completed + rng.int(-60, 30)
        : Math.max(
            (started ?? asOfDay + 60) + rng.int(365, 1100),
            status === 'suspended' ? 0 : asOfDay + rng.int(30, 400),
          );
    const birthFrom = dayOf(year - 58, 1, 1);
    const birthTo = dayOf(year - 25, 12, 31);
    const pm = person(rng, rng.chance(0.6), birthFrom, birthTo);
    const chief = person(rng, rng.chance(0.6), birthFrom, birthTo);
    const officer: PersonRef = { name: personName(rng, rng.chance(0.5)), phone: mobilePhone(rng) };
    const record: ConstructionProject = {
      id,
      name,
      kind,
      funding,
      sizeClass,
      status,
      divisionCode: street.code,
      builder: party(builder),
      generalContractor: party(gc),
      supervisor: party(supervisor),
      contractValue,
      ...(permit !== undefined ? { permitOn: formatDay(permit) } : {}),
      ...(started !== undefined ? { startedOn: formatDay(started) } : {}),
      plannedCompletionOn: formatDay(plannedCompletion),
      ...(completed !== undefined ? { completedOn: formatDay(completed) } : {}),
      projectManager: { ...pm },
      chiefSupervisor: { ...chief },
      labourWageOfficer: officer,
      onIntegratedPlatform: rng.chance(0.95),
      processSettlement: funding === 'state-owned' ? rng.chance(0.7) : rng.chance(0.3),
    };

    const from = started === undefined ? undefined : Math.max(started, yearStart);
    const to = Math.min(asOfDay, yearEnd, completed ?? stopped ?? yearEnd);
    const window = from !== undefined && to >= from ? { from, to } : undefined;
    const sizeFactor = sizeClass === 'small' ? 0.45 : sizeClass === 'medium' ? 1 : 2.1;
    const workerCount = Math.max(
      5,
      Math.round(ctx.options.workersPerProject * sizeFactor * Math.exp(0.35 * normal(rng) - 0.09)),
    );
    const labourSub = rng.chance(0.7) && pools.labour.length > 0 ? rng.pick(pools.labour) : undefined;

    const model: ProjectModel = {
      index,
      record,
      street,
      countyCode: county,
      seedHash: hashString(`${ctx.options.seed}/workforce/${id}`),
      workerCount,
      ...(window ? { window } : {}),
      ...(window && status === 'suspended' && window.to < Math.min(asOfDay, yearEnd)
        ? { idleTo: Math.min(asOfDay, yearEnd) }
        : {}),
      employers: labourSub ? [gc.uscc, labourSub.uscc] : [gc.uscc],
      builderUscc: builder.uscc,
      projectManager: pm,
      chiefSupervisor: chief,
      supervisorUscc: supervisor.uscc,
      paymentGuarantees: [],
      wageAccounts: [],
      wageDeposits: [],
      rightsBoards: [],
      milestones: [],
      payments: [],
      subcontracts: [],
      wageComplaints: [],
      screeningItems: [],
      patches: new Map(),
      additions: new Map(),
    };
    projects.push(model);
    if (started === undefined) return;

    // WG.F1 institutions: payment guarantee, wage special account, wage deposit (2 % of the contract value),
    // rights-information board with every art. 34 item.
    model.paymentGuarantees.push({
      id: `PG-${id}`,
      projectId: id,
      form: rng.weighted<'bank-guarantee' | 'insurance' | 'guarantee-company'>([
        ['bank-guarantee', 70],
        ['insurance', 20],
        ['guarantee-company', 10],
      ]),
      amount: Math.floor(contractValue / 10),
      issuedOn: formatDay(started - rng.int(5, 30)),
      validUntil: formatDay(Math.max(plannedCompletion, asOfDay) + rng.int(60, 180)),
      issuer: rng.pick(BANK_NAMES),
      evidence: [{ kind: 'document', ref: `BH-${id}`, title: '工程款支付保函' }],
    });
    model.wageAccounts.push({
      id: `WA-${id}`,
      projectId: id,
      holderUscc: gc.uscc,
      bankName: rng.pick(BANK_NAMES),
      accountNumber: bankAccount(rng),
      // Art. 26 and the account measures: opened within 30 days of the contract; the permit stands in for it.
      openedOn: formatDay(Math.min(started - rng.int(5, 20), (permit ?? started) + rng.int(5, 28))),
    });
    model.wageDeposits.push({
      id: `WD-${id}`,
      projectId: id,
      depositorUscc: gc.uscc,
      form: rng.weighted<'cash' | 'bank-guarantee' | 'insurance'>([
        ['cash', 40],
        ['bank-guarantee', 40],
        ['insurance', 20],
      ]),
      amount: Math.round(contractValue / 50),
      lodgedOn: formatDay(started - rng.int(3, 20)),
      adjustment: 'none',
      evidence: [{ kind: 'receipt', ref: `BZJ-${id}` }],
    });
    const boardFrom = Math.max(started + 7, campaignStartDay);
    model.rightsBoards.push({
      id: `RB-${id}`,
      projectId: id,
      checkedOn: formatDay(
        dayBetween(rng, Math.min(boardFrom, asOfDay), Math.min(asOfDay, window?.to ?? asOfDay)),
      ),
      present: true,
      items: [...RIGHTS_BOARD_ITEMS],
      minimumWage: FIRST_TIER_WAGE_COUNTIES.has(county) ? 203_000 : 196_000,
      payDay: 15,
      evidence: [{ kind: 'photo', ref: `PH-RB-${id}` }],
    });

    // WG.F2: progress payments every three months, paid by the builder on or before the due date.
    const end = completed ?? stopped ?? plannedCompletion;
    const total = Math.max(1, Math.floor((plannedCompletion - started) / 91));
    const amount = Math.floor((contractValue * 0.7) / total / 10_000) * 10_000;
    for (let k = 1; started + 91 * k <= Math.min(end + 60, yearEnd); k++) {
      const due = started + 91 * k;
      if (due < yearStart) continue;
      const milestone: PaymentMilestone = {
        id: `PM-${id}-${k}`,
        projectId: id,
        dueOn: formatDay(due),
        amount,
        description: `第${k}期工程进度款`,
        labourCostPart: Math.floor((amount * 0.25) / 100) * 100,
      };
      model.milestones.push(milestone);
      if (due <= asOfDay) {
        const paid = due - rng.int(0, 10);
        const payment: ProjectPayment = {
          id: `PP-${id}-${k}`,
          projectId: id,
          payerUscc: builder.uscc,
          payeeUscc: gc.uscc,
          paidOn: formatDay(paid),
          amount,
          purpose: 'progress',
          milestoneId: milestone.id,
          evidence: [{ kind: 'bank-statement', ref: `LS-${id}-${k}`, date: formatDay(paid) }],
        };
        model.payments.push(payment);
      }
    }

    // Subcontracts (WG.M4: none designated by the builder) and payments to them.
    const subs: { e: Enterprise; kind: Subcontract['kind']; share: number }[] = [];
    if (labourSub) subs.push({ e: labourSub, kind: 'labour', share: 0.1 + rng.next() * 0.1 });
    for (const e of rng.sample(pools.professional, rng.int(0, 2)))
      subs.push({ e, kind: 'professional', share: 0.05 + rng.next() * 0.1 });
    // Each professional subcontract takes a unit project of its own: two professional firms on one unit
    // project is the splitting of works WG-DESIGNATED-SUBCONTRACTING looks for.
    const units = rng.shuffle(
      kind === 'housing'
        ? Array.from({ length: 12 }, (_, i) => `${i + 1}#楼`)
        : ['主线工程', '附属工程', '交通设施工程', '景观绿化工程'],
    );
    for (const [k, s] of subs.entries()) {
      const signed = Math.min(asOfDay, started + rng.int(5, 60));
      const sid = `SC-${id}-${k + 1}`;
      const subAmount = Math.floor((contractValue * s.share) / 1_000_000) * 1_000_000;
      model.subcontracts.push({
        id: sid,
        projectId: id,
        contractorUscc: gc.uscc,
        subcontractorUscc: s.e.uscc,
        subcontractorName: s.e.name,
        kind: s.kind,
        scope:
          s.kind === 'labour'
            ? '主体结构劳务作业'
            : s.e.name.includes('机电')
              ? '机电安装工程'
              : '专业分包工程',
        unitProject: units[k] ?? '主线工程',
        amount: subAmount,
        signedOn: formatDay(signed),
        designatedByBuilder: false,
        evidence: [{ kind: 'contract', ref: `HT-${sid}`, date: formatDay(signed) }],
      });
      if (window) {
        for (let n = 1; n <= rng.int(1, 3); n++) {
          const paid = dayBetween(rng, Math.max(window.from, signed), window.to);
          model.payments.push({
            id: `PP-${sid}-${n}`,
            projectId: id,
            payerUscc: gc.uscc,
            payeeUscc: s.e.uscc,
            paidOn: formatDay(paid),
            amount: Math.floor(subAmount / 10 / 100) * 100,
            purpose: 'subcontract',
            subcontractId: sid,
            evidence: [{ kind: 'bank-statement', ref: `LS-${sid}-${n}`, date: formatDay(paid) }],
          });
        }
      }
    }

    // WG.T5: wage complaints, every one closed.
    const complaintTo = asOfDay - 5;
    const complaintFrom = Math.max(yearStart + 10, started);
    if (complaintTo > complaintFrom && rng.chance(0.08)) {
      const received = rng.int(complaintFrom, complaintTo);
      const accepted = Math.min(asOfDay, received + rng.int(0, 3));
      const closed = Math.min(asOfDay, accepted + rng.int(3, 30));
      const paid = rng.chance(0.7);
      const claimed = rng.int(5, 120) * 100_000;
      const c: WageComplaint = {
        id: `WC-${id}-1`,
        projectId: id,
        enterpriseUscc: labourSub && rng.chance(0.5) ? labourSub.uscc : gc.uscc,
        divisionCode: street.code,
        channel: rng.pick(['hotline', 'online', 'visit', 'letter', 'transfer', 'platform-warning'] as const),
        complainant: { name: personName(rng, false), phone: mobilePhone(rng) },
        workersInvolved: rng.int(1, 12),
        amountClaimed: claimed,
        receivedOn: formatDay(received),
        acceptedOn: formatDay(accepted),
        closedOn: formatDay(closed),
        outcome: paid ? 'paid' : 'not-substantiated',
        ...(paid ? { amountRecovered: claimed } : {}),
      };
      model.wageComplaints.push(c);
      if (paid) {
        // WG.M3 双倒查: an upheld complaint is arrears, so the project is checked back for illegal
        // subcontracting within 30 days of it.
        model.screeningItems.push({
          id: `SCR-${id}-WC1`,
          projectId: id,
          screenedOn: formatDay(closed + rng.int(0, Math.min(10, asOfDay - closed))),
          responsiblePerson: { name: personName(rng, true), phone: mobilePhone(rng) },
          screeningUnit: 'housing-construction-bureau',
          institutionsChecked: ['real-name', 'wage-account', 'monthly-payment'],
          result: 'no-problem',
          problemIds: [],
        });
      }
    }

    // WG.M1: every project on the screening list with a responsible person and all institutions checked.
    const screenFrom = Math.max(campaignStartDay + 10, started);
    const screenTo = Math.min(asOfDay, dayOf(year, 11, 30), window?.to ?? asOfDay);
    if (screenTo >= screenFrom) {
      model.screeningItems.push({
        id: `SCR-${id}`,
        projectId: id,
        screenedOn: formatDay(rng.int(screenFrom, screenTo)),
        responsiblePerson: { name: personName(rng, true), phone: mobilePhone(rng) },
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
        problemIds: [],
      });
    }

    // WG.S2: site checks of about a fifth of the active projects; some find a problem put right at once.
    const checkFrom = Math.max(campaignStartDay, started);
    const checkTo = Math.min(asOfDay - 1, window?.to ?? asOfDay);
    if (window && checkTo >= checkFrom && orng.chance(0.2)) {
      const day = orng.int(checkFrom, checkTo);
      const ins: Inspection = {
        id: `IN-WG-${pad(inspections.length + 1, 6)}`,
        kind: 'site-check',
        inspectedOn: formatDay(day),
        projectId: id,
        divisionCode: street.code,
        inspectingUnit: {
          unit: 'housing-construction-bureau',
          divisionCode: county,
          name: `${countyName}住房和城乡建设局`,
        },
        inspectors: [{ name: personName(orng, true) }, { name: personName(orng, true) }],
        onSiteVerified: true,
        observations: {},
        problemIds: [],
        evidence: [{ kind: 'photo', ref: `PH-${id}-${formatDay(day)}` }],
      };
      inspections.push(ins);
      if (orng.chance(0.15)) {
        const clamp = (d: number) => formatDay(Math.min(asOfDay, d));
        const p: Problem = {
          id: `PB-WG-${pad(problems.length + 1, 6)}`,
          campaign: 'wages',
          kind: orng.chance(0.5) ? 'real-name-missing' : 'labour-officer-missing',
          projectId: id,
          enterpriseUscc: gc.uscc,
          divisionCode: street.code,
          source: 'inspection',
          sourceId: ins.id,
          foundOn: formatDay(day),
          description: '现场核查发现部分人员未录入实名制平台，已当场督促补录',
          responsiblePerson: { name: personName(orng, true) },
          responsibleUnit: { unit: 'general-contractor', divisionCode: street.code, name: gc.name },
          deadline: formatDay(day + 15),
          interviewedOn: clamp(day + 1),
          rectifiedOn: clamp(day + orng.int(2, 10)),
          handledOn: clamp(day + orng.int(2, 10)),
          accountabilityOn: clamp(day + orng.int(2, 12)),
          closedOn: clamp(day + 12),
          evidence: [],
        };
        problems.push(p);
        ins.problemIds.push(p.id);
      }
    }
  });

  // WG.M3: records against some contractors, mostly older than the two-year look-back.
  const enterpriseRecords: EnterpriseRecord[] = [];
  const erng = ctx.rng.fork('enterprise-records');
  for (const e of [...pools.contractors, ...pools.labour]) {
    if (!erng.chance(0.12)) continue;
    const recent = erng.chance(0.2);
    const decided = recent
      ? dayBetween(erng, asOfDay - 700, asOfDay - 30)
      : dayBetween(erng, asOfDay - 2200, asOfDay - 760);
    const kind = erng.pick([
      'quality-accident',
      'safety-accident',
      'wage-default-punishment',
      'illegal-subcontracting',
    ] as const);
    enterpriseRecords.push({
      id: `ER-${pad(enterpriseRecords.length + 1, 5)}`,
      uscc: e.uscc,
      kind,
      decidedOn: formatDay(decided),
      decisionNumber: `闽建罚〔${formatDay(decided).slice(0, 4)}〕${erng.int(1, 300)}号`,
      description: {
        'quality-accident': '在建项目发生一般质量事故，受到行政处罚',
        'safety-accident': '施工现场发生一般生产安全事故',
        'wage-default-punishment': '拖欠农民工工资被列入失信联合惩戒对象名单',
        'illegal-subcontracting': '将专业工程违法分包给不具备资质的单位',
      }[kind],
      evidence: [],
    });
  }
  return { projects, inspections, problems, enterpriseRecords };
}
