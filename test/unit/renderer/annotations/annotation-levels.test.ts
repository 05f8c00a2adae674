import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import { syncAnnotationLevels } from '../../../../renderer/annotations/services/annotation-levels-sync';
import { makeAnnotation, editAnnotation } from '../../../../shared/annotations/make-annotation';
import { articleText, type Article } from '../../../../shared/model/article';
import type { PriceLevel } from '../../../../shared/model/level';
import { makeArticle } from '../../../fixtures/factories/article';

const ARTICLE: Article = makeArticle({
  blocks: [
    { kind: 'paragraph', text: 'Einleitung 🚀 zum Quartal.' },
    { kind: 'paragraph', text: 'Analysten sehen das Kursziel bei 250 US-Dollar.' },
  ],
});
const TEXT = articleText(ARTICLE.blocks);
const SEED_LEVEL: PriceLevel = {
  id: 'seed-1',
  kind: 'target',
  value: 205,
  currency: 'USD',
  listing: 'NYSE:BABA',
  asOf: null,
  source: { articleId: ARTICLE.id, startCodePoints: 0, endCodePoints: 5, exact: 'Einle' },
  origin: 'seed',
};

function pinned(phrase: string, value: number, currency: 'USD' | 'EUR' = 'USD') {
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(phrase))).length;
  const annotation = makeAnnotation({
    id: `ann-${phrase}`,
    articleId: ARTICLE.id,
    articleText: TEXT,
    startCodePoints: start,
    endCodePoints: start + Array.from(phrase).length,
    tags: ['bullish'],
    nowMs: 1,
  });
  return editAnnotation(
    annotation,
    { pin: { type: 'level', kind: 'target', value, currency, asOf: null } },
    2,
  );
}

describe('pinned annotations on the chart', () => {
  beforeEach(resetAppStore);

  it('adds one annotation level per price pin beside the seed levels, with the passage as source', () => {
    const state = useAppStore.getState();
    state.setArticles([ARTICLE]);
    state.setLevels([SEED_LEVEL]);
    const stop = syncAnnotationLevels(useAppStore);
    state.setAnnotations([pinned('Kursziel bei 250 US-Dollar', 250), pinned('Analysten', 230, 'EUR')]);

    const levels = useAppStore.getState().levels;
    expect(levels.map((level) => [level.id, level.origin, level.value, level.listing])).toEqual([
      ['seed-1', 'seed', 205, 'NYSE:BABA'],
      ['annotation:ann-Kursziel bei 250 US-Dollar', 'annotation', 250, 'NYSE:BABA'],
      ['annotation:ann-Analysten', 'annotation', 230, 'FRA:AHLA'],
    ]);
    const source = levels[1]!.source;
    // The emoji counts as one code point, so the span lands exactly on the passage.
    expect(Array.from(TEXT).slice(source.startCodePoints, source.endCodePoints).join('')).toBe(
      'Kursziel bei 250 US-Dollar',
    );
    expect(levels[1]!.annotationId).toBe('ann-Kursziel bei 250 US-Dollar');
    stop();
  });

  it('removes the chart level when the annotation is deleted or unpinned, and keeps seed levels loaded later', () => {
    const state = useAppStore.getState();
    state.setArticles([ARTICLE]);
    const stop = syncAnnotationLevels(useAppStore);
    const annotation = pinned('Kursziel bei 250 US-Dollar', 250);
    state.upsertAnnotation(annotation);
    expect(useAppStore.getState().levels).toHaveLength(1);

    // A library reload replaces store.levels with the stored ones: the pin must come back with them.
    state.setLevels([SEED_LEVEL]);
    expect(useAppStore.getState().levels.map((level) => level.id)).toEqual([
      'seed-1',
      'annotation:' + annotation.id,
    ]);

    state.upsertAnnotation(editAnnotation(annotation, { pin: null }, 3));
    expect(useAppStore.getState().levels.map((level) => level.id)).toEqual(['seed-1']);
    state.upsertAnnotation(annotation);
    state.removeAnnotation(annotation.id);
    expect(useAppStore.getState().levels.map((level) => level.id)).toEqual(['seed-1']);
    stop();
  });

  it('draws no level for an article-date pin', () => {
    const state = useAppStore.getState();
    state.setArticles([ARTICLE]);
    const stop = syncAnnotationLevels(useAppStore);
    state.upsertAnnotation(editAnnotation(pinned('Analysten', 1), { pin: { type: 'article-date' } }, 3));
    expect(useAppStore.getState().levels).toEqual([]);
    stop();
  });
});
