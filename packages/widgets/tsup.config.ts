import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per widget (component and element) and per barrel besides the index, so the ESM build is split into
// modules and dist/index.js holds nothing but re-exports: with `"sideEffects": false` a bundler importing one widget
// from dist/index.js drops the other widgets' modules whole (statement-level tree shaking alone keeps every widget
// a barrel's top-level code mentions, such as the combined CSS).
const widgets = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && entry.name !== 'shared')
  .map((entry) => entry.name);

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'components/index': 'src/components/index.ts',
    'elements/index': 'src/elements/index.ts',
    'i18n/index': 'src/i18n/index.ts',
    'theme/index': 'src/theme/index.ts',
    ...Object.fromEntries(widgets.map((w) => [`components/${w}`, `src/components/${w}/index.ts`])),
    ...Object.fromEntries(widgets.map((w) => [`elements/${w}`, `src/elements/${w}-element.ts`])),
  },
  format: ['esm'],
  splitting: true,
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // React stays a peer: never bundled into the ESM build.
  external: ['react', 'react-dom'],
});
