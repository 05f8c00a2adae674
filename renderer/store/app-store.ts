import { create } from 'zustand';
import { createArticlesSlice, initialArticlesState, type ArticlesSlice } from './articles-slice';
import { createChartSlice, initialChartState, type ChartSlice } from './chart-slice';
import { createUiSlice, initialUiState, type UiSlice } from './ui-slice';

/** The whole renderer state: one store built from feature slices. */
export type AppState = ArticlesSlice & ChartSlice & UiSlice;

/** The app's store; components read it through selectors with useShallow. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createArticlesSlice(...args),
  ...createChartSlice(...args),
  ...createUiSlice(...args),
}));

/** Resets every slice to its initial state (tests call this in beforeEach). */
export function resetAppStore(): void {
  useAppStore.setState({ ...initialArticlesState, ...initialChartState, ...initialUiState });
}
