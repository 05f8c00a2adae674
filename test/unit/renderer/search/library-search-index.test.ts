import { describe, expect, it } from 'vitest';
import { LibrarySearchIndex } from '../../../../renderer/search/library-search-index';
import { editAnnotation, makeAnnotation } from '../../../../shared/annotations/make-annotation';
import { articleText, type Article } from '../../../../shared/model/article';
import type { Annotation } from '../../../../shared/model/annotation';
import { makeArticle } from '../../../fixtures/factories/article';

const cloud = makeArticle({
  title: 'Cloud',
  blocks: [
    { kind: 'heading', text: 'Das Cloud-Geschäft zieht an' },
    { kind: 'paragraph', text: 'Die Umsätze der Cloudsparte stiegen um 34 Prozent.' },
    { kind: 'paragraph', text: 'Analysten bleiben vorerst zuversichtlich.' },
  ],
});
const regulation = makeArticle({
  title: 'Regulierung',
  blocks: [{ kind: 'paragraph', text: 'Die Regulierung in Peking bleibt ein Risiko für das Geschäft.' }],
});

function highlight(article: Article, phrase: string, note = ''): Annotation {
  const text = articleText(article.blocks);
  const start = text.indexOf(phrase);
  const annotation = makeAnnotation({
    id: `ann:${phrase}`,
    articleId: article.id,
    articleText: text,
    startCodePoints: start,
    endCodePoints: start + phrase.length,
    tags: ['bullish'],
    nowMs: 1,
  });
  return note ? editAnnotation(annotation, { note }, 2) : annotation;
}

/** The ids of the documents a query finds, in the order found. */
function ids(index: LibrarySearchIndex, query: string): string[] {
  return index.search(query).map((hit) => hit.document.id);
}

describe('LibrarySearchIndex', () => {
  it('finds article text per block, with German matching', () => {
    const index = new LibrarySearchIndex();
    index.sync([cloud, regulation], []);
    // A stem variant and its umlaut-free spelling both find the plural in the text.
    expect(ids(index, 'Umsatz')).toEqual([`text:${cloud.id}:1`]);
    expect(ids(index, 'umsaetze')).toEqual([`text:${cloud.id}:1`]);
    // Folding: "Geschaeft" finds "Geschäft" alone and inside "Cloud-Geschäft".
    expect(ids(index, 'Geschaeft').sort()).toEqual([`text:${cloud.id}:0`, `text:${regulation.id}:0`].sort());
    // Prefix: "Cloud" finds the compounds "Cloud-Geschäft" and "Cloudsparte".
    expect(ids(index, 'Cloud').sort()).toEqual([`text:${cloud.id}:0`, `text:${cloud.id}:1`].sort());
    expect(ids(index, 'Cloudgeschäft')).toEqual([`text:${cloud.id}:0`]);
    // Every word must match.
    expect(ids(index, 'Geschäft Peking')).toEqual([`text:${regulation.id}:0`]);
    expect(ids(index, 'Geschäft Tokio')).toEqual([]);
  });

  it('reports the matched index terms of a hit', () => {
    const index = new LibrarySearchIndex();
    index.sync([cloud], []);
    const [hit] = index.search('Umsatz');
    expect(hit?.terms).toEqual(['umsatz']);
  });

  it('adds, replaces and removes an annotation as the store changes', () => {
    const index = new LibrarySearchIndex();
    const quote = highlight(cloud, 'Analysten bleiben vorerst zuversichtlich');
    expect(index.sync([cloud], [quote])).toEqual({ added: 4, removed: 0 });
    expect(ids(index, 'zuversichtlich').sort()).toEqual([`quote:${quote.id}`, `text:${cloud.id}:2`]);

    // Writing a note adds its document; the quote's is replaced with it (one annotation changed).
    const noted = editAnnotation(quote, { note: 'Kursziele **deutlich** über dem Schlusskurs' }, 3);
    expect(index.sync([cloud], [noted])).toEqual({ added: 2, removed: 1 });
    expect(ids(index, 'Kursziel')).toEqual([`note:${quote.id}`]);
    expect(ids(index, 'deutlich')).toEqual([`note:${quote.id}`]);

    // Editing the note: the old words are gone, the new ones found.
    const edited = editAnnotation(noted, { note: 'Nachholpotenzial' }, 4);
    index.sync([cloud], [edited]);
    expect(ids(index, 'Kursziel')).toEqual([]);
    expect(ids(index, 'Nachholpotenzial')).toEqual([`note:${quote.id}`]);

    // A change of tags only leaves the documents alone.
    expect(index.sync([cloud], [{ ...edited, tags: ['risk'] }])).toEqual({ added: 0, removed: 0 });

    // Deleting the annotation removes its quote and note.
    expect(index.sync([cloud], [])).toEqual({ added: 0, removed: 2 });
    expect(ids(index, 'Nachholpotenzial')).toEqual([]);
    expect(ids(index, 'zuversichtlich')).toEqual([`text:${cloud.id}:2`]);
  });

  it('adds, replaces and removes an article as the store changes', () => {
    const index = new LibrarySearchIndex();
    index.sync([cloud], []);
    expect(ids(index, 'Peking')).toEqual([]);

    expect(index.sync([cloud, regulation], [])).toEqual({ added: 1, removed: 0 });
    expect(ids(index, 'Peking')).toEqual([`text:${regulation.id}:0`]);

    // New text under the same id replaces the article's blocks.
    const rewritten: Article = {
      ...regulation,
      blocks: [{ kind: 'paragraph', text: 'Shanghai meldet neue Auflagen.' }],
    };
    expect(index.sync([cloud, rewritten], [])).toEqual({ added: 1, removed: 1 });
    expect(ids(index, 'Peking')).toEqual([]);
    expect(ids(index, 'Auflage')).toEqual([`text:${regulation.id}:0`]);

    // The same text in a new object (e.g. a new title) is not indexed again.
    expect(index.sync([cloud, { ...rewritten, title: 'Neu' }], [])).toEqual({ added: 0, removed: 0 });

    // A deleted article leaves the index.
    expect(index.sync([cloud], [])).toEqual({ added: 0, removed: 1 });
    expect(ids(index, 'Auflage')).toEqual([]);
    expect(index.size).toBe(3);
  });

  it('finds nothing for a query without words', () => {
    const index = new LibrarySearchIndex();
    index.sync([cloud], []);
    expect(index.search('  …  ')).toEqual([]);
  });
});
