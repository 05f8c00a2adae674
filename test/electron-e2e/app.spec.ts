import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary, MAIN_BUNDLE, ROOT_DIR } from './electron-binary';

const binary = findElectronBinary();
if (!binary.isAvailable) {
  // Printed once at load so the CI log says why the suite did not run.
  console.log(
    `[electron-e2e] SKIPPED: ${binary.reason}. Install it with \`npx install-electron\` to run this suite.`,
  );
}

let app: ElectronApplication | undefined;
let mainWindow: Page;
let configDir = '';

test.describe('Kursnotiz in Electron', () => {
  test.skip(!binary.isAvailable, binary.isAvailable ? '' : binary.reason);

  test.beforeAll(async () => {
    if (!binary.isAvailable) return;
    // A fresh appData folder, so userData (and its IndexedDB) starts empty and the seeds are imported.
    configDir = await mkdtemp(join(tmpdir(), 'kursnotiz-electron-e2e-'));
    app = await electron.launch({
      executablePath: binary.executablePath,
      args: [MAIN_BUNDLE],
      cwd: ROOT_DIR,
      env: { ...process.env, XDG_CONFIG_HOME: configDir, APPDATA: configDir, KURSNOTIZ_DEV_URL: '' },
    });
    mainWindow = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (configDir !== '') await rm(configDir, { recursive: true, force: true });
  });

  test('opens the window on app:// and shows the German seed articles', async () => {
    await test.step('the window loads the app origin', async () => {
      await mainWindow.waitForLoadState('domcontentloaded');
      expect(mainWindow.url()).toMatch(/^app:\/\/kursnotiz\//u);
    });
    await test.step('the seed titles are visible', async () => {
      await expect(mainWindow.getByText('Alibaba Aktie: KI-Strategie zündet').first()).toBeVisible({
        timeout: 20_000,
      });
    });
  });

  test('exposes window.api but no Node globals', async () => {
    const globals = await mainWindow.evaluate(() => ({
      apiMembers: Object.keys((window as unknown as { api?: object }).api ?? {}).sort(),
      hasRequire: typeof (globalThis as { require?: unknown }).require !== 'undefined',
      hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
    }));
    expect(globals.apiMembers).toEqual(['getAppInfo', 'onMenuCommand', 'saveFile', 'setUiLanguage']);
    expect(globals.hasRequire).toBe(false);
    expect(globals.hasProcess).toBe(false);
  });

  test('answers app:get-info over the typed IPC', async () => {
    const result = await mainWindow.evaluate(() =>
      (window as unknown as { api: { getAppInfo(): Promise<unknown> } }).api.getAppInfo(),
    );
    expect(result).toMatchObject({ ok: true, value: { isPackaged: false } });
  });

  test('blocks navigation to another origin', async () => {
    const before = mainWindow.url();
    await mainWindow.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    // Give a (wrongly allowed) navigation time to commit before checking it did not happen.
    await mainWindow.waitForTimeout(1_000);
    expect(mainWindow.url()).toBe(before);
    expect(app?.windows()).toHaveLength(1);
  });
});
