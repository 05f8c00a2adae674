import { create } from 'zustand';
import { createArticlesSlice, initialArticlesState, type ArticlesSlice } from './articles-slice';
import { createChartSlice, initialChartState, type ChartSlice } from './chart-slice';
import { createUiSlice, initialUiState, type UiSlice } from './ui-slice';
import { createSessionSlice, initialSessionState, type SessionSlice } from './session-slice';
import { createLayoutSlice, initialLayoutState, type LayoutSlice } from './layout-slice';
import { createAnnotationsSlice, initialAnnotationsState, type AnnotationsSlice } from './annotations-slice';

/** The whole renderer state: one store built from feature slices. */
export type AppState = ArticlesSlice & ChartSlice & UiSlice & SessionSlice & LayoutSlice & AnnotationsSlice;

/** The app's store; components read it through selectors with useShallow. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createArticlesSlice(...args),
  ...createChartSlice(...args),
  ...createUiSlice(...args),
  ...createSessionSlice(...args),
  ...createLayoutSlice(...args),
  ...createAnnotationsSlice(...args),
}));

/** Resets every slice to its initial state (tests call this in beforeEach). */
export function resetAppStore(): void {
  useAppStore.setState({
    ...initialArticlesState,
    ...initialChartState,
    ...initialUiState,
    ...initialSessionState,
    ...initialLayoutState,
    ...initialAnnotationsState,
  });
}
