import { describe, expect, it } from 'vitest';
import { createFigureCache, extractArticleFigures } from '../../../../renderer/figures/article-figures';
import {
  draftFromFigure,
  isPinnableFigure,
  levelOnFigure,
  parseInputNumber,
  pinFromDraft,
} from '../../../../renderer/figures/figure-suggestion';
import { articleText } from '../../../../shared/model/article';
import { contentHashOf } from '../../../../shared/seeds/seed-library';
import { makeArticle } from '../../../fixtures/factories/article';

const note = makeArticle({
  publishedOn: '2026-01-04',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Die Aktie schloss am Freitag bei 155,74 US-Dollar. Analysten sehen ein Kursziel von 194–205 US-Dollar.',
    },
    { kind: 'paragraph', text: 'Der Umsatz wuchs um elf Prozent auf 3,2 Mrd. USD.' },
  ],
});
const figures = extractArticleFigures(note).figures;
const quote = figures.find((figure) => figure.kind === 'quote')!;
const target = figures.find((figure) => figure.kind === 'target')!;

describe('figure suggestions', () => {
  it('offers only prices of level kinds: the close and the target range, not growth or amounts', () => {
    expect(figures.filter(isPinnableFigure).map((figure) => figure.surface)).toEqual([
      '155,74 US-Dollar',
      '194–205 US-Dollar',
    ]);
  });

  it('starts the popover with the figure as recognised, in the UI language’s notation', () => {
    expect(draftFromFigure(quote, note.publishedOn, 'de')).toEqual({
      valueText: '155,74',
      valueHighText: '',
      kind: 'quote',
      currency: 'USD',
      dateIso: '2026-01-02',
    });
    expect(draftFromFigure(target, note.publishedOn, 'en')).toMatchObject({
      valueText: '194',
      valueHighText: '205',
      kind: 'target',
      dateIso: '',
    });
  });

  it('pins a quote as a point on its date and a target range as a band', () => {
    expect(pinFromDraft(draftFromFigure(quote, note.publishedOn, 'de'), 'de')).toEqual({
      ok: true,
      pin: { type: 'level', kind: 'quote', value: 155.74, currency: 'USD', asOf: '2026-01-02' },
    });
    expect(pinFromDraft(draftFromFigure(target, note.publishedOn, 'de'), 'de')).toEqual({
      ok: true,
      pin: { type: 'level', kind: 'target', value: 194, valueHigh: 205, currency: 'USD', asOf: null },
    });
  });

  it('takes the user’s corrections and names the field that is wrong', () => {
    const draft = draftFromFigure(quote, note.publishedOn, 'de');
    const corrected = pinFromDraft(
      { ...draft, kind: 'high_52w', valueText: '1.192,5', currency: 'EUR' },
      'de',
    );
    expect(corrected).toEqual({
      ok: true,
      pin: { type: 'level', kind: 'high_52w', value: 1192.5, currency: 'EUR', asOf: null },
    });
    expect(pinFromDraft({ ...draft, valueText: 'zwölf' }, 'de')).toEqual({ ok: false, problem: 'value' });
    expect(pinFromDraft({ ...draft, valueText: '0' }, 'de')).toEqual({ ok: false, problem: 'value' });
    expect(pinFromDraft({ ...draft, valueHighText: '100' }, 'de')).toEqual({
      ok: false,
      problem: 'valueHigh',
    });
    expect(pinFromDraft({ ...draft, dateIso: '2026-02-30' }, 'de')).toEqual({ ok: false, problem: 'date' });
    // Only a quote needs a date; a level without one is fine.
    expect(pinFromDraft({ ...draft, kind: 'level', dateIso: '' }, 'de').ok).toBe(true);
  });

  it('reads numbers in either notation', () => {
    expect(parseInputNumber('155,74', 'de')).toBe(155.74);
    expect(parseInputNumber('155.74', 'de')).toBe(155.74);
    expect(parseInputNumber('1.234', 'de')).toBe(1234);
    expect(parseInputNumber('1,234', 'en')).toBe(1234);
    expect(parseInputNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseInputNumber('-5', 'de')).toBeNull();
    expect(parseInputNumber('', 'de')).toBeNull();
    expect(parseInputNumber('1..2', 'en')).toBeNull();
  });

  it('knows when a figure already stands on the chart', () => {
    const level = {
      id: 'l1',
      kind: 'quote' as const,
      value: 155.74,
      currency: 'USD' as const,
      listing: 'NYSE:BABA',
      asOf: '2026-01-02',
      source: {
        articleId: note.id,
        startCodePoints: quote.startCodePoints,
        endCodePoints: quote.endCodePoints,
        exact: quote.surface,
      },
      origin: 'annotation' as const,
    };
    expect(levelOnFigure([level], note.id, quote)).toBe(level);
    expect(levelOnFigure([level], note.id, target)).toBeNull();
    expect(levelOnFigure([level], 'other', quote)).toBeNull();
  });
});

describe('figure cache', () => {
  it('runs the extractor once per article version, however often the reader renders', () => {
    let runs = 0;
    const cache = createFigureCache((article) => {
      runs += 1;
      return extractArticleFigures(article);
    });
    const first = cache.figuresOf(note);
    expect(cache.figuresOf({ ...note })).toBe(first);
    expect(runs).toBe(1);
    const blocks = [{ kind: 'paragraph' as const, text: 'Kursziel: 230 US-Dollar.' }];
    const updated = { ...note, blocks, contentHash: contentHashOf(articleText(blocks)) };
    expect(cache.figuresOf(updated).figures.map((figure) => figure.value)).toEqual([230]);
    expect(runs).toBe(2);
  });
});
