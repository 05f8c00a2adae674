// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { readAppInfo, setupAppInfo, type AppInfoSources } from '../../../electron/handlers/app-info';
import { setupUiLanguage } from '../../../electron/handlers/ui-language';
import type { IpcRouter } from '../../../electron/ipc-router';
import type { InvokeChannel, UiLanguage } from '../../../shared/ipc-contract';

const sources: AppInfoSources = {
  app: {
    getVersion: () => '0.1.0',
    getLocale: () => 'de-DE',
    getPath: (name) => `/home/u/.config/${name === 'userData' ? 'Kursnotiz' : name}`,
    isPackaged: false,
  },
  versions: { electron: '45.4.1', chrome: '142.0.7444.0' },
  platform: 'linux',
};

/** A router that keeps the registered handlers so the test can call them directly. */
function fakeRouter() {
  const handlers = new Map<InvokeChannel, (...args: never[]) => unknown>();
  const router: IpcRouter = {
    handle: (channel, fn) => void handlers.set(channel, fn),
    send: vi.fn(),
  };
  return { router, handlers };
}

describe('app handlers', () => {
  it('app:get-info reports versions, locale and the pinned userData folder', () => {
    expect(readAppInfo(sources)).toEqual({
      version: '0.1.0',
      electronVersion: '45.4.1',
      chromeVersion: '142.0.7444.0',
      platform: 'linux',
      systemLocale: 'de-DE',
      userDataPath: '/home/u/.config/Kursnotiz',
      isPackaged: false,
    });
    const { router, handlers } = fakeRouter();
    setupAppInfo(router, sources);
    expect(handlers.get('app:get-info')?.()).toMatchObject({ ok: true, value: { version: '0.1.0' } });
  });

  it('app:set-ui-language applies the language (the menu rebuild) and answers ok', () => {
    const { router, handlers } = fakeRouter();
    const applied: UiLanguage[] = [];
    setupUiLanguage(router, (language) => applied.push(language));
    const handler = handlers.get('app:set-ui-language') as (language: UiLanguage) => unknown;
    expect(handler('de')).toEqual({ ok: true, value: null });
    expect(applied).toEqual(['de']);
  });
});
