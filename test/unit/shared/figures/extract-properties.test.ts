import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates, extractFigures } from '../../../../shared/figures';
import type { DateMention, Figure } from '../../../../shared/figures';
import { codePointLength, sliceCodePoints } from '../../../../shared/text/code-points';
import { readSeed } from './seed-text';

const SEED_TEXTS = ['000', '001', '002', '003', '004'].map((prefix) => readSeed(prefix).text);
const AD_TEXTS = [
  '\n\nAnzeige: Jetzt 50 Euro Prämie sichern!\n\n',
  ' Sollten Anleger sofort verkaufen? Oder lohnt sich doch der Einstieg? ',
  ' +++ Kursziel 999 Euro +++ ',
  '\u00AD',
  '\u200B',
  '\uFEFF',
  '😀',
  'e\u0301',
  '\uD800',
];

/** Checks the contract every returned span must keep (a hang fails the test by its timeout, not by a clock). */
function assertWellFormed(text: string): void {
  const figures: Figure[] = extractFigures(text);
  const dates: DateMention[] = extractDates(text, { articleDate: '2026-01-04' });
  const length = codePointLength(text);
  for (const span of [...figures, ...dates]) {
    expect(span.startCodePoints).toBeGreaterThanOrEqual(0);
    expect(span.startCodePoints).toBeLessThan(span.endCodePoints);
    expect(span.endCodePoints).toBeLessThanOrEqual(length);
    expect(span.surface).toBe(sliceCodePoints(text, span.startCodePoints, span.endCodePoints));
  }
  for (const figure of figures) {
    expect(Number.isFinite(figure.value)).toBe(true);
    expect(figure.sentenceStartCodePoints).toBeLessThanOrEqual(figure.startCodePoints);
    expect(figure.sentenceEndCodePoints).toBeGreaterThanOrEqual(figure.endCodePoints);
  }
}

/** A seed text damaged the way scrapers damage text: spaces deleted, ads inserted, characters swapped. */
const damagedSeed = fc
  .record({
    seed: fc.constantFrom(...SEED_TEXTS),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('delete-space', 'insert-ad', 'swap', 'delete-char'),
        ad: fc.constantFrom(...AD_TEXTS),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ seed, edits }) => {
    const chars = Array.from(seed);
    for (const edit of edits) {
      const at = edit.at % Math.max(1, chars.length);
      if (edit.kind === 'delete-space') {
        const space = chars.indexOf(' ', at);
        if (space >= 0) chars.splice(space, 1);
      } else if (edit.kind === 'insert-ad') chars.splice(at, 0, edit.ad);
      else if (edit.kind === 'swap' && at + 1 < chars.length) {
        [chars[at], chars[at + 1]] = [chars[at + 1] ?? '', chars[at] ?? ''];
      } else chars.splice(at, 1);
    }
    return chars.join('');
  });

/** Text built from pieces that look like figures, so the scanner's paths are all exercised. */
const figureLike = fc
  .array(
    fc.constantFrom(
      '155,74',
      '1.234,56',
      '$',
      'USD ',
      ' US-Dollar',
      ' Prozent',
      '%',
      ' bis ',
      '–',
      ' Milliarden',
      ' Mrd.',
      ' rund ',
      ' über ',
      'Kursziel ',
      ' auf ',
      ' um ',
      '. ',
      '\n',
      ' am Freitag',
      ' 04. Januar',
      ' im dritten Quartal',
      'elf',
      ' ',
      '-',
      '+',
      ',',
      '.',
      '€',
      'Punkte',
      'zwischen ',
      ' und ',
      '52-Wochen-Hoch',
      '12.12.2025',
      'Q3 2025',
      '¥',
      'je Dollar',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('the extractor on any input', () => {
  it('never throws, stays fast and returns well-formed spans on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => assertWellFormed(text)),
      { numRuns: 300 },
    );
  });

  it('copes with random unicode: astral characters, combining marks, lone surrogates', () => {
    const mixed = fc
      .array(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 4 }),
          fc.constantFrom('e\u0301', 'u\u0308', '😀', '\u00AD', '155,74 €'),
        ),
        {
          maxLength: 80,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assertWellFormed(text)),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(mixed, (text) => assertWellFormed(text)),
      { numRuns: 100 },
    );
  });

  it('copes with figure-like fragments in any order', () => {
    fc.assert(
      fc.property(figureLike, (text) => assertWellFormed(text)),
      { numRuns: 400 },
    );
  });

  it('copes with damaged seed articles', () => {
    fc.assert(
      fc.property(damagedSeed, (text) => assertWellFormed(text)),
      { numRuns: 60 },
    );
  });

  it('handles long pathological input without hanging', () => {
    for (const text of [
      '1'.repeat(20000),
      '1.'.repeat(10000),
      ' '.repeat(50000),
      'über '.repeat(5000),
      '1,1'.repeat(5000),
    ]) {
      assertWellFormed(text);
    }
  });

  it('keeps offsets in code points when astral characters and combining marks come first', () => {
    const text = '😀😀 Der Kurs\u00AD ziel liegt bei 205 US-Dollar, u\u0308ber 30 Prozent Aufwärtspotenzial.';
    const figures = extractFigures(text);
    expect(figures.map((figure) => figure.surface)).toEqual(['205 US-Dollar', 'u\u0308ber 30 Prozent']);
    for (const figure of figures)
      expect(sliceCodePoints(text, figure.startCodePoints, figure.endCodePoints)).toBe(figure.surface);
  });

  it('returns nothing rather than failing for input that is not a string', () => {
    expect(extractFigures(undefined as unknown as string)).toEqual([]);
    expect(extractDates(42 as unknown as string)).toEqual([]);
  });
});
