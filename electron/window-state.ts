import { z } from 'zod';
import { readJsonFile, writeJsonFile, type JsonFileSystem } from './json-file';

/** A rectangle in screen DIPs (Electron's Rectangle shape). */
export interface RectanglePx {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The remembered window placement; x/y are absent when the window should be centred. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  isMaximized: boolean;
}

/** Size used on first start and whenever the saved state is unusable. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, isMaximized: false };

/** Smallest window the layout works in (also the BrowserWindow minimum). */
export const MIN_WINDOW_SIZE_PX = { width: 900, height: 600 } as const;

const windowStateSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000).optional(),
  y: z.number().int().min(-100_000).max(100_000).optional(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  isMaximized: z.boolean(),
});

/** The file name inside userData. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** Loads the saved state; a missing or corrupt file gives the default. */
export async function loadWindowState(fs: JsonFileSystem, path: string): Promise<WindowState> {
  return (await readJsonFile(fs, path, windowStateSchema)) ?? { ...DEFAULT_WINDOW_STATE };
}

/** Saves the state (whole numbers only, as the schema expects). */
export async function saveWindowState(fs: JsonFileSystem, path: string, state: WindowState): Promise<void> {
  const rounded: WindowState = {
    width: Math.round(state.width),
    height: Math.round(state.height),
    isMaximized: state.isMaximized,
  };
  if (state.x !== undefined && state.y !== undefined) {
    rounded.x = Math.round(state.x);
    rounded.y = Math.round(state.y);
  }
  await writeJsonFile(fs, path, rounded);
}

function overlapAreaPx(a: RectanglePx, b: RectanglePx): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Fits a saved state to the displays present now: the size shrinks to the largest work area, and a
 * position is kept only if the title bar region lies on a display (a monitor unplugged since last time
 * would otherwise leave the window off-screen); else the window is centred.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly RectanglePx[]): WindowState {
  const maxWidth = Math.max(MIN_WINDOW_SIZE_PX.width, ...workAreas.map((area) => area.width));
  const maxHeight = Math.max(MIN_WINDOW_SIZE_PX.height, ...workAreas.map((area) => area.height));
  const width = Math.min(Math.max(state.width, MIN_WINDOW_SIZE_PX.width), maxWidth);
  const height = Math.min(Math.max(state.height, MIN_WINDOW_SIZE_PX.height), maxHeight);
  const clamped: WindowState = { width, height, isMaximized: state.isMaximized };
  if (state.x === undefined || state.y === undefined) return clamped;
  // The top strip (where the title bar is) must be reachable for the user to drag the window back.
  const titleStrip: RectanglePx = { x: state.x, y: state.y, width, height: 48 };
  const home = workAreas.find((area) => overlapAreaPx(area, titleStrip) >= 48 * 48);
  if (home === undefined) return clamped;
  clamped.x = Math.min(Math.max(state.x, home.x), home.x + home.width - Math.min(width, home.width));
  clamped.y = Math.min(Math.max(state.y, home.y), home.y + home.height - Math.min(height, home.height));
  return clamped;
}
