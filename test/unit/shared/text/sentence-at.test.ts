import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceAt, SpanOutOfRangeError } from '../../../../shared/text/sentence-at';
import { codePointLength, utf16ToCodePoint } from '../../../../shared/text/code-points';

/** The sentence around the first occurrence of `needle` in `text`. */
function sentenceAround(text: string, needle: string): string {
  const index = text.indexOf(needle);
  expect(index).toBeGreaterThanOrEqual(0);
  const start = utf16ToCodePoint(text, index);
  return sentenceAt(text, start, start + codePointLength(needle)).text;
}

describe('sentenceAt', () => {
  it('expands a figure to its sentence and stops at the neighbours', () => {
    const text = 'Vorher war es ruhig. Die Aktie schloss bei 155,74 US-Dollar. Danach kam Kritik.';
    expect(sentenceAround(text, '155,74')).toBe('Die Aktie schloss bei 155,74 US-Dollar.');
  });

  it('does not split at German abbreviations', () => {
    const text = 'Erster Satz. Alibaba investiert ca. 53 Mrd. US-Dollar bzw. rund 380 Mrd. Yuan in KI. Ende.';
    expect(sentenceAround(text, '53')).toBe(
      'Alibaba investiert ca. 53 Mrd. US-Dollar bzw. rund 380 Mrd. Yuan in KI.',
    );
  });

  it('keeps ordinal dates and "Nr." inside the sentence', () => {
    const text = 'Das ist alt. Am 04. Januar stand die Aktie als Nr. 1 bei 150 US-Dollar. Neu.';
    expect(sentenceAround(text, '150 US-Dollar')).toBe(
      'Am 04. Januar stand die Aktie als Nr. 1 bei 150 US-Dollar.',
    );
  });

  it('ends a sentence after a year and starts a new one', () => {
    const text = 'Die Aktie stieg im Jahr 2025. Das Kursziel liegt bei 205 US-Dollar.';
    expect(sentenceAround(text, '205')).toBe('Das Kursziel liegt bei 205 US-Dollar.');
    expect(sentenceAround(text, 'stieg')).toBe('Die Aktie stieg im Jahr 2025.');
  });

  it('treats line breaks as boundaries (titles have no full stop)', () => {
    const text = 'Alibaba Aktie: KI-Strategie zündet\nDie Aktie legte um 6,39 Prozent zu.';
    expect(sentenceAround(text, 'KI-Strategie')).toBe('Alibaba Aktie: KI-Strategie zündet');
    expect(sentenceAround(text, '6,39')).toBe('Die Aktie legte um 6,39 Prozent zu.');
  });

  it('keeps closing quotes with their sentence and counts offsets in code points', () => {
    const text = '🚀 Er sagte: „Das Ziel sind 205 $.“ Danach nichts.';
    const result = sentenceAt(text, 2, 4);
    expect(result.text).toBe('🚀 Er sagte: „Das Ziel sind 205 $.“');
    expect(result.startCodePoints).toBe(0);
    expect(result.endCodePoints).toBe(codePointLength('🚀 Er sagte: „Das Ziel sind 205 $.“'));
  });

  it('finds the seed sentences the chart levels quote', () => {
    const text = readFileSync('seeds/003_74e3ba4eb27d1507.txt', 'utf8').normalize('NFC');
    expect(sentenceAround(text, '155,74 US-Dollar')).toBe(
      'Die Börse reagierte am Freitag deutlich auf diese Entwicklungen: Die Aktie legte um 6,39 Prozent zu und schloss bei 155,74 US-Dollar.',
    );
    expect(sentenceAround(text, '205 US-Dollar')).toMatch(
      /^Analysten bleiben vorerst zuversichtlich .* impliziert\.$/,
    );
  });

  it('rejects spans that do not fit the text with a typed error', () => {
    expect(() => sentenceAt('kurz', 2, 10)).toThrow(SpanOutOfRangeError);
    expect(() => sentenceAt('kurz', 3, 1)).toThrow(/does not fit/);
    expect(() => sentenceAt('kurz', Number.NaN, 1)).toThrow(SpanOutOfRangeError);
  });
});
