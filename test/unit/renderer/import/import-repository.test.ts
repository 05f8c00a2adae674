// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KursnotizDatabase } from '../../../../renderer/db/database';
import {
  listArticleKeys,
  rememberStored,
  storeImportedArticle,
  storeImportedArticles,
} from '../../../../renderer/db/import-repository';
import { toLevelRecord } from '../../../../renderer/db/level-repository';
import { makeAnnotation } from '../../../../shared/annotations/make-annotation';
import type { ArticleDraft } from '../../../../shared/import/article-draft';
import { contentHashOf } from '../../../../shared/import/content-hash';
import { articleText, type TextBlock } from '../../../../shared/model/article';
import type { PriceLevel } from '../../../../shared/model/level';

let db: KursnotizDatabase;
let counter = 0;

function draft(paragraphs: string[], overrides: Partial<ArticleDraft> = {}): ArticleDraft {
  const blocks: TextBlock[] = paragraphs.map((text) => ({ kind: 'paragraph', text }));
  return {
    title: 'Alibaba hebt die Prognose an',
    source: 'Börsenblick',
    publishedOn: '2026-01-05',
    dateConfidence: 'stated',
    dateSource: 'html-meta',
    dateReason: 'stated',
    language: 'de',
    blocks,
    contentHash: contentHashOf(blocks),
    fileName: 'alibaba-prognose.html',
    format: 'html',
    ...overrides,
  };
}

const FIRST = [
  'Alibaba hat am Freitag die Jahresprognose angehoben.',
  'Analysten sehen das Kursziel bei 205 Dollar, der Schlusskurs lag bei 155,74 Dollar.',
  'Die Cloud-Sparte wuchs um 26 Prozent.',
];

