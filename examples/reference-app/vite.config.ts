// Builds the web app (web/) into dist/, resolving the @rectify packages from their TypeScript source.
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  base: '/',
  plugins: [react()],
  resolve: { conditions: ['@rectify/source', ...defaultClientConditions] },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev`: the Vite dev server on 5174 forwards the API to a running `npm start` on 5173.
    port: 5174,
    proxy: { '/app': 'http://127.0.0.1:5173', '/v1': 'http://127.0.0.1:5173' },
  },
});
