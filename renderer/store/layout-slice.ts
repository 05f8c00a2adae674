import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

/** The resizable panes, left to right: the article list, the reader, and the side column (chart over notes). */
export interface PaneSizes {
  /** Width of the article list in CSS pixels. */
  listWidthPx: number;
  /** Width of the side column (chart and notes) in CSS pixels. */
  sideWidthPx: number;
  /** Share of the side column's height the chart takes, in percent. */
  chartHeightPercent: number;
}

/** Bounds each pane size is clamped to, so no pane can vanish or swallow the window. */
export const PANE_LIMITS: Record<keyof PaneSizes, { min: number; max: number }> = {
  listWidthPx: { min: 200, max: 480 },
  sideWidthPx: { min: 300, max: 760 },
  chartHeightPercent: { min: 25, max: 80 },
};

/** Default pane sizes, tuned for a 1440×900 window. */
export const DEFAULT_PANE_SIZES: PaneSizes = { listWidthPx: 272, sideWidthPx: 500, chartHeightPercent: 58 };

/** Layout slice: the sizes of the resizable panes (persisted in settings by a service). */
export interface LayoutSlice {
  paneSizes: PaneSizes;
  resizePane: (pane: keyof PaneSizes, value: number) => void;
  setPaneSizes: (sizes: Partial<PaneSizes>) => void;
}

/** Clamps a pane size into its limits (rounded: sizes are whole pixels or percent). */
export function clampPaneSize(pane: keyof PaneSizes, value: number): number {
  const { min, max } = PANE_LIMITS[pane];
  if (!Number.isFinite(value)) return DEFAULT_PANE_SIZES[pane];
  return Math.round(Math.min(max, Math.max(min, value)));
}

/** Initial layout state. */
export const initialLayoutState: Pick<LayoutSlice, 'paneSizes'> = { paneSizes: DEFAULT_PANE_SIZES };

/** Creates the layout slice. */
export const createLayoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set) => ({
  ...initialLayoutState,
  resizePane: (pane, value) =>
    set((state) => ({ paneSizes: { ...state.paneSizes, [pane]: clampPaneSize(pane, value) } })),
  setPaneSizes: (sizes) =>
    set((state) => {
      const next = { ...state.paneSizes };
      for (const pane of Object.keys(sizes) as (keyof PaneSizes)[]) {
        const value = sizes[pane];
        if (typeof value === 'number') next[pane] = clampPaneSize(pane, value);
      }
      return { paneSizes: next };
    }),
});
