import { describe, expect, it } from 'vitest';
import { InvalidRangeError } from '../../../../shared/anchoring';
import { annotationSchema } from '../../../../shared/annotations/annotation-schema';
import {
  editAnnotation,
  makeAnnotation,
  reattachAnnotation,
} from '../../../../shared/annotations/make-annotation';
import { normalizeTags, vocabularyTagOf } from '../../../../shared/annotations/tags';
import { sliceCodePoints } from '../../../../shared/text/code-points';
import { seedTextContaining } from '../anchoring/seed-articles';

const text = seedTextContaining('das hauseigene KI-Modell „Qwen“');
const start = [...text.slice(0, text.indexOf('das hauseigene KI-Modell'))].length;
const NOW_MS = Date.UTC(2026, 10, 21, 13);

function qwenAnnotation() {
  return makeAnnotation({
    id: 'a1',
    articleId: 'seed:002',
    articleText: text,
    startCodePoints: start,
    endCodePoints: start + 31,
    tags: ['Katalysator', 'KI', ' ki ', 'bullish'],
    note: 'Erste Woche: *10 Mio.* Downloads\r\n\n\n',
    nowMs: NOW_MS,
  });
}

describe('makeAnnotation', () => {
  it('stores the selection as quote and position, cleans tags and note, and passes the record schema', () => {
    const annotation = qwenAnnotation();
    expect(annotation.quote.exact).toBe('das hauseigene KI-Modell „Qwen“');
    expect(sliceCodePoints(text, annotation.position.start, annotation.position.end)).toBe(
      annotation.quote.exact,
    );
    expect(annotation.tags).toEqual(['bullish', 'catalyst', 'KI']);
    expect(annotation.note).toBe('Erste Woche: *10 Mio.* Downloads');
    expect(annotation).toMatchObject({ pin: null, createdAtMs: NOW_MS, modifiedAtMs: NOW_MS });
    expect(annotationSchema.safeParse(annotation).success).toBe(true);
  });

  it('refuses a selection outside the text with a typed error', () => {
    expect(() =>
      makeAnnotation({
        id: 'x',
        articleId: 'a',
        articleText: 'kurz',
        startCodePoints: 2,
        endCodePoints: 9,
        nowMs: 0,
      }),
    ).toThrow(InvalidRangeError);
  });
});

describe('editing', () => {
  it('returns a changed copy with a new modified time and leaves the original for undo', () => {
    const original = qwenAnnotation();
    const edited = editAnnotation(original, { tags: ['risk'], pin: { type: 'article-date' } }, NOW_MS + 1000);
    expect(edited).toMatchObject({
      tags: ['risk'],
      note: original.note,
      pin: { type: 'article-date' },
      modifiedAtMs: NOW_MS + 1000,
    });
    expect(original.tags).toEqual(['bullish', 'catalyst', 'KI']);
  });

  it('re-attaches an orphan to a new selection, keeping its tags, note and creation time', () => {
    const orphan = {
      ...qwenAnnotation(),
      quote: { type: 'TextQuoteSelector' as const, exact: 'weg', prefix: '', suffix: '' },
    };
    const moved = reattachAnnotation(orphan, text, 0, 7, NOW_MS + 5);
    expect(moved.quote.exact).toBe(sliceCodePoints(text, 0, 7));
    expect(moved).toMatchObject({
      id: 'a1',
      tags: orphan.tags,
      note: orphan.note,
      createdAtMs: NOW_MS,
      modifiedAtMs: NOW_MS + 5,
    });
  });
});

describe('tags', () => {
  it('maps German labels and any case to the vocabulary and keeps free tags once, in order', () => {
    expect(vocabularyTagOf('Bärisch')).toBe('bearish');
    expect(vocabularyTagOf('PRÜFEN')).toBe('to-check');
    expect(vocabularyTagOf('Zölle')).toBeNull();
    expect(normalizeTags(['Zölle', 'risiko', '  Zölle ', '', 'Frage', 'Cloud  KI'])).toEqual([
      'risk',
      'question',
      'Zölle',
      'Cloud KI',
    ]);
  });

  it('caps the number and length of tags', () => {
    const many = Array.from({ length: 50 }, (_, index) => `Tag ${index} ${'x'.repeat(100)}`);
    const tags = normalizeTags(many);
    expect(tags).toHaveLength(32);
    expect(Math.max(...tags.map((tag) => tag.length))).toBeLessThanOrEqual(64);
  });
});
