import type {
  Audit,
  Complaint,
  CreditAction,
  Enterprise,
  Inspection,
  Inspector,
  OwnerObjection,
  PersonRef,
  Problem,
  ProblemKind,
  RectificationDisclosure,
  SelfInspection,
  UnitRef,
} from '@rectify/schemas';
import { dayOf, formatDay, quarterEnd, quarterLabel, quarterStart } from '../calendar';
import { type GenContext, round2 } from '../context';
import { mobilePhone } from '../identity';
import { companyWord, personName, uniqueOrganisationName } from '../naming';
import type { CommunityModel } from './model';

/** The public-income oversight records: who inspected what, complaints, problems, audits, self-inspections. */
export interface PublicIncomeOversight {
  readonly inspectors: Inspector[];
  readonly inspections: Inspection[];
  readonly inspectionsByCommunity: Map<string, Inspection[]>;
  readonly complaints: Complaint[];
  readonly problems: Problem[];
  readonly audits: Audit[];
  readonly rectificationDisclosures: RectificationDisclosure[];
  readonly ownerObjections: OwnerObjection[];
  readonly selfInspections: SelfInspection[];
  readonly creditActions: CreditAction[];
  /** Communities some audit or objection names (a disclosure plant leaves them alone). */
  readonly auditedCommunityIds: Set<string>;
}

const pad = (n: number, w = 6) => String(n).padStart(w, '0');

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function authority(ctx: GenContext, county: string): UnitRef {
  return {
    unit: 'housing-authority',
    divisionCode: county,
    name: `${ctx.geography.countyName(county)}住房和城乡建设局`,
  };
}

function streetOffice(streetCode: string, streetName: string): UnitRef {
  const office = streetName.endsWith('街道') || streetName.endsWith('片区') ? '办事处' : '人民政府';
  return { unit: 'street-office', divisionCode: streetCode, name: streetName + office };
}

