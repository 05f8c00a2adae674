// @vitest-environment node
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type KursnotizDatabase } from '../../../../renderer/db/database';
import {
  listAnnotations,
  listAnnotationsForArticle,
  listAnnotationsWithTag,
  writeAnnotationChange,
} from '../../../../renderer/db/annotation-repository';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/db/schema';
import { makeAnnotation } from '../../../../shared/annotations/make-annotation';
import { articleText } from '../../../../shared/model/article';
import { makeArticle } from '../../../fixtures/factories/article';

// The version-1 schema exactly as release 1 shipped it: this test must keep opening such a profile.
const V1_STORES = {
  articles: 'id, &contentHash, publishedOn, addedAtMs',
  levels: 'id, articleId, listing',
  quoteSeries: 'listing',
  settings: 'key',
};

let counter = 0;
const opened: Dexie[] = [];
const freshName = () => `annotation-repo-${++counter}`;

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function open(name: string): KursnotizDatabase {
  const db = openDatabase(name);
  opened.push(db);
  return db;
}

function annotationOn(articleId: string, text: string, tags: string[], nowMs = 1000) {
  return makeAnnotation({
    id: `a-${nowMs}`,
    articleId,
    articleText: text,
    startCodePoints: 0,
    endCodePoints: 8,
    tags,
    nowMs,
  });
}

describe('schema migration 1 → 2', () => {
  it('opens a version-1 profile with its data intact and adds the annotations table', async () => {
    const name = freshName();
    const article = makeArticle();
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    await v1.table('articles').add(article);
    await v1.table('settings').put({ key: 'uiLanguage', value: 'en' });
    await v1.table('levels').put({ id: 'lvl-1', articleId: article.id, listing: 'NYSE:BABA', value: 205 });
    v1.close();

    const db = open(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.articles.get(article.id)).toEqual(article);
    expect(await db.settings.get('uiLanguage')).toEqual({ key: 'uiLanguage', value: 'en' });
    expect((await db.levels.get('lvl-1'))?.value).toBe(205);
    expect(await db.annotations.count()).toBe(0);

    const annotation = annotationOn(article.id, articleText(article.blocks), ['risk', 'Cloud']);
    await writeAnnotationChange(db, { put: annotation });
    expect((await listAnnotations(db)).annotations).toEqual([annotation]);
  });
});

describe('annotation repository', () => {
  it('finds annotations by article and by each of their tags, and deletes them', async () => {
    const db = open(freshName());
    const text = 'Alibaba meldet starke Cloud-Zahlen.';
    const first = annotationOn('art:1', text, ['bullish', 'Cloud'], 1);
    const second = annotationOn('art:2', text, ['risk'], 2);
    await writeAnnotationChange(db, { put: first });
    await writeAnnotationChange(db, { put: second });

    expect((await listAnnotationsForArticle(db, 'art:1')).map((a) => a.id)).toEqual([first.id]);
    expect((await listAnnotationsWithTag(db, 'Cloud')).map((a) => a.id)).toEqual([first.id]);
    expect((await listAnnotationsWithTag(db, 'risk')).map((a) => a.id)).toEqual([second.id]);

    await writeAnnotationChange(db, { deleteId: first.id });
    expect((await listAnnotations(db)).annotations.map((a) => a.id)).toEqual([second.id]);
  });

  it('reports a damaged record instead of failing, and keeps it on disk', async () => {
    const db = open(freshName());
    const good = annotationOn('art:1', 'Alibaba meldet Zahlen.', ['question']);
    await writeAnnotationChange(db, { put: good });
    // A record with an inverted range, as a buggy older build or a hand-edited profile could leave it.
    await db.annotations.put({
      ...good,
      id: 'broken',
      position: { type: 'TextPositionSelector', start: 9, end: 2 },
    });

    const { annotations, damaged } = await listAnnotations(db);
    expect(annotations.map((a) => a.id)).toEqual([good.id]);
    expect(damaged.map((d) => d.id)).toEqual(['broken']);
    expect(await db.annotations.count()).toBe(2);
  });
});
