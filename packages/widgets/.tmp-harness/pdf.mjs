import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 900, height: 1200 } })).newPage();
for (const n of ['notice', 'notice-long']) {
  await page.goto(`file:///tmp/wexp/${n}.html`);
  const pdf = await page.pdf({ preferCSSPageSize: true, path: `/tmp/wexp/${n}.pdf` });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(n, 'pdf bytes', pdf.length, 'pages', pages);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `/tmp/wexp/${n}.png`, fullPage: true, clip: { x: 0, y: 0, width: 900, height: 1500 } });
  await page.emulateMedia({ media: 'screen' });
}
await browser.close();
