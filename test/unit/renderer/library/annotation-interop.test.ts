// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KursnotizDatabase } from '../../../../renderer/db/database';
import { loadBundledSeeds } from '../../../../renderer/services/bundled-seeds';
import { storeSeedLibrary } from '../../../../renderer/services/seed-library';
import {
  buildAnnotationExport,
  importAnnotationFile,
} from '../../../../renderer/library/services/annotation-interop';
import { fillLibrary } from '../../../fixtures/library/make-library';

let counter = 0;
const opened: KursnotizDatabase[] = [];
function freshDatabase(): KursnotizDatabase {
  counter += 1;
  const db = openDatabase(`interop-test-${counter}`);
  opened.push(db);
  return db;
}

describe('W3C annotation export and import between libraries', () => {
  let source: KursnotizDatabase;
  beforeEach(() => {
    source = freshDatabase();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.delete()));
  });

  it('export → import into an empty profile with the same articles gives identical annotations', async () => {
    const { articles, annotations } = await fillLibrary(source);
    const file = buildAnnotationExport(
      annotations,
      articles,
      { scope: 'all', articleId: null, tag: null },
      1_763_712_000_000,
    );
    expect(file.count).toBe(3);

    const target = freshDatabase();
    await storeSeedLibrary(target, loadBundledSeeds());
    const result = await importAnnotationFile(target, file.json, 1_800_000_000_000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.imported).toHaveLength(3);
    expect(result.report.orphaned).toEqual([]);
    expect(await target.annotations.toArray()).toEqual(await source.annotations.toArray());
  });

  it('a second import of the same file adds nothing and reports every item as already present', async () => {
    const { articles, annotations } = await fillLibrary(source);
    const file = buildAnnotationExport(
      annotations,
      articles,
      { scope: 'all', articleId: null, tag: null },
      1,
    );
    const result = await importAnnotationFile(source, file.json, 2);
    expect(result.ok && result.report.alreadyPresent.map((item) => item.annotationId).sort()).toEqual([
      'a-1',
      'a-2',
      'a-3',
    ]);
    expect(await source.annotations.count()).toBe(3);
  });

  it('exports only the current article and tag when asked', async () => {
    const { articles, annotations } = await fillLibrary(source);
    const first = articles[0]!.id;
    expect(
      buildAnnotationExport(annotations, articles, { scope: 'article', articleId: first, tag: null }, 1)
        .count,
    ).toBe(2);
    const risk = buildAnnotationExport(
      annotations,
      articles,
      { scope: 'all', articleId: null, tag: 'risk' },
      1,
    );
    expect(risk.count).toBe(1);
    expect(risk.json).toContain('"value": "risk"');
    expect(risk.json).not.toContain('"value": "catalyst"');
  });

  it('an annotation whose article is missing is reported, not stored; the rest is', async () => {
    const { articles, annotations } = await fillLibrary(source);
    const file = buildAnnotationExport(
      annotations,
      articles,
      { scope: 'all', articleId: null, tag: null },
      1,
    );
    const target = freshDatabase();
    await storeSeedLibrary(target, loadBundledSeeds());
    await target.articles.delete(articles[1]!.id);
    const result = await importAnnotationFile(target, file.json, 2);
    expect(result.ok && result.report.unknownArticle.map((item) => item.annotationId)).toEqual(['a-3']);
    expect((await target.annotations.toArray()).map((item) => item.id).sort()).toEqual(['a-1', 'a-2']);
  });

  it('a file that is not JSON is refused with the reason and stores nothing', async () => {
    await fillLibrary(source);
    const result = await importAnnotationFile(source, '{"type": "AnnotationCollection", "fir', 2);
    expect(result.ok ? null : result.error.code).toBe('not-json');
    expect(await source.annotations.count()).toBe(3);
  });

  it('a failed write stores none of the file (one transaction)', async () => {
    const { articles, annotations } = await fillLibrary(source);
    const file = buildAnnotationExport(
      annotations,
      articles,
      { scope: 'all', articleId: null, tag: null },
      1,
    );
    const target = freshDatabase();
    await storeSeedLibrary(target, loadBundledSeeds());
    // The third item's write fails (a hook throwing like a full disk would); the first two must not stay.
    target.annotations.hook('creating', (primaryKey) => {
      if (primaryKey === 'a-3') throw new Error('disk full');
    });
    await expect(importAnnotationFile(target, file.json, 2)).rejects.toThrow();
    expect(await target.annotations.count()).toBe(0);
  });
});
