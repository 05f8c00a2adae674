// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { AppInfo, MenuCommand } from '../../../shared/ipc-contract';
import type { PreloadApi } from '../../../shared/preload-api';
import type { PreloadApi as ExposedPreloadApi } from '../../../electron/preload';
import { makeElectronPlatform } from '../../../renderer/platform/electron-platform';

const info: AppInfo = {
  version: '0.1.0',
  electronVersion: '45.4.1',
  chromeVersion: '142.0.0.0',
  platform: 'win32',
  systemLocale: 'de-DE',
  userDataPath: 'C:\\Users\\u\\AppData\\Roaming\\Kursnotiz',
  isPackaged: true,
};

/** Typed fake of window.api: adding, renaming or retyping a contract channel breaks this at compile time. */
function makeFakeApi() {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const fakeApi: PreloadApi = {
    getAppInfo: vi.fn(() => Promise.resolve({ ok: true as const, value: info })),
    setUiLanguage: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    saveFile: vi.fn(() =>
      Promise.resolve({ ok: true as const, value: { saved: true as const, path: 'C:\\d.pdf' } }),
    ),
    openExternal: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    onMenuCommand: (listener) => {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    pickImportFiles: vi.fn(() =>
      Promise.resolve({ ok: true as const, value: { files: [], isCancelled: false } }),
    ),
    parseImportFiles: vi.fn(() =>
      Promise.resolve({ ok: true as const, value: { files: [], isCancelled: false } }),
    ),
    cancelImport: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    onImportProgress: () => () => undefined,
  };
  return { fakeApi, menuListeners };
}

// The preload's exposed type and the contract's type are the same type, in both directions.
const exposedIsContract: PreloadApi = {} as ExposedPreloadApi;
const contractIsExposed: ExposedPreloadApi = {} as PreloadApi;

describe('electron platform on window.api', () => {
  it('uses the typed fake and forwards every call', async () => {
    expect([exposedIsContract, contractIsExposed]).toHaveLength(2);
    const { fakeApi, menuListeners } = makeFakeApi();
    const platform = makeElectronPlatform(fakeApi, () => 'de-DE');
    expect(platform.kind).toBe('electron');
    expect(platform.systemLocale()).toBe('de-DE');
    await expect(platform.getAppInfo()).resolves.toEqual({ ok: true, value: info });
    await platform.setUiLanguage('de');
    expect(fakeApi.setUiLanguage).toHaveBeenCalledWith('de');
    const request = {
      suggestedName: 'd.pdf',
      bytes: new Uint8Array([1]),
      filter: { name: 'PDF', extensions: ['pdf'] },
    };
    await expect(platform.saveFile(request)).resolves.toEqual({
      ok: true,
      value: { saved: true, path: 'C:\\d.pdf' },
    });

    const received: MenuCommand[] = [];
    const unsubscribe = platform.onMenuCommand((command) => received.push(command));
    for (const listener of menuListeners) listener('about');
    unsubscribe();
    expect(menuListeners.size).toBe(0);
    expect(received).toEqual(['about']);
  });

  it('does not throw when the host refuses the menu language', async () => {
    const { fakeApi } = makeFakeApi();
    fakeApi.setUiLanguage = () =>
      Promise.resolve({ ok: false as const, error: { code: 'invalid-argument' as const, message: 'nope' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(makeElectronPlatform(fakeApi).setUiLanguage('en')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('nope'));
    warn.mockRestore();
  });
});
