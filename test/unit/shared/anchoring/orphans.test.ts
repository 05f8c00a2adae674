import { describe, expect, it } from 'vitest';
import { anchor, describeRange } from '../../../../shared/anchoring';
import { articleText } from '../../../../shared/model/article';
import { codePointLength, sliceCodePoints, utf16ToCodePoint } from '../../../../shared/text/code-points';
import { loadSeedArticles } from './seed-articles';

const SHORT_WORDS = ['KI', 'Cloud', 'Alibaba', 'Prozent', 'US-Dollar', 'Aktie', 'Wachstum', 'Investitionen'];

describe('anchor: deleted paragraphs never send short phrases to a wrong place', () => {
  it('orphans every short word whose paragraph is gone, unless the same word now stands right there', () => {
    let checked = 0;
    let orphans = 0;
    for (const text of loadSeedArticles().map((article) => articleText(article.blocks))) {
      for (const word of SHORT_WORDS) {
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          const start = utf16ToCodePoint(text, at);
          const { quote } = describeRange(text, start, start + codePointLength(word));
          const paragraphStart = text.lastIndexOf('\n\n', at);
          const paragraphEnd = text.indexOf('\n\n', at);
          const edited =
            text.slice(0, Math.max(0, paragraphStart)) + (paragraphEnd < 0 ? '' : text.slice(paragraphEnd));
          const result = anchor(edited, { quote, position: null });
          checked += 1;
          if (result.status === 'orphan') {
            orphans += 1;
            continue;
          }
          // The only acceptable hit: the next paragraph opens with the same word after the very same
          // context, i.e. the annotation lands where its passage used to begin.
          const before = sliceCodePoints(
            edited,
            Math.max(0, result.start - codePointLength(quote.prefix)),
            result.start,
          );
          expect(before).toBe(quote.prefix);
          expect(sliceCodePoints(edited, result.start, result.end)).toBe(word);
        }
      }
    }
    console.log(
      `deleted-paragraph cases: ${checked}, orphans: ${orphans}, same-place hits: ${checked - orphans}`,
    );
    expect(checked).toBeGreaterThan(150);
    expect(orphans / checked).toBeGreaterThan(0.9);
  });
});
