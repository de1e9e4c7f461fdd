// Renders every report of the registry to print HTML and photographs its first page for docs/guides/reports.md.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  check,
  PUBLIC_INCOME_INDICATORS,
  publicIncomePack,
  WAGES_INDICATORS,
  wagesPack,
} from '@rectify/rules';
import { generateDataset } from '@rectify/samples';
import { chromium } from 'playwright-core';
import { buildReport, REPORTS, renderHtml } from '../src/index';

const asOf = '2023-11-30';
const out = join(import.meta.dirname, '../../../docs/images/reports');
mkdirSync(out, { recursive: true });
const { dataset } = generateDataset({ seed: 'docs', asOf, communities: 300, projects: 40, plantRate: 0.03 });
const result = check(dataset, {
  asOf,
  packs: [publicIncomePack, wagesPack],
  indicators: [...PUBLIC_INCOME_INDICATORS, ...WAGES_INDICATORS],
});
const community = dataset.records.community?.[0]?.id ?? '';
const county = '350503';
const requests: Record<string, { period: string; divisionCode?: string; params?: Record<string, string> }> = {
  'pi-monthly-package': { period: '2023-11', divisionCode: county },
  'wg-monthly-package': { period: '2023-11', divisionCode: county },
  'wg-year-end-package': { period: '2023', divisionCode: county },
  'year-end-summary': { period: '2023', divisionCode: '350500', params: { campaign: 'public-income' } },
  'city-bulletin': { period: '2023-11', divisionCode: '350500' },
  'sampling-plan-report': { period: '2023', divisionCode: county, params: { seed: 'docs' } },
  'inspection-ledger': { period: '2023-11', divisionCode: county },
  'cross-inspection-report': { period: '2023Q4', divisionCode: county, params: { seed: 'docs' } },
  'audit-list': { period: '2023', divisionCode: county },
  'disclosure-notice': { period: '2023Q3', params: { communityId: community } },
  'self-inspection-notice': { period: '2023', params: { communityId: community } },
  'credit-export': { period: '2023', divisionCode: '350500' },
};

const dir = mkdtempSync(join(tmpdir(), 'rectify-report-pictures-'));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await (await browser.newContext({ viewport: { width: 900, height: 1200 } })).newPage();
  for (const report of REPORTS) {
    const request = requests[report.id];
    if (!request) throw new Error(`no picture request for ${report.id}`);
    const doc = buildReport(report.id, dataset, result, { asOf, ...request });
    await page.setContent(renderHtml(doc, { lang: 'zh-CN' }), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({
      path: join(out, `${report.id}.png`),
      clip: { x: 0, y: 0, width: 900, height: 1200 },
    });
    process.stdout.write(`${report.id}.png\n`);
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
