import { describe, expect, it } from 'vitest';
import { placeAnnotations } from '../../../../renderer/annotations/anchored-annotations';
import { DEFAULT_NOTES_QUERY, selectNoteEntries } from '../../../../renderer/annotations/notes-query';
import { draftToPin, parsePrice, pinToDraft } from '../../../../renderer/annotations/pin-draft';
import { makeAnnotation, editAnnotation } from '../../../../shared/annotations/make-annotation';
import { articleText } from '../../../../shared/model/article';
import type { Annotation } from '../../../../shared/model/annotation';
import { makeArticle } from '../../../fixtures/factories/article';

const first = makeArticle({
  blocks: [{ kind: 'paragraph', text: 'Umsatz steigt. Marge fällt. Cloud wächst stark.' }],
});
const second = makeArticle({
  blocks: [{ kind: 'paragraph', text: 'Regulierung bleibt ein Risiko für Alibaba.' }],
});
const articles = [first, second];

function on(article: typeof first, phrase: string, tags: string[], nowMs: number, note = ''): Annotation {
  const text = articleText(article.blocks);
  const start = text.indexOf(phrase);
  const annotation = makeAnnotation({
    id: `${article.id}:${phrase}`,
    articleId: article.id,
    articleText: text,
    startCodePoints: start,
    endCodePoints: start + phrase.length,
    tags,
    nowMs,
  });
  return note ? editAnnotation(annotation, { note }, nowMs) : annotation;
}

const cloud = on(first, 'Cloud wächst stark', ['bullish'], 1, 'Siehe *Quartalsbericht*');
const umsatz = on(first, 'Umsatz steigt', ['bullish', 'Zahlen'], 3);
const marge = on(first, 'Marge fällt', ['bearish'], 2);
const regulierung = on(second, 'Regulierung bleibt', ['risk'], 4);
// Its quote is nowhere in the article any more: an orphan that must still be listed.
const orphan = {
  ...on(first, 'Marge fällt', ['question'], 5),
  id: 'orphan',
  quote: { type: 'TextQuoteSelector' as const, exact: 'Dividende wird verdoppelt', prefix: '', suffix: '' },
};
const placed = placeAnnotations([cloud, umsatz, marge, regulierung, orphan], articles);
const quotes = (items: { annotation: Annotation }[]) => items.map((item) => item.annotation.quote.exact);

describe('notes pane query', () => {
  it('lists the current article in reading order and its orphans apart', () => {
    const { entries, orphans } = selectNoteEntries(placed, articles, first.id, DEFAULT_NOTES_QUERY);
    expect(quotes(entries)).toEqual(['Umsatz steigt', 'Marge fällt', 'Cloud wächst stark']);
    expect(quotes(orphans)).toEqual(['Dividende wird verdoppelt']);
  });

  it('switches to all articles, newest first', () => {
    const { entries } = selectNoteEntries(placed, articles, first.id, {
      ...DEFAULT_NOTES_QUERY,
      scope: 'all',
      sort: 'time',
    });
    expect(quotes(entries)).toEqual([
      'Regulierung bleibt',
      'Umsatz steigt',
      'Marge fällt',
      'Cloud wächst stark',
    ]);
  });

  it('filters by a vocabulary or free tag, and searches quotes, notes and tags case-insensitively', () => {
    const all = { ...DEFAULT_NOTES_QUERY, scope: 'all' as const };
    expect(quotes(selectNoteEntries(placed, articles, null, { ...all, tag: 'bullish' }).entries)).toEqual([
      'Umsatz steigt',
      'Cloud wächst stark',
    ]);
    expect(quotes(selectNoteEntries(placed, articles, null, { ...all, tag: 'Zahlen' }).entries)).toEqual([
      'Umsatz steigt',
    ]);
    expect(
      quotes(selectNoteEntries(placed, articles, null, { ...all, search: 'QUARTALSBERICHT' }).entries),
    ).toEqual(['Cloud wächst stark']);
    expect(
      quotes(selectNoteEntries(placed, articles, null, { ...all, search: 'regulierung risk' }).entries),
    ).toEqual(['Regulierung bleibt']);
  });
});

describe('pin form', () => {
  it('reads German and English prices and rejects anything else', () => {
    expect(parsePrice('205,50')).toBe(205.5);
    expect(parsePrice('1.205,50')).toBe(1205.5);
    expect(parsePrice('1,205.50')).toBe(1205.5);
    expect(parsePrice('205')).toBe(205);
    expect(parsePrice('-5')).toBeNull();
    expect(parsePrice('abc')).toBeNull();
    expect(parsePrice('0')).toBeNull();
  });

  it('turns a draft into a pin and back; a bad price is an error, not a pin', () => {
    const draft = {
      mode: 'level' as const,
      kind: 'quote' as const,
      valueText: '155,74',
      currency: 'USD' as const,
      asOf: '2026-01-02',
    };
    const result = draftToPin(draft);
    expect(result).toEqual({
      pin: { type: 'level', kind: 'quote', value: 155.74, currency: 'USD', asOf: '2026-01-02' },
    });
    if ('pin' in result) expect(pinToDraft(result.pin, null)).toEqual({ ...draft, valueText: '155.74' });
    expect(draftToPin({ ...draft, valueText: '' })).toEqual({ error: 'editor.badValue' });
    expect(draftToPin({ ...draft, mode: 'article-date' })).toEqual({ pin: { type: 'article-date' } });
  });
});
