import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this folder). */
export const ROOT_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** Where the Electron binary is, or why it cannot be used. */
export type ElectronBinary =
  { isAvailable: true; executablePath: string } | { isAvailable: false; reason: string };

/**
 * Finds the Electron binary the way node_modules/electron/index.js does, WITHOUT requiring it: requiring
 * 'electron' from Node starts a download when the binary is missing, which this offline CI cannot do.
 */
export function findElectronBinary(root: string = ROOT_DIR): ElectronBinary {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      isAvailable: false,
      reason: `Electron binary not installed (${pathFile} is missing; it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)`,
    };
  }
  const executablePath = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executablePath)) {
    return { isAvailable: false, reason: `Electron binary missing at ${executablePath}` };
  }
  return { isAvailable: true, executablePath };
}

/** The main-process bundle; it must be built (npm run build) before this suite runs. */
export const MAIN_BUNDLE = join(ROOT_DIR, 'out', 'main', 'main.cjs');
