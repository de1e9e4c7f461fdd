import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
const base = pathToFileURL('/work/main/packages/widgets/.tmp-harness/index.html').href;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } });
const page = await ctx.newPage();
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
for (const [name, q] of JSON.parse(process.argv[2])) {
  await page.goto(`${base}?${q}`);
  await page.waitForTimeout(400);
  if (q.includes('many')) console.log('renderMs', await page.evaluate(() => window.renderMs));
  await page.screenshot({ path: `/tmp/wexp/${name}.png`, fullPage: true, clip: { x: 0, y: 0, width: 1100, height: 1500 } });
}
await browser.close();
