import { type Dataset, RIGHTS_BOARD_ITEMS, validate } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../generate';
import { streamDataset } from '../stream';
import type { PlantManifest } from './plant';
import { PLANTABLE_RULE_IDS } from './registry';

// An independent oracle of the wages rule pack with its default parameters (wages due on the 15th of the next
// month, labour cost by the end of the next month, the account within 30 days of the permit, a deposit of 1 %,
// the roster updated within 30 days, the manager on site ≥ 60 %, complaints accepted in 7 days and closed in
// 84, problems with all steps by their time limit). It reports failures only; the rule pack's own acceptance
// test (packages/rules/test/planted-wages.test.ts) checks the same datasets with the real rules.

const WG_RULE_IDS = PLANTABLE_RULE_IDS.filter((id) => id.startsWith('WG-'));
const DAY = 86_400_000;
const dayNum = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY;
const plus = (date: string, days: number) => new Date((dayNum(date) + days) * DAY).toISOString().slice(0, 10);
const nextMonth = (m: string) =>
  m.slice(5) === '12'
    ? `${+m.slice(0, 4) + 1}-01`
    : `${m.slice(0, 4)}-${String(+m.slice(5) + 1).padStart(2, '0')}`;
const monthEnd = (m: string) => plus(`${nextMonth(m)}-01`, -1);
const payBy = (m: string) => `${nextMonth(m)}-15`;

