import type { StoreApi } from 'zustand';
import type { AppState } from '../../store/app-store';
import type { KursnotizDatabase } from '../../db/database';
import { readLibraryArticles } from '../../db/article-repository';
import { listLevels } from '../../db/level-repository';
import { listQuoteSeries } from '../../db/quote-series-repository';
import { listAnnotations } from '../../db/annotation-repository';
import { readSetting } from '../../db/settings-repository';
import { EMPTY_HISTORY } from '../../annotations/annotation-history';

/** Reloads the stored annotations into the store (after an import added some). */
export async function reloadAnnotations(db: KursnotizDatabase, store: StoreApi<AppState>): Promise<void> {
  const { annotations } = await listAnnotations(db);
  store.getState().setAnnotations(annotations);
}

/**
 * Reloads everything the store shows from the database after a restore: articles, levels, quote series,
 * annotations and the settings (language, theme, pane sizes). The undo history is emptied: its entries
 * describe changes to the library that was just replaced.
 */
export async function reloadLibraryIntoStore(
  db: KursnotizDatabase,
  store: StoreApi<AppState>,
): Promise<void> {
  const [quoteSeries, language, theme, paneSizes] = await Promise.all([
    listQuoteSeries(db),
    readSetting(db, 'uiLanguage'),
    readSetting(db, 'themePreference'),
    readSetting(db, 'paneSizes'),
    reloadArticlesIntoStore(db, store),
  ]);
  const state = store.getState();
  state.setArticleUndo(null);
  state.setQuoteSeries(quoteSeries);
  if (language) state.setLanguage(language);
  if (theme) state.setThemePreference(theme);
  if (paneSizes) state.setPaneSizes(paneSizes);
}

/**
 * Reloads what deleting or restoring an article changes: articles, levels and annotations. The annotation
 * undo history is emptied, since its entries could recreate notes of an article that is gone.
 */
export async function reloadArticlesIntoStore(
  db: KursnotizDatabase,
  store: StoreApi<AppState>,
): Promise<void> {
  const [library, levels, stored] = await Promise.all([
    readLibraryArticles(db),
    listLevels(db),
    listAnnotations(db),
  ]);
  const state = store.getState();
  state.selectAnnotation(null);
  state.armReattach(null);
  state.setEditingAnnotation(null);
  state.setAnnotationHistory(EMPTY_HISTORY);
  state.setArticles(library.articles);
  state.setOversizedArticles(library.oversized);
  state.setLevels(levels);
  state.setAnnotations(stored.annotations);
}
