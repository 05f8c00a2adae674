import { useLayoutEffect, useMemo, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/app-store';
import type { Article } from '../../../shared/model/article';
import { placeAnnotations } from '../anchored-annotations';
import { tagModifier } from '../tag-style';
import {
  clearAnnotationHighlights,
  paintAnnotationHighlights,
  type PaintedAnnotation,
} from '../highlight-layer';

/** The open article's annotations as the reader paints them, and the one whose entry is focused. */
export interface AnnotationLayer {
  /** The placed annotations (orphans left out): painted as CSS highlights and hit-tested on click. */
  painted: PaintedAnnotation[];
  focusedId: string | null;
}

/** The placed annotations of `article` with their tag modifiers, re-anchored against its current text. */
export function useAnnotationLayer(article: Article): AnnotationLayer {
  const { annotations, focusedId } = useAppStore(
    useShallow((state) => ({ annotations: state.annotations, focusedId: state.focusedAnnotationId })),
  );
  const painted = useMemo(() => {
    const own = annotations.filter((annotation) => annotation.articleId === article.id);
    const placed: PaintedAnnotation[] = [];
    for (const { annotation, anchor } of placeAnnotations(own, [article])) {
      if (anchor.status !== 'anchored') continue;
      placed.push({
        id: annotation.id,
        startCodePoints: anchor.start,
        endCodePoints: anchor.end,
        modifier: tagModifier(annotation.tags),
      });
    }
    return placed;
  }, [annotations, article]);
  return { painted, focusedId };
}

/**
 * Paints `layer` over the reader's text after every commit that may have replaced its text nodes (the
 * blocks' marks changed: `blockRanges`), and removes the highlights when the reader unmounts.
 */
export function useAnnotationHighlights(
  containerRef: RefObject<HTMLElement | null>,
  layer: AnnotationLayer,
  blockRanges: unknown,
): void {
  const { painted, focusedId } = layer;
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (container) paintAnnotationHighlights(container, painted, focusedId);
  }, [containerRef, painted, focusedId, blockRanges]);
  useLayoutEffect(() => clearAnnotationHighlights, []);
}
