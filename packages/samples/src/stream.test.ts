import { describe, expect, it } from 'vitest';
import { generateDataset } from './generate';
import { writeNdjson } from './ndjson';
import { streamDataset } from './stream';

const options = {
  seed: 'stream',
  communities: 30,
  projects: 6,
  workersPerProject: 15,
  plant: { 'PI-CHANNELS': 0 },
};
const clean = { seed: 'stream', communities: 30, projects: 6, workersPerProject: 15 };

describe('streamDataset', () => {
  it('yields the records of generateDataset in the same order, sync and async, as often as asked', async () => {
    const { dataset } = generateDataset(clean);
    const stream = streamDataset(clean);
    const sync = [...stream].map((x) => JSON.stringify(x));
    const again = [...stream].map((x) => JSON.stringify(x));
    const fromAsync: string[] = [];
    for await (const x of stream) fromAsync.push(JSON.stringify(x));
    const expected = Object.entries(dataset.records).flatMap(([kind, list]) =>
      (list as object[]).map((record) => JSON.stringify({ kind, record })),
    );
    expect(sync).toEqual(expected);
    expect(again).toEqual(expected);
    expect(fromAsync).toEqual(expected);
    expect(stream.header.generatedAt).toBe(dataset.generatedAt);
  });

  it('rejects unknown planted rules before anything is generated', () => {
    expect(() => streamDataset(options)).toThrow(/PI-CHANNELS/);
  });

  // Speed is measured by bench/generate.bench.ts (npm run bench), never asserted in a test.
  it("generates the reference app's size: 2,000 communities and 300 projects", () => {
    const { dataset } = generateDataset({ seed: 'speed', communities: 2000, projects: 300 });
    expect(dataset.records.community).toHaveLength(2000);
    expect(dataset.records.constructionProject).toHaveLength(300);
  });

  it('streams a city-sized public-income dataset with linear work per community', () => {
    const counts = new Map<string, number>();
    const stream = streamDataset({ seed: 'city', communities: 3000, projects: 20, workersPerProject: 30 });
    for (const { kind } of stream) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    expect(counts.get('community')).toBe(3000);
    expect(counts.get('quarterlyDisclosure')).toBe(9000);
    expect(counts.get('selfInspection')).toBe(3000);
    expect(counts.get('constructionProject')).toBe(20);
    expect(counts.get('payrollLine')).toBeGreaterThan(1000);
  });
});

describe('wage records', () => {
  const { dataset } = generateDataset({ seed: 'wages', communities: 0, projects: 12, workersPerProject: 30 });
  const r = dataset.records;

  it('makes daily headcounts of a month add up to the days its workers worked (WG.T3, WG.F3)', () => {
    const daily = new Map<string, number>();
    for (const d of r.dailyAttendance ?? []) {
      const k = `${d.projectId}|${d.date.slice(0, 7)}`;
      daily.set(k, (daily.get(k) ?? 0) + d.headcount);
    }
    const worked = new Map<string, number>();
    for (const w of r.workerAttendance ?? []) {
      const k = `${w.projectId}|${w.month}`;
      worked.set(k, (worked.get(k) ?? 0) + w.daysWorked);
    }
    expect(daily.size).toBeGreaterThan(20);
    expect(daily).toEqual(worked);
    for (const d of r.dailyAttendance ?? [])
      expect(new Date(`${d.date}T00:00:00Z`).getUTCDay() % 6).not.toBe(0);
  });

  it('pays every worked month in full through the special account by the 15th (WG.F3)', () => {
    const attendance = new Map(
      (r.workerAttendance ?? []).map((w) => [`${w.workerId}|${w.month}`, w.daysWorked]),
    );
    const lines = r.payrollLine ?? [];
    expect(lines.length).toBeGreaterThan(100);
    for (const p of lines) {
      expect(p.amountPaid).toBe(p.amountDue);
      expect(p.throughSpecialAccount && p.signed).toBe(true);
      expect(attendance.get(`${p.workerId}|${p.month}`)).toBeGreaterThan(0);
      const [y, m] = p.month.split('-').map(Number) as [number, number];
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
      expect(p.paidOn && p.paidOn >= `${next}-01` && p.paidOn <= `${next}-15`).toBe(true);
    }
    const transfers = new Map(
      (r.labourCostTransfer ?? []).map((t) => [`${t.projectId}|${t.forMonth}`, t.amount]),
    );
    const due = new Map<string, number>();
    for (const p of lines)
      due.set(`${p.projectId}|${p.month}`, (due.get(`${p.projectId}|${p.month}`) ?? 0) + p.amountDue);
    for (const [k, v] of due) expect(transfers.get(k)).toBeGreaterThanOrEqual(v);
  });

  it('puts every institution in place on projects that have started (WG.F1, WG.M2)', () => {
    const started = (r.constructionProject ?? []).filter((p) => p.startedOn);
    for (const p of started) {
      expect(r.paymentGuarantee?.some((g) => g.projectId === p.id)).toBe(true);
      expect(r.wageAccount?.some((g) => g.projectId === p.id)).toBe(true);
      const deposit = r.wageDeposit?.find((g) => g.projectId === p.id);
      expect(deposit?.amount).toBe(Math.round(p.contractValue / 50));
      expect(r.rightsBoard?.find((b) => b.projectId === p.id)?.items).toHaveLength(9);
      expect(r.subcontract?.filter((s) => s.projectId === p.id).every((s) => !s.designatedByBuilder)).toBe(
        true,
      );
    }
    for (const k of r.keyPersonnelPresence ?? [])
      expect(k.daysPresent * 10).toBeGreaterThanOrEqual(k.daysRequired * 7);
    for (const c of r.wageComplaint ?? []) expect(c.closedOn).toBeDefined();
    const byMilestone = new Map((r.projectPayment ?? []).map((p) => [p.milestoneId, p]));
    for (const m of r.paymentMilestone ?? []) {
      if (m.dueOn > '2023-11-30') continue;
      const paid = byMilestone.get(m.id);
      expect(paid?.amount).toBe(m.amount);
      expect((paid?.paidOn ?? '9') <= m.dueOn).toBe(true);
    }
  });
});

describe('writeNdjson', () => {
  it('writes a header and one line per record, waiting for drain when the sink is full', async () => {
    const chunks: string[] = [];
    let full = true;
    const sink = {
      write(chunk: string) {
        chunks.push(chunk);
        full = !full;
        return full;
      },
      once(_event: 'drain', listener: () => void) {
        queueMicrotask(listener);
      },
    };
    const result = await writeNdjson({ ...clean, chunkSize: 2_000 }, sink);
    const lines = chunks.join('').split('\n').filter(Boolean);
    expect(lines).toHaveLength(result.records + 1);
    expect(JSON.parse(lines[0] ?? '{}').header.campaignYear).toBe(2023);
    expect(JSON.parse(lines[1] ?? '{}').kind).toBe('division');
    expect(result.bytes).toBe(Buffer.byteLength(chunks.join(''), 'utf8'));
    expect(chunks.length).toBeGreaterThan(10);
  });
});
