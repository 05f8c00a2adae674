import type { StoreApi } from 'zustand';
import type { AppState } from '../../store/app-store';
import type { KursnotizDatabase } from '../../db/database';
import { listAnnotations } from '../../db/annotation-repository';
import { describeError } from '../../services/start-app';
import { translate } from '../../i18n/translate';
import { createAnnotationService, type AnnotationService } from './annotation-service';
import { syncAnnotationLevels } from './annotation-levels-sync';

let current: AnnotationService | null = null;

/** The app's annotation service, or null before startAnnotations() ran (components then offer nothing). */
export function getAnnotationService(): AnnotationService | null {
  return current;
}

/**
 * Loads the stored annotations into the store, creates the service every annotation change goes through,
 * and keeps the chart's annotation levels in step with pinned annotations. Returns a stop function.
 */
export async function startAnnotations(
  db: KursnotizDatabase,
  store: StoreApi<AppState>,
): Promise<() => void> {
  const stopSync = syncAnnotationLevels(store);
  current = createAnnotationService({
    db,
    store,
    onError: (error) => {
      console.warn('Kursnotiz: an annotation change could not be saved:', error);
      const { language, showStatus } = store.getState();
      showStatus(translate(language, 'annotations.saveFailed', { reason: describeError(error) }));
    },
  });
  try {
    const { annotations, damaged } = await listAnnotations(db);
    store.getState().setAnnotations(annotations);
    if (damaged.length > 0) {
      const { language, showStatus } = store.getState();
      showStatus(translate(language, 'annotations.damaged', { count: damaged.length }));
    }
  } catch (error) {
    const { language, showStatus } = store.getState();
    showStatus(translate(language, 'annotations.loadFailed', { reason: describeError(error) }));
  }
  return () => {
    stopSync();
    current = null;
  };
}
