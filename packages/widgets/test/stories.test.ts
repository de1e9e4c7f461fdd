// Runs every story as a test (portable stories): render, play function (the keyboard paths), then the
// accessibility gate of .storybook/preview.tsx. Colour contrast is left to the Chromium tests: happy-dom has no
// computed colours.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import preview from '../.storybook/preview';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

setProjectAnnotations([
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
