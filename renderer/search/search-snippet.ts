import { analyzeWord, wordSpans } from './german-analyzer';

/** A piece of a snippet; marked pieces are the words the search matched. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

/** The shown excerpt of a passage and where its marked words lie in the passage (UTF-16, end exclusive). */
export interface Snippet {
  parts: SnippetPart[];
  /** From the first to the last marked word in the excerpt; the whole excerpt when nothing is marked. */
  matchStart: number;
  matchEnd: number;
}

/** A span of text (UTF-16 indices, end exclusive). */
interface Span {
  start: number;
  end: number;
}

/** Longest excerpt shown, in UTF-16 units; a block is often a whole paragraph. */
const SNIPPET_LENGTH = 180;
/** Words kept before the first match, so it is read in context. */
const LEAD_IN = 60;

/** Where the words of `text` stand whose index terms are among `terms`, in order, overlaps merged. */
export function matchedSpans(text: string, terms: readonly string[]): Span[] {
  const wanted = new Set(terms);
  const hits = wordSpans(text)
    .filter((span) => {
      const term = analyzeWord(span.word);
      return term !== null && wanted.has(term);
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const hit of hits) {
    const last = merged.at(-1);
    if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end);
    else merged.push({ start: hit.start, end: hit.end });
  }
  return merged;
}

/** Moves `index` back to the start of the word it falls in (or stays at a word boundary). */
function wordStartAtOrBefore(text: string, index: number): number {
  const space = text.lastIndexOf(' ', index - 1);
  return index <= 0 ? 0 : space < 0 ? 0 : space + 1;
}

/** Moves `index` back to the end of the last whole word before it. */
function wordEndAtOrBefore(text: string, index: number, floor: number): number {
  if (index >= text.length) return text.length;
  const space = text.lastIndexOf(' ', index);
  return space > floor ? space : index;
}

/** The excerpt of `text` around its first match of `terms`, with the matched words marked. */
export function buildSnippet(text: string, terms: readonly string[]): Snippet {
  const spans = matchedSpans(text, terms);
  const first = spans[0];
  const start = first ? wordStartAtOrBefore(text, Math.max(0, first.start - LEAD_IN)) : 0;
  const end = wordEndAtOrBefore(
    text,
    Math.max(start + SNIPPET_LENGTH, first ? first.end : 0),
    first ? first.end : start,
  );
  const shown = spans.filter((span) => span.start >= start && span.end <= end);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', marked: false });
  let cursor = start;
  for (const span of shown) {
    if (span.start > cursor) parts.push({ text: text.slice(cursor, span.start), marked: false });
    parts.push({ text: text.slice(span.start, span.end), marked: true });
    cursor = span.end;
  }
  if (end > cursor) parts.push({ text: text.slice(cursor, end), marked: false });
  if (end < text.length) parts.push({ text: '…', marked: false });
  const firstShown = shown[0];
  const lastShown = shown.at(-1);
  return {
    parts,
    matchStart: firstShown ? firstShown.start : start,
    matchEnd: lastShown ? lastShown.end : end,
  };
}
