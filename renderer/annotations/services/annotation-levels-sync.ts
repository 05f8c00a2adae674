import type { StoreApi } from 'zustand';
import type { AppState } from '../../store/app-store';
import { placeAnnotations } from '../anchored-annotations';
import { levelsFromAnnotations } from '../annotation-levels';
import type { PriceLevel } from '../../../shared/model/level';

function sameLevels(a: readonly PriceLevel[], b: readonly PriceLevel[]): boolean {
  return (
    a.length === b.length && a.every((level, index) => JSON.stringify(level) === JSON.stringify(b[index]))
  );
}

/** store.levels with the annotation-derived levels replaced by those `state`'s annotations pin now. */
export function mergeAnnotationLevels(
  state: Pick<AppState, 'levels' | 'annotations' | 'articles'>,
): PriceLevel[] {
  const base = state.levels.filter((level) => level.origin !== 'annotation');
  return [...base, ...levelsFromAnnotations(placeAnnotations(state.annotations, state.articles))];
}

/**
 * Keeps store.levels holding one PriceLevel per price-pinned annotation, so the chart (which reads
 * store.levels) draws pins exactly like seed levels, and a delete or undo adds or removes the chart item.
 * Returns the unsubscribe function.
 */
export function syncAnnotationLevels(store: StoreApi<AppState>): () => void {
  const update = (state: AppState) => {
    const merged = mergeAnnotationLevels(state);
    if (!sameLevels(merged, state.levels)) state.setLevels(merged);
  };
  update(store.getState());
  return store.subscribe((state, previous) => {
    const isRelevant =
      state.annotations !== previous.annotations ||
      state.articles !== previous.articles ||
      state.levels !== previous.levels;
    if (isRelevant) update(state);
  });
}
