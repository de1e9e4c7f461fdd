// Widgets run their component tests in happy-dom; a file starting with `// @vitest-environment node`
// (the SSR tests) runs in plain Node. Packages still resolve to source through the shared conditions.
import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.mjs';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      environment: 'happy-dom',
      setupFiles: ['./src/components/test-setup.ts'],
    },
  }),
);