beforeEach(() => {
  counter += 1;
  db = openDatabase(`import-repository-${counter}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('storeImportedArticle', () => {
  it('stores a new article once; the same text again is a duplicate and nothing is written twice', async () => {
    const library = await listArticleKeys(db);
    const first = await storeImportedArticle(db, draft(FIRST), 1_000, library);
    rememberStored(library, draft(FIRST), first);
    // Same text from another file name (e.g. the UTF-16 copy): still the same article.
    const again = await storeImportedArticle(
      db,
      draft(FIRST, { fileName: 'kopie.txt', format: 'txt' }),
      2_000,
      library,
    );
    expect(first.status).toBe('imported');
    expect(again).toEqual({ status: 'duplicate', articleId: first.articleId });
    expect(await db.articles.count()).toBe(1);
    expect((await db.articles.get(first.articleId))?.addedAtMs).toBe(1_000);
  });

  it('replaces an earlier version from the same file and re-anchors annotations and levels, reporting orphans', async () => {
    const library = await listArticleKeys(db);
    const original = draft(FIRST);
    const stored = await storeImportedArticle(db, original, 1_000, library);
    rememberStored(library, original, stored);
    const oldText = articleText(original.blocks);
    const targetStart = Array.from(oldText).join('').indexOf('Kursziel bei 205 Dollar');
    const kept = makeAnnotation({
      id: 'a-kept',
      articleId: stored.articleId,
      articleText: oldText,
      startCodePoints: targetStart,
      endCodePoints: targetStart + 'Kursziel bei 205 Dollar'.length,
      nowMs: 1_000,
    });
    const cloudStart = oldText.indexOf('Die Cloud-Sparte wuchs um 26 Prozent.');
    const lost = makeAnnotation({
      id: 'a-lost',
      articleId: stored.articleId,
      articleText: oldText,
      startCodePoints: cloudStart,
      endCodePoints: cloudStart + 'Die Cloud-Sparte wuchs um 26 Prozent.'.length,
      nowMs: 1_000,
    });
    await db.annotations.bulkPut([kept, lost]);
    const level: PriceLevel = {
      id: 'lvl-205',
      kind: 'target',
      value: 205,
      currency: 'USD',
      listing: 'NYSE:BABA',
      asOf: null,
      source: {
        articleId: stored.articleId,
        startCodePoints: targetStart + 'Kursziel bei '.length,
        endCodePoints: targetStart + 'Kursziel bei 205'.length,
        exact: '205',
      },
      origin: 'extracted',
    };
    await db.levels.put(toLevelRecord(level));

    // The update inserts a paragraph in front and drops the cloud sentence.
    const updated = draft(['Aktualisiert um 18 Uhr.', ...FIRST.slice(0, 2)], {
      title: 'Alibaba hebt die Prognose an (aktualisiert)',
    });
    const outcome = await storeImportedArticle(db, updated, 5_000, library);

    expect(outcome).toEqual({
      status: 'updated',
      articleId: stored.articleId,
      reanchoredCount: 1,
      orphanCount: 1,
    });
    expect(await db.articles.count()).toBe(1);
    const article = await db.articles.get(stored.articleId);
    expect(article?.contentHash).toBe(updated.contentHash);
    expect(article?.addedAtMs).toBe(1_000);
    const newText = articleText(updated.blocks);
    const moved = await db.annotations.get('a-kept');
    const movedCodePoints = Array.from(newText);
    expect(movedCodePoints.slice(moved!.position.start, moved!.position.end).join('')).toBe(
      'Kursziel bei 205 Dollar',
    );
    expect(moved?.position.start).toBeGreaterThan(kept.position.start);
    // The orphan keeps its quote untouched, so nothing the user wrote is lost.
    expect(await db.annotations.get('a-lost')).toEqual(lost);
    const movedLevel = await db.levels.get('lvl-205');
    expect(
      movedCodePoints.slice(movedLevel!.source.startCodePoints, movedLevel!.source.endCodePoints).join(''),
    ).toBe('205');
  });

  it('treats the same title from the same source as an earlier version, whatever the file name', async () => {
    const library = await listArticleKeys(db);
    const first = await storeImportedArticle(db, draft(FIRST), 1_000, library);
    rememberStored(library, draft(FIRST), first);
    const second = await storeImportedArticle(
      db,
      draft(FIRST.slice(0, 2), { fileName: 'neu.pdf', format: 'pdf' }),
      2_000,
      library,
    );
    expect(second.status).toBe('updated');
    expect(await db.articles.count()).toBe(1);
  });

  it('leaves the stored article, annotations and levels unchanged when a write in the update fails', async () => {
    const library = await listArticleKeys(db);
    const original = draft(FIRST);
    const stored = await storeImportedArticle(db, original, 1_000, library);
    rememberStored(library, original, stored);
    const text = articleText(original.blocks);
    await db.annotations.put(
      makeAnnotation({
        id: 'a1',
        articleId: stored.articleId,
        articleText: text,
        startCodePoints: 0,
        endCodePoints: 7,
        nowMs: 1,
      }),
    );
    await db.levels.put(
      toLevelRecord({
        id: 'lvl',
        kind: 'target',
        value: 205,
        currency: 'USD',
        listing: 'NYSE:BABA',
        asOf: null,
        source: { articleId: stored.articleId, startCodePoints: 0, endCodePoints: 7, exact: 'Alibaba' },
        origin: 'extracted',
      }),
    );
    // The update's last write (the re-anchored level) fails, as a full disk would make it.
    db.levels.hook('updating', () => {
      throw new Error('QuotaExceededError: disk full');
    });
    const before = { articles: await db.articles.toArray(), annotations: await db.annotations.toArray() };

    await expect(
      storeImportedArticle(db, draft(['Alibaba hat die Prognose gesenkt.', FIRST[1]!]), 9_000, library),
    ).rejects.toThrow(/disk full/u);
    expect(await db.articles.toArray()).toEqual(before.articles);
    expect(await db.annotations.toArray()).toEqual(before.annotations);
  });
});

describe('storeImportedArticles', () => {
  it('stores a batch in order: a repeat within the batch is a duplicate, a changed same-name file an update', async () => {
    const library = await listArticleKeys(db);
    const other = draft(['Tencent meldet Zahlen.'], { title: 'Tencent', fileName: 'tencent.txt' });
    const outcomes = await storeImportedArticles(
      db,
      [draft(FIRST), other, draft(FIRST), draft(FIRST.slice(0, 2), { title: 'Neu' })],
      1_000,
      library,
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'imported',
      'imported',
      'duplicate',
      'updated',
    ]);
    expect(outcomes[2]!.articleId).toBe(outcomes[0]!.articleId);
    expect(outcomes[3]!.articleId).toBe(outcomes[0]!.articleId);
    expect(await db.articles.count()).toBe(2);
    // The batch's keys are known afterwards: the same text again is a duplicate of the stored one.
    expect(library.map((key) => key.title).sort()).toEqual(['Neu', 'Tencent']);
    const again = await storeImportedArticles(
      db,
      [draft(FIRST.slice(0, 2), { title: 'Neu' })],
      2_000,
      library,
    );
    expect(again).toEqual([{ status: 'duplicate', articleId: outcomes[0]!.articleId }]);
  });

  it('stores nothing of the batch and keeps the library keys when one write fails', async () => {
    const library = await listArticleKeys(db);
    const kept = await storeImportedArticles(db, [draft(FIRST)], 1_000, library);
    const before = await db.articles.toArray();
    db.articles.hook('creating', (_key, article) => {
      if (article.fileName === 'kaputt.txt') throw new Error('QuotaExceededError: disk full');
    });
    const good = draft(['Tencent meldet Zahlen.'], { title: 'Tencent', fileName: 'tencent.txt' });
    const bad = draft(['JD.com meldet Zahlen.'], { title: 'JD', fileName: 'kaputt.txt' });

    await expect(storeImportedArticles(db, [good, bad], 2_000, library)).rejects.toThrow(/disk full/u);
    expect(await db.articles.toArray()).toEqual(before);
    expect(library.map((key) => key.id)).toEqual([kept[0]!.articleId]);
  });
});
