// Runs every story as a test (portable stories): render, play function (the keyboard paths), then the
// accessibility gate of @storybook/addon-a11y with the settings of .storybook/preview.tsx. Colour contrast is left to the Chromium tests: happy-dom has no
// computed colours.
import * as a11yAddon from '@storybook/addon-a11y/preview';
import { composeStories, composeStory, setProjectAnnotations } from '@storybook/react-vite';
import { act, createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import preview from '../.storybook/preview';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type A11yReport = {
  type: string;
  status: string;
  result?: { violations?: { id: string; help: string; nodes: { target: unknown[] }[] }[]; error?: unknown };
};

setProjectAnnotations([
  // Order matters: parameters compose left to right (later wins), afterEach hooks run right to left. So this
  // hook comes first, to run last, after the addon's has filed its report.
  {
    // The addon records its verdict as a report (the Storybook UI and test/run-storybook-tests.mjs read it);
    // outside Storybook's own Vitest plugin nothing throws on it, so this hook does, with the violations.
    afterEach: ({ reporting }) => {
      const failed = (reporting.reports as A11yReport[]).filter(
        (r) => r.type === 'a11y' && r.status === 'failed',
      );
      if (failed.length === 0) return;
      const lines = failed.flatMap((r) =>
        r.result?.violations
          ? r.result.violations.map(
              (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
            )
          : [`axe could not run: ${String(r.result?.error)}`],
      );
      throw new Error(`Accessibility violations (WCAG 2.2 AA):\n${lines.join('\n')}`);
    },
  },
  a11yAddon,
  preview,
  { parameters: { a11y: { options: { rules: { 'color-contrast': { enabled: false } } } } } },
]);

type StoryModule = Parameters<typeof composeStories>[0];
const modules = import.meta.glob<StoryModule>('../src/**/*.stories.tsx', { eager: true });

const STATES = ['Default', 'Empty', 'Loading', 'ErrorState', 'LongText', 'Elder', 'English', 'PrintPreview'];

afterEach(async () => {
  await act(async () => {
    document.body.innerHTML = '';
  });
});

describe('stories', () => {
  it('fail on an accessibility violation (the gate can fail)', async () => {
    // A button with no accessible name breaks WCAG 4.1.2 (axe rule button-name).
    const Bad = composeStory(
      { name: 'Nameless button', render: () => createElement('button', { type: 'button' }) },
      { title: 'Gate/Negative' },
    );
    await expect(Bad.run()).rejects.toThrow(/button-name/);
  });

  it('exist for every widget', () => {
    expect(Object.keys(modules).length).toBe(8);
  });

  for (const [file, module] of Object.entries(modules)) {
    const name = file.replace(/^.*\//, '').replace('.stories.tsx', '');
    describe(name, () => {
      const stories = composeStories(module) as Record<string, { run: () => Promise<void> }>;
      it('cover every state', () => {
        expect(Object.keys(stories)).toEqual(expect.arrayContaining(STATES));
      });
      for (const [storyName, story] of Object.entries(stories)) {
        it(storyName, async () => {
          await story.run();
        });
      }
    });
  }
});
