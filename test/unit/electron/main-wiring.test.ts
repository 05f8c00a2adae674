// @vitest-environment node
// Bundles electron/main.ts exactly as the build does and runs it against a recording stand-in for the
// 'electron' module: proves the start-up order and the wiring without the (absent) Electron binary.
import { build } from 'esbuild';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { invokeArgumentSchemas } from '../../../shared/ipc-contract';

type Listener = (...args: unknown[]) => unknown;
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A tiny event emitter like Electron's objects (on/once, fire by name). */
function emitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    listeners,
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return this;
    },
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    },
    fire(event: string, ...args: unknown[]) {
      for (const listener of listeners.get(event) ?? []) listener(...args);
    },
  };
}

/** Records everything main.ts does with Electron, in order. */
function fakeElectron(appDataDir: string) {
  const calls: string[] = [];
  let isReady = false;
  let resolveReady = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const invokeHandlers = new Map<string, Listener>();
  const menus: MenuItemConstructorOptions[][] = [];
  const windows: FakeWindow[] = [];
  let protocolHandler: Listener | undefined;
  const paths: Record<string, string> = { appData: appDataDir, documents: join(appDataDir, 'Documents') };

  const mainFrame = { url: 'app://kursnotiz/index.html' };
  class FakeWindow {
    readonly events = emitter();
    readonly webContents = { ...emitter(), mainFrame, send: () => undefined, isDestroyed: () => false };
    isFocused = false;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      windows.push(this);
      calls.push('new BrowserWindow');
    }
    on(event: string, listener: Listener) {
      this.events.on(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    loadURL(url: string) {
      calls.push(`loadURL ${url}`);
      return Promise.resolve();
    }
    isMinimized = () => false;
    restore = () => undefined;
    focus = () => void (this.isFocused = true);
    show = () => undefined;
    maximize = () => undefined;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1000, height: 700 });
  }

  const app = {
    ...emitter(),
    isPackaged: false,
    getPath: (name: string) => paths[name] ?? join(appDataDir, name),
    setPath: (name: string, path: string) => {
      calls.push(`setPath ${name} ready=${isReady}`);
      paths[name] = path;
    },
    enableSandbox: () => calls.push(`enableSandbox ready=${isReady}`),
    requestSingleInstanceLock: () => true,
    whenReady: () => ready,
    isReady: () => isReady,
    getLocale: () => 'de-DE',
    getVersion: () => '0.1.0',
    quit: () => calls.push('quit'),
    exit: () => calls.push('exit'),
  };
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: (title: string, text: string) => calls.push(`error box ${title}: ${text}`) },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => (menus.push(template), {}),
      setApplicationMenu: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: () => calls.push(`registerSchemesAsPrivileged ready=${isReady}`),
      handle: (_scheme: string, handler: Listener) => void (protocolHandler = handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.push('deny permission requests'),
        setPermissionCheckHandler: () => calls.push('deny permission checks'),
        setDevicePermissionHandler: () => undefined,
      },
    },
    ipcMain: { handle: (channel: string, listener: Listener) => void invokeHandlers.set(channel, listener) },
  };
  const becomeReady = async () => {
    isReady = true;
    resolveReady();
    await new Promise((resolve) => setTimeout(resolve, 200));
  };
  return {
    electron,
    calls,
    menus,
    windows,
    invokeHandlers,
    mainFrame,
    becomeReady,
    protocol: () => protocolHandler,
  };
}

let fake: ReturnType<typeof fakeElectron>;

beforeAll(async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'kursnotiz-main-'));
  await mkdir(join(outDir, 'renderer'), { recursive: true });
  await writeFile(join(outDir, 'renderer', 'index.html'), '<!doctype html><title>Kursnotiz</title>');
  const bundle = await build({
    absWorkingDir: ROOT,
    entryPoints: ['electron/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  fake = fakeElectron(join(outDir, 'appData'));
  // Node's own CJS loader runs the bundle; its require('electron') resolves to the nearest node_modules,
  // where a one-line stand-in hands over the recording fake.
  await mkdir(join(outDir, 'main'), { recursive: true });
  await writeFile(join(outDir, 'main', 'main.cjs'), bundle.outputFiles[0]!.text);
  await mkdir(join(outDir, 'node_modules', 'electron'), { recursive: true });
  await writeFile(
    join(outDir, 'node_modules', 'electron', 'index.js'),
    'module.exports = globalThis.__fakeElectron;',
  );
  (globalThis as { __fakeElectron?: unknown }).__fakeElectron = fake.electron;
  createRequire(join(outDir, 'main', 'main.cjs'))('./main.cjs');
  await fake.becomeReady();
});

describe('main process wiring (bundled main.ts on a fake electron)', () => {
  it('pins userData, enables the sandbox and registers app:// before ready', () => {
    expect(fake.calls.slice(0, 3)).toEqual([
      'setPath userData ready=false',
      'enableSandbox ready=false',
      'registerSchemesAsPrivileged ready=false',
    ]);
    expect(fake.electron.app.getPath('userData')).toMatch(/Kursnotiz$/u);
  });

  it('denies permissions before the window loads, then loads app://kursnotiz', () => {
    const order = (entry: string) => fake.calls.indexOf(entry);
    expect(order('deny permission requests')).toBeLessThan(order('new BrowserWindow'));
    expect(fake.calls).toContain('loadURL app://kursnotiz/index.html');
    expect(fake.windows[0]?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
  });

  it('serves the renderer folder next to out/main through the protocol handler', async () => {
    const handler = fake.protocol()!;
    const response = (await handler({ url: 'app://kursnotiz/', method: 'GET' })) as Response;
    expect(await response.text()).toContain('<title>Kursnotiz</title>');
  });

  it('builds the menu in German for a German system and rebuilds it on app:set-ui-language', async () => {
    expect(fake.menus[0]?.map((item) => item.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Hilfe']);
    const setLanguage = fake.invokeHandlers.get('app:set-ui-language')!;
    await expect(setLanguage({ senderFrame: fake.mainFrame }, 'en')).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(fake.menus.at(-1)?.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('registers every contract channel and refuses callers other than the main frame', async () => {
    // Every channel in the contract has a handler in main (a new channel without one fails here).
    expect([...fake.invokeHandlers.keys()].sort()).toEqual(Object.keys(invokeArgumentSchemas).sort());
    const getInfo = fake.invokeHandlers.get('app:get-info')!;
    await expect(getInfo({ senderFrame: { url: 'app://kursnotiz/index.html' } })).resolves.toMatchObject({
      ok: false,
    });
    await expect(getInfo({ senderFrame: fake.mainFrame })).resolves.toMatchObject({ ok: true });
  });

  it('focuses the first window when a second instance starts', () => {
    fake.electron.app.fire('second-instance');
    expect(fake.windows[0]?.isFocused).toBe(true);
  });

  it('guards every new WebContents (navigation + window open)', () => {
    const contents = {
      ...emitter(),
      setWindowOpenHandler: (handler: Listener) => void (openHandler = handler),
    };
    let openHandler: Listener | undefined;
    fake.electron.app.fire('web-contents-created', {}, contents);
    expect([...contents.listeners.keys()]).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
    expect(openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });
});
