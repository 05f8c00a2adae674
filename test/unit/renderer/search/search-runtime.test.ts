import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSearchHit } from '../../../../renderer/search/open-search-hit';
import { currentSearch, startSearch, subscribeSearchIndex } from '../../../../renderer/search/search-runtime';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import { editAnnotation, makeAnnotation } from '../../../../shared/annotations/make-annotation';
import { articleText } from '../../../../shared/model/article';
import { makeArticle } from '../../../fixtures/factories/article';

const article = makeArticle({
  blocks: [
    { kind: 'heading', text: 'Quartalszahlen' },
    { kind: 'paragraph', text: 'Die Umsätze der Cloudsparte stiegen um 34 Prozent.' },
  ],
});
const text = articleText(article.blocks);
const quoteStart = text.indexOf('Cloudsparte stiegen');
const annotation = makeAnnotation({
  id: 'ann:cloud',
  articleId: article.id,
  articleText: text,
  startCodePoints: quoteStart,
  endCodePoints: quoteStart + 'Cloudsparte stiegen'.length,
  tags: ['bullish'],
  nowMs: 1,
});

const state = () => useAppStore.getState();
const kinds = (query: string) => currentSearch()(query).map((hit) => hit.document.kind);

describe('search runtime', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    resetAppStore();
    state().setArticles([makeArticle(), article]);
    stop = startSearch(useAppStore);
  });
  afterEach(() => stop());

  it('follows the store: a note written, edited and deleted is found, then not', () => {
    const changes: number[] = [];
    const unsubscribe = subscribeSearchIndex(() => changes.push(1));
    expect(kinds('Umsatz')).toEqual(['text']);
    state().upsertAnnotation(editAnnotation(annotation, { note: 'Wachstumstreiber' }, 2));
    expect(kinds('Wachstumstreiber')).toEqual(['note']);
    state().upsertAnnotation(editAnnotation(annotation, { note: 'Margendruck' }, 3));
    expect(kinds('Wachstumstreiber')).toEqual([]);
    expect(kinds('Margendruck')).toEqual(['note']);
    state().removeAnnotation(annotation.id);
    expect(kinds('Margendruck')).toEqual([]);
    expect(changes.length).toBe(3);
    // A store change that touches neither articles nor annotations leaves the index alone.
    state().setLanguage('en');
    expect(changes.length).toBe(3);
    unsubscribe();
  });

  it('opening a text hit selects its article and flashes the matched words', () => {
    const [hit] = currentSearch()('Umsätze');
    if (!hit) throw new Error('no hit');
    openSearchHit(state(), hit);
    const request = state().passageRequest;
    expect(state().selectedArticleId).toBe(article.id);
    expect(request && text.slice(request.startCodePoints, request.endCodePoints)).toBe('Umsätze');
  });

  it('a hit in a first heading that repeats the title opens the article at its top', () => {
    const titled = makeArticle({
      title: 'Rechenzentren in Europa',
      blocks: [
        { kind: 'heading', text: 'Rechenzentren in Europa' },
        { kind: 'paragraph', text: 'Neue Standorte.' },
      ],
    });
    state().setArticles([article, titled]);
    const [hit] = currentSearch()('Rechenzentren');
    if (!hit) throw new Error('no hit');
    openSearchHit(state(), hit);
    expect(state().selectedArticleId).toBe(titled.id);
    expect(state().passageRequest).toBeNull();
  });

  it('opening a note hit flashes its highlight and focuses its entry', () => {
    state().upsertAnnotation(editAnnotation(annotation, { note: 'Wachstumstreiber' }, 2));
    const [hit] = currentSearch()('Wachstumstreiber');
    if (!hit) throw new Error('no hit');
    openSearchHit(state(), hit);
    const request = state().passageRequest;
    expect(request && text.slice(request.startCodePoints, request.endCodePoints)).toBe('Cloudsparte stiegen');
    expect(state().focusedAnnotationId).toBe(annotation.id);
    expect(state().focusNonce).toBeGreaterThan(0);
  });
});

describe('search runtime, first build in slices', () => {
  it('finds nothing until the sliced build is done, then everything, with the changes made meanwhile', async () => {
    resetAppStore();
    state().setArticles([makeArticle(), article]);
    state().setAnnotations([editAnnotation(annotation, { note: 'Wachstumstreiber' }, 2)]);
    let pauses = 0;
    let resume: () => void = () => undefined;
    const paused = () =>
      new Promise<void>((resolve) => {
        pauses += 1;
        resume = resolve;
      });
    let isIndexed = false;
    const stop = startSearch(useAppStore, { pause: paused, onIndexed: () => (isIndexed = true) });
    expect(kinds('Umsatz')).toEqual([]);
    // A change while the build runs: the annotation's note is edited.
    state().upsertAnnotation(editAnnotation(annotation, { note: 'Margendruck' }, 3));
    while (!isIndexed) {
      resume();
      await Promise.resolve();
      await Promise.resolve();
    }
    expect(pauses).toBeGreaterThanOrEqual(3); // two articles, one step of annotations
    expect(kinds('Umsatz')).toEqual(['text']);
    expect(kinds('Wachstumstreiber')).toEqual([]);
    expect(kinds('Margendruck')).toEqual(['note']);
    stop();
    expect(kinds('Umsatz')).toEqual([]);
  });
});
