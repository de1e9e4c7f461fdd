import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
const base = pathToFileURL('/work/main/packages/widgets/.tmp-harness/index.html').href;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
await page.goto(`${base}?only=many`);
await page.waitForTimeout(300);
await page.locator('.rk-findings__filters select').last().focus();
await page.keyboard.press('Tab');
await page.keyboard.press('End');
await page.waitForTimeout(100);
console.log(await page.evaluate(() => {
  const vp = document.querySelector('.rk-vlist'); const ul = vp.querySelector('ul');
  const row = document.activeElement.closest('[data-row]');
  return { vpClient: vp.clientHeight, vpScrollH: vp.scrollHeight, vpScrollTop: vp.scrollTop, ulH: ul.getBoundingClientRect().height, rowTop: row.offsetTop, rowH: row.getBoundingClientRect().height, style: row.getAttribute('style') };
}));
await browser.close();
