import type {
  CommonPartContract,
  Community,
  EvidenceRef,
  ExpenseCategory,
  OwnersDecision,
} from '@rectify/schemas';
import {
  dayOf,
  disclosureDeadline,
  formatDay,
  type QuarterRef,
  quarterEnd,
  quarterLabel,
  quarterStart,
  shanghaiInstant,
} from '../calendar';
import { dayBetween, type GenContext, normal, round2 } from '../context';
import { COMMON_PARTS, REPAIR_TITLES, SELF_RUN_SOURCES } from '../data/name-parts';
import { BANK_NAMES, bankAccount } from '../identity';
import { communityName, companyWord, uniqueName, uniqueOrganisationName } from '../naming';
import type { Rng } from '../prng';
import { ownersDecision } from './decisions';
import type {
  CommunityModel,
  ExpenseLineDraft,
  IncomeLineDraft,
  PostingDraft,
  QuarterDraft,
  RepairDraft,
} from './model';

/** A property-service company (物业服务企业). */
export interface PropertyCompany {
  readonly uscc: string;
  readonly name: string;
  readonly divisionCode: string;
}

const pad6 = (n: number) => String(n).padStart(6, '0');

/** Id of the community with the given 0-based index. */
export function communityId(index: number): string {
  return `CM${pad6(index + 1)}`;
}

/** The quarters generated for a campaign year: Q1..Q4 and the next Q1, those that have ended before `asOf`. */
export function generatedQuarters(year: number, asOfDay: number): QuarterRef[] {
  const out: QuarterRef[] = [];
  for (const q of [1, 2, 3, 4]) out.push({ year, quarter: q });
  out.push({ year: year + 1, quarter: 1 });
  return out.filter((q) => quarterEnd(q) < asOfDay);
}

function propertyCompanies(ctx: GenContext): {
  cityWide: PropertyCompany[];
  byCounty: Map<string, PropertyCompany[]>;
} {
  const rng = ctx.rng.fork('property-companies');
  const used = new Set<string>();
  const slots = ctx.geography.communitySlots;
  const make = (divisionCode: string, prefix: string): PropertyCompany => {
    const name = uniqueOrganisationName(
      used,
      () =>
        prefix +
        companyWord(rng) +
        rng.pick(['物业服务有限公司', '物业管理有限公司', '物业服务集团有限公司', '物业管理股份有限公司']),
    );
    const company = { uscc: ctx.usccs.next('enterprise', divisionCode), name, divisionCode };
    ctx.enterprises.push({
      uscc: company.uscc,
      name: company.name,
      roles: ['property-service'],
      divisionCode,
      ownership: rng.chance(0.1) ? 'state-owned' : 'private',
    });
    return company;
  };
  const cityWide: PropertyCompany[] = [];
  const nCity = slots.length === 0 ? 0 : Math.max(1, Math.round(slots.length / 60));
  for (let i = 0; i < nCity; i++)
    cityWide.push(make(rng.pick(['350503', '350502', '350500']), rng.pick(['福建', '泉州市', '泉州'])));
  const counts = new Map<string, number>();
  for (const s of slots) counts.set(s.countyCode, (counts.get(s.countyCode) ?? 0) + 1);
  const byCounty = new Map<string, PropertyCompany[]>();
  for (const [county, n] of counts) {
    const list: PropertyCompany[] = [];
    const countyName = ctx.geography.countyName(county);
    const prefix = county === '350598' || county === '350599' ? '泉州' : countyName;
    for (let i = 0; i < Math.max(1, Math.round(n / 7)); i++)
      list.push(make(county, rng.chance(0.5) ? prefix : '泉州市'));
    byCounty.set(county, list);
  }
  return { cityWide, byCounty };
}

function overlapDays(from: number, to: number, start: number, end: number): number {
  const a = Math.max(from, start);
  const b = Math.min(to, end);
  return b < a ? 0 : b - a + 1;
}

function evidenceFor(rng: Rng, id: string, fromDay: number, toDay: number): EvidenceRef[] {
  const kind = rng.weighted<EvidenceRef['kind']>([
    ['invoice', 6],
    ['receipt', 3],
    ['contract', 1],
  ]);
  return [
    {
      kind,
      ref: `${kind === 'invoice' ? 'FP' : kind === 'receipt' ? 'SJ' : 'HT'}-${id}`,
      date: formatDay(dayBetween(rng, fromDay, toDay)),
    },
  ];
}