/** Failing subjects as `ruleId|subjectId|period` (period only for project-months). */
function wgFailures(dataset: Dataset, asOf: string): string[] {
  const r = dataset.records;
  const out = new Set<string>();
  const fail = (rule: string, id: string, period = '') => out.add(`${rule}|${id}|${period}`);
  const of = <T extends { projectId?: string }>(list: readonly T[] | undefined, id: string) =>
    (list ?? []).filter((x) => x.projectId === id);
  const months: string[] = [];
  const year = String(dataset.campaignYear);
  for (let m = `${year}-01`; m <= asOf.slice(0, 7) && m.startsWith(year); m = nextMonth(m)) months.push(m);

  for (const p of r.constructionProject ?? []) {
    const building = p.status === 'under-construction';
    const judged = building || p.status === 'suspended';
    if (building) {
      if (!of(r.paymentGuarantee, p.id).some((g) => g.issuedOn <= asOf && asOf <= g.validUntil))
        fail('WG-PAYMENT-GUARANTEE', p.id);
      const accounts = of(r.wageAccount, p.id).filter((a) => a.openedOn <= asOf);
      const limit = p.permitOn ? plus(p.permitOn, 30) : undefined;
      if (
        (accounts.length === 0 && limit !== undefined && limit < asOf) ||
        (accounts.length > 0 && accounts.every((a) => a.closedOn !== undefined && a.closedOn <= asOf)) ||
        (limit !== undefined && accounts.some((a) => a.openedOn > limit))
      )
        fail('WG-WAGE-ACCOUNT', p.id);
      const held = of(r.wageDeposit, p.id).filter(
        (d) => d.lodgedOn <= asOf && !(d.releasedOn && d.releasedOn <= asOf),
      );
      if (held.reduce((s, d) => s + d.amount, 0) < Math.floor(p.contractValue / 100))
        fail('WG-WAGE-DEPOSIT', p.id);
      if (!p.labourWageOfficer) fail('WG-LABOUR-WAGE-OFFICER', p.id);
      const board = of(r.rightsBoard, p.id)
        .filter((b) => b.checkedOn <= asOf)
        .at(-1);
      if (board && (!board.present || RIGHTS_BOARD_ITEMS.some((i) => !board.items.includes(i))))
        fail('WG-RIGHTS-BOARD', p.id);
      const updated = of(r.rosterUpdate, p.id).filter((u) => u.updatedOn <= asOf);
      if (
        p.startedOn &&
        p.startedOn < plus(asOf, -30) &&
        !updated.some((u) => u.updatedOn >= plus(asOf, -30))
      )
        fail('WG-REAL-NAME', p.id);
    }
    if (!judged) continue;

    const due = (r.paymentMilestone ?? []).filter((m) => m.projectId === p.id && m.dueOn < asOf);
    const paid = of(r.projectPayment, p.id).filter(
      (x) => x.payerUscc === p.builder.uscc && x.payeeUscc === p.generalContractor.uscc && x.paidOn <= asOf,
    );
    if (paid.reduce((s, x) => s + x.amount, 0) < due.reduce((s, m) => s + m.amount, 0))
      fail('WG-BUILDER-ARREARS', p.id);

    const subs = of(r.subcontract, p.id).filter((s) => s.signedOn <= asOf);
    const subUsccs = new Set(subs.map((s) => s.subcontractorUscc));
    if (
      subs.some((s) => s.designatedByBuilder) ||
      of(r.projectPayment, p.id).some((x) => x.payerUscc === p.builder.uscc && subUsccs.has(x.payeeUscc))
    )
      fail('WG-DESIGNATED-SUBCONTRACTING', p.id);

    for (const m of months) {
      const lines = of(r.payrollLine, p.id).filter((l) => l.month === m);
      const worked = of(r.workerAttendance, p.id).filter((a) => a.month === m && a.daysWorked > 0);
      if (lines.some((l) => !l.throughSpecialAccount) || (payBy(m) < asOf && lines.some((l) => !l.signed)))
        fail('WG-PAYROLL-ACCOUNT', p.id, m);
      const transfers = of(r.labourCostTransfer, p.id).filter(
        (t) => t.forMonth === m && t.transferredOn <= asOf,
      );
      const need = lines.reduce((s, l) => s + l.amountDue, 0);
      const onTime = transfers.filter((t) => t.transferredOn <= monthEnd(nextMonth(m)));
      if (
        monthEnd(nextMonth(m)) < asOf &&
        (transfers.length > 0 || lines.length > 0 || worked.length > 0) &&
        onTime.reduce((s, t) => s + t.amount, 0) < Math.max(need, 1)
      )
        fail('WG-LABOUR-COST-TRANSFER', p.id, m);
      const paidIds = new Set(lines.map((l) => l.workerId));
      if (
        payBy(m) < asOf &&
        (lines.some((l) => l.amountPaid < l.amountDue) || worked.some((a) => !paidIds.has(a.workerId)))
      )
        fail('WG-WAGE-ARREARS', p.id, m);
      const pm = of(r.keyPersonnelPresence, p.id).find((k) => k.role === 'project-manager' && k.month === m);
      if (
        pm &&
        pm.daysPresent * 10 < pm.daysRequired * 6 &&
        pm.socialInsuranceEmployerUscc !== p.generalContractor.uscc
      )
        fail('WG-AFFILIATION-CLUE', p.id, m);
    }
  }

  for (const c of r.wageComplaint ?? []) {
    const acceptBy = plus(c.receivedOn, 7);
    const accepted = c.acceptedOn;
    const closeBy = plus(accepted ?? acceptBy, 84);
    if (
      (accepted ? accepted > acceptBy : asOf > acceptBy) ||
      (c.closedOn ? c.closedOn > closeBy : asOf > closeBy)
    )
      fail('WG-WAGE-COMPLAINT', c.id);
  }
  for (const x of r.problem ?? []) {
    if (x.campaign !== 'wages' || x.foundOn > asOf) continue;
    const limit = x.deadline ?? plus(x.foundOn, 60);
    const late = (d: string | undefined) => d === undefined || d > limit || d > asOf;
    if (!x.responsiblePerson || (asOf > limit && [x.rectifiedOn, x.handledOn, x.accountabilityOn].some(late)))
      fail('WG-PROBLEM-LIST', x.id);
  }
  return [...out].sort();
}

/** The manifest's items of the rules the oracle judges exactly. */
function expected(manifest: PlantManifest, rules: readonly string[]): string[] {
  return manifest.items
    .filter((i) => rules.includes(i.ruleId))
    .map((i) => `${i.ruleId}|${i.subject.id}|${i.subject.kind === 'project-month' ? (i.period ?? '') : ''}`)
    .sort();
}

const ORACLE_RULES = WG_RULE_IDS.filter((id) => id !== 'WG-EARLY-WARNING' && id !== 'WG-REVERSE-CHECK');
const everyRule = (n: number) => Object.fromEntries(WG_RULE_IDS.map((id) => [id, n]));

