// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KursnotizDatabase } from '../../../../renderer/db/database';
import { loadBundledSeeds } from '../../../../renderer/services/bundled-seeds';
import { loadLibrary, storeSeedLibrary } from '../../../../renderer/services/seed-library';
import { listLevelsForArticle } from '../../../../renderer/db/level-repository';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import { makeArticle } from '../../../fixtures/factories/article';

let db: KursnotizDatabase;
let dbCounter = 0;

describe('seeding the library', () => {
  beforeEach(() => {
    resetAppStore();
    dbCounter += 1;
    db = openDatabase(`seed-test-${dbCounter}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('bundles the five seed articles with their levels', () => {
    const seeds = loadBundledSeeds();
    expect(seeds.articles).toHaveLength(5);
    expect(seeds.levels.length).toBeGreaterThan(0);
  });

  it('stores the seeds once: a second start adds nothing', async () => {
    const seeds = loadBundledSeeds();
    expect(await storeSeedLibrary(db, seeds)).toBe(5);
    const levelCount = await db.levels.count();
    expect(await storeSeedLibrary(db, loadBundledSeeds())).toBe(0);
    expect(await db.articles.count()).toBe(5);
    expect(await db.levels.count()).toBe(levelCount);
  });

  it('keeps a user article beside the seeds and does not re-add a seed stored under another id', async () => {
    const seeds = loadBundledSeeds();
    await storeSeedLibrary(db, seeds);
    await db.articles.add(makeArticle({ title: 'Eigener Artikel' }));
    const renamedSeed = { ...seeds.articles[0]!, id: 'art:same-text' };
    expect(
      await storeSeedLibrary(db, { articles: [renamedSeed, ...seeds.articles], levels: seeds.levels }),
    ).toBe(0);
    expect(await db.articles.count()).toBe(6);
  });

  it('indexes each level under its article', async () => {
    const seeds = loadBundledSeeds();
    await storeSeedLibrary(db, seeds);
    const articleId = seeds.levels[0]!.source.articleId;
    const levels = await listLevelsForArticle(db, articleId);
    expect(levels.length).toBe(seeds.levels.filter((level) => level.source.articleId === articleId).length);
    expect(levels[0]).not.toHaveProperty('articleId');
  });

  it('rolls back the whole seeding when one record cannot be stored', async () => {
    const seeds = loadBundledSeeds();
    const article = seeds.articles[0]!;
    // A level without a key makes IndexedDB reject the write after the article was added.
    const broken = {
      ...seeds.levels[0]!,
      id: undefined as unknown as string,
      source: { ...seeds.levels[0]!.source, articleId: article.id },
    };
    await expect(storeSeedLibrary(db, { articles: [article], levels: [broken] })).rejects.toThrow();
    expect(await db.articles.count()).toBe(0);
  });

  it('adds a seed only once even if the batch repeats its text under another id', async () => {
    const seeds = loadBundledSeeds();
    const twin = { ...seeds.articles[0]!, id: 'seed:twin' };
    expect(await storeSeedLibrary(db, { articles: [seeds.articles[0]!, twin], levels: [] })).toBe(1);
  });

  it('loads the stored library into the store newest first', async () => {
    await storeSeedLibrary(db, loadBundledSeeds());
    const undated = makeArticle({ publishedOn: null, title: 'Ohne Datum' });
    await db.articles.add(undated);
    await loadLibrary(db, useAppStore.getState());
    const { articles, levels, selectedArticleId } = useAppStore.getState();
    const dates = articles.map((article) => article.publishedOn);
    expect(dates.slice(0, 5)).toEqual([...dates.slice(0, 5)].sort().reverse());
    expect(articles.at(-1)?.id).toBe(undated.id);
    expect(selectedArticleId).toBe(articles[0]!.id);
    expect(levels.length).toBe(await db.levels.count());
  });
});
