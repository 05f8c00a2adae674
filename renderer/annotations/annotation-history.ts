import type { Annotation } from '../../shared/model/annotation';

/** One annotation change: created (before null), edited (both), or deleted (after null). */
export interface AnnotationChange {
  before: Annotation | null;
  after: Annotation | null;
}

/** Undo/redo stacks of annotation changes, oldest first in `past`, next redo last in `future`. */
export interface AnnotationHistory {
  past: AnnotationChange[];
  future: AnnotationChange[];
}

/** How many changes undo remembers; older ones drop off (a session rarely needs more). */
export const HISTORY_LIMIT = 200;

/** An empty history. */
export const EMPTY_HISTORY: AnnotationHistory = { past: [], future: [] };

/** The change that reverses `change` (deleting what was created, restoring what was deleted or edited). */
export function invertChange(change: AnnotationChange): AnnotationChange {
  return { before: change.after, after: change.before };
}

/** The history after a new change was made: it joins `past`, and any redo branch is dropped. */
export function recordChange(history: AnnotationHistory, change: AnnotationChange): AnnotationHistory {
  return { past: [...history.past, change].slice(-HISTORY_LIMIT), future: [] };
}

/** The change to apply to undo the newest change, and the history once it is applied; null when empty. */
export function planUndo(
  history: AnnotationHistory,
): { apply: AnnotationChange; next: AnnotationHistory } | null {
  const last = history.past[history.past.length - 1];
  if (!last) return null;
  return {
    apply: invertChange(last),
    next: { past: history.past.slice(0, -1), future: [...history.future, last] },
  };
}

/** The change to apply to redo the newest undone change, and the history once it is applied; null when none. */
export function planRedo(
  history: AnnotationHistory,
): { apply: AnnotationChange; next: AnnotationHistory } | null {
  const last = history.future[history.future.length - 1];
  if (!last) return null;
  return {
    apply: last,
    next: { past: [...history.past, last], future: history.future.slice(0, -1) },
  };
}
