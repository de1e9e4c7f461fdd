// Runs every story of the built Storybook (storybook-static) in real Chromium: render, play function (keyboard
// paths), then the accessibility gate of @storybook/addon-a11y (settings in .storybook/preview.tsx) with colour
// contrast, which happy-dom cannot check.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BROWSER_REQUIRED, CHROMIUM_PATH, launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const staticDir = join(import.meta.dirname, '..', 'storybook-static');
const browserMissing = !existsSync(CHROMIUM_PATH);
if (browserMissing && BROWSER_REQUIRED) {
  process.stderr.write(
    `FAIL ${CHROMIUM_PATH} not found; a browser is required when CI=true or RECTIFY_REQUIRE_BROWSER=1\n`,
  );
  process.exit(1);
}
if (browserMissing) process.stdout.write(`SKIP Storybook in Chromium: ${CHROMIUM_PATH} not found\n`);
if (!browserMissing && !existsSync(join(staticDir, 'index.json'))) {
  process.stderr.write('FAIL storybook-static/index.json not found: run npm run build-storybook first\n');
  process.exit(1);
}
const stories = browserMissing
  ? []
  : Object.values(JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')).entries).filter(
      (entry) => entry.type === 'story',
    );

let context;
let server;
let page;

describe('stories in Chromium', { skip: browserMissing ? `${CHROMIUM_PATH} not found` : false }, () => {
  before(async () => {
    server = await startStaticServer({ '/': staticDir });
    context = await launchChromium('storybook tests');
    page = await context.newPage();
    await context.route('**/*', (route) =>
      route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
    );
    // Hear every story's end on the preview channel, from the moment the preview creates it.
    await page.addInitScript(() => {
      window.__rkResults = {};
      let channel;
      Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => channel,
        set(value) {
          channel = value;
          const errors = {};
          const note = (storyId, message) => {
            errors[storyId] = [...(errors[storyId] ?? []), message];
          };
          value.on('storyThrewException', (error) => note('current', error?.message ?? String(error)));
          value.on('playFunctionThrewException', (error) => note('current', error?.message ?? String(error)));
          value.on('storyErrored', (error) => note('current', error?.title ?? 'errored'));
          value.on('storyFinished', ({ storyId, status, reporters = [] }) => {
            // @storybook/addon-a11y files a failed report on a violation, which makes the status 'error'.
            for (const report of reporters)
              if (report.type === 'a11y' && report.status === 'failed')
                for (const v of report.result?.violations ?? [])
                  note(
                    'current',
                    `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
                  );
            const checked = reporters.some((report) => report.type === 'a11y');
            window.__rkResults[storyId] = { status, checked, errors: errors.current ?? [] };
            delete errors.current;
          });
        },
      });
    });
    const first = stories[0]?.id ?? '';
    await page.goto(`${server.origin}/iframe.html?id=${first}&viewMode=story`);
  });

  after(async () => {
    await context?.close();
    await server?.close();
  });

  it('has a story for every widget in every state', () => {
    const titles = new Set(stories.map((s) => s.title));
    assert.equal(titles.size, 8, [...titles].join(', '));
    for (const title of titles) {
      const names = stories.filter((s) => s.title === title).map((s) => s.name);
      for (const state of [
        'Default',
        'Empty',
        'Loading',
        'Error',
        'Long Text',
        'Elder',
        'English',
        'Print Preview',
      ]) {
        assert.ok(names.includes(state), `${title} has a ${state} story (${names.join(', ')})`);
      }
    }
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async () => {
      await page.evaluate((id) => {
        if (!window.__rkResults[id]) {
          window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
        }
      }, story.id);
      const handle = await page.waitForFunction((id) => window.__rkResults[id], story.id, {
        timeout: 30_000,
      });
      const result = await handle.jsonValue();
      const shown = await page.evaluate(
        () => document.querySelector('#error-message, .sb-errordisplay')?.textContent,
      );
      assert.equal(result.status, 'success', [...result.errors, shown ?? ''].join('\n'));
      assert.ok(result.checked, 'the accessibility addon reported on the story (the gate ran)');
    });
  }
});
