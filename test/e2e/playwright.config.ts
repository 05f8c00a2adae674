import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions, E2E_PORT, WEB_HOST_URL } from './browser-options';

const root = fileURLToPath(new URL('../..', import.meta.url));

// End-to-end tests drive the real renderer (built into out/renderer) in Chromium over http.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `${root}/test-results/e2e`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A stray test.only must never narrow a CI run to one test.
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: WEB_HOST_URL,
    viewport: { width: 1440, height: 900 },
    locale: 'de-DE',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --config build/vite.renderer.config.ts --port ${E2E_PORT} --strictPort`,
    cwd: root,
    url: WEB_HOST_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
