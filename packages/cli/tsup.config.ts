import { defineConfig } from 'tsup';

// Two entries: the library (`runCli`) and the `rectify` executable. esbuild keeps the `#!/usr/bin/env node` line
// of src/bin.ts at the top of dist/bin.js, and only there (a banner option would stamp every chunk).
export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
