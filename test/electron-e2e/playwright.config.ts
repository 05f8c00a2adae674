import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The Electron host suite: launches out/main/main.cjs with _electron.launch. It skips itself (with a printed
// reason) where the Electron binary is not installed, e.g. this offline CI.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `${root}/test-results/electron-e2e`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A stray test.only must never narrow a CI run to one test.
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  reporter: [['list']],
});
