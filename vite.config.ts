import { defineConfig } from 'vite';

// The explorer is a static site (dist/web) served by `comention serve`; relative asset paths let the same
// folder open from any URL prefix or be copied next to a graph for sharing.
export default defineConfig({
  root: 'web',
  base: './',
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
