import { overlapSpans } from '../reader/highlight-ranges';
import { ReaderTextIndex } from './dom-ranges';
import { TAG_MODIFIERS, type TagModifier } from './tag-style';

/** An annotation as the reader paints it: where it sits now and the tag modifier that picks its colour. */
export interface PaintedAnnotation {
  id: string;
  startCodePoints: number;
  endCodePoints: number;
  /** Picks the colour and line pattern (tagModifier). */
  modifier: TagModifier;
}

/** The CSS highlight name (::highlight(name) in annotations.css) of a tag modifier's colour. */
export function annotationHighlightName(modifier: TagModifier): string {
  return `kn-ann-${modifier}`;
}

/** The highlight drawn over text that two or more annotations of the same tag cover. */
export const OVERLAP_HIGHLIGHT_NAME = 'kn-ann-overlap';
/** The highlight of the annotation whose notes entry has focus. */
export const FOCUSED_HIGHLIGHT_NAME = 'kn-ann-focused';

const ALL_NAMES = [
  ...TAG_MODIFIERS.map(annotationHighlightName),
  OVERLAP_HIGHLIGHT_NAME,
  FOCUSED_HIGHLIGHT_NAME,
];
// Overlap darkens the tag colours under it; the focus ring paints above both.
const PRIORITIES: Record<string, number> = { [OVERLAP_HIGHLIGHT_NAME]: 1, [FOCUSED_HIGHLIGHT_NAME]: 2 };

function groupByModifier(annotations: readonly PaintedAnnotation[]): PaintedAnnotation[][] {
  const groups = new Map<TagModifier, PaintedAnnotation[]>();
  for (const annotation of annotations) {
    const group = groups.get(annotation.modifier);
    if (group) group.push(annotation);
    else groups.set(annotation.modifier, [annotation]);
  }
  return [...groups.values()];
}

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

/**
 * Paints the annotations in `container` with the CSS Custom Highlight API: a few Highlight objects holding
 * DOM Ranges instead of an element per highlighted run, so 300 overlapping highlights cost the browser
 * little more than the bare text. Ranges follow the DOM they were made on: call again after the blocks
 * change. Without the API (old browsers, jsdom) it does nothing; the notes pane still lists every one.
 */
export function paintAnnotationHighlights(
  container: Element,
  annotations: readonly PaintedAnnotation[],
  focusedId: string | null,
): void {
  const highlights = registry();
  if (!highlights) return;
  const index = new ReaderTextIndex(container);
  const rangesByName = new Map<string, Range[]>(ALL_NAMES.map((name) => [name, []]));
  for (const annotation of annotations) {
    const range = index.rangeOf(annotation.startCodePoints, annotation.endCodePoints);
    if (!range) continue;
    rangesByName.get(annotationHighlightName(annotation.modifier))!.push(range);
    if (annotation.id === focusedId) rangesByName.get(FOCUSED_HIGHLIGHT_NAME)!.push(range);
  }
  // Different tags overlapping already mix their colours; two of the same tag would merge into one
  // highlight (a Highlight paints the union of its ranges), so only their shared text gets the extra layer.
  for (const sameTag of groupByModifier(annotations)) {
    for (const span of overlapSpans(sameTag)) {
      const range = index.rangeOf(span.startCodePoints, span.endCodePoints);
      if (range) rangesByName.get(OVERLAP_HIGHLIGHT_NAME)!.push(range);
    }
  }
  for (const [name, ranges] of rangesByName) {
    if (ranges.length === 0) {
      highlights.delete(name);
      continue;
    }
    const highlight = new Highlight(...ranges);
    highlight.priority = PRIORITIES[name] ?? 0;
    highlights.set(name, highlight);
  }
}

/** Removes every annotation highlight (the reader closed or switched articles). */
export function clearAnnotationHighlights(): void {
  const highlights = registry();
  for (const name of ALL_NAMES) highlights?.delete(name);
}

/** The innermost (shortest) annotation covering the character at `offsetCodePoints`, or null. */
export function innermostAnnotationAt(
  annotations: readonly PaintedAnnotation[],
  offsetCodePoints: number,
): PaintedAnnotation | null {
  let best: PaintedAnnotation | null = null;
  for (const annotation of annotations) {
    if (annotation.startCodePoints > offsetCodePoints || annotation.endCodePoints <= offsetCodePoints)
      continue;
    const length = annotation.endCodePoints - annotation.startCodePoints;
    if (!best || length < best.endCodePoints - best.startCodePoints) best = annotation;
  }
  return best;
}
