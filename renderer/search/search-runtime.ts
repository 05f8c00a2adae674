import type { StoreApi } from 'zustand';
import type { AppState } from '../store/app-store';
import { LibrarySearchIndex, type SearchHit } from './library-search-index';

/** Searches the library; a new function after every change of the index, so React knows to search again. */
export type LibrarySearchFunction = (query: string) => SearchHit[];

let index: LibrarySearchIndex | null = null;
const noSearch: LibrarySearchFunction = () => [];
let search: LibrarySearchFunction = noSearch;
const listeners = new Set<() => void>();

function changed(): void {
  const current = index;
  search = current ? (query) => current.search(query) : noSearch;
  for (const listener of listeners) listener();
}

function sync(state: AppState): void {
  if (!index) return;
  const report = index.sync(state.articles, state.annotations);
  if (report.added > 0 || report.removed > 0) changed();
}

/**
 * Builds the full-text index from the store and keeps it in step: every change of the store's articles or
 * annotations (a write, an undo, an import, a deletion) is applied to the index as it lands. Returns a stop.
 */
export function startSearch(store: StoreApi<AppState>): () => void {
  index = new LibrarySearchIndex();
  sync(store.getState());
  changed();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.articles !== previous.articles || state.annotations !== previous.annotations) sync(state);
  });
  return () => {
    unsubscribe();
    index = null;
    changed();
  };
}

/** The current search over the index (finds nothing before the index is started). */
export function currentSearch(): LibrarySearchFunction {
  return search;
}

/** Calls `listener` whenever the index changed (for useSyncExternalStore); returns the unsubscribe. */
export function subscribeSearchIndex(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
