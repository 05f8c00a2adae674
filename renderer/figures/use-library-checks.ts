import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/app-store';
import { figureCache } from './article-figures';
import { buildChecksViewModel, type ChecksViewModel } from './checks-view-model';
import { runLibraryChecks } from './library-checks';

/** The narrative checks of the library in the UI language; recomputed only when articles, levels or quotes change. */
export function useLibraryChecks(): ChecksViewModel {
  const { articles, levels, quoteSeries, language } = useAppStore(
    useShallow((state) => ({
      articles: state.articles,
      levels: state.levels,
      quoteSeries: state.quoteSeries,
      language: state.language,
    })),
  );
  const results = useMemo(
    () => runLibraryChecks({ articles, levels, quoteSeries }, figureCache),
    [articles, levels, quoteSeries],
  );
  return useMemo(() => buildChecksViewModel(results, articles, language), [results, articles, language]);
}
