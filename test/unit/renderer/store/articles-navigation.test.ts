import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import { selectNeighbourArticleId, selectSelectedArticle } from '../../../../renderer/store/selectors';
import { makeArticle } from '../../../fixtures/factories/article';

const first = makeArticle();
const second = makeArticle();
const third = makeArticle();

describe('article selection and keyboard neighbours', () => {
  beforeEach(() => {
    resetAppStore();
    useAppStore.getState().setArticles([first, second, third]);
  });

  it('selects the first (newest) article when the library loads', () => {
    expect(selectSelectedArticle(useAppStore.getState())?.id).toBe(first.id);
  });

  it('steps down and up and stops at both ends of the list', () => {
    const state = () => useAppStore.getState();
    expect(selectNeighbourArticleId(state(), 1)).toBe(second.id);
    expect(selectNeighbourArticleId(state(), -1)).toBe(first.id);
    state().selectArticle(third.id);
    expect(selectNeighbourArticleId(state(), 1)).toBe(third.id);
    expect(selectNeighbourArticleId(state(), -1)).toBe(second.id);
  });

  it('jumps to the ends with Home/End steps (±Infinity)', () => {
    useAppStore.getState().selectArticle(second.id);
    expect(selectNeighbourArticleId(useAppStore.getState(), -Infinity)).toBe(first.id);
    expect(selectNeighbourArticleId(useAppStore.getState(), Infinity)).toBe(third.id);
  });

  it('has no neighbour in an empty library', () => {
    useAppStore.getState().setArticles([]);
    expect(selectNeighbourArticleId(useAppStore.getState(), 1)).toBeNull();
    expect(useAppStore.getState().selectedArticleId).toBeNull();
  });

  it('keeps the selection when the list reloads with the article still in it', () => {
    useAppStore.getState().selectArticle(third.id);
    useAppStore.getState().setArticles([makeArticle(), first, second, third]);
    expect(useAppStore.getState().selectedArticleId).toBe(third.id);
  });

  it('reveals a passage by selecting its article and numbering each request', () => {
    const passage = { articleId: third.id, startCodePoints: 3, endCodePoints: 9 };
    useAppStore.getState().revealPassage(passage);
    useAppStore.getState().revealPassage(passage);
    const state = useAppStore.getState();
    expect(state.selectedArticleId).toBe(third.id);
    expect(state.passageRequest).toEqual({ ...passage, nonce: 2 });
  });

  it('drops a pending passage when the user moves to another article, so it never replays', () => {
    useAppStore.getState().revealPassage({ articleId: third.id, startCodePoints: 0, endCodePoints: 4 });
    useAppStore.getState().selectArticle(first.id);
    useAppStore.getState().selectArticle(third.id);
    expect(useAppStore.getState().passageRequest).toBeNull();
  });

  it('finishes only the passage flash it was asked to finish', () => {
    const passage = { articleId: second.id, startCodePoints: 0, endCodePoints: 4 };
    useAppStore.getState().revealPassage(passage);
    useAppStore.getState().revealPassage(passage);
    useAppStore.getState().finishPassageReveal(1);
    expect(useAppStore.getState().passageRequest?.nonce).toBe(2);
    useAppStore.getState().finishPassageReveal(2);
    expect(useAppStore.getState().passageRequest).toBeNull();
  });
});
