import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, describeRange, prepareText } from '../../../../shared/anchoring';
import { articleText } from '../../../../shared/model/article';
import { codePointLength, sliceCodePoints } from '../../../../shared/text/code-points';
import { loadSeedArticles } from './seed-articles';

const seedTexts = loadSeedArticles().map((article) => articleText(article.blocks));
// Edits this far from the passage leave its 32-code-point prefix and suffix untouched.
const EDIT_DISTANCE_CODE_POINTS = 40;
// Hundreds of runs each: generous on a busy machine, still a bound on a pathological slowdown.
const PROPERTY_TIMEOUT_MS = 60_000;

/** A seed text and a passage in it (code points), 8–120 code points long. */
const passageArbitrary = fc.integer({ min: 0, max: seedTexts.length - 1 }).chain((textIndex) => {
  const length = codePointLength(seedTexts[textIndex]!);
  return fc
    .integer({ min: 0, max: length - 9 })
    .chain((start) =>
      fc
        .integer({ min: start + 8, max: Math.min(length, start + 120) })
        .map((end) => ({ textIndex, start, end })),
    );
});

const editArbitrary = fc.record({
  atFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  deleteCodePoints: fc.integer({ min: 0, max: 30 }),
  insert: fc.constantFrom(
    '',
    'Neu: ',
    ' (aktualisiert) ',
    '📈 ',
    'Änderung am 3. März. ',
    '\n\nNachtrag.\n\n',
    '„Zitat“ ',
  ),
});

describe('anchor properties', () => {
  it(
    'anchors a freshly described range on the same text by position, exactly, with confidence 1',
    () => {
      fc.assert(
        fc.property(passageArbitrary, ({ textIndex, start, end }) => {
          const text = seedTexts[textIndex]!;
          const result = anchor(text, describeRange(text, start, end));
          expect(result).toEqual({ status: 'anchored', start, end, method: 'position', confidence: 1 });
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'does the same on arbitrary Unicode text (astral characters, combining marks)',
    () => {
      const textArbitrary = fc
        .string({ unit: 'grapheme', minLength: 2, maxLength: 200 })
        .map((text) => text.normalize('NFC'));
      fc.assert(
        fc.property(
          textArbitrary,
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          (text, a, b) => {
            const length = codePointLength(text);
            fc.pre(length >= 2);
            const start = Math.min(length - 1, Math.floor(Math.min(a, b) * length));
            const end = Math.max(start + 1, Math.ceil(Math.max(a, b) * length));
            const result = anchor(text, describeRange(text, start, end));
            expect(result).toEqual({ status: 'anchored', start, end, method: 'position', confidence: 1 });
          },
        ),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'still finds the passage, at its shifted place, after random edits far from it',
    () => {
      fc.assert(
        fc.property(
          passageArbitrary,
          fc.array(editArbitrary, { minLength: 1, maxLength: 6 }),
          ({ textIndex, start, end }, edits) => {
            const original = seedTexts[textIndex]!;
            const selectors = describeRange(original, start, end);
            let codePoints = Array.from(original);
            let passageStart = start;
            for (const edit of edits) {
              const at = Math.floor(edit.atFraction * codePoints.length);
              const deleteEnd = Math.min(codePoints.length, at + edit.deleteCodePoints);
              const isFarBefore = deleteEnd <= passageStart - EDIT_DISTANCE_CODE_POINTS;
              const passageEnd = passageStart + (end - start);
              const isFarAfter = at >= passageEnd + EDIT_DISTANCE_CODE_POINTS;
              if (!isFarBefore && !isFarAfter) continue;
              const inserted = Array.from(edit.insert);
              codePoints = [...codePoints.slice(0, at), ...inserted, ...codePoints.slice(deleteEnd)];
              if (isFarBefore) passageStart += inserted.length - (deleteEnd - at);
            }
            const edited = codePoints.join('');
            const result = anchor(prepareText(edited), selectors);
            expect(result).toMatchObject({
              status: 'anchored',
              start: passageStart,
              end: passageStart + (end - start),
            });
            if (result.status === 'anchored')
              expect(sliceCodePoints(edited, result.start, result.end)).toBe(selectors.quote.exact);
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
