import { useCallback, useEffect, useState, type RefObject } from 'react';
import { rangeToCodePoints, type CodePointRange } from '../dom-offsets';

/** The reader's current text selection in code points, and where it sits on screen (viewport pixels). */
export interface ReaderSelection {
  range: CodePointRange;
  topPx: number;
  bottomPx: number;
  leftPx: number;
}

/** Reads the document selection if it lies in `container` and covers article text, else null. */
export function readReaderSelection(container: HTMLElement | null): ReaderSelection | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const domRange = selection.getRangeAt(0);
  if (!container.contains(domRange.commonAncestorContainer)) return null;
  const range = rangeToCodePoints(container, domRange);
  if (!range) return null;
  const rect = domRange.getBoundingClientRect();
  return { range, topPx: rect.top, bottomPx: rect.bottom, leftPx: rect.left };
}

/** Tracks the selection inside `containerRef` (mouse drags, keyboard selection and scripted selections alike). */
export function useReaderSelection(containerRef: RefObject<HTMLElement | null>) {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  const refresh = useCallback(() => setSelection(readReaderSelection(containerRef.current)), [containerRef]);
  useEffect(() => {
    const container = containerRef.current;
    document.addEventListener('selectionchange', refresh);
    container?.addEventListener('scroll', refresh, { passive: true });
    return () => {
      document.removeEventListener('selectionchange', refresh);
      container?.removeEventListener('scroll', refresh);
    };
  }, [containerRef, refresh]);
  return { selection, refresh };
}
