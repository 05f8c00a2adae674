// Runs a TypeScript entry file with Node 20 (which cannot strip types itself): esbuild bundles it into
// .cache/run-ts/ with npm packages left external, then it is imported. Usage: node run-ts.mjs ENTRY.ts [ARGS…]
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles `entry` (a .ts path) and imports it; argv after the entry stays in process.argv.
 * @param {string} entry
 */
export async function runTypeScript(entry) {
  const outDir = resolve(root, '.cache/run-ts');
  mkdirSync(outDir, { recursive: true });
  const outfile = resolve(outDir, `${basename(entry).replace(/\.tsx?$/u, '')}.mjs`);
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    sourcemap: 'inline',
  });
  await import(pathToFileURL(outfile).href);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [entry] = process.argv.splice(2, 1);
  if (!entry) {
    console.error('usage: node build/scripts/run-ts.mjs ENTRY.ts [ARGS…]');
    process.exit(2);
  }
  await runTypeScript(entry);
}
