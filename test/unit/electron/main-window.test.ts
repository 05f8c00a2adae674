// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { openMainWindow } from '../../../electron/main-window';

/** Records the options the window was constructed with instead of opening a real window. */
class FakeBrowserWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

describe('main window', () => {
  it('is created sandboxed, isolated, without Node, webviews or middle-click windows', () => {
    const window = openMainWindow(
      FakeBrowserWindow,
      { width: 1280, height: 820, isMaximized: false },
      '/p.cjs',
    );
    expect(window.options.webPreferences).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window.options).toMatchObject({ center: true, show: false, minWidth: 900, minHeight: 600 });
    expect(window.options.x).toBeUndefined();
  });

  it('opens at the remembered position when there is one', () => {
    const state = { x: 40, y: 30, width: 1000, height: 700, isMaximized: false };
    const window = openMainWindow(FakeBrowserWindow, state, '/p.cjs');
    expect(window.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700, center: false });
  });
});
