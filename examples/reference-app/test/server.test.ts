// The server over loopback: one process with the service under /v1, the app endpoints under /app and the static
// web app, on a PGlite folder seeded with a small generated dataset.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startAppServer } from '../server/app-server';
import { DEMO_KEY } from '../server/config';
import { ensureSeeded } from '../server/seed';
import { loadDataset } from '../server/storage/dataset-store';
import { openStorage } from '../server/storage/open-storage';
import type { Storage } from '../server/storage/storage';
import type {
  CommunityResponse,
  DashboardResponse,
  DivisionResponse,
  MetaResponse,
  ProjectResponse,
  SamplingResponse,
  TasksResponse,
  UploadResponse,
  UploadsResponse,
} from '../shared/api';
import { communityCsv } from './community-sheet';

const root = mkdtempSync(join(tmpdir(), 'rk-server-'));
const distDir = join(root, 'dist');
const SEED = { seed: 'server-test', communities: 40, projects: 6, asOf: '2023-11-30', plantRate: 0.1 };

let storage: Storage;
let app: RunningApp;

const get = (path: string, init?: RequestInit) => fetch(`${app.url}${path}`, init);
const json = async <T>(path: string): Promise<T> => {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
};

beforeAll(async () => {
  mkdirSync(join(distDir, 'assets'), { recursive: true });
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(distDir, 'assets', 'main-abc123.js'), 'export {};');
  writeFileSync(join(root, 'secret.txt'), 'outside dist');
  storage = await openStorage({ dataDir: join(root, 'pglite') });
  const seeded = await ensureSeeded(storage, SEED);
  expect(seeded.seeded).toBe(true);
  app = await startAppServer({ storage, distDir, demoKey: DEMO_KEY, port: 0 });
});

