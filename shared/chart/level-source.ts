import { articleText, type Article } from '../model/article';
import type { SourceSpan } from '../model/level';
import { codePointLength, sliceCodePoints, utf16ToCodePoint } from '../text/code-points';
import { sentenceAt, type SentenceSpan } from '../text/sentence-at';

/** The sentence a level was read from, with the figure's place inside it, ready to quote and to jump to. */
export interface SourceSentence extends SentenceSpan {
  /** Where the stated figure sits, in code points of the article text (re-found if the offsets drifted). */
  figureStartCodePoints: number;
  figureEndCodePoints: number;
}

/**
 * Finds the sentence a span points to in its article. If the stored offsets no longer match `exact`
 * (the text changed), the first occurrence of `exact` is used; null if the figure is nowhere in the text.
 */
export function locateSourceSentence(article: Article, span: SourceSpan): SourceSentence | null {
  const text = articleText(article.blocks);
  let start = span.startCodePoints;
  let end = span.endCodePoints;
  const fits = start >= 0 && end >= start && end <= codePointLength(text);
  if (!fits || (span.exact !== '' && sliceCodePoints(text, start, end) !== span.exact)) {
    const index = span.exact === '' ? -1 : text.indexOf(span.exact);
    if (index < 0) return null;
    start = utf16ToCodePoint(text, index);
    end = start + codePointLength(span.exact);
  }
  return { ...sentenceAt(text, start, end), figureStartCodePoints: start, figureEndCodePoints: end };
}
