import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell, utilityProcess } from 'electron';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UiLanguage } from '../shared/ipc-contract';
import { installAppMenu, type AppMenuContext } from './app-menu';
import { APP_ENTRY_URL, APP_ORIGIN, originOf, parseDevUrl, type TrustedOrigin } from './app-origin';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { setupSaveFile } from './export/save-file';
import { setupAppInfo } from './handlers/app-info';
import { setupImport } from './import/setup-import';
import { makeWorkerClient } from './import/worker-client';
import { setupUiLanguage } from './handlers/ui-language';
import { setupOpenExternal } from './handlers/open-external';
import { createIpc } from './ipc';
import type { JsonFileSystem } from './json-file';
import { openMainWindow } from './main-window';
import { languageFromLocale } from './menu-labels';
import { setupNavigationGuards } from './navigation-guard';
import { denyAllPermissions } from './permissions';
import { makeSenderPolicy } from './sender-policy';
import { makeSettingsStore, SETTINGS_FILE } from './settings-store';
import { loadClampedWindowState, rememberWindowState } from './window-persistence';
import { WINDOW_STATE_FILE } from './window-state';

// Pinned before ready: the IndexedDB lives here, so a product rename must never move (orphan) it.
app.setPath('userData', join(app.getPath('appData'), 'Kursnotiz'));
// Every renderer is sandboxed, including any created later.
app.enableSandbox();
registerAppScheme(protocol);

const jsonFs: JsonFileSystem = { readFile, writeFile, rename };
const userDataPath = (file: string) => join(app.getPath('userData'), file);
const devUrl = resolveDevUrl(process.env.KURSNOTIZ_DEV_URL);
const trustedOrigins: TrustedOrigin[] = devUrl === null ? [APP_ORIGIN] : [APP_ORIGIN, originOf(devUrl)];
let mainWindow: BrowserWindow | null = null;
let uiLanguage: UiLanguage = 'en';
let flushWindowState: () => Promise<void> = () => Promise.resolve();

function resolveDevUrl(raw: string | undefined): URL | null {
  if (raw === undefined || raw === '' || app.isPackaged) return null;
  const result = parseDevUrl(raw);
  if (!result.ok) {
    console.error(`[kursnotiz] ${result.reason}; loading the built renderer instead.`);
    return null;
  }
  return result.url;
}

const ipc = createIpc(makeSenderPolicy(() => mainWindow?.webContents.mainFrame ?? null, trustedOrigins));

const menuContext: AppMenuContext = {
  isPackaged: app.isPackaged,
  platform: process.platform,
  sendCommand: (command) => {
    if (mainWindow !== null) ipc.send(mainWindow.webContents, 'menu:command', command);
  },
  // Switched on by the import and PDF-export features once their handlers are wired in setupFeatures().
  features: { isImportEnabled: true, isExportPdfEnabled: true },
};

async function createMainWindow(): Promise<void> {
  const statePath = userDataPath(WINDOW_STATE_FILE);
  const state = await loadClampedWindowState(jsonFs, statePath, screen);
  const window = openMainWindow(BrowserWindow, state, join(__dirname, '../preload/preload.cjs'));
  mainWindow = window;
  flushWindowState = rememberWindowState(window, jsonFs, statePath);
  window.once('ready-to-show', () => {
    if (state.isMaximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  await window.loadURL(devUrl?.href ?? APP_ENTRY_URL);
}

function setupFeatures(): void {
  setupAppInfo(ipc, { app, versions: process.versions, platform: process.platform });
  setupUiLanguage(ipc, (language) => {
    uiLanguage = language;
    installAppMenu(Menu, menuContext, uiLanguage);
  });
  setupOpenExternal(ipc, shell);
  setupSaveFile(ipc, {
    showSaveDialog: (options) =>
      mainWindow === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(mainWindow, options),
    writeFile: (path, bytes) => writeFile(path, bytes),
    settings: makeSettingsStore(jsonFs, userDataPath(SETTINGS_FILE)),
    defaultFolder: app.getPath('documents'),
  });
  // Untrusted file content is parsed only in this separate utility process, never in main.
  const importWorker = makeWorkerClient(() =>
    utilityProcess.fork(join(__dirname, 'import-worker.cjs'), [], {
      serviceName: 'Kursnotiz import',
      stdio: 'ignore',
    }),
  );
  setupImport(ipc, {
    showOpenDialog: (options) =>
      mainWindow === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(mainWindow, options),
    fs: { stat, readFile },
    worker: importWorker,
    settings: makeSettingsStore(jsonFs, userDataPath(SETTINGS_FILE)),
    defaultFolder: app.getPath('documents'),
    sendProgress: (progress) => {
      if (mainWindow !== null) ipc.send(mainWindow.webContents, 'import:progress', progress);
    },
  });
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  setupNavigationGuards(app, trustedOrigins);
  setupAppProtocol(protocol, join(__dirname, '../renderer'), (path) => readFile(path));
  setupFeatures();
  uiLanguage = languageFromLocale(app.getLocale());
  installAppMenu(Menu, menuContext, uiLanguage);
  await createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let isStateFlushed = false;
  app.on('will-quit', (event) => {
    // The last window-state write must reach the disk before the process exits.
    if (isStateFlushed) return;
    event.preventDefault();
    void flushWindowState().finally(() => {
      isStateFlushed = true;
      app.quit();
    });
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) void createMainWindow().catch(reportFatal);
  });
  app.whenReady().then(start).catch(reportFatal);
}

function reportFatal(error: unknown): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`[kursnotiz] startup failed: ${message}`);
  dialog.showErrorBox('Kursnotiz', `Kursnotiz could not start.\n\n${message}`);
  app.exit(1);
}