/** Builds the public-income oversight records for the communities. */
export function buildPublicIncomeOversight(
  ctx: GenContext,
  models: readonly CommunityModel[],
): PublicIncomeOversight {
  const { asOfDay, year, campaignStartDay } = ctx;
  const rng = ctx.rng.fork('pi-oversight');
  const problems: Problem[] = [];
  const creditActions: CreditAction[] = [];
  const yearStart = dayOf(year, 1, 1);
  const sep30 = dayOf(year, 9, 30);

  const addProblem = (
    m: CommunityModel,
    kind: ProblemKind,
    source: Problem['source'],
    sourceId: string,
    foundDay: number,
    description: string,
    deadlineDays = 30,
  ): Problem => {
    // PI.C5.b: a handling step within days of the finding; rectified before the deadline once it has passed.
    const deadline = foundDay + deadlineDays;
    const interviewed = Math.min(asOfDay, foundDay + rng.int(2, 10));
    const rectified = foundDay + rng.int(10, deadlineDays - 2);
    const p: Problem = {
      id: `PB-PI-${pad(problems.length + 1)}`,
      campaign: 'public-income',
      kind,
      communityId: m.record.id,
      enterpriseUscc: m.record.companyUscc,
      divisionCode: m.record.divisionCode,
      source,
      sourceId,
      foundOn: formatDay(foundDay),
      description,
      responsibleUnit: {
        unit: 'property-company',
        divisionCode: m.record.divisionCode,
        name: m.record.companyName,
      },
      deadline: formatDay(deadline),
      escalation: rng.chance(0.85) ? 'street' : 'county',
      interviewedOn: formatDay(interviewed),
      evidence: [{ kind: 'document', ref: `ZG-${sourceId}`, title: '整改通知书', date: formatDay(foundDay) }],
    };
    if (rectified <= asOfDay) {
      p.rectifiedOn = formatDay(rectified);
      const closed = rectified + rng.int(0, 5);
      if (closed <= asOfDay) p.closedOn = formatDay(closed);
    }
    if (rng.chance(0.2) && interviewed + 5 <= asOfDay) {
      const punished = interviewed + rng.int(3, Math.min(20, asOfDay - interviewed));
      p.punishedOn = formatDay(punished);
      creditActions.push({
        id: `CA-PI-${pad(creditActions.length + 1)}`,
        campaign: 'public-income',
        uscc: m.record.companyUscc,
        enterpriseName: m.record.companyName,
        kind: 'credit-deduction',
        decidedOn: formatDay(punished),
        decisionNumber: `泉住建信扣〔${year}〕${creditActions.length + 1}号`,
        decidingUnit: authority(ctx, m.slot.countyCode),
        points: rng.int(2, 10),
        reason: description,
        legalBasis: '《福建省物业服务企业信用信息管理办法》',
        problemId: p.id,
        publicUntil: formatDay(punished + 365),
      });
      if (rng.chance(0.4)) {
        p.exposedOn = formatDay(Math.min(asOfDay, punished + rng.int(1, 10)));
        p.typicalCase = true;
      }
    }
    problems.push(p);
    return p;
  };

  // Complaints (PI.C3.c, PI.S3): accepted within days, answered within 60 days; a quarter of them are
  // petitions transferred by the province or the city (PI.M2 priority for sampling).
  const complaints: Complaint[] = [];
  const complaintFrom = yearStart + 14;
  const complaintTo = asOfDay - 3;
  const transferred = new Set<string>();
  if (complaintTo > complaintFrom) {
    for (const m of models) {
      const n = rng.chance(0.08) ? (rng.chance(0.2) ? 2 : 1) : 0;
      for (let i = 0; i < n; i++) {
        const received = rng.int(complaintFrom, complaintTo);
        const accepted = Math.min(asOfDay, received + rng.int(0, 5));
        const investigated = Math.min(asOfDay, accepted + rng.int(3, 15));
        const answered = Math.min(asOfDay, investigated + rng.int(1, 20));
        const closed = Math.min(asOfDay, answered + rng.int(0, 5));
        const isTransfer = rng.chance(0.25);
        const subject = rng.weighted<Complaint['subject']>([
          ['misappropriation', 30],
          ['disclosure', 35],
          ['distribution', 20],
          ['other', 15],
        ]);
        const id = `CP-${pad(complaints.length + 1)}`;
        const c: Complaint = {
          id,
          communityId: m.record.id,
          companyUscc: m.record.companyUscc,
          divisionCode: m.record.divisionCode,
          channel: isTransfer
            ? 'transfer'
            : rng.pick(['hotline', 'online', 'letter', 'visit', 'mailbox'] as const),
          ...(isTransfer
            ? { transferredBy: rng.chance(0.4) ? ('province' as const) : ('city' as const) }
            : {}),
          subject,
          complainant: { name: personName(rng, true), phone: mobilePhone(rng) },
          summary: `业主反映${m.record.name}${
            {
              misappropriation: '公共收益去向不明，疑似被物业服务企业挪用',
              disclosure: '公共收益收支情况未按季度公示或公示不全',
              distribution: '公共收益分配比例与约定不符',
              other: '共有部分经营收益情况不清',
            }[subject]
          }`,
          receivedOn: formatDay(received),
          acceptedOn: formatDay(accepted),
          investigatedOn: formatDay(investigated),
          answeredOn: formatDay(answered),
          closedOn: formatDay(closed),
          substantiated: false,
          problemIds: [],
        };
        if (rng.chance(0.3)) {
          c.substantiated = true;
          const kind: ProblemKind =
            subject === 'misappropriation'
              ? 'unauthorised-use'
              : subject === 'disclosure'
                ? 'disclosure-channel-missing'
                : subject === 'distribution'
                  ? 'distribution-ratio'
                  : 'other';
          const p = addProblem(
            m,
            kind,
            'complaint',
            id,
            investigated,
            `投诉核实：${year - 1}年度${c.summary.slice(2)}`,
          );
          c.problemIds.push(p.id);
        }
        if (isTransfer) transferred.add(m.record.id);
        complaints.push(c);
      }
    }
  }

  // Inspectors of each county authority and street office, some with conflicts of interest (PI.X19 双随机).
  const inspectors: Inspector[] = [];
  const countyPool = new Map<string, Inspector[]>();
  const streetPool = new Map<string, Inspector[]>();
  const byCounty = new Map<string, CommunityModel[]>();
  const byStreet = new Map<string, CommunityModel[]>();
  for (const m of models) {
    pushTo(byCounty, m.slot.countyCode, m);
    pushTo(byStreet, m.record.divisionCode, m);
  }
  const makeInspector = (id: string, unit: UnitRef, pool: readonly CommunityModel[]): Inspector => {
    const conflicts = rng.chance(0.25) ? rng.sample(pool, rng.int(1, 2)) : [];
    const company = rng.chance(0.1) && pool.length > 0 ? [rng.pick(pool).record.companyUscc] : [];
    const inspector: Inspector = {
      id,
      person: { id, name: personName(rng, true), phone: mobilePhone(rng) },
      unit,
      conflictCommunityIds: conflicts.map((c) => c.record.id),
      conflictCompanyUsccs: company,
      active: true,
    };
    inspectors.push(inspector);
    return inspector;
  };
  for (const [county, list] of byCounty) {
    const pool: Inspector[] = [];
    for (let k = 1; k <= Math.max(6, Math.min(20, Math.ceil(list.length / 15))); k++) {
      pool.push(makeInspector(`IP-${county}-${pad(k, 3)}`, authority(ctx, county), list));
    }
    countyPool.set(county, pool);
  }
  for (const [street, list] of byStreet) {
    const first = list[0];
    if (!first) continue;
    const pool: Inspector[] = [];
    for (let k = 1; k <= 2; k++) {
      pool.push(makeInspector(`IP-${street}-${k}`, streetOffice(street, first.slot.street.name), list));
    }
    streetPool.set(street, pool);
  }
  const draw = (pools: readonly (readonly Inspector[])[], m: CommunityModel): PersonRef[] => {
    for (const pool of pools) {
      // Conflicted inspectors never inspect the community or its company.
      const free = pool.filter(
        (i) =>
          !i.conflictCommunityIds.includes(m.record.id) &&
          !i.conflictCompanyUsccs.includes(m.record.companyUscc),
      );
      if (free.length >= 2) return rng.sample(free, 2).map((i) => ({ ...i.person }));
    }
    return [{ name: personName(rng, true) }];
  };

  // Inspections: county sampling of ≥ 55 % per county with priorities first (PI.M2, PI.T2), street offices
  // inspecting every community (PI.C5.e), one cross-inspection round per county and quarter (PI.M3).
  const inspections: Inspection[] = [];
  const inspectionsByCommunity = new Map<string, Inspection[]>();
  const addInspection = (m: CommunityModel, ins: Omit<Inspection, 'id' | 'communityId' | 'divisionCode'>) => {
    const record: Inspection = {
      id: `IN-PI-${pad(inspections.length + 1)}`,
      kind: ins.kind,
      inspectedOn: ins.inspectedOn,
      communityId: m.record.id,
      divisionCode: m.record.divisionCode,
      inspectingUnit: ins.inspectingUnit,
      ...(ins.crossGroupId ? { crossGroupId: ins.crossGroupId } : {}),
      inspectors: ins.inspectors,
      onSiteVerified: ins.onSiteVerified,
      observations: ins.observations,
      problemIds: ins.problemIds,
      evidence: ins.evidence,
    };
    inspections.push(record);
    pushTo(inspectionsByCommunity, m.record.id, record);
    return record;
  };
  const cleanObservations = () => ({
    boardPresent: true,
    boardAtMainEntrance: true,
    currentNoticePosted: true,
    noticeMatchesSystems: true,
  });
  const campaignTo = Math.min(sep30, asOfDay);
  if (campaignTo >= campaignStartDay + 5) {
    const counties = [...byCounty.keys()];
    for (const county of counties) {
      const list = byCounty.get(county) ?? [];
      const target = Math.ceil(list.length * 0.55);
      const priority = list.filter((m) => m.zeroIncome || transferred.has(m.record.id));
      const rest = rng.shuffle(list.filter((m) => !(m.zeroIncome || transferred.has(m.record.id))));
      const sampled = [...priority, ...rest].slice(0, Math.max(target, priority.length));
      sampled.sort((a, b) => a.index - b.index);
      for (const m of sampled) {
        const day = rng.int(
          campaignStartDay + 10 > campaignTo ? campaignStartDay : campaignStartDay + 10,
          campaignTo,
        );
        const ins = addInspection(m, {
          kind: 'sampling',
          inspectedOn: formatDay(day),
          inspectingUnit: authority(ctx, county),
          inspectors: draw([countyPool.get(county) ?? []], m),
          onSiteVerified: true,
          observations: { ...cleanObservations(), accountsVerified: true },
          problemIds: [],
          evidence: [{ kind: 'photo', ref: `PH-${m.record.id}-${formatDay(day)}`, date: formatDay(day) }],
        });
        if (rng.chance(0.06) && day + 5 <= asOfDay) {
          const kind = rng.pick([
            'accounts-disordered',
            'item-omitted-mislabelled',
            'disclosure-short',
          ] as const);
          const p = addProblem(
            m,
            kind,
            'inspection',
            ins.id,
            day,
            `抽查发现${m.record.name}${year - 1}年第四季度公示存在问题，已责令整改`,
          );
          ins.problemIds.push(p.id);
        }
      }
    }
    for (const m of models) {
      const day = rng.int(campaignStartDay, campaignTo);
      addInspection(m, {
        kind: 'street-full',
        inspectedOn: formatDay(day),
        inspectingUnit: streetOffice(m.record.divisionCode, m.slot.street.name),
        inspectors: draw(
          [streetPool.get(m.record.divisionCode) ?? [], countyPool.get(m.slot.countyCode) ?? []],
          m,
        ),
        onSiteVerified: false,
        observations: cleanObservations(),
        problemIds: [],
        evidence: [],
      });
    }
    for (const [i, county] of counties.entries()) {
      const list = byCounty.get(county) ?? [];
      const other = counties[(i + 1) % counties.length] ?? county;
      if (list.length < 3 || other === county) continue;
      for (const q of [3, 4]) {
        const ref = { year, quarter: q };
        const from = Math.max(quarterStart(ref), campaignStartDay);
        const to = Math.min(quarterEnd(ref), asOfDay);
        if (to < from + 5) continue;
        const group = `XG-${county}-${quarterLabel(ref)}`;
        for (const m of rng
          .sample(list, Math.min(list.length, rng.int(3, 6)))
          .sort((a, b) => a.index - b.index)) {
          addInspection(m, {
            kind: 'cross',
            inspectedOn: formatDay(rng.int(from, to)),
            // PI.M3: a cross group never inspects its own area.
            inspectingUnit: authority(ctx, other),
            crossGroupId: group,
            inspectors: draw([countyPool.get(other) ?? []], m),
            onSiteVerified: true,
            observations: cleanObservations(),
            problemIds: [],
            evidence: [],
          });
        }
      }
    }
  }

  // Audits (PI.M5): every community with income has the campaign year's audit of last year's accounts, larger
  // ones alone, small ones bundled by street (整合打包); zero-income ones skipped. Reports fall in the year.
  const auditors: Enterprise[] = [];
  const auditorNames = new Set<string>();
  const audits: Audit[] = [];
  const rectificationDisclosures: RectificationDisclosure[] = [];
  const auditedCommunityIds = new Set<string>();
  const reportFrom = campaignStartDay + 20;
  const reportTo = Math.min(asOfDay - 15, dayOf(year, 12, 31));
  const auditor = () => {
    if (auditors.length < 4 && (auditors.length === 0 || rng.chance(0.4))) {
      const name = uniqueOrganisationName(
        auditorNames,
        () => `${rng.pick(['福建', '泉州'])}${companyWord(rng)}会计师事务所有限公司`,
      );
      const e: Enterprise = {
        uscc: ctx.usccs.next('enterprise', rng.pick(['350502', '350503', '350500'])),
        name,
        roles: ['auditor'],
        divisionCode: '350500',
        ownership: 'private',
      };
      auditors.push(e);
      ctx.enterprises.push(e);
      return e;
    }
    return rng.pick(auditors);
  };
  const ownerObjections: OwnerObjection[] = [];
  if (reportTo > reportFrom) {
    const small: CommunityModel[] = [];
    for (const m of models) {
      if (m.zeroIncome) continue;
      if (m.record.households < 250) {
        small.push(m);
        continue;
      }
      const a = auditor();
      const reported = rng.int(reportFrom, reportTo);
      const id = `AU-${pad(audits.length + 1)}`;
      const audit: Audit = {
        id,
        communityIds: [m.record.id],
        year: year - 1,
        quarters: [1, 2, 3, 4].map((q) => `${year - 1}Q${q}`),
        commissionedBy: rng.pick(['county-authority', 'street-office'] as const),
        auditor: { uscc: a.uscc, name: a.name },
        reportedOn: formatDay(reported),
        problemsFound: false,
        evidence: [{ kind: 'audit-report', ref: `SJ-${id}`, date: formatDay(reported) }],
      };
      if (rng.chance(0.06)) {
        // PI.M5: problems found are rectified and the rectification posted on all three channels in time.
        const due = reported + rng.int(30, 45);
        const rectified = Math.min(asOfDay, reported + rng.int(10, 25));
        const posted = Math.min(asOfDay, due, rectified + rng.int(0, 3));
        audit.problemsFound = true;
        audit.rectificationDueOn = formatDay(due);
        audit.rectifiedOn = formatDay(rectified);
        rectificationDisclosures.push({
          id: `RD-${id}-${m.record.id}`,
          auditId: id,
          communityId: m.record.id,
          channels: (['notice-board', 'provincial-system', 'quanzhou-system'] as const).map((channel) => ({
            channel,
            postedOn: formatDay(posted),
          })),
        });
        addProblem(
          m,
          'accounts-disordered',
          'audit',
          id,
          reported,
          `审计发现${m.record.name}${year - 1}年度公共收益账目不清`,
          40,
        );
      }
      audits.push(audit);
      auditedCommunityIds.add(m.record.id);
    }
    // Bundled audits of small communities of one street (PI.M5 整合打包).
    const byStreetSmall = new Map<string, CommunityModel[]>();
    for (const m of small) pushTo(byStreetSmall, m.record.divisionCode, m);
    for (const list of byStreetSmall.values()) {
      for (let i = 0; i < list.length; i += 4) {
        const bundle = list.slice(i, i + 4);
        const a = auditor();
        const reported = rng.int(reportFrom, reportTo);
        const id = `AU-${pad(audits.length + 1)}`;
        audits.push({
          id,
          communityIds: bundle.map((m) => m.record.id),
          year: year - 1,
          quarters: [],
          commissionedBy: 'county-authority',
          auditor: { uscc: a.uscc, name: a.name },
          reportedOn: formatDay(reported),
          problemsFound: false,
          evidence: [{ kind: 'audit-report', ref: `SJ-${id}`, date: formatDay(reported) }],
        });
        for (const m of bundle) auditedCommunityIds.add(m.record.id);
      }
    }
    // Owners' objections to a disclosure, each answered by an audit (PI.M5: the committee or ≥ 20 % of owners).
    for (const m of models) {
      const q = m.quarters.filter((x) => x.judged).at(-1);
      if (!q || !rng.chance(0.015)) continue;
      const board = q.postings.find((p) => p.channel === 'notice-board');
      if (!board) continue;
      const raised = board.postedDay + rng.int(3, 20);
      if (raised > asOfDay - 2) continue;
      const byCommittee = m.record.ownersCommittee.exists && rng.chance(0.6);
      const share = 0.2 + rng.next() * 0.15;
      const auditId = `AU-${pad(audits.length + 1)}`;
      const a = auditor();
      const reported = raised + rng.int(30, 60);
      audits.push({
        id: auditId,
        communityIds: [m.record.id],
        year,
        quarters: [q.label],
        commissionedBy: byCommittee ? 'owners-committee' : 'owners',
        auditor: { uscc: a.uscc, name: a.name },
        ...(reported <= asOfDay ? { reportedOn: formatDay(reported), problemsFound: false } : {}),
        evidence: [],
      });
      ownerObjections.push({
        id: `OO-${pad(ownerObjections.length + 1)}`,
        communityId: m.record.id,
        quarter: q.label,
        raisedOn: formatDay(raised),
        raisedBy: byCommittee ? 'owners-committee' : 'owners',
        ownersCount: byCommittee ? 0 : Math.ceil(m.record.households * share),
        ...(byCommittee ? {} : { ownersArea: round2(m.record.buildingArea * share) }),
        matter: '对本季度公共收益公示的停车收入及支出明细有异议，申请第三方审计',
        auditId,
      });
      auditedCommunityIds.add(m.record.id);
    }
  }

  // Self-inspection notices (PI.S2): posted by 30 July for at least 30 days, every owner told electronically.
  const selfInspections: SelfInspection[] = [];
  for (const m of models) {
    const posted = dayOf(year, 7, rng.int(5, 28));
    if (posted > asOfDay) continue;
    const takenDown = posted + rng.int(31, 50);
    selfInspections.push({
      id: `SI-${m.record.id}-${year}`,
      communityId: m.record.id,
      companyUscc: m.record.companyUscc,
      year,
      ledgerEstablished: true,
      postedOn: formatDay(posted),
      ...(takenDown <= asOfDay && rng.chance(0.5) ? { takenDownOn: formatDay(takenDown) } : {}),
      postedAt: ['notice-board', ...rng.sample(['stairwell', 'lift', 'entrance'] as const, rng.int(1, 2))],
      notifiedChannels: ['wechat', ...rng.sample(['sms', 'phone'] as const, rng.int(0, 2))],
      ownersNotified: m.record.households,
      ownersTotal: m.record.households,
    });
  }

  return {
    inspectors,
    inspections,
    inspectionsByCommunity,
    complaints,
    problems,
    audits,
    rectificationDisclosures,
    ownerObjections,
    selfInspections,
    creditActions,
    auditedCommunityIds,
  };
}

/** Stops inspections vouching for a planted community's notices: those fields become unobserved. */
export function forgetNoticeObservations(inspections: readonly Inspection[] | undefined): void {
  for (const ins of inspections ?? []) {
    delete ins.observations.currentNoticePosted;
    delete ins.observations.noticeMatchesSystems;
    delete ins.observations.accountsVerified;
  }
}
