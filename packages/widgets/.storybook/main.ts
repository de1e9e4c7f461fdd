// Storybook for the widgets: every widget in every state, built offline (`storybook build --disable-telemetry`).
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.tsx'],
  framework: { name: '@storybook/react-vite', options: {} },
  // The accessibility panel and gate (axe-core); its settings are `parameters.a11y` in preview.tsx.
  addons: ['@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  typescript: { reactDocgen: false },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // Sibling packages from source, as in the tests: nothing else has to be built first.
      resolve: { conditions: ['@rectify/source', ...defaultClientConditions] },
      build: { chunkSizeWarningLimit: 4096 },
    }),
};

export default config;
