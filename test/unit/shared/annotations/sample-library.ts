import { makeAnnotation } from '../../../../shared/annotations/make-annotation';
import type { Annotation, ChartPin } from '../../../../shared/model/annotation';
import { articleText, type Article } from '../../../../shared/model/article';
import { contentHashOf } from '../../../../shared/seeds/seed-library';
import { codePointLength, utf16ToCodePoint } from '../../../../shared/text/code-points';
import { loadSeedArticles } from '../anchoring/seed-articles';

const TAG_SETS: readonly string[][] = [
  ['bullish'],
  ['risk', 'Regulierung'],
  ['catalyst', 'KI'],
  ['question'],
  ['bearish', 'Margen'],
  ['to-check', 'Bewertung', 'Zölle'],
  [],
];
const NOTES = [
  '',
  'Stark, *wenn* die Marge hält.',
  'Zu prüfen:\n- Quelle?\n- Zahlen aus dem Q3-Bericht\n\nSiehe [IR-Seite](https://www.alibabagroup.com/en-US/ir).',
  'Kursziel „205 $“ wirkt ambitioniert – Umsatz +30 % nötig.',
];
const PINS: readonly (ChartPin | null)[] = [
  null,
  { type: 'level', kind: 'target', value: 205, currency: 'USD', asOf: null },
  { type: 'article-date' },
  { type: 'level', kind: 'fair_value', value: 180, valueHigh: 195.5, currency: 'USD', asOf: '2025-12-30' },
];

/** The seed articles plus one whose text starts with emoji, so offsets must be code points to agree. */
export function sampleArticles(): Article[] {
  const seeds = loadSeedArticles();
  const base = seeds[2]!;
  const blocks = [{ kind: 'paragraph' as const, text: '📈🚀 Kurs-Update 🇨🇳' }, ...base.blocks];
  const emojiArticle: Article = {
    ...base,
    id: 'art:emoji',
    title: 'Alibaba mit Emoji 📈',
    blocks,
    contentHash: contentHashOf(articleText(blocks)),
    origin: 'import',
    fileName: 'emoji.txt',
  };
  return [...seeds, emojiArticle];
}

/** Code-point ranges of the sentences of a text (split after . ! ? and at paragraph breaks). */
export function sentenceRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[^.!?\n]+[.!?]?/gu)) {
    const trimmed = match[0].trimStart();
    if (codePointLength(trimmed.trim()) < 12) continue;
    const start = utf16ToCodePoint(text, match.index + (match[0].length - trimmed.length));
    ranges.push({ start, end: start + codePointLength(trimmed.trimEnd()) });
  }
  return ranges;
}

/** `count` varied annotations (tags, Markdown notes, pins, emoji article) over `articles`, deterministic. */
export function sampleAnnotations(articles: readonly Article[], count: number): Annotation[] {
  return Array.from({ length: count }, (_, index) => {
    const article = articles[index % articles.length]!;
    const text = articleText(article.blocks);
    const sentences = sentenceRanges(text);
    const sentence = sentences[(index * 7) % sentences.length]!;
    const nowMs = Date.UTC(2026, 10, 1, 9, 0, 0) + index * 61_123;
    const annotation = makeAnnotation({
      // Mostly UUIDs (what the app makes), some other ids (older records, other tools) for the URN path.
      id: index % 10 === 9 ? `note:${index}/ä` : `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      articleId: article.id,
      articleText: text,
      startCodePoints: sentence.start,
      endCodePoints: sentence.end,
      tags: TAG_SETS[index % TAG_SETS.length]!,
      note: NOTES[index % NOTES.length]!,
      pin: PINS[index % PINS.length]!,
      nowMs,
    });
    return { ...annotation, modifiedAtMs: nowMs + (index % 3) * 3_600_000 };
  });
}