function schedulePostings(
  rng: Rng,
  q: QuarterDraftBase,
  asOfDay: number,
  boardLocation: string,
): PostingDraft[] {
  // PI.C1.b: post in the first month of the next quarter; a quarter whose deadline is still ahead is posted
  // early, on days up to the as-of date.
  const early = q.deadlineDay >= asOfDay;
  const lo = early ? q.endDay + 1 : q.endDay + 3;
  const hi = early ? Math.min(q.deadlineDay, asOfDay) : q.deadlineDay - 3;
  const last = early ? Math.min(q.deadlineDay, asOfDay) : q.deadlineDay;
  const d0 = dayBetween(rng, lo, hi);
  const board: PostingDraft = {
    channel: 'notice-board',
    postedDay: d0,
    postedMinute: 9 * 60 + rng.int(0, 150),
    location: boardLocation,
  };
  // PI.C1.d: a board notice stays up at least 30 days; when taken down, it is after D+30.
  if (d0 + 31 <= asOfDay && rng.chance(0.5)) {
    board.takenDownDay = rng.int(d0 + 31, Math.min(d0 + 60, asOfDay));
    board.takenDownMinute = 17 * 60 + rng.int(0, 59);
  }
  const system = (channel: 'provincial-system' | 'quanzhou-system'): PostingDraft => ({
    channel,
    postedDay: Math.min(d0 + rng.int(0, 2), last),
    postedMinute: 10 * 60 + rng.int(0, 420),
  });
  return [board, system('provincial-system'), system('quanzhou-system')];
}

type QuarterDraftBase = Pick<QuarterDraft, 'endDay' | 'deadlineDay'>;

const EXPENSE_TEXT: Record<ExpenseCategory, string> = {
  'operating-cost': '公共收益经营管理费用（人工、票据）',
  repair: '共用部位维修改造',
  'facility-maintenance': '共用设施设备日常维护',
  utilities: '公共区域水电能耗',
  tax: '公共收益相关税费',
  'audit-fee': '公共收益专项审计费用',
  'owners-committee': '业主委员会工作经费',
  'community-activity': '小区公益活动费用',
  other: '其他支出',
};

