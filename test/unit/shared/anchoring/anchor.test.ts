import { describe, expect, it } from 'vitest';
import { anchor, describeRange, InvalidRangeError, prepareText } from '../../../../shared/anchoring';
import { codePointLength, sliceCodePoints, utf16ToCodePoint } from '../../../../shared/text/code-points';
import { seedTextContaining } from './seed-articles';

const QWEN = 'das hauseigene KI-Modell „Qwen“, das in der ersten Woche nach seiner Einführung';
const qwenText = seedTextContaining(QWEN);

/** Code-point range of the `occurrence`-th appearance of `phrase` in `text`. */
function rangeOf(text: string, phrase: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" occurs fewer than ${occurrence + 1} times`);
  }
  const start = utf16ToCodePoint(text, at);
  return { start, end: start + codePointLength(phrase) };
}

function describePhrase(text: string, phrase: string, occurrence = 0) {
  const { start, end } = rangeOf(text, phrase, occurrence);
  return describeRange(text, start, end);
}

describe('describeRange', () => {
  it('keeps the exact passage and 32 code points of context on each side', () => {
    const selectors = describePhrase(qwenText, QWEN);
    expect(selectors.quote.exact).toBe(QWEN);
    expect(codePointLength(selectors.quote.prefix)).toBe(32);
    expect(codePointLength(selectors.quote.suffix)).toBe(32);
    expect(qwenText).toContain(selectors.quote.prefix + QWEN + selectors.quote.suffix);
    expect(selectors.position.end - selectors.position.start).toBe(codePointLength(QWEN));
  });

  it('shortens the context at the start and end of the text', () => {
    const selectors = describeRange('Kurs steigt', 0, 4);
    expect(selectors.quote).toMatchObject({ exact: 'Kurs', prefix: '', suffix: ' steigt' });
  });

  it('refuses empty, inverted, fractional and out-of-text ranges with a typed error', () => {
    for (const [start, end] of [
      [3, 3],
      [5, 2],
      [-1, 2],
      [0, 1.5],
      [0, 12],
    ] as const) {
      expect(() => describeRange('Kurs steigt', start, end)).toThrow(InvalidRangeError);
    }
  });
});

describe('anchor: exact hits', () => {
  it('finds an untouched passage by its stored position with full confidence', () => {
    const selectors = describePhrase(qwenText, QWEN);
    expect(anchor(qwenText, selectors)).toEqual({
      status: 'anchored',
      ...rangeOf(qwenText, QWEN),
      method: 'position',
      confidence: 1,
    });
  });

  it('finds the quote when the position is missing (a file from another tool)', () => {
    const selectors = describePhrase(qwenText, QWEN);
    const result = anchor(qwenText, { quote: selectors.quote, position: null });
    expect(result).toMatchObject({ status: 'anchored', ...rangeOf(qwenText, QWEN), method: 'quote' });
  });
});

describe('anchor: repeated phrases', () => {
  const phrase = 'US-Dollar';
  const text = seedTextContaining('die Marke von 150 US-Dollar nachhaltig halten');
  const count = text.split(phrase).length - 1;

  it('uses prefix and suffix to pick the right one of several identical phrases after the text moved', () => {
    expect(count).toBeGreaterThanOrEqual(3);
    const inserted = 'Eilmeldung: Die Börse in Hongkong öffnet heute später. ';
    const moved = inserted + text;
    for (let occurrence = 0; occurrence < count; occurrence += 1) {
      const selectors = describePhrase(text, phrase, occurrence);
      const result = anchor(moved, selectors);
      expect(result).toMatchObject({
        status: 'anchored',
        method: 'quote',
        ...rangeOf(moved, phrase, occurrence),
      });
    }
  });

  it('picks the right repeat by context alone when no position is stored', () => {
    for (let occurrence = 0; occurrence < count; occurrence += 1) {
      const { quote } = describePhrase(text, phrase, occurrence);
      expect(anchor(text, { quote })).toMatchObject({
        status: 'anchored',
        ...rangeOf(text, phrase, occurrence),
      });
    }
  });

  it('uses the stored position to choose between repeats whose context is identical too', () => {
    const sentence = 'Die Aktie schloss bei 150 US-Dollar. ';
    const text = sentence.repeat(6);
    const { quote, position } = describePhrase(text, 'schloss bei 150', 3);
    const shifted = 'Neu: ' + text;
    const result = anchor(shifted, { quote, position });
    expect(result).toMatchObject({
      status: 'anchored',
      method: 'quote',
      ...rangeOf(shifted, 'schloss bei 150', 3),
    });
  });
});

