import type { Article } from '../../shared/model/article';
import type { PlacedAnnotation } from './anchored-annotations';

/** What the notes pane shows: scope, tag filter, search text and order. */
export interface NotesQuery {
  scope: 'article' | 'all';
  /** Only annotations with this tag, or null for all. */
  tag: string | null;
  search: string;
  sort: 'position' | 'time';
}

/** The default query: this article, every tag, no search, in reading order. */
export const DEFAULT_NOTES_QUERY: NotesQuery = { scope: 'article', tag: null, search: '', sort: 'position' };

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('de');

/** Whether an annotation's quote, note or tags contain every word of `search` (case-insensitive). */
export function matchesSearch(placed: PlacedAnnotation, search: string): boolean {
  const words = fold(search).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  const { annotation } = placed;
  const haystack = fold([annotation.quote.exact, annotation.note, ...annotation.tags].join('\n'));
  return words.every((word) => haystack.includes(word));
}

/** The entries the pane lists: placed ones and orphans apart, filtered by scope, tag and search, sorted. */
export function selectNoteEntries(
  placed: readonly PlacedAnnotation[],
  articles: readonly Article[],
  selectedArticleId: string | null,
  query: NotesQuery,
): { entries: PlacedAnnotation[]; orphans: PlacedAnnotation[] } {
  const articleOrder = new Map(articles.map((article, index) => [article.id, index]));
  const visible = placed.filter(
    (item) =>
      (query.scope === 'all' || item.annotation.articleId === selectedArticleId) &&
      (query.tag === null || item.annotation.tags.includes(query.tag)) &&
      matchesSearch(item, query.search),
  );
  const startOf = (item: PlacedAnnotation) =>
    item.anchor.status === 'anchored' ? item.anchor.start : item.annotation.position.start;
  const byPosition = (a: PlacedAnnotation, b: PlacedAnnotation) =>
    (articleOrder.get(a.annotation.articleId) ?? Infinity) -
      (articleOrder.get(b.annotation.articleId) ?? Infinity) || startOf(a) - startOf(b);
  const byTime = (a: PlacedAnnotation, b: PlacedAnnotation) =>
    b.annotation.createdAtMs - a.annotation.createdAtMs;
  const sorted = [...visible].sort(query.sort === 'time' ? byTime : byPosition);
  return {
    entries: sorted.filter((item) => item.anchor.status === 'anchored'),
    orphans: sorted.filter((item) => item.anchor.status === 'orphan'),
  };
}

/** Every tag used in `placed`, vocabulary order first (as stored), then free tags alphabetically. */
export function tagsInUse(placed: readonly PlacedAnnotation[]): string[] {
  const seen = new Set<string>();
  for (const { annotation } of placed) for (const tag of annotation.tags) seen.add(tag);
  return [...seen];
}
