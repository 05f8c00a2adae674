import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium when present (CI and dev machines here), else Playwright's own browser. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Launch options for Chromium on a closed network: no background traffic, no sandbox as root. */
export const chromiumLaunchOptions: LaunchOptions = {
  ...(existsSync(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/** The e2e web host's port: not the port `npm start` serves on, so tests run beside a running app. */
export const E2E_PORT = Number(process.env.KURSNOTIZ_E2E_PORT ?? 4175);

/** Where the web host is served during e2e runs. */
export const WEB_HOST_URL = `http://127.0.0.1:${E2E_PORT}/`;