describe('anchor: edited articles', () => {
  it('finds a passage after a typo was fixed inside it (fuzzy, with less than full confidence)', () => {
    const typo = QWEN.replace('Einführung', 'Einfürung');
    const withTypo = qwenText.replace(QWEN, typo);
    const selectors = describePhrase(withTypo, typo);
    const result = anchor(qwenText, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy', ...rangeOf(qwenText, QWEN) });
    if (result.status !== 'anchored') return;
    expect(result.confidence).toBeGreaterThan(0.8);
    expect(result.confidence).toBeLessThan(1);
  });

  it('finds a passage after a sentence was inserted right before it', () => {
    const selectors = describePhrase(qwenText, QWEN);
    const edited = qwenText.replace(QWEN, 'Das Modell ist quelloffen verfügbar. ' + QWEN);
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', ...rangeOf(edited, QWEN) });
  });

  it('finds a passage whose whitespace and quotation marks changed („“ became "" and spaces doubled)', () => {
    const selectors = describePhrase(qwenText, QWEN);
    const changed = QWEN.replace('„Qwen“', '"Qwen"').replace('in der ersten', 'in  der\nersten');
    const edited = ('Vorab:\n\n' + qwenText).replace(QWEN, changed);
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', ...rangeOf(edited, changed) });
  });

  it('treats « », ‚ ‘ and straight quotes alike', () => {
    const text = 'Der Vorstand nennt es «eine neue Ära» und spricht von ‚Cloud-First‘.';
    const result = anchor(text, {
      quote: { exact: "„eine neue Ära“ und spricht von 'Cloud-First'", prefix: '', suffix: '' },
    });
    expect(result.status).toBe('anchored');
    if (result.status === 'anchored') {
      expect(sliceCodePoints(text, result.start, result.end)).toBe(
        '«eine neue Ära» und spricht von ‚Cloud-First‘',
      );
    }
  });
});

describe('anchor: Unicode', () => {
  it('finds a passage in NFD text and returns offsets into that NFD text', () => {
    const phrase = 'zukünftig stabil zu positionieren, muss die Alibaba-Aktie';
    const nfcText = seedTextContaining(phrase);
    const selectors = describePhrase(nfcText, phrase);
    const nfdText = nfcText.normalize('NFD');
    expect(nfdText).not.toBe(nfcText);
    const result = anchor(nfdText, selectors);
    expect(result.status).toBe('anchored');
    if (result.status !== 'anchored') return;
    expect(sliceCodePoints(nfdText, result.start, result.end).normalize('NFC')).toBe(phrase);
  });

  it('accepts an NFD quote on the NFC text by its position', () => {
    const selectors = describePhrase(qwenText, QWEN);
    const nfdQuote = { ...selectors.quote, exact: QWEN.normalize('NFD') };
    expect(anchor(qwenText, { quote: nfdQuote, position: selectors.position })).toMatchObject({
      method: 'position',
      ...rangeOf(qwenText, QWEN),
    });
  });

  it('counts an emoji before the passage as one code point', () => {
    const edited = '📈🚀 ' + qwenText;
    const selectors = describePhrase(edited, QWEN);
    expect(selectors.position.start).toBe(rangeOf(qwenText, QWEN).start + 3);
    expect(anchor(edited, selectors)).toMatchObject({ method: 'position', start: selectors.position.start });
    // Emoji added after the annotation was made: the quote search must report code points too.
    const original = describePhrase(qwenText, QWEN);
    const result = anchor(prepareText(edited), original);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', start: original.position.start + 3 });
    if (result.status === 'anchored') expect(sliceCodePoints(edited, result.start, result.end)).toBe(QWEN);
  });
});

describe('anchor: orphans', () => {
  it('makes an orphan, never a wrong place, when the passage was deleted', () => {
    const sentence =
      'Ein Beispiel für die Fortschritte im KI-Sektor ist das hauseigene KI-Modell „Qwen“, das in der ersten ' +
      'Woche nach seiner Einführung über 10 Millionen Downloads generieren konnte. ';
    expect(qwenText).toContain(sentence);
    const selectors = describePhrase(qwenText, QWEN);
    const result = anchor(qwenText.replace(sentence, ''), selectors);
    expect(result.status).toBe('orphan');
  });

  it('makes an orphan of a short phrase whose surroundings are gone even though the word occurs elsewhere', () => {
    const kiStart = rangeOf(qwenText, 'KI-Modell').start;
    const selectors = describeRange(qwenText, kiStart, kiStart + 2);
    expect(selectors.quote.exact).toBe('KI');
    const paragraphStart = qwenText.lastIndexOf('\n\n', qwenText.indexOf(QWEN));
    const paragraphEnd = qwenText.indexOf('\n\n', qwenText.indexOf(QWEN));
    const withoutParagraph = qwenText.slice(0, paragraphStart) + qwenText.slice(paragraphEnd);
    expect(withoutParagraph.split('KI').length - 1).toBeGreaterThan(3);
    expect(anchor(withoutParagraph, { quote: selectors.quote, position: null }).status).toBe('orphan');
  });

  it('makes an orphan of a quote from another article', () => {
    const selectors = describePhrase(qwenText, QWEN);
    const other = seedTextContaining('Wandelanleihe');
    expect(anchor(other, selectors)).toMatchObject({ status: 'orphan' });
  });

  it('makes an orphan of an empty quote and of an empty text', () => {
    expect(anchor(qwenText, { quote: { exact: '  ', prefix: '', suffix: '' } })).toMatchObject({
      status: 'orphan',
      reason: 'empty-quote',
    });
    expect(anchor('', describePhrase(qwenText, QWEN))).toMatchObject({
      status: 'orphan',
      reason: 'quote-not-found',
    });
  });
});

describe('anchor: whitespace at the edges of a quote', () => {
  it('covers only as much of a whitespace run as the quote had', () => {
    const text = 'Erster Absatz endet hier.\n\nZweiter Absatz beginnt hier.';
    const { quote } = describeRange(text, 20, 26);
    expect(quote.exact).toBe('hier.\n');
    const moved = 'Vorwort. ' + text;
    const result = anchor(moved, { quote, position: null });
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', start: 29, end: 35 });
  });
});

describe('anchor: whitespace at the edges of a fuzzy match', () => {
  it('does not swallow a paragraph break the quote only half had', () => {
    const text = 'Erster Absatz endet hier.\n\nZweiter Absatz beginnt mit Wachstum.';
    const { quote } = describeRange(text, 14, 27);
    expect(quote.exact).toBe('endet hier.\n\n');
    const edited = 'Vorwort. Erster Absatz endet heir.\n\n\n\nZweiter Absatz beginnt mit Wachstum.';
    const result = anchor(edited, { quote, position: null });
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    if (result.status === 'anchored')
      expect(sliceCodePoints(edited, result.start, result.end)).toBe('endet heir.\n\n');
  });
});
