// Global story settings: the accessibility gate (@storybook/addon-a11y, WCAG 2.2 AA, failing a story on any
// violation) and a neutral page around stories.
import type { A11yParameters } from '@storybook/addon-a11y';
import type { Preview } from '@storybook/react-vite';

/** The axe rule tags of WCAG 2.2 level AA (the acceptance bar of the widgets). */
export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // 'error': a violation marks the story failed, in the Storybook UI, in test/stories.test.ts (portable
    // stories under Vitest) and in test/run-storybook-tests.mjs (the built Storybook in Chromium).
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: WCAG_22_AA_TAGS } },
    } satisfies A11yParameters,
  },
};

export default preview;
