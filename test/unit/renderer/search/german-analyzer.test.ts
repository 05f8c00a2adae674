import { describe, expect, it } from 'vitest';
import {
  analyzeWord,
  foldGerman,
  tokenizeQuery,
  tokenizeText,
  wordSpans,
} from '../../../../renderer/search/german-analyzer';

describe('foldGerman', () => {
  it('folds umlauts, their ae/oe/ue spellings and case to one form', () => {
    expect(foldGerman('Geschäft')).toBe('geschaft');
    expect(foldGerman('Geschaeft')).toBe('geschaft');
    expect(foldGerman('GESCHÄFT')).toBe('geschaft');
    expect(foldGerman('Ökonomie')).toBe(foldGerman('Oekonomie'));
    expect(foldGerman('Übernahme')).toBe(foldGerman('Uebernahme'));
  });

  it('spells ß as ss', () => {
    expect(foldGerman('Straße')).toBe('strasse');
    expect(foldGerman('Maßnahmen')).toBe(foldGerman('Massnahmen'));
  });

  it('keeps "ue" after q, which is no umlaut', () => {
    expect(foldGerman('Quelle')).toBe('quelle');
  });
});

describe('analyzeWord', () => {
  it('stems inflected forms to one term (Snowball German)', () => {
    expect(analyzeWord('Umsätze')).toBe(analyzeWord('Umsatz'));
    expect(analyzeWord('Umsatzes')).toBe(analyzeWord('Umsatz'));
    expect(analyzeWord('Analysten')).toBe(analyzeWord('Analyst'));
    expect(analyzeWord('Märkte')).toBe(analyzeWord('Markt'));
    expect(analyzeWord('Gewinne')).toBe(analyzeWord('Gewinn'));
  });

  it('gives umlaut, digraph and plain spellings the same term', () => {
    const term = analyzeWord('Geschäft');
    expect(analyzeWord('Geschaeft')).toBe(term);
    expect(analyzeWord('geschaft')).toBe(term);
    expect(analyzeWord('Geschäfte')).toBe(term);
  });

  it('has no term for an empty word', () => {
    expect(analyzeWord('')).toBeNull();
  });
});

describe('tokenizing', () => {
  it('splits a hyphenated compound into its parts and adds the whole', () => {
    expect(tokenizeText('Das Cloud-Geschäft wächst.')).toEqual([
      'Das',
      'Cloud',
      'Geschäft',
      'CloudGeschäft',
      'wächst',
    ]);
  });

  it('keeps the positions of every word and of the whole compound', () => {
    const text = 'Ein KI-Modell';
    const spans = wordSpans(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'Ein',
      'KI',
      'Modell',
      'KI-Modell',
    ]);
  });

  it('does not join a word to the next one across a hanging hyphen ("Cloud- und KI-Offensive")', () => {
    expect(tokenizeText('Cloud- und KI-Offensive')).toEqual([
      'Cloud',
      'und',
      'KI',
      'Offensive',
      'KIOffensive',
    ]);
  });

  it('reads a hyphenated query word as one compound', () => {
    expect(tokenizeQuery('Cloud-Geschäft Umsätze')).toEqual(['CloudGeschäft', 'Umsätze']);
    expect(tokenizeQuery(' „…“ ')).toEqual([]);
  });
});
