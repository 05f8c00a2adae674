import type { StoreApi } from 'zustand';
import type { Annotation } from '../../../shared/model/annotation';
import type { AppState } from '../../store/app-store';
import type { KursnotizDatabase } from '../../db/database';
import { writeAnnotationChange } from '../../db/annotation-repository';
import { planRedo, planUndo, recordChange, type AnnotationChange } from '../annotation-history';

/** What the service needs; passed in so tests run it against fake-indexeddb and the real store. */
export interface AnnotationServiceDependencies {
  db: KursnotizDatabase;
  store: StoreApi<AppState>;
  /** Shows a failed write to the user (the store is already rolled back when this is called). */
  onError: (error: unknown) => void;
}

/** Every annotation change goes through here: store and database together, recorded for undo. */
export interface AnnotationService {
  create: (annotation: Annotation) => Promise<boolean>;
  update: (before: Annotation, after: Annotation) => Promise<boolean>;
  remove: (annotation: Annotation) => Promise<boolean>;
  undo: () => Promise<boolean>;
  redo: () => Promise<boolean>;
}

function applyToStore(store: StoreApi<AppState>, change: AnnotationChange): void {
  const state = store.getState();
  if (change.after) state.upsertAnnotation(change.after);
  else if (change.before) state.removeAnnotation(change.before.id);
}

/**
 * Creates the annotation service. Changes run one at a time in order (so a quick Ctrl+Z Ctrl+Z undoes two
 * changes, not one twice); each updates the store at once for a snappy UI, then writes Dexie, and on a
 * failed write rolls the store back, leaves the history untouched and reports the error.
 */
export function createAnnotationService({
  db,
  store,
  onError,
}: AnnotationServiceDependencies): AnnotationService {
  let queue: Promise<unknown> = Promise.resolve();

  const run = (plan: () => { apply: AnnotationChange; onSuccess: () => void } | null): Promise<boolean> => {
    // Counted when asked for, so a burst of changes shows as waiting until each one reached the disk.
    store.getState().countAnnotationWrite('queued');
    const job = queue.then(async () => {
      const planned = plan();
      if (!planned) {
        store.getState().countAnnotationWrite('dropped');
        return false;
      }
      const { apply, onSuccess } = planned;
      applyToStore(store, apply);
      try {
        await writeAnnotationChange(db, {
          put: apply.after,
          deleteId: apply.after ? null : (apply.before?.id ?? null),
        });
      } catch (error) {
        applyToStore(store, { before: apply.after, after: apply.before });
        store.getState().countAnnotationWrite('dropped');
        onError(error);
        return false;
      }
      // Only now is the change on disk (strict durability): the save state may say so.
      store.getState().countAnnotationWrite('committed');
      onSuccess();
      return true;
    });
    queue = job;
    return job;
  };

  const record = (change: AnnotationChange) =>
    run(() => ({
      apply: change,
      onSuccess: () => {
        const state = store.getState();
        state.setAnnotationHistory(recordChange(state.annotationHistory, change));
      },
    }));

  const replay = (planner: typeof planUndo) =>
    run(() => {
      const planned = planner(store.getState().annotationHistory);
      if (!planned) return null;
      return { apply: planned.apply, onSuccess: () => store.getState().setAnnotationHistory(planned.next) };
    });

  return {
    create: (annotation) => record({ before: null, after: annotation }),
    update: (before, after) => record({ before, after }),
    remove: (annotation) => record({ before: annotation, after: null }),
    undo: () => replay(planUndo),
    redo: () => replay(planRedo),
  };
}
