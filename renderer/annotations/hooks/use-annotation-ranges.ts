import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/app-store';
import type { HighlightRange } from '../../reader/highlight-ranges';
import type { Article } from '../../../shared/model/article';
import { placeAnnotations } from '../anchored-annotations';
import { tagModifier } from '../tag-style';

/** Prefix of an annotation's highlight id in data-range-ids (the rest is the annotation id). */
export const ANNOTATION_RANGE_PREFIX = 'ann:';

/**
 * The highlight ranges of `article`'s placed annotations: one per annotation coloured by its tag; the run
 * where it starts also carries the tag glyph (so a highlight is never colour alone).
 */
export function useAnnotationRanges(article: Article): HighlightRange[] {
  const { annotations, focusedId } = useAppStore(
    useShallow((state) => ({ annotations: state.annotations, focusedId: state.focusedAnnotationId })),
  );
  return useMemo(() => {
    const own = annotations.filter((annotation) => annotation.articleId === article.id);
    const ranges: HighlightRange[] = [];
    for (const { annotation, anchor } of placeAnnotations(own, [article])) {
      if (anchor.status !== 'anchored') continue;
      const modifier = tagModifier(annotation.tags);
      const focused = annotation.id === focusedId ? ' ann--focused' : '';
      ranges.push({
        id: `${ANNOTATION_RANGE_PREFIX}${annotation.id}`,
        startCodePoints: anchor.start,
        endCodePoints: anchor.end,
        className: `ann ann--${modifier}${focused}`,
        startClassName: `ann-start ann-start--${modifier}`,
      });
    }
    return ranges;
  }, [annotations, article, focusedId]);
}
