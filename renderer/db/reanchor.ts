import { anchor, describeRange, prepareText, type PreparedText } from '../../shared/anchoring';
import type { Annotation } from '../../shared/model/annotation';
import type { PriceLevel } from '../../shared/model/level';

/** What re-anchoring an article's annotations and levels on its new text produced. */
export interface ReanchorOutcome {
  annotations: Annotation[];
  levels: PriceLevel[];
  /** Annotations whose passage is no longer in the text; they are kept unchanged and listed as orphans. */
  orphanAnnotationIds: string[];
  orphanLevelIds: string[];
}

/** Moves an annotation to its passage in the new text, or returns null when the passage is gone. */
function reanchorAnnotation(text: PreparedText, annotation: Annotation): Annotation | null {
  const found = anchor(text, { quote: annotation.quote, position: annotation.position });
  if (found.status === 'orphan') return null;
  const described = describeRange(text.text, found.start, found.end);
  return { ...annotation, quote: described.quote, position: described.position };
}

const LEVEL_CONTEXT_CODE_POINTS = 32;

// A level stores only its short exact text ("205"); its context comes from the old article text.
function reanchorLevel(
  text: PreparedText,
  oldCodePoints: readonly string[],
  level: PriceLevel,
): PriceLevel | null {
  const { startCodePoints: start, endCodePoints: end } = level.source;
  const found = anchor(text, {
    quote: {
      exact: level.source.exact,
      prefix: oldCodePoints.slice(Math.max(0, start - LEVEL_CONTEXT_CODE_POINTS), start).join(''),
      suffix: oldCodePoints.slice(end, end + LEVEL_CONTEXT_CODE_POINTS).join(''),
    },
    position: { start: level.source.startCodePoints, end: level.source.endCodePoints },
  });
  if (found.status === 'orphan') return null;
  const exact = text.codePoints.slice(found.start, found.end).join('');
  return {
    ...level,
    source: { ...level.source, startCodePoints: found.start, endCodePoints: found.end, exact },
  };
}

/**
 * Re-anchors an updated article's annotations and levels on its new full text with shared/anchoring's
 * anchor(): found passages get fresh selectors, lost ones stay as they were and are reported as orphans.
 */
export function reanchorOnNewText(
  oldText: string,
  newText: string,
  annotations: readonly Annotation[],
  levels: readonly PriceLevel[],
  modifiedAtMs: number,
): ReanchorOutcome {
  const prepared = prepareText(newText);
  const oldCodePoints = Array.from(oldText);
  const outcome: ReanchorOutcome = {
    annotations: [],
    levels: [],
    orphanAnnotationIds: [],
    orphanLevelIds: [],
  };
  for (const annotation of annotations) {
    const moved = reanchorAnnotation(prepared, annotation);
    if (moved) outcome.annotations.push({ ...moved, modifiedAtMs });
    else outcome.orphanAnnotationIds.push(annotation.id);
  }
  for (const level of levels) {
    const moved = reanchorLevel(prepared, oldCodePoints, level);
    if (moved) outcome.levels.push(moved);
    else outcome.orphanLevelIds.push(level.id);
  }
  return outcome;
}
