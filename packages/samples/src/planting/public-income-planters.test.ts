import type { Dataset, OwnersDecision, QuarterlyDisclosure } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../generate';
import { PLANTABLE_RULE_IDS } from './registry';

const PI_RULE_IDS = PLANTABLE_RULE_IDS.filter((id) => id.startsWith('PI-'));

// An independent oracle of the public-income rule pack (the semantics table of the rule-pack spec), used to
// prove that a generated dataset fails exactly the planted subjects: nothing when clean, and for each rule
// exactly the manifest's items when planted. It reports failures only (pending/unknown are not failures).

const DAY = 86_400_000;
const dayNum = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY;
// Shanghai date of an instant with an offset, or the date itself.
const shanghai = (v: string) =>
  v.length === 10 ? v : new Date(Date.parse(v) + 8 * 3_600_000).toISOString().slice(0, 10);
const plus = (date: string, days: number) => new Date((dayNum(date) + days) * DAY).toISOString().slice(0, 10);
const quarterStart = (y: number, q: number) => `${y}-${String(q * 3 - 2).padStart(2, '0')}-01`;
const quarterEnd = (y: number, q: number) => plus(q === 4 ? `${y + 1}-01-01` : quarterStart(y, q + 1), -1);
const deadline = (y: number, q: number) =>
  plus(q === 4 ? `${y + 1}-02-01` : `${y}-${String(q * 3 + 2).padStart(2, '0')}-01`, -1);

function participationOk(d: OwnersDecision): boolean {
  return d.participatingArea * 3 >= d.totalArea * 2 && d.participatingOwners * 3 >= d.totalOwners * 2;
}