afterAll(async () => {
  await app?.close();
  await storage?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('seeding', () => {
  it('keeps the stored dataset on a later start', async () => {
    const again = await ensureSeeded(storage, SEED);
    expect(again).toMatchObject({ seeded: false, records: 0 });
  });
});

describe('the app endpoints', () => {
  it('describes the stored dataset, the engine and the demo key', async () => {
    const meta = await json<MetaResponse>('/app/meta');
    expect(meta).toMatchObject({
      engine: 'pglite',
      asOf: '2023-11-30',
      campaignYear: 2023,
      demoKey: DEMO_KEY,
    });
    expect(meta.seed).toMatchObject({ communities: 40, projects: 6 });
    expect(meta.byKind.community).toBe(40);
    expect(meta.counties.length).toBeGreaterThan(0);
    expect(meta.reports.map((r) => r.id)).toContain('pi-monthly-package');
  });

  it('serves the city dashboard with every campaign indicator and the counties', async () => {
    const dashboard = await json<DashboardResponse>('/app/dashboard');
    expect(dashboard.asOf).toBe('2023-11-30');
    expect(dashboard.indicators.map((i) => i.id)).toContain('PI-T1-DISCLOSURE');
    const communities = dashboard.counties.reduce((n, c) => n + c.communities, 0);
    expect(communities).toBe(40);
    expect(dashboard.summary.byOutcome.fail).toBeGreaterThan(0);
  });

  it('checks as of another date on request and refuses a date that does not exist', async () => {
    const earlier = await json<DashboardResponse>('/app/dashboard?asOf=2023-08-15');
    expect(earlier.asOf).toBe('2023-08-15');
    const bad = await get('/app/dashboard?asOf=2023-02-30');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'INVALID_AS_OF' } });
  });

  it('drills from a county to its streets and from a street to its communities', async () => {
    const dashboard = await json<DashboardResponse>('/app/dashboard');
    const county = dashboard.counties.find((c) => c.communities > 0);
    expect(county).toBeDefined();
    const countyPage = await json<DivisionResponse>(`/app/divisions/${county?.code}`);
    expect(countyPage.division).toMatchObject({
      code: county?.code,
      level: 'county',
      communities: county?.communities,
    });
    expect(countyPage.trail.map((s) => s.level)).toEqual(['city', 'county']);
    expect(countyPage.children.reduce((n, s) => n + s.communities, 0)).toBe(county?.communities);
    const street = countyPage.children.find((s) => s.communities > 0);
    const streetPage = await json<DivisionResponse>(`/app/divisions/${street?.code}`);
    expect(streetPage.division.level).toBe('street');
    expect(streetPage.communities).toHaveLength(street?.communities ?? -1);
    const indicator = countyPage.indicators.find((i) => i.id === 'PI-T1-DISCLOSURE');
    expect(
      indicator?.breakdown.every(
        (r) => r.level === 'street' && r.divisionCode.startsWith(county?.code ?? '-'),
      ),
    ).toBe(true);
  });

  it('answers 404 for a division, community or project the dataset does not have', async () => {
    for (const path of [
      '/app/divisions/350599999',
      '/app/communities/NOPE',
      '/app/projects/NOPE',
      '/app/nothing',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('serves a community with its disclosures (latest first) and findings', async () => {
    const dataset = await loadDataset(storage);
    const community = dataset?.records.community?.find((c) =>
      dataset.records.quarterlyDisclosure?.some((d) => d.communityId === c.id),
    );
    const page = await json<CommunityResponse>(`/app/communities/${community?.id}`);
    expect(page.community.id).toBe(community?.id);
    expect(page.disclosures.length).toBeGreaterThan(0);
    const quarters = page.disclosures.map((d) => d.quarter);
    expect(quarters).toEqual([...quarters].sort().reverse());
    expect(page.findings.every((f) => f.subject.id === community?.id)).toBe(true);
    expect(page.trail.at(-1)?.code).toBe(community?.divisionCode);
  });

  it('serves a project with its checklist outcomes (passes too) and its arrears warning', async () => {
    const dataset = await loadDataset(storage);
    const project = dataset?.records.constructionProject?.[0];
    const page = await json<ProjectResponse>(`/app/projects/${project?.id}`);
    expect(page.project.id).toBe(project?.id);
    expect(JSON.stringify(page.project)).not.toContain('"person"');
    expect(page.findings.every((f) => f.subject.id === project?.id)).toBe(true);
    expect(page.findings.some((f) => f.outcome === 'pass')).toBe(true);
    expect(
      page.warning === 'unknown' || page.warning === null || typeof page.warning.level === 'string',
    ).toBe(true);
  });

  it('serves the task lists with a status per task, for the city or a county', async () => {
    const city = await json<TasksResponse>('/app/tasks');
    expect(city.statuses).toHaveLength(city.tasks.length);
    expect(city.progress.length).toBeGreaterThan(0);
    const county =
      city.progress.find((p) => p.divisionCode !== '350500')?.divisionCode?.slice(0, 6) ?? '350502';
    const scoped = await json<TasksResponse>(`/app/tasks?divisionCode=${county}`);
    expect(scoped.progress.length).toBeGreaterThan(0);
    expect(scoped.progress.every((p) => p.divisionCode?.startsWith(county))).toBe(true);
    expect((await get('/app/tasks?divisionCode=999999')).status).toBe(400);
  });

  it('plans the sampling of at least half of every county', async () => {
    const sampling = await json<SamplingResponse>('/app/sampling?year=2023');
    expect(sampling.plan.counties.length).toBeGreaterThan(0);
    for (const county of sampling.plan.counties)
      expect(county.picks.length * 2).toBeGreaterThanOrEqual(county.total);
    const picked = sampling.plan.counties.flatMap((c) => c.picks.map((p) => p.communityId));
    expect(picked.every((id) => sampling.communityNames[id])).toBe(true);
  });
});

describe('report downloads', () => {
  it('builds an XLSX workbook that opens', async () => {
    const response = await get('/app/reports/pi-monthly-package?format=xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="pi-monthly-package-350500-2023-11\.xlsx"/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
  });

  it('builds a print-ready HTML page, in English on request', async () => {
    const response = await get('/app/reports/city-bulletin?format=html&lang=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('@page');
    expect(html).toMatch(/<html[^>]*lang="en"/);
  });

  it('refuses an unknown report, an unknown format and a missing parameter', async () => {
    for (const path of [
      '/app/reports/nope?format=xlsx',
      '/app/reports/pi-monthly-package?format=pdf',
      '/app/reports/disclosure-notice?format=html',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'INVALID_REPORT_REQUEST' } });
    }
  });
});

describe('uploads', () => {
  const upload = (body: Uint8Array<ArrayBuffer>, kind = 'community', name = 'communities.csv') =>
    get(`/app/uploads?kind=${kind}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
    });

  it('reports row-level errors, checks the valid rows and keeps the upload', async () => {
    const dataset = await loadDataset(storage);
    const communities = dataset?.records.community?.slice(0, 5) ?? [];
    const csv = communityCsv(communities, {
      1: 'households-not-a-number',
      2: 'name-blank',
      3: 'uscc-check-character',
    });
    const response = await upload(new TextEncoder().encode(csv), 'community', '小区信息表.csv');
    expect(response.status).toBe(201);
    const result = (await response.json()) as UploadResponse;
    expect(result).toMatchObject({
      fileName: '小区信息表.csv',
      kind: 'community',
      format: 'csv',
      status: 'partial',
      counts: { read: 5, imported: 2, rejected: 3 },
    });
    expect(result.issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'INTEGER_FORMAT'],
      [4, 'CELL_REQUIRED'],
      [5, 'USCC_CHECK_CHARACTER'],
    ]);
    expect(result.findings.every((f) => [communities[0]?.id, communities[4]?.id].includes(f.recordId))).toBe(
      true,
    );
    const listed = await json<UploadsResponse>('/app/uploads');
    expect(listed.uploads.map((u) => u.id)).toContain(result.id);
    expect(listed.tables.find((t) => t.kind === 'community')?.title['zh-CN']).toBe('住宅小区基本信息表');
    const stored = await json<UploadResponse>(`/app/uploads/${result.id}`);
    expect(stored.issues).toEqual(result.issues);
    expect(stored.receivedAt).toMatch(/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}\+08:00$/);
  });

  it('rejects a file that is not a spreadsheet, with a file-level issue', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const result = (await (await upload(png, 'community', 'photo.png')).json()) as UploadResponse;
    expect(result.status).toBe('rejected');
    expect(result.issues[0]).toMatchObject({ code: 'FILE_TYPE_UNSUPPORTED', severity: 'error' });
    expect(result.issues[0]?.row).toBeUndefined();
  });

  it('refuses an unknown kind and a file over 10 MB', async () => {
    expect((await upload(new Uint8Array([1]), 'division')).status).toBe(400);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    expect((await upload(big)).status).toBe(413);
  });
});

describe('the service under /v1', () => {
  it('answers health without a key and the rule catalog with the demo key only', async () => {
    expect((await get('/v1/health')).status).toBe(200);
    expect((await get('/v1/rules')).status).toBe(401);
    const rules = await get('/v1/rules', { headers: { authorization: `Bearer ${DEMO_KEY}` } });
    expect(rules.status).toBe(200);
  });
});

describe('the static web app', () => {
  it('serves index.html uncached and hashed assets for a year', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const asset = await get('/assets/main-abc123.js');
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('never serves a file outside dist', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt'])
      expect((await get(path)).status, path).toBe(404);
  });
});
