// Prints the HTML rendering to PDF in real Chromium (Debian's /usr/bin/chromium through
// playwright-core; never a downloaded browser) and checks page counts and that no table is clipped.
// The PDFs and a screenshot are kept under test-output/reports/ as CI artefacts.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../document';
import { hostileDocument } from './__fixtures__/hostile-document';
import { longDocument, noticeDocument, sampleDocument } from './__fixtures__/sample-document';
import { type RenderHtmlOptions, renderHtml } from './html';
import { printGeometry, resolvePrintLayout } from './print-layout';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const OUTPUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../test-output/reports');
const PX_PER_MM = 96 / 25.4;

const available = existsSync(CHROMIUM);
const required = process.env.CI === 'true' || process.env.RECTIFY_REQUIRE_BROWSER === '1';

// The little of the DOM the page functions use: the package compiles without the DOM library, so
// that library code cannot reach for `window` by accident.
interface PageElement {
  scrollWidth: number;
  getAttribute(name: string): string | null;
}
interface PageTable extends PageElement {
  tHead: PageElement | null;
  rows: ArrayLike<PageElement>;
}
interface PageGlobals {
  document: {
    title: string;
    body: PageElement;
    documentElement: PageElement;
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: 'table'): ArrayLike<PageTable>;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
  };
  getComputedStyle(element: PageElement): { display: string; breakInside: string };
}

/** Page objects of a PDF: `/Type /Page`, not the `/Type /Pages` tree nodes. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

function firstMediaBox(pdf: Buffer): [number, number] {
  const m = /\/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]/.exec(pdf.toString('latin1'));
  return [Number(m?.[1]), Number(m?.[2])];
}

if (!available && required) {
  describe('PDF printing in Chromium', () => {
    it('needs Chromium', () => {
      expect.fail(
        `${CHROMIUM} is missing, and the browser tests are required here (CI=true or RECTIFY_REQUIRE_BROWSER=1); install Debian's chromium package`,
      );
    });
  });
} else {
  describe.skipIf(!available)(
    `PDF printing in Chromium${available ? '' : ` (skipped: ${CHROMIUM} not found; set RECTIFY_REQUIRE_BROWSER=1 to fail instead)`}`,
    () => {
      let userDataDir = '';
      let context: BrowserContext;
      let page: Page;

      beforeAll(async () => {
        mkdirSync(OUTPUT, { recursive: true });
        userDataDir = mkdtempSync(path.join(tmpdir(), 'rectify-chromium-'));
        context = await chromium.launchPersistentContext(userDataDir, {
          executablePath: CHROMIUM,
          headless: true,
          args: CHROMIUM_ARGS,
          offline: true,
        });
        page = context.pages()[0] ?? (await context.newPage());
      }, 15_000);

      afterAll(async () => {
        await context?.close();
        if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
      });

      async function print(
        doc: ReportDocument,
        name: string,
        options: RenderHtmlOptions = {},
      ): Promise<Buffer> {
        // Emulated media also applies to page.pdf(): screen emulation would print the on-screen sheet.
        await page.emulateMedia({ media: 'print' });
        await page.setContent(renderHtml(doc, options), { waitUntil: 'load' });
        const pdf = await page.pdf({ preferCSSPageSize: true });
        writeFileSync(path.join(OUTPUT, `${name}.pdf`), pdf);
        return pdf;
      }

      it('prints a notice on one A4 portrait page', async () => {
        const pdf = await print(noticeDocument, 'notice.zh-CN');
        expect(pageCount(pdf)).toBe(1);
        const [w, h] = firstMediaBox(pdf);
        expect(w).toBeCloseTo((210 / 25.4) * 72, 0);
        expect(h).toBeCloseTo((297 / 25.4) * 72, 0);
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize({ width: 1000, height: 1200 });
        await page.screenshot({ path: path.join(OUTPUT, 'notice.zh-CN.png'), fullPage: true });
      });

      it('prints a 200-row ledger over several landscape pages', async () => {
        const pdf = await print(longDocument(200), 'ledger-200.zh-CN');
        const pages = pageCount(pdf);
        expect(pages).toBeGreaterThanOrEqual(4);
        expect(pages).toBeLessThan(30);
        const [w, h] = firstMediaBox(pdf);
        expect(w).toBeGreaterThan(h);
      });

      it('prints the sample package in both languages', async () => {
        for (const lang of ['zh-CN', 'en'] as const) {
          expect(pageCount(await print(sampleDocument, `sample.${lang}`, { lang }))).toBeGreaterThanOrEqual(
            1,
          );
        }
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize({ width: 1200, height: 1200 });
        await page.setContent(renderHtml(sampleDocument));
        await page.screenshot({ path: path.join(OUTPUT, 'sample.zh-CN.png'), fullPage: true });
      });

      it.each<[string, ReportDocument, RenderHtmlOptions]>([
        ['notice', noticeDocument, {}],
        ['sample zh-CN', sampleDocument, {}],
        ['sample en', sampleDocument, { lang: 'en' }],
        ['sample forced portrait', sampleDocument, { orientation: 'portrait' }],
        ['200-row ledger', longDocument(200), {}],
        ['hostile', hostileDocument, {}],
      ])('clips no column of the %s', async (_name, doc, options) => {
        const geometry = resolvePrintLayout(doc, options);
        const printable = geometry.printableWidthMm * PX_PER_MM;
        await page.setViewportSize({ width: Math.floor(printable), height: 1000 });
        await page.emulateMedia({ media: 'print' });
        await page.setContent(renderHtml(doc, options), { waitUntil: 'load' });
        const measured = await page.evaluate(() => {
          const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
          return {
            printableMm: Number(document.querySelector('main')?.getAttribute('data-printable-width-mm')),
            documentWidth: document.documentElement.scrollWidth,
            tables: Array.from(document.querySelectorAll('table')).map((t) => ({
              width: t.scrollWidth,
              thead: t.tHead ? getComputedStyle(t.tHead).display : 'table-header-group',
              rowBreak: t.rows[0] ? getComputedStyle(t.rows[0]).breakInside : 'avoid',
            })),
          };
        });
        expect(measured.printableMm).toBe(geometry.printableWidthMm);
        expect(measured.tables.length).toBeGreaterThan(0);
        for (const table of measured.tables) {
          expect(table.width).toBeLessThanOrEqual(printable + 1);
          expect(table.thead).toBe('table-header-group');
          expect(table.rowBreak).toBe('avoid');
        }
        expect(measured.documentWidth).toBeLessThanOrEqual(printable + 1);
      });

      it('runs nothing from hostile data', async () => {
        await page.emulateMedia({ media: 'screen' });
        await page.setContent(renderHtml(hostileDocument), { waitUntil: 'load' });
        const found = await page.evaluate(() => {
          const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
          return {
            injected: document.querySelectorAll('script, img, svg, iframe, link, a, [onerror], [onload]')
              .length,
            styles: document.querySelectorAll('style').length,
            title: document.title,
            hidden: getComputedStyle(document.body).display,
          };
        });
        expect(found).toEqual({
          injected: 0,
          styles: 1,
          title: hostileDocument.title['zh-CN'],
          hidden: 'block',
        });
      });

      it('agrees with the page geometry', () => {
        expect(printGeometry('A4', 'portrait').printableWidthMm).toBe(156);
        expect(printGeometry('A4', 'portrait').printableHeightMm).toBe(225);
      });
    },
  );
}
