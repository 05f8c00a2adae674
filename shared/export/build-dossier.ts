import { anchor, prepareText } from '../anchoring';
import { layoutChartLevels } from '../chart/chart-levels';
import { impliedMoveFromClose, selectLatestClose } from '../chart/latest-close';
import { isVocabularyTag } from '../annotations/tags';
import type { Annotation } from '../model/annotation';
import { articleText, type Article } from '../model/article';
import { PRIMARY_LISTING } from '../model/level';
import type {
  Dossier,
  DossierArticle,
  DossierError,
  DossierPassage,
  DossierSource,
  LevelRow,
} from './dossier-types';

/** The outcome of buildDossier: the dossier, or why there is nothing to export. */
export type DossierResult = { ok: true; dossier: Dossier } | { ok: false; error: DossierError };

/** The articles the scope names, in library order; an error when the scope names none. */
function articlesInScope(source: DossierSource): Article[] | DossierError {
  const { options } = source;
  if (options.scope === 'all') return [...source.articles];
  if (options.scope === 'current') {
    const current = source.articles.find((article) => article.id === source.currentArticleId);
    return current ? [current] : { code: 'no-current-article', message: 'No article is open in the reader.' };
  }
  const chosen = new Set(options.chosenArticleIds);
  const picked = source.articles.filter((article) => chosen.has(article.id));
  return picked.length > 0 ? picked : { code: 'nothing-chosen', message: 'No article is ticked.' };
}

function matchesTags(annotation: Annotation, tags: readonly string[]): boolean {
  if (tags.length === 0) return true;
  const wanted = new Set(tags.map((tag) => tag.toLocaleLowerCase('de')));
  return annotation.tags.some((tag) => wanted.has(tag.toLocaleLowerCase('de')));
}

function passageOf(annotation: Annotation, start: number | null, end: number | null, quote: string) {
  const first = annotation.tags[0];
  const passage: DossierPassage = {
    annotationId: annotation.id,
    quote,
    startCodePoints: start,
    endCodePoints: end,
    tags: [...annotation.tags],
    colourTag: first !== undefined && isVocabularyTag(first) ? first : null,
    note: annotation.note,
  };
  return passage;
}

/** Re-anchors an article's annotations: placed ones in text order, orphans (quote not found) apart. */
function placeArticle(article: Article, annotations: readonly Annotation[]): DossierArticle {
  const text = articleText(article.blocks);
  const prepared = prepareText(text);
  const passages: DossierPassage[] = [];
  const orphans: DossierPassage[] = [];
  for (const annotation of annotations) {
    const result = anchor(prepared, annotation);
    if (result.status === 'anchored') {
      const quote = prepared.codePoints.slice(result.start, result.end).join('');
      passages.push(passageOf(annotation, result.start, result.end, quote));
    } else {
      orphans.push(passageOf(annotation, null, null, annotation.quote.exact));
    }
  }
  passages.sort((a, b) => (a.startCodePoints ?? 0) - (b.startCodePoints ?? 0));
  return { article, passages, orphans };
}

/** The cover table: stated closes and targets (fair values too) on the primary scale, with implied moves. */
function levelRowsOf(source: DossierSource, titles: Map<string, Article>) {
  const layout = layoutChartLevels(source.levels, PRIMARY_LISTING, source.quoteSeries);
  const latest = selectLatestClose(layout.statedQuotes, source.quoteSeries);
  const wanted = source.levels.filter(
    (level) =>
      (level.kind === 'quote' || level.kind === 'target' || level.kind === 'fair_value') &&
      Number.isFinite(level.value),
  );
  const rows = wanted.map((level): LevelRow => {
    const article = titles.get(level.source.articleId);
    return {
      kind: level.kind,
      value: level.value,
      currency: level.currency,
      movePercent: impliedMoveFromClose(level, latest),
      articleTitle: article?.title ?? level.source.articleId,
      publishedOn: level.asOf ?? article?.publishedOn ?? null,
    };
  });
  rows.sort((a, b) => a.kind.localeCompare(b.kind) || a.value - b.value);
  const latestClose = latest ? { value: latest.value, currency: latest.currency, asOf: latest.asOf } : null;
  return { rows, latestClose };
}

/**
 * Builds the dossier: the articles in scope with their annotations filtered by tag and re-anchored
 * (orphans apart), the cover's levels with implied moves, and the checks. Articles without a matching
 * annotation are left out; when none is left the result says so instead of giving an empty document.
 */
export function buildDossier(source: DossierSource): DossierResult {
  const scoped = articlesInScope(source);
  if (!Array.isArray(scoped)) return { ok: false, error: scoped };
  const byArticle = new Map<string, Annotation[]>();
  for (const annotation of source.annotations) {
    if (!matchesTags(annotation, source.options.tags)) continue;
    const list = byArticle.get(annotation.articleId) ?? [];
    list.push(annotation);
    byArticle.set(annotation.articleId, list);
  }
  const articles = scoped
    .filter((article) => (byArticle.get(article.id)?.length ?? 0) > 0)
    .map((article) => placeArticle(article, byArticle.get(article.id) ?? []));
  if (articles.length === 0) {
    return {
      ok: false,
      error: { code: 'empty-scope', message: 'No annotation matches the chosen articles and tags.' },
    };
  }
  const titles = new Map(source.articles.map((article) => [article.id, article]));
  const { rows, latestClose } = levelRowsOf(source, titles);
  return {
    ok: true,
    dossier: {
      options: source.options,
      createdAtMs: source.createdAtMs,
      articles,
      levelRows: rows,
      latestClose,
      checks: source.checks,
      chartPngDataUrl: source.options.includeChart ? source.chartPngDataUrl : null,
      passageCount: articles.reduce((sum, item) => sum + item.passages.length, 0),
      orphanCount: articles.reduce((sum, item) => sum + item.orphans.length, 0),
    },
  };
}
