import { describe, expect, it } from 'vitest';
import { analyzeWord } from '../../../../renderer/search/german-analyzer';
import { buildSnippet, matchedSpans } from '../../../../renderer/search/search-snippet';

const term = (word: string) => analyzeWord(word) ?? '';

describe('matchedSpans', () => {
  it('marks every inflection of a matched term, and a matched compound whole', () => {
    const text = 'Der Umsatz wuchs, die Umsätze im Cloud-Geschäft auch.';
    const spans = matchedSpans(text, [term('Umsatz'), term('Geschäft')]);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['Umsatz', 'Umsätze', 'Geschäft']);
    const compound = matchedSpans(text, [term('CloudGeschäft')]);
    expect(compound.map((span) => text.slice(span.start, span.end))).toEqual(['Cloud-Geschäft']);
  });
});

describe('buildSnippet', () => {
  it('shows a short passage whole with its matches marked', () => {
    const snippet = buildSnippet('Die Umsätze stiegen kräftig.', [term('Umsatz')]);
    expect(snippet.parts).toEqual([
      { text: 'Die ', marked: false },
      { text: 'Umsätze', marked: true },
      { text: ' stiegen kräftig.', marked: false },
    ]);
    expect([snippet.matchStart, snippet.matchEnd]).toEqual([4, 11]);
  });

  it('cuts a long passage around the first match at word boundaries', () => {
    const filler = 'Wort '.repeat(60);
    const text = `${filler}Hier steht der Kursziel-Hinweis. ${filler}`;
    const snippet = buildSnippet(text, [term('Kursziel')]);
    const shown = snippet.parts.map((part) => part.text).join('');
    expect(shown.startsWith('…Wort ')).toBe(true);
    expect(shown.endsWith('Wort…')).toBe(true);
    expect(shown.length).toBeLessThan(200);
    expect(snippet.parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['Kursziel']);
    expect(text.slice(snippet.matchStart, snippet.matchEnd)).toBe('Kursziel');
  });
});
