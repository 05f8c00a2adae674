import { stemmer } from '@orama/stemmers/german';

/** A word of a text with where it stands (UTF-16 indices, end exclusive). */
export interface WordSpan {
  start: number;
  end: number;
  word: string;
}

// Letters and digits, with inner hyphens: "Cloud-Geschäft" is one span, "Cloud- und" is two words.
const WORD_PATTERN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const COMBINING_MARKS = /\p{M}+/gu;
// Snowball's german2 variant: ae/oe/ue stand for ä/ö/ü (not "ue" after q, as in "Quelle").
const DIGRAPHS = /(?<!q)ue|ae|oe/g;

/**
 * Folds a word the way index and query must agree on: lowercase, ß → ss, umlauts and other marks dropped,
 * ae/oe/ue read as umlauts; so "Geschäft", "Geschaeft" and "geschaft" all fold to "geschaft".
 */
export function foldGerman(word: string): string {
  return word
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(DIGRAPHS, (digraph) => digraph.charAt(0));
}

// Texts repeat their words: stemming each distinct word once makes indexing a library several times faster.
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 100_000;

/** The index term of one word: folded, then cut to its Snowball German stem ("Umsätze" → "umsatz"). */
export function analyzeWord(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const folded = foldGerman(word);
  const term = folded === '' ? null : stemmer(folded);
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(word, term);
  return term;
}

/**
 * Every word of `text` with its position. A hyphenated compound yields its parts and, after them, the whole
 * (hyphens dropped), so "Geschäft" and "Cloudgeschäft" both find "Cloud-Geschäft".
 */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    const start = match.index;
    const whole = match[0];
    if (!whole.includes('-')) {
      spans.push({ start, end: start + whole.length, word: whole });
      continue;
    }
    let partStart = start;
    for (const part of whole.split('-')) {
      spans.push({ start: partStart, end: partStart + part.length, word: part });
      partStart += part.length + 1;
    }
    spans.push({ start, end: start + whole.length, word: whole.replace(/-/g, '') });
  }
  return spans;
}

/** The words an indexed text is split into (parts and joined compounds). */
export function tokenizeText(text: string): string[] {
  return wordSpans(text).map((span) => span.word);
}

/**
 * The words a query is split into: a hyphenated compound stays whole, so "Cloud-Geschäft" asks for the compound
 * (found as "Cloud-Geschäft" and "Cloudgeschäft") instead of both parts anywhere in a passage.
 */
export function tokenizeQuery(query: string): string[] {
  return [...query.matchAll(WORD_PATTERN)].map((match) => match[0].replace(/-/g, ''));
}
