import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import { DEFAULT_PANE_SIZES, PANE_LIMITS } from '../../../../renderer/store/layout-slice';

describe('pane sizes', () => {
  beforeEach(resetAppStore);

  it('clamps a resize into the pane limits so no pane vanishes', () => {
    useAppStore.getState().resizePane('listWidthPx', 5);
    expect(useAppStore.getState().paneSizes.listWidthPx).toBe(PANE_LIMITS.listWidthPx.min);
    useAppStore.getState().resizePane('chartHeightPercent', 400);
    expect(useAppStore.getState().paneSizes.chartHeightPercent).toBe(PANE_LIMITS.chartHeightPercent.max);
  });

  it('restores saved sizes, ignoring values that are not finite numbers', () => {
    useAppStore.getState().setPaneSizes({ sideWidthPx: 512.4, listWidthPx: Number.NaN });
    expect(useAppStore.getState().paneSizes).toEqual({ ...DEFAULT_PANE_SIZES, sideWidthPx: 512 });
  });
});
