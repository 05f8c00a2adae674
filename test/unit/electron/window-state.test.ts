// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { captureWindowState } from '../../../electron/main-window';
import { loadClampedWindowState } from '../../../electron/window-persistence';
import {
  clampToDisplays,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  MIN_WINDOW_SIZE_PX,
  saveWindowState,
  type RectanglePx,
} from '../../../electron/window-state';
import { fakeJsonFs } from './fake-json-fs';

const PATH = '/userData/window-state.json';
const laptop: RectanglePx = { x: 0, y: 0, width: 1440, height: 875 };
const externalRight: RectanglePx = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('window state file', () => {
  it('round-trips a saved state (rounded to whole pixels)', async () => {
    const { fs, files } = fakeJsonFs();
    await saveWindowState(fs, PATH, { x: 10.4, y: 20.6, width: 1200.2, height: 800, isMaximized: true });
    expect(files.has(`${PATH}.tmp`)).toBe(false);
    expect(await loadWindowState(fs, PATH)).toEqual({
      x: 10,
      y: 21,
      width: 1200,
      height: 800,
      isMaximized: true,
    });
  });

  it('falls back to the default when the file is missing', async () => {
    expect(await loadWindowState(fakeJsonFs().fs, PATH)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['truncated JSON', '{"width": 12'],
    ['wrong types', '{"width":"wide","height":800,"isMaximized":false}'],
    ['absurd size', '{"width":1e9,"height":800,"isMaximized":false}'],
    ['not an object', '[1,2,3]'],
  ])('falls back to the default for %s', async (_label, text) => {
    const { fs } = fakeJsonFs({ [PATH]: text });
    expect(await loadWindowState(fs, PATH)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('clampToDisplays', () => {
  it('keeps a position that is on a display', () => {
    const state = { x: 100, y: 50, width: 1200, height: 800, isMaximized: false };
    expect(clampToDisplays(state, [laptop])).toEqual(state);
  });

  it('centres a window whose monitor was unplugged', () => {
    const onExternal = { x: 2000, y: 100, width: 1600, height: 1000, isMaximized: false };
    const clamped = clampToDisplays(onExternal, [laptop]);
    expect(clamped.x).toBeUndefined();
    expect(clamped.y).toBeUndefined();
    expect(clamped.width).toBe(1440);
    expect(clamped.height).toBe(875);
  });

  it('keeps a window on the second display when it is still there', () => {
    const onExternal = { x: 2000, y: 100, width: 1600, height: 1000, isMaximized: false };
    expect(clampToDisplays(onExternal, [laptop, externalRight])).toMatchObject({ x: 2000, y: 100 });
  });

  it('pulls a window hanging off the bottom-right edge back inside', () => {
    const clamped = clampToDisplays({ x: 1000, y: 600, width: 1000, height: 700, isMaximized: false }, [
      laptop,
    ]);
    expect(clamped).toMatchObject({ x: 440, y: 175, width: 1000, height: 700 });
  });

  it('enforces the minimum size', () => {
    const clamped = clampToDisplays({ width: 10, height: 10, isMaximized: false }, [laptop]);
    expect(clamped).toMatchObject(MIN_WINDOW_SIZE_PX);
  });

  it('loadClampedWindowState reads the file and fits it to the screen', async () => {
    const saved = JSON.stringify({ x: 5000, y: 5000, width: 3000, height: 3000, isMaximized: false });
    const { fs } = fakeJsonFs({ [PATH]: saved });
    const screen = { getAllDisplays: () => [{ workArea: laptop }] as never };
    expect(await loadClampedWindowState(fs, PATH, screen)).toEqual({
      width: 1440,
      height: 875,
      isMaximized: false,
    });
  });

  it('captures normal bounds of a maximised window so un-maximising restores them', () => {
    const window = {
      getNormalBounds: () => ({ x: 1, y: 2, width: 1000, height: 700 }),
      isMaximized: () => true,
    };
    expect(captureWindowState(window)).toEqual({ x: 1, y: 2, width: 1000, height: 700, isMaximized: true });
  });
});
