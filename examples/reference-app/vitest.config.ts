// Tests of the reference app: storage (PGlite always, PostgreSQL when DATABASE_URL is set), the server over
// loopback, and the end-to-end run in Chromium. The @rectify packages resolve to source; unlike the shared config
// the conditions leave out `import`, because Vitest hands them to Node as --conditions and node-postgres (CommonJS)
// would then require() the ESM wrapper of pg-pool.
import { defineConfig } from 'vitest/config';
import shared from '../../vitest.shared.mjs';

const conditions = ['@rectify/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    ...shared.test,
    include: ['server/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // PGlite and Chromium are heavy: one file at a time keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
