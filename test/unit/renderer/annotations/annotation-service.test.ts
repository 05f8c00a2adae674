// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type KursnotizDatabase } from '../../../../renderer/db/database';
import { listAnnotations } from '../../../../renderer/db/annotation-repository';
import {
  createAnnotationService,
  type AnnotationService,
} from '../../../../renderer/annotations/services/annotation-service';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import { editAnnotation, makeAnnotation } from '../../../../shared/annotations/make-annotation';

const TEXT = 'Alibaba hebt die Prognose an. Das Cloud-Geschäft wächst um 26 Prozent.';
let db: KursnotizDatabase;
let service: AnnotationService;
let errors: unknown[];
let counter = 0;

const make = (tags: string[], start = 0, end = 7) =>
  makeAnnotation({
    id: `ann-${++counter}`,
    articleId: 'art:1',
    articleText: TEXT,
    startCodePoints: start,
    endCodePoints: end,
    tags,
    nowMs: counter,
  });

const storedIds = async () => (await listAnnotations(db)).annotations.map((a) => a.id).sort();
const storeIds = () =>
  useAppStore
    .getState()
    .annotations.map((a) => a.id)
    .sort();

describe('annotation service: store + database + undo history', () => {
  beforeEach(() => {
    resetAppStore();
    db = openDatabase(`service-${++counter}`);
    errors = [];
    service = createAnnotationService({ db, store: useAppStore, onError: (error) => errors.push(error) });
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('creates, re-tags, edits the note, pins and deletes — each undoable and redoable in order', async () => {
    const created = make(['bullish']);
    await service.create(created);
    const retagged = editAnnotation(created, { tags: ['risk'] }, 10);
    await service.update(created, retagged);
    const noted = editAnnotation(retagged, { note: '**Wichtig**' }, 11);
    await service.update(retagged, noted);
    const pinned = editAnnotation(noted, { pin: { type: 'article-date' } }, 12);
    await service.update(noted, pinned);
    await service.remove(pinned);
    expect(storeIds()).toEqual([]);
    expect(await storedIds()).toEqual([]);

    await service.undo(); // delete
    expect((await db.annotations.get(created.id))?.pin).toEqual({ type: 'article-date' });
    await service.undo(); // pin
    expect(useAppStore.getState().annotations[0]?.pin).toBeNull();
    await service.undo(); // note
    expect((await db.annotations.get(created.id))?.note).toBe('');
    await service.undo(); // re-tag
    expect(useAppStore.getState().annotations[0]?.tags).toEqual(['bullish']);
    expect((await db.annotations.get(created.id))?.tags).toEqual(['bullish']);
    await service.undo(); // create
    expect(storeIds()).toEqual([]);
    expect(await storedIds()).toEqual([]);
    expect(await service.undo()).toBe(false);

    await service.redo();
    await service.redo();
    expect((await db.annotations.get(created.id))?.tags).toEqual(['risk']);
    expect(useAppStore.getState().annotationHistory.future).toHaveLength(3);
  });

  it('queues quick changes so two undos undo two changes', async () => {
    const first = make(['bullish']);
    const second = make(['bearish'], 8, 12);
    await Promise.all([service.create(first), service.create(second)]);
    await Promise.all([service.undo(), service.undo()]);
    expect(storeIds()).toEqual([]);
    expect(await storedIds()).toEqual([]);
  });

  it('a new change after undo drops the redo branch', async () => {
    await service.create(make(['bullish']));
    await service.undo();
    await service.create(make(['question']));
    expect(await service.redo()).toBe(false);
    expect(storeIds()).toHaveLength(1);
  });

  it('rolls the store back and reports when the database write fails', async () => {
    const kept = make(['catalyst']);
    await service.create(kept);
    vi.spyOn(db.annotations, 'put').mockRejectedValueOnce(new Error('QuotaExceededError: disk full'));
    const lost = make(['risk']);
    expect(await service.create(lost)).toBe(false);
    expect(storeIds()).toEqual([kept.id]);
    expect(await storedIds()).toEqual([kept.id]);
    expect(String(errors[0])).toContain('disk full');
    // The failed change is not in the history: undo removes the one that was saved.
    await service.undo();
    expect(storeIds()).toEqual([]);
  });

  it('counts a burst as waiting until each write committed, and a failed write never as saved', async () => {
    const writes = () => useAppStore.getState().annotationWrites;
    const burst = [make(['bullish']), make(['risk'], 8, 12), make(['question'], 13, 20)];
    const done = Promise.all(burst.map((annotation) => service.create(annotation)));
    expect(writes()).toEqual({ pending: 3, saved: 0 });
    await done;
    expect(writes()).toEqual({ pending: 0, saved: 3 });

    vi.spyOn(db.annotations, 'put').mockRejectedValueOnce(new Error('disk full'));
    await service.create(make(['catalyst']));
    expect(await service.redo()).toBe(false);
    expect(writes()).toEqual({ pending: 0, saved: 3 });
  });
});
