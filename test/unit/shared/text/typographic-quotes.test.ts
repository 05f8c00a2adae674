import { describe, expect, it } from 'vitest';
import { typographicQuotes } from '../../../../shared/text/typographic-quotes';

describe('typographic quotes', () => {
  it('sets German quotes „…“ around words, compounds and at the start of a line', () => {
    expect(typographicQuotes('Skepsis bezüglich des "China-Abschlags" abzulegen.', 'de')).toBe(
      'Skepsis bezüglich des „China-Abschlags“ abzulegen.',
    );
    expect(typographicQuotes('der "AI-first"-Strategie und der "Qwen"-Reihe', 'de')).toBe(
      'der „AI-first“-Strategie und der „Qwen“-Reihe',
    );
    expect(typographicQuotes('"Wir wachsen", sagte Wu.', 'de')).toBe('„Wir wachsen“, sagte Wu.');
  });

  it('sets English quotes and apostrophes in English text', () => {
    expect(typographicQuotes('Alibaba\'s "AI-first" plan', 'en')).toBe(
      'Alibaba\u2019s \u201cAI-first\u201d plan',
    );
  });

  it('keeps every offset: the text has the same length', () => {
    const text = 'Er sagte: "Kursziel 205 $" (Quelle: "Reuters").';
    expect(typographicQuotes(text, 'de')).toHaveLength(text.length);
  });
});
