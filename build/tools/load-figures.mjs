// Loads shared/figures (TypeScript) into Node 20, which cannot run .ts: esbuild bundles it in memory
// and the bundle is imported from a data: URL, so nothing is written to disk and no cache can go stale.
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { URL, fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../shared/figures/index.ts', import.meta.url));

/**
 * Bundles and imports the figure extractor; resolves to the module's exports.
 * @returns {Promise<typeof import('../../shared/figures/index')>}
 */
export async function loadFigures() {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(code, 'utf8').toString('base64')}`);
}
