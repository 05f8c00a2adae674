// @vitest-environment node
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type KursnotizDatabase } from '../../../../renderer/db/database';
import {
  countArticleDependents,
  deleteArticle,
  restoreDeletedArticle,
} from '../../../../renderer/db/article-deletion';
import { readLibraryArticles } from '../../../../renderer/db/article-repository';
import { listAnnotations } from '../../../../renderer/db/annotation-repository';
import { listLevels, putLevels } from '../../../../renderer/db/level-repository';
import { makeAnnotation } from '../../../../shared/annotations/make-annotation';
import { articleText, type Article } from '../../../../shared/model/article';
import type { PriceLevel } from '../../../../shared/model/level';
import { makeArticle } from '../../../fixtures/factories/article';

let counter = 0;
const opened: Dexie[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function open(): KursnotizDatabase {
  const db = openDatabase(`article-deletion-${++counter}`);
  opened.push(db);
  return db;
}

function levelOf(article: Article, id: string): PriceLevel {
  return {
    id,
    kind: 'target',
    value: 205,
    currency: 'USD',
    listing: 'NYSE:BABA',
    asOf: null,
    source: { articleId: article.id, startCodePoints: 0, endCodePoints: 5, exact: 'Testa' },
    origin: 'seed',
  };
}

function annotationOf(article: Article, id: string) {
  return makeAnnotation({
    id,
    articleId: article.id,
    articleText: articleText(article.blocks),
    startCodePoints: 0,
    endCodePoints: 10,
    tags: ['risiko'],
    note: 'Meine Notiz',
    nowMs: 1000,
  });
}

async function libraryWithTwoArticles() {
  const db = open();
  const doomed = makeArticle();
  const kept = makeArticle();
  await db.articles.bulkAdd([doomed, kept]);
  await db.annotations.bulkAdd([
    annotationOf(doomed, 'a1'),
    annotationOf(doomed, 'a2'),
    annotationOf(kept, 'a3'),
  ]);
  await putLevels(db, [levelOf(doomed, 'l1'), levelOf(kept, 'l2')]);
  return { db, doomed, kept };
}

describe('deleting an article', () => {
  it('counts what goes with it, deletes it with its annotations and levels, and leaves the others', async () => {
    const { db, doomed, kept } = await libraryWithTwoArticles();
    expect(await countArticleDependents(db, doomed.id)).toEqual({ annotationCount: 2, levelCount: 1 });

    const deletion = await deleteArticle(db, doomed.id);

    expect(deletion.isDeleted).toBe(true);
    expect((await readLibraryArticles(db)).articles.map((article) => article.id)).toEqual([kept.id]);
    expect((await listAnnotations(db)).annotations.map((annotation) => annotation.id)).toEqual(['a3']);
    expect((await listLevels(db)).map((level) => level.id)).toEqual(['l2']);
  });

  it('puts the article back with its annotations, notes and levels on undo', async () => {
    const { db, doomed } = await libraryWithTwoArticles();
    const { undo } = await deleteArticle(db, doomed.id);
    await restoreDeletedArticle(db, undo!);

    expect(await db.articles.get(doomed.id)).toEqual(doomed);
    const notes = (await listAnnotations(db)).annotations.filter((item) => item.articleId === doomed.id);
    expect(notes.map((item) => [item.id, item.note])).toEqual([
      ['a1', 'Meine Notiz'],
      ['a2', 'Meine Notiz'],
    ]);
    expect((await listLevels(db)).map((level) => level.id).sort()).toEqual(['l1', 'l2']);
  });

  it('deletes without keeping an undo copy when asked, and reports an unknown id as not deleted', async () => {
    const { db, doomed } = await libraryWithTwoArticles();
    expect(await deleteArticle(db, doomed.id, false)).toEqual({ isDeleted: true, undo: null });
    expect(await deleteArticle(db, doomed.id)).toEqual({ isDeleted: false, undo: null });
  });
});

describe('reading a library that holds an oversized article', () => {
  it('lists an article beyond the limits apart, with its size, and hands only the others on', async () => {
    const db = open();
    const normal = makeArticle({ title: 'Normal' });
    const huge = makeArticle({
      title: 'Riesig',
      blocks: Array.from({ length: 12 }, (_, index) => ({
        kind: 'paragraph' as const,
        text: `Zeile ${index}`,
      })),
    });
    const long = makeArticle({ title: 'Lang', blocks: [{ kind: 'paragraph', text: 'x'.repeat(101) }] });
    await db.articles.bulkAdd([normal, huge, long]);

    const library = await readLibraryArticles(db, { maxBlocks: 10, maxCharacters: 100 });

    expect(library.articles.map((article) => article.title)).toEqual(['Normal']);
    expect(library.oversized).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: 'Riesig', blockCount: 12, characterCount: 86 }),
        expect.objectContaining({ title: 'Lang', blockCount: 1, characterCount: 101 }),
      ]),
    );
  });
});
