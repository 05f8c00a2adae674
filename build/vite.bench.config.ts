import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Benchmark pages (test/bench/*.html): they import the product's real modules and time them in Chromium.
// Built only by `npm run bench`, never shipped.
const benchRoot = fileURLToPath(new URL('../test/bench/', import.meta.url));

export default defineConfig({
  root: benchRoot,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../out/bench/', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        chart: `${benchRoot}chart-bench.html`,
        annotations: `${benchRoot}annotation-bench.html`,
        export: `${benchRoot}export-bench.html`,
        import: `${benchRoot}import-bench.html`,
        store: `${benchRoot}store-bench.html`,
        libraryLoader: `${benchRoot}library-loader.html`,
        librarySearch: `${benchRoot}library-search-bench.html`,
      },
    },
  },
  preview: { host: '127.0.0.1' },
});
