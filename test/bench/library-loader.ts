// Loads the generated large library into the app's own database, through the app's own paths: the articles
// as .txt files through the web host's import pipeline, the quotes as a CSV through the price import and its
// confirmation, the annotations as a W3C Web Annotation file through the annotation import. run-bench.ts
// opens this page on the app's origin (so it fills the same IndexedDB the app reads) in a persistent profile.
import { exportW3cAnnotations } from '../../shared/annotations';
import type { CsvPreviewOk } from '../../shared/import/csv';
import { openDatabase } from '../../renderer/db/database';
import { listArticles } from '../../renderer/db/article-repository';
import { runImport } from '../../renderer/import/services/import-controller';
import { confirmPriceHistory, startImport } from '../../renderer/import/services/import-runtime';
import { makeWebImportHost } from '../../renderer/import/services/web-import-host';
import { initialImportState, useImportStore } from '../../renderer/import/import-store';
import { importAnnotationFile } from '../../renderer/library/services/annotation-interop';
import { useAppStore } from '../../renderer/store/app-store';
import { generateLibrary } from './library/library-generator';
import { anchorGeneratedAnnotations } from './library/anchor-generated';

/** What the load stored, and how long each step took (for the report, not a goal). */
export interface LoadReport {
  articles: number;
  annotations: number;
  quoteBars: number;
  importArticlesMs: number;
  importAnnotationsMs: number;
}

declare global {
  interface Window {
    loadLargeLibrary: () => Promise<LoadReport>;
  }
}

window.loadLargeLibrary = async () => {
  const library = generateLibrary();
  const db = openDatabase();
  const host = makeWebImportHost();
  useImportStore.setState(initialImportState);

  const files = library.articles.map(
    (article) => new File([article.text], article.fileName, { type: 'text/plain', lastModified: 0 }),
  );
  const articlesStarted = performance.now();
  const outcomes = await runImport(
    { db, appStore: useAppStore, importStore: useImportStore },
    host.parseFiles(files),
  );
  const importArticlesMs = performance.now() - articlesStarted;
  const imported = outcomes.filter((outcome) => outcome.status === 'imported').length;
  if (imported !== files.length) throw new Error(`imported ${imported} of ${files.length} articles`);

  // The price history as the user imports it: parsed into a preview, then confirmed as the BABA listing.
  await startImport(db, useAppStore, { importHost: host });
  await runImport(
    { db, appStore: useAppStore, importStore: useImportStore },
    host.parseFiles([new File([library.quotesCsv], 'BABA.csv', { type: 'text/csv' })]),
  );
  const preview: CsvPreviewOk | undefined = useImportStore.getState().pendingPreviews[0];
  if (!preview) throw new Error('the quotes CSV gave no preview');
  const confirmed = await confirmPriceHistory(preview, {
    symbol: 'BABA',
    currency: 'USD',
    listing: preview.detected.listingSuggestion ?? 'NYSE:BABA',
  });
  if (!confirmed) throw new Error('the quotes could not be stored');

  const stored = await listArticles(db);
  const annotations = anchorGeneratedAnnotations(library, stored);
  const { json } = exportW3cAnnotations(annotations, stored, { generatedAtMs: Date.now() });
  const annotationsStarted = performance.now();
  const result = await importAnnotationFile(db, json, Date.now());
  const importAnnotationsMs = performance.now() - annotationsStarted;
  if (!result.ok) throw new Error(`annotation import failed: ${result.error.code}`);

  const report: LoadReport = {
    articles: await db.articles.count(),
    annotations: await db.annotations.count(),
    quoteBars: (await db.quoteSeries.toArray()).reduce((sum, series) => sum + series.bars.length, 0),
    importArticlesMs,
    importAnnotationsMs,
  };
  db.close();
  return report;
};