/** Builds every community with its sources, contracts, decisions, repair projects and quarter drafts. */
export function buildCommunityModels(ctx: GenContext): CommunityModel[] {
  const { year, asOfDay } = ctx;
  const companies = propertyCompanies(ctx);
  const quarters = generatedQuarters(year, asOfDay);
  const namesByCounty = new Map<string, Set<string>>();
  const models: CommunityModel[] = [];
  const yearStart = dayOf(year, 1, 1);
  const placesByCounty = new Map<string, string[]>();

  ctx.geography.communitySlots.forEach((slot, index) => {
    const rng = ctx.rng.fork(`community/${index}`);
    const id = communityId(index);
    const used = namesByCounty.get(slot.countyCode) ?? new Set<string>();
    namesByCounty.set(slot.countyCode, used);
    let localPlaces = placesByCounty.get(slot.countyCode);
    if (!localPlaces) {
      localPlaces = ctx.geography
        .streetsOf(slot.countyCode)
        .map((s) => s.name.replace(/(街道|镇|乡|片区)$/, ''));
      placesByCounty.set(slot.countyCode, localPlaces);
    }
    const name = uniqueName(used, communityName(rng, localPlaces), rng);
    const pool = companies.byCounty.get(slot.countyCode) ?? companies.cityWide;
    const company =
      rng.chance(0.25) && companies.cityWide.length > 0 ? rng.pick(companies.cityWide) : rng.pick(pool);

    const households = Math.max(60, Math.min(4000, Math.round(Math.exp(6.2 + 0.6 * normal(rng)))));
    const buildingArea = round2(households * (85 + rng.next() * 60));
    const committee = rng.chance(0.45);
    const zeroIncome = rng.chance(0.03);
    const separate = rng.chance(0.55);
    const decisions: OwnersDecision[] = [];
    const decide = (
      decidedDay: number,
      subject: string,
      matters: OwnersDecision['matters'],
      expenseCategories?: ExpenseCategory[],
    ): string => {
      const d = ownersDecision(rng, {
        id: `OD-${id}-${decisions.length + 1}`,
        communityId: id,
        decidedDay,
        subject,
        matters,
        ...(expenseCategories ? { expenseCategories } : {}),
        totalArea: buildingArea,
        totalOwners: households,
      });
      decisions.push(d);
      return d.id;
    };

    const servedSince = dayOf(rng.int(2012, year - 1), rng.int(1, 12), rng.int(1, 28));
    const companyShareBp = rng.pick([2000, 2500, 3000, 3000, 3000, 3500, 4000]);
    const distributionSource = rng.weighted<'service-contract' | 'management-rules' | 'owners-decision'>([
      ['service-contract', 45],
      ['management-rules', 30],
      ['owners-decision', 25],
    ]);
    const distributionDecision =
      distributionSource === 'owners-decision'
        ? decide(
            dayBetween(rng, yearStart - 700, yearStart - 30),
            `关于公共收益分配比例的决定（物业服务企业分成${companyShareBp / 100}%）`,
            ['distribution-ratio'],
          )
        : undefined;
    const preAuthorised: ExpenseCategory[] = ['operating-cost', 'tax'];
    if (rng.chance(0.6)) preAuthorised.push('utilities');
    if (rng.chance(0.4)) preAuthorised.push('facility-maintenance');

    // Income sources: common-part contracts (each on an owners' decision, PI.C3.a/PI.C4.a) and self-run ones.
    const contracts: CommonPartContract[] = [];
    const sources: Community['knownIncomeSources'] = [];
    if (!zeroIncome) {
      const nContracts = rng.weighted<number>([
        [0, 10],
        [1, 35],
        [2, 35],
        [3, 15],
        [4, 5],
      ]);
      for (const part of rng.sample(COMMON_PARTS, nContracts)) {
        const k = contracts.length + 1;
        const shape = rng.weighted<'running' | 'starts' | 'ends'>([
          ['running', 85],
          ['starts', 10],
          ['ends', 5],
        ]);
        let signed: number;
        let starts: number;
        let ends: number;
        if (shape === 'starts' && asOfDay - 40 > yearStart + 10) {
          signed = dayBetween(rng, yearStart + 10, Math.min(dayOf(year, 9, 30), asOfDay - 40));
          starts = signed + rng.int(1, 15);
          ends = dayOf(year + rng.int(2, 5), 1, 1) + rng.int(0, 300);
        } else if (shape === 'ends') {
          signed = dayBetween(rng, yearStart - 1500, yearStart - 400);
          starts = signed + rng.int(0, 20);
          ends = dayBetween(rng, dayOf(year, 3, 31), Math.min(dayOf(year, 9, 30), asOfDay - 1));
        } else {
          signed = dayBetween(rng, yearStart - 1400, yearStart - 20);
          starts = signed + rng.int(0, 20);
          ends = Math.max(dayOf(year + 1, 6, 30), starts + 365 * rng.int(2, 5));
        }
        if (ends < starts) ends = starts + 90;
        const lessor: CommonPartContract['lessor'] = committee
          ? rng.weighted<CommonPartContract['lessor']>([
              ['property-company', 55],
              ['owners-committee', 25],
              ['property-company-and-owners-committee', 20],
            ])
          : 'property-company';
        const leaseLike = part.kind === 'lease' || part.kind === 'parking';
        const decisionId = decide(
          signed - rng.int(5, 45),
          `关于${part.part}${leaseLike ? '出租' : '经营'}的决定`,
          [leaseLike ? 'lease-common-parts' : 'common-part-business'],
        );
        const contractId = `CPC-${id}-${k}`;
        const lessee = `泉州${companyWord(rng)}${rng.pick(['广告传媒有限公司', '停车场管理有限公司', '新能源科技有限公司', '通信技术有限公司', '商贸有限公司', '智能科技有限公司'])}`;
        contracts.push({
          id: contractId,
          communityId: id,
          kind: part.kind,
          incomeCategory: part.category,
          commonPart: part.part,
          lessor,
          lesseeName: lessee,
          signedOn: formatDay(signed),
          startsOn: formatDay(starts),
          endsOn: formatDay(ends),
          quarterlyIncome: rng.int(part.quarterly[0] / 100, part.quarterly[1] / 100) * 100,
          decisionId,
          evidence: [{ kind: 'contract', ref: `HT-${contractId}`, date: formatDay(signed) }],
        });
        sources.push({
          id: `${id}-S${sources.length + 1}`,
          category: part.category,
          description: `${part.part}${leaseLike ? '租金' : '经营收入'}`,
          contractId,
          activeFrom: formatDay(starts),
          activeUntil: formatDay(ends),
        });
      }
      const selfRun = SELF_RUN_SOURCES.filter((s) => s.category !== 'interest' || separate);
      const nSelf = Math.max(contracts.length === 0 ? 1 : 0, rng.int(0, Math.min(3, selfRun.length)));
      for (const s of rng.sample(selfRun, nSelf)) {
        sources.push({
          id: `${id}-S${sources.length + 1}`,
          category: s.category,
          description: s.description,
        });
      }
    }
    const selfRunBase = new Map<string, number>();
    for (const s of sources) {
      const def = SELF_RUN_SOURCES.find((d) => d.description === s.description);
      if (!s.contractId && def) selfRunBase.set(s.id, rng.int(def.quarterly[0], def.quarterly[1]));
    }

    // Expense categories this community spends on besides the operating cost and taxes.
    const optional: ExpenseCategory[] = [];
    if (rng.chance(0.5)) optional.push('utilities');
    if (rng.chance(0.45)) optional.push('facility-maintenance');
    if (rng.chance(0.3)) optional.push('community-activity');
    if (committee && rng.chance(0.6)) optional.push('owners-committee');
    const needDecision = optional.filter((c) => !preAuthorised.includes(c));
    const useDecision =
      needDecision.length > 0 && !zeroIncome
        ? decide(
            dayBetween(rng, yearStart - 120, yearStart - 10),
            `关于${year}年度公共收益使用计划的决定`,
            ['use-public-income'],
            needDecision,
          )
        : undefined;

    const ownersCommittee = committee
      ? { exists: true, establishedOn: formatDay(dayBetween(rng, dayOf(2012, 1, 1), yearStart - 200)) }
      : { exists: false };
    const account: Community['account'] = separate
      ? {
          mode: 'separate-account',
          bankName: rng.pick(BANK_NAMES),
          accountNumber: bankAccount(rng),
          openedOn: formatDay(dayBetween(rng, servedSince, yearStart - 30)),
        }
      : { mode: 'dedicated-ledger', openedOn: formatDay(dayBetween(rng, servedSince, yearStart - 30)) };
    const boardLocation = rng.pick([
      '小区主入口东侧公示栏',
      '南大门人行入口宣传栏',
      '主入口物业服务中心外墙公示栏',
      '北门人行出入口公示牌',
    ]);
    const record: Community = {
      id,
      name,
      divisionCode: slot.street.code,
      committeeCode: slot.committeeCode,
      companyUscc: company.uscc,
      companyName: company.name,
      buildingArea,
      households,
      ownersCommittee,
      board: { exists: true, location: boardLocation, atMainPedestrianEntrance: true },
      account,
      distribution: {
        companyShareBp,
        source: distributionSource,
        ...(distributionDecision ? { decisionId: distributionDecision } : {}),
      },
      operatingCostCapBp: rng.pick([1000, 1500, 2000]),
      preAuthorisedExpenseCategories: preAuthorised,
      knownIncomeSources: sources,
      maintenanceFundAccount: true,
      servedSince: formatDay(servedSince),
    };

    // One repair project for about 30 % of communities with income, paid within one judged quarter.
    const repairs: RepairDraft[] = [];
    const judgedQuarters = quarters.filter((q) => q.year === year && disclosureDeadline(q) < asOfDay);
    let repairQuarter: string | undefined;
    if (!zeroIncome && judgedQuarters.length > 0 && rng.chance(0.3)) {
      const q = rng.pick(judgedQuarters);
      repairQuarter = quarterLabel(q);
      const start = quarterStart(q);
      const end = quarterEnd(q);
      const title = rng.pick(REPAIR_TITLES);
      const decisionId = decide(
        start - rng.int(10, 40),
        `关于${title}工程的决定`,
        ['repair-renewal', 'use-public-income'],
        ['repair'],
      );
      const startedOn = start + rng.int(3, 30);
      const repairId = `RP-${id}-1`;
      repairs.push({
        record: {
          id: repairId,
          communityId: id,
          title,
          contractedAmount: 0,
          decisionId,
          contractorName: `泉州${companyWord(rng)}建筑工程有限公司`,
          startedOn: formatDay(startedOn),
          completedOn: formatDay(Math.min(end, startedOn + rng.int(10, 40))),
          evidence: [{ kind: 'contract', ref: `HT-${repairId}`, date: formatDay(startedOn - 2) }],
        },
        marginBp: rng.int(0, 1500),
        shortfall: false,
      });
    }

    const estimate = sources.reduce((s, src) => {
      const c = contracts.find((x) => x.id === src.contractId);
      return s + (c ? c.quarterlyIncome : (selfRunBase.get(src.id) ?? 0));
    }, 0);
    const drafts: QuarterDraft[] = quarters.map((ref) => {
      const startDay = quarterStart(ref);
      const endDay = quarterEnd(ref);
      const deadlineDay = disclosureDeadline(ref);
      const label = quarterLabel(ref);
      const days = endDay - startDay + 1;
      const incomeLines: IncomeLineDraft[] = [];
      for (const src of sources) {
        const contract = contracts.find((c) => c.id === src.contractId);
        if (contract) {
          // PI.C2.c: book at least the pro-rata income due under the contract for its active days.
          const active = overlapDays(
            dayOfString(contract.startsOn),
            dayOfString(contract.endsOn),
            startDay,
            endDay,
          );
          if (active === 0) continue;
          incomeLines.push({
            category: src.category,
            description: src.description,
            amount: Math.floor((contract.quarterlyIncome * active) / days),
            sourceId: src.id,
            contractId: contract.id,
          });
        } else {
          const base = selfRunBase.get(src.id) ?? 0;
          incomeLines.push({
            category: src.category,
            description: src.description,
            amount: Math.round(base * (0.75 + rng.next() * 0.5)),
            sourceId: src.id,
          });
        }
      }
      const expenseLines: ExpenseLineDraft[] = [];
      if (incomeLines.length > 0) {
        const line = (
          category: ExpenseCategory,
          basis: 'income' | 'cap',
          bp: number,
          extra: Partial<ExpenseLineDraft> = {},
        ) => {
          const n = expenseLines.length + 1;
          expenseLines.push({
            category,
            description: EXPENSE_TEXT[category],
            basis,
            bp,
            ...(preAuthorised.includes(category) || category === 'repair' || !useDecision
              ? {}
              : { decisionId: useDecision }),
            ...extra,
            evidence: evidenceFor(rng, `${id}-${label}-${n}`, startDay, endDay),
          });
        };
        line('operating-cost', 'cap', rng.int(5000, 9500));
        line('tax', 'income', rng.int(300, 600));
        if (optional.includes('utilities')) line('utilities', 'income', rng.int(200, 800));
        if (optional.includes('facility-maintenance') && rng.chance(0.7))
          line('facility-maintenance', 'income', rng.int(300, 1200));
        if (optional.includes('community-activity') && rng.chance(0.5))
          line('community-activity', 'income', rng.int(200, 800));
        if (optional.includes('owners-committee')) line('owners-committee', 'income', rng.int(200, 500));
        const repair = repairs[0];
        if (repair && repairQuarter === label) {
          line('repair', 'income', rng.int(1000, 2500), {
            description: `${repair.record.title}工程款`,
            ...(repair.record.decisionId ? { decisionId: repair.record.decisionId } : {}),
            repairProjectId: repair.record.id,
            repair,
          });
        }
      }
      const postings = schedulePostings(rng, { endDay, deadlineDay }, asOfDay, boardLocation);
      const instantOf = (channel: string) => {
        const p = postings.find((x) => x.channel === channel);
        return p ? shanghaiInstant(p.postedDay, p.postedMinute) : shanghaiInstant(deadlineDay, 600);
      };
      return {
        ref,
        label,
        startDay,
        endDay,
        deadlineDay,
        judged: ref.year === year && deadlineDay < asOfDay,
        incomeLines,
        expenseLines,
        postings,
        filedAt: { provincial: instantOf('provincial-system'), quanzhou: instantOf('quanzhou-system') },
        transferDay: startDay + rng.int(5, 40),
        surplusTransferOmitted: false,
        incomeTotalDelta: 0,
        companyShareBoost: false,
        evidenceIncomeDelta: 0,
        deleted: false,
      };
    });
    if (!zeroIncome && rng.chance(0.3)) {
      const source = rng.chance(0.5) ? 'ledger' : 'bank-statement';
      for (const q of drafts) q.accountEvidence = source;
    }

    models.push({
      index,
      record,
      slot,
      zeroIncome,
      contracts,
      decisions,
      repairs,
      quarters: drafts,
      openingReserve: rng.int(0, Math.max(1, estimate * 2)),
      priorOwnersShare: zeroIncome ? 0 : Math.round(estimate * (0.2 + rng.next() * 0.3)),
      complaintContacts: ['12345', `0595-${rng.int(22000000, 28999999)}`],
      planted: false,
    });
  });
  return models;
}

function dayOfString(date: string): number {
  return dayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}
