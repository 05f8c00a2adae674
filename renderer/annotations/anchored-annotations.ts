import { anchor, prepareText, type AnchorResult, type PreparedText } from '../../shared/anchoring';
import type { Annotation } from '../../shared/model/annotation';
import { articleText, type Article } from '../../shared/model/article';

/** An annotation with where it sits in its article's current text (or why it cannot be placed). */
export interface PlacedAnnotation {
  annotation: Annotation;
  anchor: AnchorResult;
}

// Folding an article's text is the costly part of anchoring: once per article object, not per render.
const preparedTexts = new WeakMap<Article, PreparedText>();
// An annotation object is immutable (edits make new ones), so its result holds until its article changes.
const results = new WeakMap<Annotation, { article: Article | undefined; result: AnchorResult }>();

function preparedFor(article: Article): PreparedText {
  let prepared = preparedTexts.get(article);
  if (!prepared) {
    prepared = prepareText(articleText(article.blocks));
    preparedTexts.set(article, prepared);
  }
  return prepared;
}

const MISSING_ARTICLE: AnchorResult = { status: 'orphan', reason: 'quote-not-found', bestConfidence: 0 };

/** Re-anchors one annotation against its article's current text; an absent article makes it an orphan. */
export function placeAnnotation(annotation: Annotation, article: Article | undefined): AnchorResult {
  const cached = results.get(annotation);
  if (cached && cached.article === article) return cached.result;
  const result = article ? anchor(preparedFor(article), annotation) : MISSING_ARTICLE;
  results.set(annotation, { article, result });
  return result;
}

/** Places every annotation (by anchor(): position → quote → fuzzy); orphans keep their stored data. */
export function placeAnnotations(
  annotations: readonly Annotation[],
  articles: readonly Article[],
): PlacedAnnotation[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return annotations.map((annotation) => ({
    annotation,
    anchor: placeAnnotation(annotation, byId.get(annotation.articleId)),
  }));
}
