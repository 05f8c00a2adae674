import type { StoreApi } from 'zustand';
import type { AppState } from '../store/app-store';
import type { KursnotizDatabase } from '../db/database';
import { writeSetting } from '../db/settings-repository';

/** Pane sizes change on every drag step; they are written once the user pauses. */
const PANE_SIZE_SAVE_DELAY_MS = 400;

/**
 * Saves language, theme, the article being read and pane sizes to the settings table whenever they change in the store.
 * Returns the unsubscribe function. Write failures are reported through `onError` (once per failure).
 */
export function syncSettings(
  db: KursnotizDatabase,
  store: StoreApi<AppState>,
  onError: (error: unknown) => void,
): () => void {
  let paneTimer: ReturnType<typeof setTimeout> | undefined;
  const save = (promise: Promise<void>) => promise.catch(onError);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.language !== previous.language) void save(writeSetting(db, 'uiLanguage', state.language));
    if (state.themePreference !== previous.themePreference)
      void save(writeSetting(db, 'themePreference', state.themePreference));
    if (state.selectedArticleId !== previous.selectedArticleId && state.selectedArticleId !== null)
      void save(writeSetting(db, 'lastArticleId', state.selectedArticleId));
    if (state.paneSizes !== previous.paneSizes) {
      clearTimeout(paneTimer);
      paneTimer = setTimeout(
        () => void save(writeSetting(db, 'paneSizes', state.paneSizes)),
        PANE_SIZE_SAVE_DELAY_MS,
      );
    }
  });
  return () => {
    clearTimeout(paneTimer);
    unsubscribe();
  };
}
