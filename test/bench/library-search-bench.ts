// Times the app's full-text search (renderer/search) over the library stored in the app's database: the
// articles and annotations are read back through the repositories, indexed as the app indexes them, then
// searched with the generator's varied queries (words, names, two-word queries, prefixes, ae/oe/ue spellings,
// words from notes, misses). run-bench.ts opens this page on the app's origin after the loader filled it.
import { openDatabase } from '../../renderer/db/database';
import { readLibraryArticles } from '../../renderer/db/article-repository';
import { listAnnotations } from '../../renderer/db/annotation-repository';
import { LibrarySearchIndex } from '../../renderer/search/library-search-index';
import { generateLibrary, makeSearchQueries } from './library/library-generator';

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)] ?? Number.NaN;
}

declare global {
  interface Window {
    runLibrarySearchBench: (queryCount: number) => Promise<{
      articles: number;
      annotations: number;
      documents: number;
      indexBuildMs: number;
      queries: number;
      p50Ms: number;
      p95Ms: number;
      meanHits: number;
    }>;
  }
}

window.runLibrarySearchBench = async (queryCount) => {
  const db = openDatabase();
  const [{ articles }, { annotations }] = await Promise.all([readLibraryArticles(db), listAnnotations(db)]);
  db.close();
  const index = new LibrarySearchIndex();
  const buildStarted = performance.now();
  index.sync(articles, annotations);
  const indexBuildMs = performance.now() - buildStarted;
  const library = generateLibrary();
  const queries = makeSearchQueries(library, queryCount);
  // Warm-up with other queries: JIT and the first stems, as after a user's first few searches.
  for (const query of makeSearchQueries(library, 30, 99)) index.search(query);
  const samples: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const started = performance.now();
    hits += index.search(query).length;
    samples.push(performance.now() - started);
  }
  return {
    articles: articles.length,
    annotations: annotations.length,
    documents: index.size,
    indexBuildMs,
    queries: samples.length,
    p50Ms: percentile(samples, 0.5),
    p95Ms: percentile(samples, 0.95),
    meanHits: hits / samples.length,
  };
};
