// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type KursnotizDatabase } from '../../../../renderer/db/database';
import { readSetting, writeSetting } from '../../../../renderer/db/settings-repository';
import { BUNDLED_SEED_ARTICLE_IDS, loadBundledSeeds } from '../../../../renderer/services/bundled-seeds';
import { FIRST_PAINT_ARTICLES, startApp } from '../../../../renderer/services/start-app';
import { makeArticle } from '../../../fixtures/factories/article';
import { syncSettings } from '../../../../renderer/services/settings-sync';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';

let db: KursnotizDatabase;
let dbCounter = 0;
const grantedStorage = { persist: () => Promise.resolve(true), persisted: () => Promise.resolve(false) };

const start = (locale: string, loadSeeds = loadBundledSeeds) =>
  startApp({
    db,
    platform: { systemLocale: () => locale },
    store: useAppStore,
    loadSeeds,
    seedArticleIds: BUNDLED_SEED_ARTICLE_IDS,
    storage: grantedStorage,
  });

describe('start-up', () => {
  beforeEach(() => {
    resetAppStore();
    dbCounter += 1;
    db = openDatabase(`start-test-${dbCounter}`);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  it('picks the language from the system locale on first start and remembers it', async () => {
    await start('en-GB');
    expect(useAppStore.getState().language).toBe('en');
    expect(await readSetting(db, 'uiLanguage')).toBe('en');
    resetAppStore();
    await start('de-AT');
    expect(useAppStore.getState().language).toBe('en');
  });

  it('loads the seeded library, is ready, and records the storage persistence', async () => {
    await start('de-DE');
    const state = useAppStore.getState();
    expect(state.loadStatus).toBe('ready');
    expect(state.articles).toHaveLength(5);
    expect(state.storagePersistence).toBe('persistent');
  });

  it('builds the seed library only while seed articles are missing', async () => {
    const loadSeeds = vi.fn(loadBundledSeeds);
    await start('de-DE', loadSeeds);
    resetAppStore();
    await start('de-DE', loadSeeds);
    expect(loadSeeds).toHaveBeenCalledTimes(1);
    expect(useAppStore.getState().articles).toHaveLength(5);
  });

  it('does not bring back a seed article the user deleted', async () => {
    await start('de-DE');
    await db.articles.delete(BUNDLED_SEED_ARTICLE_IDS[0]!);
    resetAppStore();
    await start('de-DE');
    expect(useAppStore.getState().articles.map((article) => article.id)).not.toContain(
      BUNDLED_SEED_ARTICLE_IDS[0],
    );
    expect(useAppStore.getState().articles).toHaveLength(4);
  });

  it('opens a library holding an oversized article, listing it apart instead of showing it', async () => {
    await start('de-DE');
    const seed = (await db.articles.get(BUNDLED_SEED_ARTICLE_IDS[0]!))!;
    const blocks = Array.from({ length: 20_000 }, (_, index) => ({
      kind: 'paragraph' as const,
      text: `Zeile ${index}`,
    }));
    await db.articles.put({
      ...seed,
      id: 'art:riesig',
      title: 'Riesig',
      contentHash: 'f'.repeat(64),
      blocks,
    });
    resetAppStore();
    await start('de-DE');
    const state = useAppStore.getState();
    expect(state.loadStatus).toBe('ready');
    expect(state.articles).toHaveLength(5);
    expect(state.oversizedArticles).toEqual([
      expect.objectContaining({ id: 'art:riesig', title: 'Riesig', blockCount: 20_000 }),
    ]);
  });

  it('opens the article read last, and the newest one when that article is gone', async () => {
    await start('de-DE');
    const stop = syncSettings(db, useAppStore, () => undefined);
    const older = useAppStore.getState().articles[3]!;
    useAppStore.getState().selectArticle(older.id);
    await vi.waitFor(async () => expect(await readSetting(db, 'lastArticleId')).toBe(older.id));
    stop();
    resetAppStore();
    await start('de-DE');
    expect(useAppStore.getState().selectedArticleId).toBe(older.id);

    await db.articles.delete(older.id);
    resetAppStore();
    await start('de-DE');
    expect(useAppStore.getState().selectedArticleId).toBe(useAppStore.getState().articles[0]!.id);
  });

  it('shows a large library from its newest articles and the one read last first, then the whole list', async () => {
    const articles = Array.from({ length: FIRST_PAINT_ARTICLES + 40 }, (_unused, index) =>
      makeArticle({
        publishedOn: `20${String(10 + (index % 15)).padStart(2, '0')}-03-${String(1 + (index % 28)).padStart(2, '0')}`,
      }),
    );
    await db.articles.bulkAdd(articles);
    const oldest = [...articles].sort((a, b) => (a.publishedOn! < b.publishedOn! ? -1 : 1))[0]!;
    await writeSetting(db, 'lastArticleId', oldest.id);
    const counts: number[] = [];
    const stop = useAppStore.subscribe((state, previous) => {
      if (state.articles !== previous.articles) counts.push(state.articles.length);
    });
    let readyWith = 0;
    const stopReady = useAppStore.subscribe((state, previous) => {
      if (state.loadStatus === 'ready' && previous.loadStatus !== 'ready') readyWith = state.articles.length;
    });
    await start('de-DE');
    stop();
    stopReady();
    const state = useAppStore.getState();
    // Ready with a screenful (the newest, plus the article read last), complete when start-up resolves.
    expect(readyWith).toBe(FIRST_PAINT_ARTICLES + 1);
    expect(counts[counts.length - 1]).toBe(articles.length + 5);
    expect(state.articles).toHaveLength(articles.length + 5);
    expect(state.selectedArticleId).toBe(oldest.id);
    expect(state.articles[0]!.publishedOn! >= state.articles[1]!.publishedOn!).toBe(true);
  });

  it('restores the saved theme and pane sizes', async () => {
    await writeSetting(db, 'themePreference', 'dark');
    await writeSetting(db, 'paneSizes', { listWidthPx: 333 });
    await start('de-DE');
    expect(useAppStore.getState().themePreference).toBe('dark');
    expect(useAppStore.getState().paneSizes.listWidthPx).toBe(333);
  });

  it('ignores a damaged stored setting instead of trusting it', async () => {
    await db.settings.put({ key: 'uiLanguage', value: 'klingon' });
    expect(await readSetting(db, 'uiLanguage')).toBeUndefined();
    await start('de-CH');
    expect(useAppStore.getState().language).toBe('de');
  });

  it('shows a failure in the UI state and logs it exactly once', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await start('de-DE', () => {
      throw new Error('Seed file missing from the bundle: 000.txt');
    });
    const state = useAppStore.getState();
    expect(state.loadStatus).toBe('failed');
    expect(state.loadError).toBe('Seed file missing from the bundle: 000.txt');
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('saves language, theme and (debounced) pane sizes when the user changes them', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await start('de-DE');
      const stop = syncSettings(db, useAppStore, (error) => {
        throw error;
      });
      useAppStore.getState().setLanguage('en');
      useAppStore.getState().setThemePreference('light');
      useAppStore.getState().resizePane('sideWidthPx', 500);
      useAppStore.getState().resizePane('sideWidthPx', 520);
      vi.runAllTimers();
      stop();
      await vi.waitFor(async () =>
        expect(await readSetting(db, 'paneSizes')).toMatchObject({ sideWidthPx: 520 }),
      );
      expect(await readSetting(db, 'uiLanguage')).toBe('en');
      expect(await readSetting(db, 'themePreference')).toBe('light');
    } finally {
      vi.useRealTimers();
    }
  });
});
