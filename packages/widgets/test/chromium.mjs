// Launches Debian's Chromium through playwright-core (never a downloaded browser), or explains why it cannot.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian's `chromium` package puts the browser; `RECTIFY_CHROMIUM` overrides it. */
export const CHROMIUM_PATH = process.env.RECTIFY_CHROMIUM ?? '/usr/bin/chromium';

/** Whether a missing browser must fail the run (CI, or asked for) instead of skipping it. */
export const BROWSER_REQUIRED = process.env.CI === 'true' || process.env.RECTIFY_REQUIRE_BROWSER === '1';

/**
 * Resolves to a browser context on a fresh profile (`--user-data-dir` in a new temporary folder; `close()` also
 * removes it), or `undefined` after printing why the browser tests are skipped. Exits with code 1 when the browser
 * is missing but required.
 */
export async function launchChromium(label) {
  if (!existsSync(CHROMIUM_PATH)) {
    const message = `${label}: ${CHROMIUM_PATH} not found (install Debian's chromium: apt-get install -y chromium)`;
    if (BROWSER_REQUIRED) {
      process.stderr.write(
        `FAIL ${message}; a browser is required when CI=true or RECTIFY_REQUIRE_BROWSER=1\n`,
      );
      process.exit(1);
    }
    process.stdout.write(`SKIP ${message}; set RECTIFY_REQUIRE_BROWSER=1 to make this a failure\n`);
    return undefined;
  }
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'rectify-chromium-'));
  // Playwright passes the profile as --user-data-dir itself (it refuses the flag in `args`).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    rmSync(profile, { recursive: true, force: true });
  };
  return context;
}
