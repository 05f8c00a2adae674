import MiniSearch from 'minisearch';
import type { Annotation } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import { analyzeWord, tokenizeQuery, tokenizeText } from './german-analyzer';
import { annotationDocuments, articleDocuments, type SearchDocument } from './search-documents';

/** One search result: the passage, its score and the index terms it matched (for marking the snippet). */
export interface SearchHit {
  document: SearchDocument;
  score: number;
  terms: string[];
}

/** How many documents one sync added and removed (a change replaces, so it counts in both). */
export interface SyncReport {
  added: number;
  removed: number;
}

/** Most results a search returns; more would not help anyone choose. */
export const SEARCH_LIMIT = 40;

// Prefix search from three letters on: "Cloud" finds "Cloudsparte", but "KI" does not find every "Kind".
const MIN_PREFIX_LENGTH = 3;

/** What the index holds for one article or annotation: the object it was built from and its documents. */
interface Indexed<T> {
  source: T;
  documents: SearchDocument[];
}

/**
 * Full-text index over article blocks, quotes and notes with German matching (see german-analyzer.ts).
 * sync() compares the store's objects with the ones indexed and touches only what changed.
 */
export class LibrarySearchIndex {
  private readonly mini = new MiniSearch<SearchDocument>({
    fields: ['text'],
    tokenize: tokenizeText,
    processTerm: analyzeWord,
    searchOptions: {
      tokenize: tokenizeQuery,
      prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
      combineWith: 'AND',
    },
  });
  private readonly documents = new Map<string, SearchDocument>();
  private readonly articles = new Map<string, Indexed<Article>>();
  private readonly annotations = new Map<string, Indexed<Annotation>>();

  /** Brings the index in step with `articles` and `annotations`; unchanged objects cost one lookup each. */
  sync(articles: readonly Article[], annotations: readonly Annotation[]): SyncReport {
    const report: SyncReport = { added: 0, removed: 0 };
    this.syncGroup(this.articles, articles, articleDocuments, (a, b) => a.blocks === b.blocks, report);
    this.syncGroup(
      this.annotations,
      annotations,
      annotationDocuments,
      (a, b) => a.quote.exact === b.quote.exact && a.note === b.note,
      report,
    );
    return report;
  }

  /**
   * Indexes the given articles and annotations that are not indexed yet, and removes nothing: for building
   * the index piece by piece (a sync() afterwards brings it fully in step).
   */
  addMissing(articles: readonly Article[], annotations: readonly Annotation[]): SyncReport {
    const report: SyncReport = { added: 0, removed: 0 };
    this.addGroup(this.articles, articles, articleDocuments, report);
    this.addGroup(this.annotations, annotations, annotationDocuments, report);
    return report;
  }

  /** The passages matching every word of `query`, best first. */
  search(query: string, limit = SEARCH_LIMIT): SearchHit[] {
    if (tokenizeQuery(query).length === 0) return [];
    return this.mini
      .search(query)
      .slice(0, limit)
      .flatMap((result) => {
        const document = this.documents.get(String(result.id));
        return document ? [{ document, score: result.score, terms: result.terms }] : [];
      });
  }

  /** How many documents are indexed. */
  get size(): number {
    return this.documents.size;
  }

  private syncGroup<T extends { id: string }>(
    indexed: Map<string, Indexed<T>>,
    sources: readonly T[],
    toDocuments: (source: T) => SearchDocument[],
    sameText: (before: T, after: T) => boolean,
    report: SyncReport,
  ): void {
    const present = new Set<string>();
    for (const source of sources) {
      present.add(source.id);
      const entry = indexed.get(source.id);
      if (entry?.source === source) continue;
      // An edit of something not indexed (a tag, a pin, a date) keeps the documents as they are.
      if (entry && sameText(entry.source, source)) {
        entry.source = source;
        continue;
      }
      if (entry) this.removeDocuments(entry.documents, report);
      const documents = toDocuments(source);
      this.addDocuments(documents, report);
      indexed.set(source.id, { source, documents });
    }
    for (const [id, entry] of indexed) {
      if (present.has(id)) continue;
      this.removeDocuments(entry.documents, report);
      indexed.delete(id);
    }
  }

  private addGroup<T extends { id: string }>(
    indexed: Map<string, Indexed<T>>,
    sources: readonly T[],
    toDocuments: (source: T) => SearchDocument[],
    report: SyncReport,
  ): void {
    for (const source of sources) {
      if (indexed.has(source.id)) continue;
      const documents = toDocuments(source);
      this.addDocuments(documents, report);
      indexed.set(source.id, { source, documents });
    }
  }

  private addDocuments(documents: readonly SearchDocument[], report: SyncReport): void {
    for (const document of documents) this.documents.set(document.id, document);
    this.mini.addAll(documents);
    report.added += documents.length;
  }

  private removeDocuments(documents: readonly SearchDocument[], report: SyncReport): void {
    // remove() rather than discard(): the exact documents are at hand, and no vacuuming runs later.
    this.mini.removeAll(documents);
    for (const document of documents) this.documents.delete(document.id);
    report.removed += documents.length;
  }
}
