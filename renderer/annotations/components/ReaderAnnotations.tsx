import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Article } from '../../../shared/model/article';
import type { VocabularyTag } from '../../../shared/model/annotation';
import { useAppStore } from '../../store/app-store';
import { useTranslate } from '../../i18n/translate';
import { useReaderSelection, readReaderSelection } from '../hooks/use-reader-selection';
import { highlightSelection, reattachToSelection } from '../services/selection-actions';
import { innermostAnnotationAt, type PaintedAnnotation } from '../highlight-layer';
import { codePointAtPoint } from '../dom-offsets';
import { TOOLBAR_TAGS } from '../tag-style';
import { SelectionActions } from './SelectionActions';
import { SelectionMenu } from './SelectionMenu';
import '../annotations.css';

/** Props of ReaderAnnotations. */
interface ReaderAnnotationsProps {
  article: Article;
  /** The article's placed annotations, for telling which one a click landed on. */
  annotations: readonly PaintedAnnotation[];
  containerRef: RefObject<HTMLElement | null>;
}

const TOOLBAR_HEIGHT_PX = 44;
/** Set on the reader while the pointer is over a highlight (annotations.css gives it the hand cursor). */
const OVER_ANNOTATION_CLASS = 'reader__scroll--over-annotation';

/** The annotation under a click: the innermost one covering the character there (highlights are painted). */
function annotationIdAt(
  container: Element,
  event: MouseEvent,
  annotations: readonly PaintedAnnotation[],
): string | null {
  const offset = codePointAtPoint(container, event.clientX, event.clientY);
  return offset === null ? null : (innermostAnnotationAt(annotations, offset)?.id ?? null);
}

/**
 * Everything the reader needs to create and select annotations: the floating toolbar over a selection, the
 * right-click menu, Alt+1…Alt+6 / Alt+N shortcuts, and a click on a highlight focusing its notes entry.
 */
export function ReaderAnnotations({ article, annotations, containerRef }: ReaderAnnotationsProps) {
  const t = useTranslate();
  const { selection, refresh } = useReaderSelection(containerRef);
  // The click handler reads the latest list without re-subscribing its listeners on every annotation change.
  const annotationsRef = useRef(annotations);
  useLayoutEffect(() => {
    annotationsRef.current = annotations;
  }, [annotations]);
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
      const id = annotationIdAt(container, event, annotationsRef.current);
      if (id) useAppStore.getState().focusAnnotation(id);
    };
    // Highlights are no elements, so CSS cannot give them a hand cursor: hit-test once per frame instead.
    let pointer: MouseEvent | null = null;
    const onPointerMove = (event: MouseEvent) => {
      if (pointer === null) {
        requestAnimationFrame(() => {
          const over =
            pointer !== null && annotationIdAt(container, pointer, annotationsRef.current) !== null;
          container.classList.toggle(OVER_ANNOTATION_CLASS, over);
          pointer = null;
        });
      }
      pointer = event;
    };
    const onPointerLeave = () => {
      pointer = null;
      container.classList.remove(OVER_ANNOTATION_CLASS);
    };
    window.addEventListener('keydown', onKeyDown);
    container.addEventListener('contextmenu', onContextMenu);
    container.addEventListener('click', onClick);
    container.addEventListener('pointermove', onPointerMove);
    container.addEventListener('pointerleave', onPointerLeave);
    return () => {
      container.removeEventListener('pointermove', onPointerMove);
      container.removeEventListener('pointerleave', onPointerLeave);
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
