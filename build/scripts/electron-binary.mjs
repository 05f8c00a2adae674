// Finds the Electron binary WITHOUT require('electron'): electron 45 downloads on first require,
// which hangs or fails on machines that cannot reach its download host.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const electronDir = fileURLToPath(new URL('../../node_modules/electron/', import.meta.url));

/** @returns {{ path: string | null, reason: string }} the binary's path, or null and why it is missing. */
export function findElectronBinary() {
  if (!existsSync(join(electronDir, 'package.json'))) {
    return { path: null, reason: 'the electron package is not installed (run npm ci first)' };
  }
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      path: null,
      reason:
        'the Electron binary has not been downloaded (node_modules/electron/path.txt is missing; installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1 skip it)',
    };
  }
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { path: null, reason: `the Electron binary is missing at ${binary}` };
  return { path: binary, reason: 'found' };
}

/** The folder of the electron package (for running its install script). */
export const electronPackageDir = electronDir;