/** Failing subjects as `ruleId|kind|id|period`. */
function piFailures(dataset: Dataset, asOf: string): string[] {
  const r = dataset.records;
  const year = dataset.campaignYear;
  const out: string[] = [];
  const fail = (rule: string, kind: string, id: string, period = '') =>
    out.push(`${rule}|${kind}|${id}|${period}`);
  const decisions = new Map((r.ownersDecision ?? []).map((d) => [d.id, d]));
  const disclosures = new Map((r.quarterlyDisclosure ?? []).map((d) => [`${d.communityId}|${d.quarter}`, d]));
  const evidence = new Map((r.accountEvidence ?? []).map((e) => [`${e.communityId}|${e.quarter}`, e]));
  const repairs = new Map((r.repairProject ?? []).map((p) => [p.id, p]));
  const inspections = (r.inspection ?? []).filter((i) => i.communityId && i.inspectedOn <= asOf);
  const byCommunity = new Map<string, QuarterlyDisclosure[]>();
  for (const d of r.quarterlyDisclosure ?? [])
    byCommunity.set(d.communityId, [...(byCommunity.get(d.communityId) ?? []), d]);

  for (const c of r.community ?? []) {
    const seen = inspections
      .filter((i) => i.communityId === c.id)
      .sort((a, b) => (a.inspectedOn < b.inspectedOn ? -1 : 1));
    let exists: boolean | undefined = c.board.exists;
    let atMain = c.board.atMainPedestrianEntrance;
    for (const i of seen) {
      if (i.observations.boardPresent !== undefined) exists = i.observations.boardPresent;
      if (i.observations.boardAtMainEntrance !== undefined) atMain = i.observations.boardAtMainEntrance;
    }
    if (exists === false || atMain === false) fail('PI-BOARD', 'community', c.id);
    if (c.account?.mode === 'none') fail('PI-SEPARATE-ACCOUNT', 'community', c.id);

    for (let q = 1; q <= 4; q++) {
      const label = `${year}Q${q}`;
      const qs = quarterStart(year, q);
      const qe = quarterEnd(year, q);
      const dl = deadline(year, q);
      const d = disclosures.get(`${c.id}|${label}`);
      if (!d) {
        if (dl < asOf) fail('PI-DISCLOSURE-DEADLINE', 'community-quarter', c.id, label);
        continue;
      }
      const key = (rule: string) => fail(rule, 'community-quarter', c.id, label);
      if (d.postings.some((p) => shanghai(p.postedAt) > dl)) key('PI-DISCLOSURE-DEADLINE');
      const channels = new Set(d.postings.map((p) => p.channel));
      if (dl < asOf && channels.size < 3) key('PI-DISCLOSURE-CHANNELS');
      const { provincial, quanzhou } = d.filings;
      if (provincial && quanzhou) {
        const ms = (lines: readonly { category: string; amount: number }[]) =>
          lines
            .map((l) => `${l.category}:${l.amount}`)
            .sort()
            .join(',');
        if (
          ms(provincial.incomeLines) !== ms(quanzhou.incomeLines) ||
          ms(provincial.expenseLines) !== ms(quanzhou.expenseLines) ||
          provincial.closingBalance !== quanzhou.closingBalance
        )
          key('PI-FILINGS-AGREE');
      }
      const board = d.postings.find((p) => p.channel === 'notice-board');
      if (board?.takenDownAt && shanghai(board.takenDownAt) < plus(shanghai(board.postedAt), 30))
        key('PI-DISPLAY-DURATION');
      for (const s of c.knownIncomeSources) {
        const active = (!s.activeFrom || s.activeFrom <= qe) && (!s.activeUntil || s.activeUntil >= qs);
        if (!active) continue;
        const line = d.incomeLines.find((l) => l.sourceId === s.id);
        if (!line || line.category !== s.category) {
          key('PI-ITEMS-COMPLETE');
          break;
        }
      }
      const sum = (ls: readonly { amount: number }[]) => ls.reduce((a, l) => a + l.amount, 0);
      const dist = d.distribution;
      const transfers = sum(d.maintenanceFundTransfers);
      const prev = disclosures.get(`${c.id}|${q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`}`);
      if (
        d.incomeTotal !== sum(d.incomeLines) ||
        d.expenseTotal !== sum(d.expenseLines) ||
        (dist && dist.companyShare + dist.ownersShare !== dist.base) ||
        d.closingBalance !==
          d.openingBalance + d.incomeTotal - d.expenseTotal - (dist?.companyShare ?? 0) - transfers ||
        (prev && prev.closingBalance !== d.openingBalance)
      )
        key('PI-ARITHMETIC');
      const ev = evidence.get(`${c.id}|${label}`);
      if (
        ev &&
        (ev.incomeTotal !== d.incomeTotal ||
          ev.expenseTotal !== d.expenseTotal ||
          ev.closingBalance !== d.closingBalance)
      )
        key('PI-MATCHES-ACCOUNTS');
      const unauthorised = d.expenseLines.some((l) => {
        if (c.preAuthorisedExpenseCategories.includes(l.category)) return false;
        if (!l.decisionId) return true;
        const dec = decisions.get(l.decisionId);
        if (!dec) return false;
        const ok =
          dec.communityId === c.id &&
          dec.decidedOn <= qe &&
          participationOk(dec) &&
          dec.approvingArea * 2 > dec.participatingArea &&
          dec.approvingOwners * 2 > dec.participatingOwners;
        return !ok;
      });
      if (unauthorised) key('PI-EXPENSE-AUTHORISED');
      const days = dayNum(qe) - dayNum(qs) + 1;
      const underBooked = (r.commonPartContract ?? [])
        .filter((k) => k.communityId === c.id)
        .some((k) => {
          const a = Math.max(dayNum(k.startsOn), dayNum(qs));
          const b = Math.min(dayNum(k.endsOn), dayNum(qe));
          if (b < a) return false;
          const expected = Math.floor((k.quarterlyIncome * (b - a + 1)) / days);
          return sum(d.incomeLines.filter((l) => l.contractId === k.id)) < expected;
        });
      if (underBooked || d.expenseLines.some((l) => l.evidence.length === 0)) key('PI-INCOME-BOOKED');
      if (
        dist &&
        c.distribution &&
        Math.abs(dist.companyShare - Math.round((dist.base * c.distribution.companyShareBp) / 10000)) > 1
      )
        key('PI-DISTRIBUTION-RATIO');
      const surplusDue = quarterEnd(q === 4 ? year + 1 : year, q === 4 ? 1 : q + 1);
      if (dist && dist.ownersShare > 0 && !d.surplusRetainedByDecisionId && surplusDue < asOf) {
        const deposited = (byCommunity.get(c.id) ?? [])
          .flatMap((x) => x.maintenanceFundTransfers)
          .filter((t) => t.forQuarter === label && t.transferredOn <= surplusDue)
          .reduce((a, t) => a + t.amount, 0);
        if (deposited < dist.ownersShare) key('PI-SURPLUS-DEPOSITED');
      }
      const repairBad = d.expenseLines
        .filter((l) => l.category === 'repair')
        .some((l) => {
          const p = l.repairProjectId ? repairs.get(l.repairProjectId) : undefined;
          if (!p || p.communityId !== c.id) return true;
          const spent = (byCommunity.get(c.id) ?? [])
            .filter((x) => x.quarter <= label)
            .flatMap((x) => x.expenseLines)
            .filter((x) => x.repairProjectId === p.id)
            .reduce((a, x) => a + x.amount, 0);
          return spent > p.contractedAmount;
        });
      if (repairBad) key('PI-REPAIR-COSTS');
      if (c.operatingCostCapBp !== undefined) {
        const op = sum(d.expenseLines.filter((l) => l.category === 'operating-cost'));
        if (op > Math.floor((d.incomeTotal * c.operatingCostCapBp) / 10000) + 1) key('PI-OPERATING-COST');
      }
    }
    const si = (r.selfInspection ?? []).find((s) => s.communityId === c.id && s.year === year);
    const due = `${year}-07-30`;
    if (!si) {
      if (due < asOf) fail('PI-SELF-INSPECTION', 'community', c.id, String(year));
    } else if (
      !si.ledgerEstablished ||
      !si.postedOn ||
      si.postedOn > due ||
      (si.takenDownOn && si.takenDownOn < plus(si.postedOn, 30)) ||
      !si.notifiedChannels.some((x) => x === 'wechat' || x === 'sms' || x === 'phone') ||
      (si.ownersNotified ?? 0) < (si.ownersTotal ?? 0)
    ) {
      fail('PI-SELF-INSPECTION', 'community', c.id, String(year));
    }
  }

  for (const k of r.commonPartContract ?? []) {
    if (k.startsOn > `${year}-12-31` || k.endsOn < `${year}-01-01`) continue;
    const dec = k.decisionId ? decisions.get(k.decisionId) : undefined;
    if (k.decisionId && !dec) continue;
    const clause = k.lessor === 'property-company' || k.lessor === 'other' ? 'C3' : 'C4';
    const bad =
      !dec ||
      dec.communityId !== k.communityId ||
      dec.decidedOn > k.signedOn ||
      !dec.matters.some((m) => m === 'common-part-business' || m === 'lease-common-parts') ||
      !participationOk(dec) ||
      dec.approvingArea * 4 < dec.participatingArea * 3 ||
      dec.approvingOwners * 4 < dec.participatingOwners * 3;
    if (bad) fail('PI-COMMON-PART-DECISION', 'common-part-contract', k.id, clause);
  }
  for (const c of r.complaint ?? []) {
    const acceptBy = plus(c.receivedOn, 15);
    const answerBy = plus(c.receivedOn, 60);
    const lateAccept = c.acceptedOn ? c.acceptedOn > acceptBy : acceptBy < asOf;
    const lateAnswer = c.answeredOn ? c.answeredOn > answerBy : answerBy < asOf;
    if (lateAccept || lateAnswer) fail('PI-COMPLAINT-HANDLING', 'complaint', c.id);
  }
  for (const p of r.problem ?? []) {
    if (p.campaign !== 'public-income') continue;
    const steps = [
      p.interviewedOn,
      p.rectifiedOn,
      p.handledOn,
      p.punishedOn,
      p.exposedOn,
      p.referredOn,
      p.closedOn,
    ].filter((x): x is string => x !== undefined);
    const limit = plus(p.foundOn, 30);
    const noStep = !steps.some((s) => s <= limit) && limit < asOf;
    const overdue = p.deadline !== undefined && p.deadline < asOf && !p.rectifiedOn && !p.closedOn;
    if (noStep || overdue) fail('PI-PROBLEM-HANDLING', 'problem', p.id);
  }
  for (const a of r.audit ?? []) {
    if (!a.problemsFound || !a.rectificationDueOn || a.rectificationDueOn >= asOf) continue;
    const posted = (r.rectificationDisclosure ?? [])
      .filter((x) => x.auditId === a.id)
      .flatMap((x) => x.channels)
      .filter((x) => x.postedOn <= (a.rectificationDueOn ?? ''));
    if (new Set(posted.map((x) => x.channel)).size < 3) fail('PI-AUDIT-RECTIFICATION', 'audit', a.id);
  }
  return out.sort();
}

function expected(manifest: ReturnType<typeof generateDataset>['manifest']): string[] {
  return manifest.items
    .map((i) => {
      // The oracle keys contracts by the clause family it derived, to check the planter's clause choice too.
      const period =
        i.subject.kind === 'common-part-contract'
          ? i.clauseIds[0] === 'PI.C4.a'
            ? 'C4'
            : 'C3'
          : (i.period ?? '');
      return `${i.ruleId}|${i.subject.kind}|${i.subject.id}|${period}`;
    })
    .sort();
}

describe('planting of the public-income rule pack', () => {
  it('leaves a clean dataset without any failure of the pack (PI.C1-PI.C5, PI.S2, PI.M5)', () => {
    const { dataset, manifest } = generateDataset({ seed: 'clean', communities: 120, projects: 0 });
    expect(manifest.items).toEqual([]);
    expect(piFailures(dataset, '2023-11-30')).toEqual([]);
  });

  it('plants exactly the manifest: each rule fails on its planted subjects and nowhere else', () => {
    const plant = Object.fromEntries(PI_RULE_IDS.map((id) => [id, 3]));
    const { dataset, manifest } = generateDataset({ seed: 'planted', communities: 400, projects: 0, plant });
    expect(manifest.planted).toEqual(manifest.requested);
    expect(manifest.items).toHaveLength(3 * PI_RULE_IDS.length);
    expect(piFailures(dataset, '2023-11-30')).toEqual(expected(manifest));
  });

  it('holds for random seeds, sizes, counts and as-of dates', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.integer({ min: 10, max: 90 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('2023-08-15', '2023-10-31', '2023-11-30', '2024-01-10', '2024-03-05'),
        (seed, communities, count, asOf) => {
          const plant = Object.fromEntries(PLANTABLE_RULE_IDS.map((id) => [id, count]));
          const { dataset, manifest } = generateDataset({ seed, communities, projects: 0, plant, asOf });
          expect(piFailures(dataset, asOf)).toEqual(expected(manifest));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('plants a share of each rule’s subjects with plantRate', () => {
    const { manifest } = generateDataset({ seed: 'rate', communities: 100, projects: 0, plantRate: 0.02 });
    expect(manifest.requested['PI-BOARD']).toBe(2);
    expect(manifest.requested['PI-ARITHMETIC']).toBe(6);
    expect(manifest.items.length).toBeGreaterThan(20);
  });

  it('never plants two violations on one community-quarter, nor a quarter in a community broken as a whole', () => {
    const plant = Object.fromEntries(PLANTABLE_RULE_IDS.map((id) => [id, 30]));
    const { manifest } = generateDataset({ seed: 'dense', communities: 60, projects: 0, plant });
    const quarters = manifest.items.filter((i) => i.subject.kind === 'community-quarter');
    const keys = quarters.map((i) => `${i.subject.id}|${i.period}`);
    expect(new Set(keys).size).toBe(keys.length);
    const whole = new Set(
      manifest.items.filter((i) => i.subject.kind === 'community').map((i) => i.subject.id),
    );
    expect(quarters.some((i) => whole.has(i.subject.id))).toBe(false);
    expect(whole.size).toBe(manifest.items.filter((i) => i.subject.kind === 'community').length);
  });
});
