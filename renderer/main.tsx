import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useAppStore } from './store/app-store';
import { openDatabase } from './db/database';
import { getPlatform } from './platform/get-platform';
import { startApp } from './services/start-app';
import { syncSettings } from './services/settings-sync';
import { BUNDLED_SEED_ARTICLE_IDS, loadBundledSeeds } from './services/bundled-seeds';
import { startAnnotations } from './annotations/services/annotation-runtime';
import { startImport } from './import/services/import-runtime';
import { startLibrary } from './library/library-runtime';
import { startExport } from './export/export-runtime';
import { SEARCH_INDEXED_MARK, startSearch } from './search/search-runtime';
import { makeTimeSlicer } from './import/services/yield-to-event-loop';
import { whenInteractive } from './components/hooks/use-interactive-mark';
import './styles/index.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Background work waits for the first painted frame at most this long.
const BACKGROUND_START_LIMIT_MS = 2000;

const db = openDatabase();

/** Starts the runtimes that work in the background once the library is shown. */
function startBackgroundWork(): void {
  void startImport(db, useAppStore, getPlatform());
  // The index is built after the annotations are loaded, in slices, so a large library does not hold up
  // the first paint or freeze the UI while it is indexed.
  void startAnnotations(db, useAppStore).then(() =>
    startSearch(useAppStore, {
      pause: makeTimeSlicer(),
      onIndexed: () => performance.mark(SEARCH_INDEXED_MARK),
    }),
  );
  startLibrary(db);
  void startExport(db);
  syncSettings(db, useAppStore, (error) => {
    console.error('Kursnotiz: a setting could not be saved:', error);
    useAppStore.getState().showStatus(String(error));
  });
}

void startApp({
  db,
  platform: getPlatform(),
  store: useAppStore,
  loadSeeds: loadBundledSeeds,
  seedArticleIds: BUNDLED_SEED_ARTICLE_IDS,
}).then(async () => {
  if (useAppStore.getState().loadStatus !== 'ready') return;
  // Once the library is painted (or after a while if no frame is painted, as in a hidden window), so the
  // background work does not hold up the first frame.
  await Promise.race([
    whenInteractive(),
    new Promise((resolve) => setTimeout(resolve, BACKGROUND_START_LIMIT_MS)),
  ]);
  startBackgroundWork();
});
