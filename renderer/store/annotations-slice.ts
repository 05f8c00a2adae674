import type { StateCreator } from 'zustand';
import type { Annotation } from '../../shared/model/annotation';
import { EMPTY_HISTORY, type AnnotationHistory } from '../annotations/annotation-history';
import type { AppState } from './app-store';

/** How far this session's annotation writes have come: waiting for the disk, and committed to it. */
export interface AnnotationWrites {
  pending: number;
  saved: number;
}

/**
 * Annotations slice: every annotation of the library, the undo/redo history of changes to them, which
 * annotation is focused (reader ↔ notes pane) and which orphan waits to be re-attached. Writing to the
 * database happens in annotations/services/annotation-service.ts; this slice only holds what is on screen.
 */
export interface AnnotationsSlice {
  annotations: Annotation[];
  annotationHistory: AnnotationHistory;
  /** The annotation selected by a click on its highlight or its entry; its entry gets focus. */
  focusedAnnotationId: string | null;
  /** Increments on every focus request so clicking the same highlight twice focuses its entry twice. */
  focusNonce: number;
  /** An orphan the user chose to re-attach: the selection toolbar then offers "Re-attach here". */
  reattachAnnotationId: string | null;
  /** The annotation whose editor is open in the notes pane (e.g. right after "Note…"). */
  editingAnnotationId: string | null;
  /** Shown as the notes pane's save state; `saved` counts only commits the database confirmed. */
  annotationWrites: AnnotationWrites;
  setAnnotations: (annotations: Annotation[]) => void;
  upsertAnnotation: (annotation: Annotation) => void;
  removeAnnotation: (annotationId: string) => void;
  setAnnotationHistory: (history: AnnotationHistory) => void;
  focusAnnotation: (annotationId: string | null) => void;
  /** Marks an annotation as the current one without moving focus (e.g. its entry was just clicked). */
  selectAnnotation: (annotationId: string | null) => void;
  armReattach: (annotationId: string | null) => void;
  setEditingAnnotation: (annotationId: string | null) => void;
  /** A write was queued (+1 pending), committed (-1 pending, +1 saved), or failed or had nothing to do (-1 pending). */
  countAnnotationWrite: (event: 'queued' | 'committed' | 'dropped') => void;
}

/** Initial annotations state (tests reset to it). */
export const initialAnnotationsState: Pick<
  AnnotationsSlice,
  | 'annotations'
  | 'annotationHistory'
  | 'focusedAnnotationId'
  | 'focusNonce'
  | 'reattachAnnotationId'
  | 'editingAnnotationId'
  | 'annotationWrites'
> = {
  annotations: [],
  annotationHistory: EMPTY_HISTORY,
  focusedAnnotationId: null,
  focusNonce: 0,
  reattachAnnotationId: null,
  editingAnnotationId: null,
  annotationWrites: { pending: 0, saved: 0 },
};

/** Creates the annotations slice. */
export const createAnnotationsSlice: StateCreator<AppState, [], [], AnnotationsSlice> = (set) => ({
  ...initialAnnotationsState,
  setAnnotations: (annotations) => set({ annotations }),
  countAnnotationWrite: (event) =>
    set(({ annotationWrites: { pending, saved } }) => ({
      annotationWrites:
        event === 'queued'
          ? { pending: pending + 1, saved }
          : { pending: Math.max(0, pending - 1), saved: event === 'committed' ? saved + 1 : saved },
    })),
  // Replacing in place keeps list order stable, so an edited entry does not jump in the notes pane.
  upsertAnnotation: (annotation) =>
    set((state) => {
      const index = state.annotations.findIndex((item) => item.id === annotation.id);
      if (index < 0) return { annotations: [...state.annotations, annotation] };
      const annotations = state.annotations.slice();
      annotations[index] = annotation;
      return { annotations };
    }),
  removeAnnotation: (annotationId) =>
    set((state) => ({
      annotations: state.annotations.filter((item) => item.id !== annotationId),
      focusedAnnotationId: state.focusedAnnotationId === annotationId ? null : state.focusedAnnotationId,
      reattachAnnotationId: state.reattachAnnotationId === annotationId ? null : state.reattachAnnotationId,
      editingAnnotationId: state.editingAnnotationId === annotationId ? null : state.editingAnnotationId,
    })),
  setAnnotationHistory: (annotationHistory) => set({ annotationHistory }),
  focusAnnotation: (focusedAnnotationId) =>
    set((state) => ({ focusedAnnotationId, focusNonce: state.focusNonce + 1 })),
  selectAnnotation: (focusedAnnotationId) => set({ focusedAnnotationId }),
  armReattach: (reattachAnnotationId) => set({ reattachAnnotationId }),
  setEditingAnnotation: (editingAnnotationId) => set({ editingAnnotationId }),
});
