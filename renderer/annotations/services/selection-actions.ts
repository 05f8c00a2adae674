import { makeAnnotation, reattachAnnotation } from '../../../shared/annotations/make-annotation';
import { articleText, type Article } from '../../../shared/model/article';
import { useAppStore } from '../../store/app-store';
import { translate } from '../../i18n/translate';
import { describeError } from '../../services/start-app';
import { trimRange, type CodePointRange } from '../dom-offsets';
import { getAnnotationService } from './annotation-runtime';

function reportBadRange(error: unknown): void {
  const { language, showStatus } = useAppStore.getState();
  showStatus(translate(language, 'annotations.badRange', { reason: describeError(error) }));
}

/**
 * Creates a highlight on `range` of `article` with `tags`; with `openEditor` the new entry's editor opens
 * (the "Note…" action). Whitespace at the ends is dropped; a range that does not fit is reported, not thrown.
 */
export async function highlightSelection(
  article: Article,
  range: CodePointRange,
  tags: readonly string[],
  openEditor = false,
): Promise<string | null> {
  const service = getAnnotationService();
  const text = articleText(article.blocks);
  const trimmed = trimRange(text, range);
  if (!service || !trimmed) return null;
  try {
    const annotation = makeAnnotation({
      id: crypto.randomUUID(),
      articleId: article.id,
      articleText: text,
      ...trimmed,
      tags,
      nowMs: Date.now(),
    });
    if (!(await service.create(annotation))) return null;
    const state = useAppStore.getState();
    state.setEditingAnnotation(openEditor ? annotation.id : null);
    if (openEditor) state.focusAnnotation(annotation.id);
    return annotation.id;
  } catch (error) {
    reportBadRange(error);
    return null;
  }
}

/** Re-attaches the armed orphan to `range` of `article` (undoable like any edit); false when nothing is armed. */
export async function reattachToSelection(article: Article, range: CodePointRange): Promise<boolean> {
  const state = useAppStore.getState();
  const service = getAnnotationService();
  const orphan = state.annotations.find((item) => item.id === state.reattachAnnotationId);
  const text = articleText(article.blocks);
  const trimmed = trimRange(text, range);
  if (!service || !orphan || orphan.articleId !== article.id || !trimmed) return false;
  try {
    const moved = reattachAnnotation(
      orphan,
      text,
      trimmed.startCodePoints,
      trimmed.endCodePoints,
      Date.now(),
    );
    if (!(await service.update(orphan, moved))) return false;
    state.armReattach(null);
    state.focusAnnotation(moved.id);
    return true;
  } catch (error) {
    reportBadRange(error);
    return false;
  }
}
