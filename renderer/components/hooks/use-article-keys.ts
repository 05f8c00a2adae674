import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectNeighbourArticleId } from '../../store/selectors';

/** Steps per key: ↑/k back, ↓/j forward, Home/End to the ends of the list. */
const STEP_BY_KEY: Record<string, number> = {
  ArrowUp: -1,
  k: -1,
  ArrowDown: 1,
  j: 1,
  Home: -Infinity,
  End: Infinity,
};

/** Whether keys typed at `target` belong to it (text entry, or a control with its own arrow keys). */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, textarea, select, dialog, [role="separator"], [role="radiogroup"]')) return true;
  return false;
}

/** Global article navigation (↑/↓, j/k, Home/End) whenever focus is not in a text field or dialog. */
export function useArticleKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const step = STEP_BY_KEY[event.key];
      if (step === undefined || ownsKeys(event.target)) return;
      const state = useAppStore.getState();
      if (state.openDialog !== null) return;
      const nextId = selectNeighbourArticleId(state, step);
      if (nextId === null) return;
      event.preventDefault();
      if (nextId !== state.selectedArticleId) state.selectArticle(nextId);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
