import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CheckResult } from '../../shared/figures/checks';
import { useAppStore } from '../store/app-store';
import { buildChecksViewModel, type ChecksViewModel } from './checks-view-model';
import { whenIdle } from '../services/when-idle';
import { canRunChecksInWorker, runChecksHere, runChecksInWorker } from './checks-runner';

/**
 * The narrative checks of the library in the UI language. They run in a Web Worker once the UI is idle
 * (extracting the figures of a thousand articles takes seconds) and again when articles, levels or quotes
 * change; until the first answer there are no checks, after that the last answer stays until the next.
 */
export function useLibraryChecks(): ChecksViewModel & { isPending: boolean } {
  const { articles, levels, quoteSeries, language } = useAppStore(
    useShallow((state) => ({
      articles: state.articles,
      levels: state.levels,
      quoteSeries: state.quoteSeries,
      language: state.language,
    })),
  );
  const [workerResults, setResults] = useState<CheckResult[]>([]);
  // Until the worker's first answer the summary says the checks are running, not "0 checks".
  const [hasAnswer, setHasAnswer] = useState(false);
  // Without a Worker (jsdom tests) the checks run right here, during render, as before.
  const hereResults = useMemo(
    () => (canRunChecksInWorker() ? null : runChecksHere({ articles, levels, quoteSeries })),
    [articles, levels, quoteSeries],
  );
  useEffect(() => {
    if (!canRunChecksInWorker()) return;
    const inputs = { articles, levels, quoteSeries };
    let isCurrent = true;
    const cancel = whenIdle(() =>
      runChecksInWorker(inputs, (next) => {
        if (!isCurrent) return;
        setResults(next);
        setHasAnswer(true);
      }),
    );
    return () => {
      isCurrent = false;
      cancel();
    };
  }, [articles, levels, quoteSeries]);
  const results = hereResults ?? workerResults;
  const isPending = hereResults === null && !hasAnswer;
  const model = useMemo(
    () => buildChecksViewModel(results, articles, language),
    [results, articles, language],
  );
  return useMemo(() => ({ ...model, isPending }), [model, isPending]);
}
