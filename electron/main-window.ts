import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_SIZE_PX, type WindowState } from './window-state';

/** Anything constructible like BrowserWindow (main passes Electron's class, tests a recording fake). */
export type BrowserWindowClass<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Creates the one app window with locked-down web preferences. The options stay one literal object so a
 * reviewer (and electronegativity's static checks) can read every security flag in one place.
 */
export function openMainWindow<W>(
  BrowserWindow: BrowserWindowClass<W>,
  state: WindowState,
  preloadPath: string,
): W {
  const position = state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : null;
  return new BrowserWindow({
    ...position,
    center: position === null,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE_PX.width,
    minHeight: MIN_WINDOW_SIZE_PX.height,
    title: 'Kursnotiz',
    // Shown once the first paint is ready, so the user never sees a white flash.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // Reviewed preload (electron/preload.ts): exposes only the contract-derived `api` through contextBridge,
      // never ipcRenderer itself; event payloads are schema-checked (test/unit/electron/preload-bridge.test.ts).
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would try to open links in new windows; the open handler denies them, this stops the event.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/** Reads the state to remember from a window (normal bounds when maximised, so un-maximising restores them). */
export function captureWindowState(
  window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>,
): WindowState {
  const bounds = window.getNormalBounds();
  return { ...bounds, isMaximized: window.isMaximized() };
}
