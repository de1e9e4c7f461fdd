import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
const base = pathToFileURL('/work/main/packages/widgets/.tmp-harness/index.html').href;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror:', e.message));
for (const q of ['theme=default', 'theme=elder', 'theme=high-contrast', 'lang=en', 'only=long']) {
  await page.goto(`${base}?${q}`);
  await page.waitForTimeout(300);
  await page.addScriptTag({ path: '/work/main/node_modules/axe-core/axe.min.js' });
  const v = await page.evaluate(async () => {
    const r = await window.axe.run(document.getElementById('app'), { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((x) => `${x.id} (${x.nodes.length}): ${x.nodes.slice(0, 3).map((n) => n.html.slice(0, 120) + ' ' + (n.failureSummary ?? '').slice(0, 200)).join(' || ')}`);
  });
  console.log(q, JSON.stringify(v, null, 1));
}
// keyboard in the windowed list
await page.goto(`${base}?only=many`);
await page.waitForTimeout(300);
await page.focus('select:last-of-type');
await page.locator('.rk-findings__filters select').last().focus();
await page.keyboard.press('Tab');
const at = async () => page.evaluate(() => {
  const el = document.activeElement;
  const row = el?.closest('[data-row]');
  const vp = document.querySelector('.rk-vlist');
  const r = el?.getBoundingClientRect(); const v = vp?.getBoundingClientRect();
  return { row: row?.getAttribute('data-row'), inView: !!r && !!v && r.top >= v.top - 1 && r.bottom <= v.bottom + 1, rows: document.querySelectorAll('.rk-vrow').length, scrollTop: vp?.scrollTop };
});
console.log('tab', await at());
for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
console.log('down12', await at());
await page.keyboard.press('End');
await page.waitForTimeout(50);
console.log('end', await at());
await page.keyboard.press('PageUp');
console.log('pageup', await at());
await page.keyboard.press('Home');
console.log('home', await at());
await page.mouse.move(500, 600);
await page.mouse.wheel(0, 5000);
await page.waitForTimeout(200);
console.log('wheel', await at(), await page.evaluate(() => [...document.querySelectorAll('[data-row]')].map(e => +e.getAttribute('data-row')).sort((a,b)=>a-b).slice(0,3)));
await page.keyboard.press('ArrowDown');
console.log('after wheel down', await at());
await page.keyboard.press('Enter');
await page.waitForTimeout(100);
console.log('enter', await page.evaluate(() => document.activeElement?.tagName + ' ' + document.activeElement?.textContent?.slice(0, 40)));
await page.keyboard.press('Escape');
await page.waitForTimeout(100);
console.log('escape', await at());
await browser.close();
