import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import { makeAnnotation } from '../../../../shared/annotations/make-annotation';
import {
  planRedo,
  planUndo,
  recordChange,
  EMPTY_HISTORY,
  HISTORY_LIMIT,
} from '../../../../renderer/annotations/annotation-history';

const TEXT = 'Alibaba meldet starke Zahlen.';
const make = (id: string) =>
  makeAnnotation({
    id,
    articleId: 'art:1',
    articleText: TEXT,
    startCodePoints: 0,
    endCodePoints: 7,
    nowMs: 1,
  });

describe('annotations slice', () => {
  beforeEach(resetAppStore);

  it('upserts in place, keeping list order, and removes', () => {
    const { upsertAnnotation, removeAnnotation } = useAppStore.getState();
    upsertAnnotation(make('a'));
    upsertAnnotation(make('b'));
    upsertAnnotation({ ...make('a'), note: 'neu' });
    expect(useAppStore.getState().annotations.map((a) => [a.id, a.note])).toEqual([
      ['a', 'neu'],
      ['b', ''],
    ]);
    removeAnnotation('a');
    expect(useAppStore.getState().annotations.map((a) => a.id)).toEqual(['b']);
  });

  it('forgets focus and a pending re-attach of a removed annotation', () => {
    const state = useAppStore.getState();
    state.setAnnotations([make('a')]);
    state.focusAnnotation('a');
    state.armReattach('a');
    state.removeAnnotation('a');
    expect(useAppStore.getState().focusedAnnotationId).toBeNull();
    expect(useAppStore.getState().reattachAnnotationId).toBeNull();
  });
});

describe('undo history', () => {
  it('undo applies the inverse change and redo the original', () => {
    const created = { before: null, after: make('a') };
    const history = recordChange(EMPTY_HISTORY, created);
    const undo = planUndo(history)!;
    expect(undo.apply).toEqual({ before: created.after, after: null });
    const redo = planRedo(undo.next)!;
    expect(redo.apply).toEqual(created);
    expect(redo.next.past).toHaveLength(1);
    expect(planUndo(EMPTY_HISTORY)).toBeNull();
  });

  it(`keeps at most ${HISTORY_LIMIT} changes`, () => {
    let history = EMPTY_HISTORY;
    for (let index = 0; index < HISTORY_LIMIT + 5; index += 1)
      history = recordChange(history, { before: null, after: make(`a${index}`) });
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]?.after?.id).toBe('a5');
  });
});
