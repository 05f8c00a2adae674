import { codePointLength, utf16ToCodePoint } from '../../shared/text/code-points';
import { placeAnnotation } from '../annotations/anchored-annotations';
import { blockStartOffsets } from '../reader/highlight-ranges';
import type { AppState } from '../store/app-store';
import type { SearchHit } from './library-search-index';
import { buildSnippet } from './search-snippet';

/**
 * Shows a search hit: article text opens its article with the matched words flashed; a quote or note
 * flashes its highlight's passage and focuses the highlight's entry in the notes pane.
 */
export function openSearchHit(state: AppState, hit: SearchHit): void {
  const { document } = hit;
  const article = state.articles.find((item) => item.id === document.articleId);
  if (!article) return;
  if (document.kind === 'text') {
    const blockIndex = document.blockIndex ?? -1;
    const block = article.blocks[blockIndex];
    if (!block) return;
    // The reader shows a first heading that repeats the title as the title alone: open the article there.
    if (blockIndex === 0 && block.kind === 'heading' && block.text.trim() === article.title.trim()) {
      state.selectArticle(article.id);
      return;
    }
    const blockStart = blockStartOffsets(article.blocks)[blockIndex] ?? 0;
    const { matchStart, matchEnd } = buildSnippet(block.text, hit.terms);
    const start = blockStart + utf16ToCodePoint(block.text, matchStart);
    const end = blockStart + utf16ToCodePoint(block.text, matchEnd);
    state.revealPassage({
      articleId: article.id,
      startCodePoints: start,
      endCodePoints: end > start ? end : blockStart + codePointLength(block.text),
    });
    return;
  }
  const annotation = state.annotations.find((item) => item.id === document.annotationId);
  if (!annotation) return;
  const anchor = placeAnnotation(annotation, article);
  if (anchor.status === 'anchored')
    state.revealPassage({ articleId: article.id, startCodePoints: anchor.start, endCodePoints: anchor.end });
  else state.selectArticle(article.id);
  state.focusAnnotation(annotation.id);
}