describe('planting of the wages rule pack', () => {
  it('registers one planter per rule of the wages pack', () => {
    expect([...WG_RULE_IDS].sort()).toEqual([
      'WG-AFFILIATION-CLUE',
      'WG-BUILDER-ARREARS',
      'WG-DESIGNATED-SUBCONTRACTING',
      'WG-EARLY-WARNING',
      'WG-LABOUR-COST-TRANSFER',
      'WG-LABOUR-WAGE-OFFICER',
      'WG-PAYMENT-GUARANTEE',
      'WG-PAYROLL-ACCOUNT',
      'WG-PROBLEM-LIST',
      'WG-REAL-NAME',
      'WG-REVERSE-CHECK',
      'WG-RIGHTS-BOARD',
      'WG-WAGE-ACCOUNT',
      'WG-WAGE-ARREARS',
      'WG-WAGE-COMPLAINT',
      'WG-WAGE-DEPOSIT',
    ]);
  });

  it('leaves a clean dataset without any failure (WG.F1-WG.F3, WG.M1-WG.M5, WG.T1-WG.T5)', () => {
    const { dataset, manifest } = generateDataset({ seed: 'clean', communities: 0, projects: 60 });
    expect(manifest.items).toEqual([]);
    expect(wgFailures(dataset, '2023-11-30')).toEqual([]);
  });

  it('plants every rule twice on 60 projects, each failing on its planted subjects and nowhere else', () => {
    const { dataset, manifest } = generateDataset({
      seed: 'planted',
      communities: 0,
      projects: 60,
      plant: everyRule(2),
    });
    expect(manifest.planted).toEqual(manifest.requested);
    expect(Object.values(manifest.planted)).toEqual(WG_RULE_IDS.map(() => 2));
    expect(wgFailures(dataset, '2023-11-30')).toEqual(expected(manifest, ORACLE_RULES));
  });

  it('lists the builder arrears behind every planted early warning, on the same project', () => {
    const { manifest } = generateDataset({
      seed: 'warning',
      communities: 0,
      projects: 60,
      plant: everyRule(3),
    });
    const warned = manifest.items.filter((i) => i.ruleId === 'WG-EARLY-WARNING').map((i) => i.subject.id);
    const owed = new Set(
      manifest.items.filter((i) => i.ruleId === 'WG-BUILDER-ARREARS').map((i) => i.subject.id),
    );
    expect(warned).toHaveLength(3);
    for (const id of warned) expect(owed.has(id)).toBe(true);
  });

  it('never puts two violations on one project unless the manifest lists both (early warning)', () => {
    const { dataset, manifest } = generateDataset({
      seed: 'dense',
      communities: 0,
      projects: 40,
      plant: everyRule(10),
    });
    const projectOf = new Map<string, string>();
    for (const c of dataset.records.wageComplaint ?? []) projectOf.set(c.id, c.projectId ?? '');
    for (const x of dataset.records.problem ?? []) projectOf.set(x.id, x.projectId ?? '');
    const byProject = new Map<string, string[]>();
    for (const i of manifest.items) {
      if (i.subject.kind === 'enterprise') continue;
      const project = projectOf.get(i.subject.id) ?? i.subject.id;
      byProject.set(project, [...(byProject.get(project) ?? []), i.ruleId]);
    }
    for (const rules of byProject.values())
      expect(rules.length === 1 || rules.join() === 'WG-BUILDER-ARREARS,WG-EARLY-WARNING').toBe(true);
    const enterprises = manifest.items
      .filter((i) => i.subject.kind === 'enterprise')
      .map((i) => i.subject.id);
    expect(new Set(enterprises).size).toBe(enterprises.length);
  });

  it('applies its record patches the same way every time the stream is read', () => {
    const stream = streamDataset({ seed: 'again', communities: 0, projects: 30, plant: everyRule(1) });
    const first = [...stream].map((x) => JSON.stringify(x));
    expect([...stream].map((x) => JSON.stringify(x))).toEqual(first);
    expect(stream.manifest.items.length).toBeGreaterThan(8);
  });

  it('holds for random seeds, sizes, counts and as-of dates, and every record stays valid', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.integer({ min: 5, max: 50 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('2023-08-15', '2023-10-31', '2023-11-30', '2023-12-31'),
        (seed, projects, count, asOf) => {
          const { dataset, manifest } = generateDataset({
            seed,
            communities: 0,
            projects,
            workersPerProject: 12,
            plant: everyRule(count),
            asOf,
          });
          expect(validate('dataset', JSON.parse(JSON.stringify(dataset)), { maxIssues: 5 }).issues).toEqual(
            [],
          );
          expect(wgFailures(dataset, asOf)).toEqual(expected(manifest, ORACLE_RULES));
        },
      ),
      { numRuns: 15 },
    );
  });
});
