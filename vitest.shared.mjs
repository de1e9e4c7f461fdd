// Shared Vitest settings: resolve @rectify/* packages to their TypeScript source (no build needed).
import { defineConfig } from 'vitest/config';

export const sourceConditions = ['@rectify/source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    setupFiles: [new URL('./scripts/vitest-no-console.ts', import.meta.url).pathname],
    testTimeout: 60_000,
  },
});
