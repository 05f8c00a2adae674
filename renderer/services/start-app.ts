import type { StoreApi } from 'zustand';
import { languageFromLocale } from '../../shared/format/locale-format';
import type { AppState } from '../store/app-store';
import type { Platform } from '../platform/platform';
import type { KursnotizDatabase } from '../db/database';
import { readSetting, writeSetting } from '../db/settings-repository';
import type { SeedLibrary } from '../../shared/seeds/seed-library';
import { countArticles } from '../db/article-repository';
import { hasAllSeedArticles, loadLibrary, loadNewestArticles, storeSeedLibrary } from './seed-library';
import { whenIdle } from './when-idle';
import { requestPersistentStorage, type PersistableStorage } from './storage-persistence';

/** What start-up needs; passed in so tests run it against fake-indexeddb and a fake platform. */
export interface StartDependencies {
  db: KursnotizDatabase;
  platform: Pick<Platform, 'systemLocale'>;
  store: StoreApi<AppState>;
  /** Builds the bundled seed library (throws a clear error if the bundled seeds are broken). */
  loadSeeds: () => SeedLibrary;
  /** The seed articles' ids (from the manifest): when all are stored, the seeds are not built again. */
  seedArticleIds: readonly string[];
  storage?: PersistableStorage | undefined;
}

/**
 * A library larger than this is shown from its newest articles first and completed right after the first
 * paint: reading a thousand articles from IndexedDB takes most of a second, a screenful almost nothing.
 */
export const FIRST_PAINT_ARTICLES = 60;

/** A readable message for any thrown value (Dexie errors carry a name worth showing). */
export function describeError(error: unknown): string {
  if (error instanceof Error)
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}

/**
 * Starts the app: restores settings (language from the system locale on first start), asks for persistent
 * storage, seeds the library once and loads it into the store. A failure is shown in the UI and logged once.
 */
export async function startApp({
  db,
  platform,
  store,
  loadSeeds,
  seedArticleIds,
  storage,
}: StartDependencies): Promise<void> {
  const actions = store.getState();
  try {
    const persistence = requestPersistentStorage(storage);
    const savedLanguage = await readSetting(db, 'uiLanguage');
    const language = savedLanguage ?? languageFromLocale(platform.systemLocale());
    actions.setLanguage(language);
    if (savedLanguage === undefined) await writeSetting(db, 'uiLanguage', language);
    const theme = await readSetting(db, 'themePreference');
    if (theme) actions.setThemePreference(theme);
    const paneSizes = await readSetting(db, 'paneSizes');
    if (paneSizes) actions.setPaneSizes(paneSizes);

    // Seeds are stored once per profile, so a seed the user deleted stays deleted. Building them runs
    // the figure extractor over five articles: only worth it when one is missing.
    if ((await readSetting(db, 'seedsStored')) !== true) {
      if (!(await hasAllSeedArticles(db, seedArticleIds))) await storeSeedLibrary(db, loadSeeds());
      await writeSetting(db, 'seedsStored', true);
    }
    const lastArticleId = (await readSetting(db, 'lastArticleId')) ?? null;
    const isLarge = (await countArticles(db)) > FIRST_PAINT_ARTICLES;
    if (isLarge) await loadNewestArticles(db, actions, FIRST_PAINT_ARTICLES, lastArticleId);
    else await loadLibrary(db, actions);
    // The article read last opens again, if it is still in the library.
    if (lastArticleId && store.getState().articles.some((article) => article.id === lastArticleId))
      actions.selectArticle(lastArticleId);
    actions.setStoragePersistence(await persistence);
    actions.markLoaded();
    if (isLarge) {
      // The whole list once the first frame is painted; start-up resolves (and the runtimes start) after it.
      await new Promise<void>((resolve) => whenIdle(resolve));
      await loadLibrary(db, actions);
    }
  } catch (error) {
    const message = describeError(error);
    console.error('Kursnotiz: start-up failed:', error);
    actions.failLoading(message);
  }
}
