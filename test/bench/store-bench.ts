// Dexie against raw IndexedDB on the same page: one bulk write of the generated 10,000 annotations into the
// app's annotations table (Dexie: the app's own schema and its bulk path, as the annotation import and a
// restore use it) and into a raw object store with the same key path, indexes and strict durability.
// Runs alternate (Dexie, raw, Dexie, …) so both sides see the same machine state.
import type { Annotation } from '../../shared/model/annotation';
import { openDatabase } from '../../renderer/db/database';
import { anchorGeneratedAnnotations } from './library/anchor-generated';
import { generateLibrary } from './library/library-generator';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** The generated annotations, anchored on the generated texts (one block per article is enough here). */
function makeAnnotations(): Annotation[] {
  const library = generateLibrary();
  const articles = library.articles.map((article) => ({
    id: article.fileName,
    fileName: article.fileName,
    blocks: [{ kind: 'paragraph' as const, text: article.text }],
  }));
  return anchorGeneratedAnnotations(library, articles);
}

async function timeDexie(annotations: readonly Annotation[], name: string): Promise<number> {
  const db = openDatabase(name);
  await db.open();
  const started = performance.now();
  await db.transaction('rw', db.annotations, () => db.annotations.bulkAdd([...annotations]));
  const ms = performance.now() - started;
  const count = await db.annotations.count();
  db.close();
  await db.delete();
  if (count !== annotations.length) throw new Error(`Dexie stored ${count} of ${annotations.length}`);
  return ms;
}

async function timeRaw(annotations: readonly Annotation[], name: string): Promise<number> {
  const opening = indexedDB.open(name, 1);
  // The same store the app's schema declares: 'id, articleId, *tags, createdAtMs, modifiedAtMs'.
  opening.onupgradeneeded = () => {
    const store = opening.result.createObjectStore('annotations', { keyPath: 'id' });
    store.createIndex('articleId', 'articleId');
    store.createIndex('tags', 'tags', { multiEntry: true });
    store.createIndex('createdAtMs', 'createdAtMs');
    store.createIndex('modifiedAtMs', 'modifiedAtMs');
  };
  const db = await requestDone(opening);
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('annotations', 'readwrite', { durability: 'strict' });
    const store = transaction.objectStore('annotations');
    for (const annotation of annotations) store.add(annotation);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('raw write failed'));
  });
  const ms = performance.now() - started;
  const count = await requestDone(db.transaction('annotations').objectStore('annotations').count());
  db.close();
  await requestDone(indexedDB.deleteDatabase(name));
  if (count !== annotations.length) throw new Error(`raw IndexedDB stored ${count} of ${annotations.length}`);
  return ms;
}

declare global {
  interface Window {
    runStoreBench: (runs: number) => Promise<{ count: number; dexieMs: number; rawMs: number }>;
  }
}

window.runStoreBench = async (runs) => {
  const annotations = makeAnnotations();
  const dexie: number[] = [];
  const raw: number[] = [];
  await timeDexie(annotations, 'bench-warm-dexie'); // warm-up: JIT, the storage backend's first files
  await timeRaw(annotations, 'bench-warm-raw');
  for (let run = 0; run < runs; run += 1) {
    dexie.push(await timeDexie(annotations, `bench-dexie-${run}`));
    raw.push(await timeRaw(annotations, `bench-raw-${run}`));
  }
  return { count: annotations.length, dexieMs: median(dexie), rawMs: median(raw) };
};
