import { useCallback, useEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Article } from '../../../shared/model/article';
import type { Annotation, VocabularyTag } from '../../../shared/model/annotation';
import { useAppStore } from '../../store/app-store';
import { useTranslate } from '../../i18n/translate';
import { useReaderSelection, readReaderSelection } from '../hooks/use-reader-selection';
import { highlightSelection, reattachToSelection } from '../services/selection-actions';
import { ANNOTATION_RANGE_PREFIX } from '../hooks/use-annotation-ranges';
import { TOOLBAR_TAGS } from '../tag-style';
import { SelectionActions } from './SelectionActions';
import { SelectionMenu } from './SelectionMenu';
import '../annotations.css';

/** Props of ReaderAnnotations. */
interface ReaderAnnotationsProps {
  article: Article;
  containerRef: RefObject<HTMLElement | null>;
}

const TOOLBAR_HEIGHT_PX = 44;

/** The innermost (shortest) annotation under a clicked <mark>, from its data-range-ids. */
function annotationIdAt(target: EventTarget | null): string | null {
  const mark = target instanceof Element ? target.closest('mark[data-range-ids]') : null;
  const ids = new Set(
    (mark?.getAttribute('data-range-ids') ?? '')
      .split(' ')
      .filter((id) => id.startsWith(ANNOTATION_RANGE_PREFIX))
      .map((id) => id.slice(ANNOTATION_RANGE_PREFIX.length)),
  );
  const lengthOf = (annotation: Annotation) => annotation.position.end - annotation.position.start;
  const candidates = useAppStore.getState().annotations.filter((annotation) => ids.has(annotation.id));
  candidates.sort((a, b) => lengthOf(a) - lengthOf(b));
  return candidates[0]?.id ?? null;
}

/**
 * Everything the reader needs to create and select annotations: the floating toolbar over a selection, the
 * right-click menu, Alt+1…Alt+6 / Alt+N shortcuts, and a click on a highlight focusing its notes entry.
 */
export function ReaderAnnotations({ article, containerRef }: ReaderAnnotationsProps) {
  const t = useTranslate();
  const { selection, refresh } = useReaderSelection(containerRef);
  const [menu, setMenu] = useState<{ xPx: number; yPx: number } | null>(null);
  const canReattach = useAppStore((state) =>
    state.annotations.some((item) => item.id === state.reattachAnnotationId && item.articleId === article.id),
  );

  const finish = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setMenu(null);
    refresh();
  }, [refresh]);
  const act = useCallback(
    (tags: VocabularyTag[], openEditor = false) => {
      const current = readReaderSelection(containerRef.current);
      if (!current) return;
      void highlightSelection(article, current.range, tags, openEditor);
      finish();
    },
    [article, containerRef, finish],
  );
  const reattach = useCallback(() => {
    const current = readReaderSelection(containerRef.current);
    if (current) void reattachToSelection(article, current.range);
    finish();
  }, [article, containerRef, finish]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const digit = /^Digit([1-6])$/.exec(event.code)?.[1];
      const tag = digit ? TOOLBAR_TAGS[Number(digit) - 1] : undefined;
      if (!tag && event.code !== 'KeyN') return;
      if (!readReaderSelection(container)) return;
      event.preventDefault();
      act(tag ? [tag] : [], !tag);
    };
    const onContextMenu = (event: MouseEvent) => {
      if (!readReaderSelection(container)) return;
      event.preventDefault();
      setMenu({ xPx: event.clientX, yPx: event.clientY });
    };
    const onClick = (event: MouseEvent) => {
      if (readReaderSelection(container)) return;
      const id = annotationIdAt(event.target);
      if (id) useAppStore.getState().focusAnnotation(id);
    };
    window.addEventListener('keydown', onKeyDown);
    container.addEventListener('contextmenu', onContextMenu);
    container.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('contextmenu', onContextMenu);
      container.removeEventListener('click', onClick);
    };
  }, [act, containerRef]);

  const handlers = {
    onTag: (tag: VocabularyTag) => act([tag]),
    onNote: () => act([], true),
    onReattach: canReattach ? reattach : undefined,
  };
  const isAbove = selection !== null && selection.topPx > TOOLBAR_HEIGHT_PX + 56;
  return createPortal(
    <>
      {selection && !menu ? (
        <div
          role="toolbar"
          aria-label={t('annotations.toolbar.label')}
          className="ann-toolbar"
          style={{
            left: Math.max(8, Math.min(selection.leftPx, window.innerWidth - 640)),
            top: isAbove ? selection.topPx - TOOLBAR_HEIGHT_PX - 6 : selection.bottomPx + 6,
          }}
        >
          <SelectionActions itemRole="button" {...handlers} />
        </div>
      ) : null}
      {menu ? <SelectionMenu {...menu} {...handlers} onClose={() => setMenu(null)} /> : null}
    </>,
    // Inside the reader's <main> landmark so screen readers find the toolbar with the text it acts on.
    document.querySelector('main') ?? document.body,
  );
}
