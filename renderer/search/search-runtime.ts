import type { StoreApi } from 'zustand';
import type { AppState } from '../store/app-store';
import { LibrarySearchIndex, type SearchHit } from './library-search-index';

/** Searches the library; a new function after every change of the index, so React knows to search again. */
export type LibrarySearchFunction = (query: string) => SearchHit[];

/** How the first build of the index runs. */
export interface SearchStartOptions {
  /**
   * Awaited between articles and annotations of the first build, so a large library is indexed in slices
   * while the UI stays responsive (see makeTimeSlicer). Without it the index is built at once.
   */
  pause?: () => Promise<void>;
  /** Called once the index holds the whole library and follows the store. */
  onIndexed?: () => void;
}

/** The User Timing mark set when the first build of the index is done (`npm run bench` waits for it). */
export const SEARCH_INDEXED_MARK = 'kursnotiz:search-indexed';

// Annotations are small: a slice check after each one would cost more than it saves.
const ANNOTATIONS_PER_STEP = 20;

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

async function buildInSlices(
  built: LibrarySearchIndex,
  state: AppState,
  pause: () => Promise<void>,
  isStopped: () => boolean,
): Promise<void> {
  for (const article of state.articles) {
    await pause();
    if (isStopped()) return;
    built.addMissing([article], []);
  }
  for (let start = 0; start < state.annotations.length; start += ANNOTATIONS_PER_STEP) {
    await pause();
    if (isStopped()) return;
    built.addMissing([], state.annotations.slice(start, start + ANNOTATIONS_PER_STEP));
  }
}

/**
 * Builds the full-text index from the store and keeps it in step: every change of the store's articles or
 * annotations (a write, an undo, an import, a deletion) is applied to the index as it lands. With
 * `options.pause` the first build runs in slices and search finds nothing until it is done; changes made
 * meanwhile are applied when it is. Returns a stop.
 */
export function startSearch(store: StoreApi<AppState>, options: SearchStartOptions = {}): () => void {
  const built = new LibrarySearchIndex();
  let isStopped = false;
  let unsubscribe = () => {};
  const follow = () => {
    if (isStopped) return;
    index = built;
    sync(store.getState());
    changed();
    unsubscribe = store.subscribe((state, previous) => {
      if (state.articles !== previous.articles || state.annotations !== previous.annotations) sync(state);
    });
    options.onIndexed?.();
  };
  if (options.pause) {
    void buildInSlices(built, store.getState(), options.pause, () => isStopped).then(follow);
  } else follow();
  return () => {
    isStopped = true;
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
