import type { BrowserWindow, Screen } from 'electron';
import type { JsonFileSystem } from './json-file';
import { captureWindowState } from './main-window';
import { clampToDisplays, loadWindowState, saveWindowState, type WindowState } from './window-state';

/** Loads the remembered placement and fits it to the displays connected now. */
export async function loadClampedWindowState(
  fs: JsonFileSystem,
  path: string,
  screen: Pick<Screen, 'getAllDisplays'>,
): Promise<WindowState> {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  return clampToDisplays(await loadWindowState(fs, path), workAreas);
}

/**
 * Saves the window's placement when it closes. Returns a function that resolves once the last save has
 * reached the disk, so quitting can wait for it instead of racing the process exit.
 */
export function rememberWindowState(
  window: Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>,
  fs: JsonFileSystem,
  path: string,
  log: (message: string) => void = console.warn,
): () => Promise<void> {
  let pending: Promise<void> = Promise.resolve();
  window.on('close', () => {
    const state = captureWindowState(window);
    pending = saveWindowState(fs, path, state).catch((error: unknown) => {
      log(`[window-state] not saved: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  return () => pending;
}
