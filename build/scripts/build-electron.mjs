// Bundles the Electron main process and the preload with esbuild into out/main and out/preload (CommonJS:
// a sandboxed preload can only require('electron'), so everything else, zod included, is bundled in).
import { build } from 'esbuild';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const isProduction = process.env.NODE_ENV !== 'development';

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['electron'],
  sourcemap: isProduction ? false : 'inline',
  minify: false,
  legalComments: 'none',
  logLevel: 'info',
  define: { 'process.env.NODE_ENV': JSON.stringify(isProduction ? 'production' : 'development') },
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'out/main/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'out/preload/preload.cjs' }),
  // The import utility process: untrusted files are parsed here, never in main.
  build({
    ...common,
    entryPoints: ['electron/import/import-worker.ts'],
    outfile: 'out/main/import-worker.cjs',
    // jsdom reads its own files next to its modules and pdf.js is an ES module that locates its worker by
    // import.meta.url: both load from node_modules instead of the bundle.
    external: ['electron', 'jsdom', 'pdfjs-dist'],
  }),
]);
