import type { StateCreator } from 'zustand';
import type { PriceLevel } from '../../shared/model/level';
import type { QuoteSeries } from '../../shared/model/quote';
import type { AppState } from './app-store';

/** Chart slice: the price levels the articles state and any imported quote histories, per listing. */
export interface ChartSlice {
  levels: PriceLevel[];
  quoteSeries: QuoteSeries[];
  setLevels: (levels: PriceLevel[]) => void;
  setQuoteSeries: (series: QuoteSeries[]) => void;
}

/** Initial chart state. */
export const initialChartState: Pick<ChartSlice, 'levels' | 'quoteSeries'> = { levels: [], quoteSeries: [] };

/** Creates the chart slice. */
export const createChartSlice: StateCreator<AppState, [], [], ChartSlice> = (set) => ({
  ...initialChartState,
  setLevels: (levels) => set({ levels }),
  setQuoteSeries: (quoteSeries) => set({ quoteSeries }),
});
