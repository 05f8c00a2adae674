// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KursnotizDatabase } from '../../../../renderer/db/database';
import { runImport, type ImportSource } from '../../../../renderer/import/services/import-controller';
import {
  parseBrowserFiles,
  type BrowserFile,
} from '../../../../renderer/import/services/parse-browser-files';
import { initialImportState, useImportStore } from '../../../../renderer/import/import-store';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import type { ParsedImportFile } from '../../../../shared/import-pipeline/parsed-import-file';
import { makeNodeArticleDeps } from '../../shared/import/helpers/node-article-deps';

const FIXTURES = new URL('../../../fixtures/import/', import.meta.url);
let db: KursnotizDatabase;
let counter = 0;

function fixtureFile(path: string): BrowserFile & { readCount: number } {
  const bytes = readFileSync(new URL(path, FIXTURES));
  const file = {
    name: path.split('/').pop()!,
    size: bytes.length,
    lastModified: Date.UTC(2026, 0, 5),
    readCount: 0,
    arrayBuffer: () => {
      file.readCount += 1;
      return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    },
  };
  return file;
}

function sourceOf(files: BrowserFile[]): ImportSource {
  return { totalCount: files.length, files: parseBrowserFiles(files, makeNodeArticleDeps()) };
}

beforeEach(() => {
  counter += 1;
  db = openDatabase(`import-controller-${counter}`);
  resetAppStore();
  useImportStore.setState(initialImportState);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('runImport', () => {
  it('reports every file of a mixed batch and stores only the good articles', async () => {
    const files = [
      fixtureFile('txt/windows-1252.txt'),
      fixtureFile('bad/empty.txt'),
      fixtureFile('txt/utf16le-bom.txt'),
      fixtureFile('bad/encrypted.pdf'),
      fixtureFile('csv/BABA.csv'),
      fixtureFile('md/alibaba-analyse-frontmatter.md'),
    ];
    const outcomes = await runImport(
      { db, appStore: useAppStore, importStore: useImportStore },
      sourceOf(files),
    );

    expect(outcomes.map((line) => [line.fileName, line.status])).toEqual([
      ['windows-1252.txt', 'imported'],
      ['empty.txt', 'rejected'],
      ['utf16le-bom.txt', 'duplicate'],
      ['encrypted.pdf', 'rejected'],
      ['BABA.csv', 'series-pending'],
      ['alibaba-analyse-frontmatter.md', 'imported'],
    ]);
    expect(await db.articles.count()).toBe(2);
    const state = useImportStore.getState();
    expect(state.progress).toBeNull();
    expect(state.pendingPreviews.map((preview) => preview.stats.barsKept)).toEqual([125]);
    // The library on screen shows the new articles and the reader opens the first one.
    expect(useAppStore.getState().articles).toHaveLength(2);
    expect(useAppStore.getState().selectedArticleId).toBe(
      outcomes[0]!.status === 'imported' ? outcomes[0]!.articleId : null,
    );
  });

  it('never reads a file that is too large or of an unsupported type', async () => {
    const huge = { ...fixtureFile('txt/utf8-bom.txt'), size: 21 * 1024 * 1024 };
    const sheet = fixtureFile('e2e/kursliste.xlsx');
    const outcomes = await runImport(
      { db, appStore: useAppStore, importStore: useImportStore },
      sourceOf([huge, sheet]),
    );
    expect(outcomes.map((line) => (line.status === 'rejected' ? line.rejection.code : line.status))).toEqual([
      'too-large',
      'unsupported-type',
    ]);
    expect(huge.readCount + sheet.readCount).toBe(0);
  });

  it('stops after the current file when the user cancels; the files not reached are not stored', async () => {
    async function* slowFiles(): AsyncGenerator<ParsedImportFile> {
      for (const path of ['txt/windows-1252.txt', 'md/alibaba-analyse-frontmatter.md']) {
        for await (const parsed of parseBrowserFiles([fixtureFile(path)], makeNodeArticleDeps()))
          yield parsed;
        useImportStore.getState().requestCancel();
      }
    }
    const outcomes = await runImport(
      { db, appStore: useAppStore, importStore: useImportStore },
      {
        totalCount: 2,
        files: slowFiles(),
        fileNames: ['windows-1252.txt', 'alibaba-analyse-frontmatter.md'],
      },
    );
    expect(
      outcomes.map((line) => [line.fileName, line.status === 'rejected' ? line.rejection.code : line.status]),
    ).toEqual([
      ['windows-1252.txt', 'imported'],
      ['alibaba-analyse-frontmatter.md', 'cancelled'],
    ]);
    expect(await db.articles.count()).toBe(1);
  });

  it('reports a changed file of the same name as updated and asks for the re-anchored annotations to reload', async () => {
    let reloads = 0;
    const deps = {
      db,
      appStore: useAppStore,
      importStore: useImportStore,
      onAnnotationsReanchored: () => {
        reloads += 1;
        return Promise.resolve();
      },
    };
    const version = (text: string): BrowserFile => {
      const bytes = new TextEncoder().encode(text);
      return {
        name: 'notiz.md',
        size: bytes.length,
        lastModified: 0,
        arrayBuffer: () => Promise.resolve(bytes.buffer),
      };
    };
    await runImport(deps, sourceOf([version('# Alibaba\n\nDie Cloud wächst um 26 Prozent.')]));
    const outcomes = await runImport(
      deps,
      sourceOf([version('# Alibaba\n\nDie Cloud wächst um 34 Prozent.')]),
    );
    expect(outcomes.map((line) => line.status)).toEqual(['updated']);
    expect(await db.articles.count()).toBe(1);
    expect(reloads).toBe(1);
  });

  it('stores the rest of a batch when one article cannot be written, and reports that file alone', async () => {
    const text = (name: string, body: string): BrowserFile => {
      const bytes = new TextEncoder().encode(body);
      return { name, size: bytes.length, lastModified: 0, arrayBuffer: () => Promise.resolve(bytes.buffer) };
    };
    db.articles.hook('creating', (_key, article) => {
      if (article.fileName === 'kaputt.txt') throw new Error('QuotaExceededError: disk full');
    });
    const files = [
      text('eins.txt', 'Alibaba\n\nDie Cloud wächst.'),
      text('kaputt.txt', 'JD.com\n\nDer Umsatz sinkt.'),
      fixtureFile('bad/empty.txt'),
      text('drei.txt', 'Tencent\n\nDie Spiele laufen gut.'),
    ];
    const outcomes = await runImport(
      { db, appStore: useAppStore, importStore: useImportStore },
      sourceOf(files),
    );
    expect(
      outcomes.map((line) => [line.fileName, line.status === 'rejected' ? line.rejection.code : line.status]),
    ).toEqual([
      ['eins.txt', 'imported'],
      ['kaputt.txt', 'store-failed'],
      ['empty.txt', 'empty'],
      ['drei.txt', 'imported'],
    ]);
    expect((await db.articles.toArray()).map((article) => article.fileName).sort()).toEqual([
      'drei.txt',
      'eins.txt',
    ]);
  });
});
