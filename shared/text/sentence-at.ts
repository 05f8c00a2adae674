/** A sentence found around a span: its text and its offsets in code points of the searched text. */
export interface SentenceSpan {
  text: string;
  startCodePoints: number;
  endCodePoints: number;
}

/** Thrown when a span does not fit the text it should point into. */
export class SpanOutOfRangeError extends RangeError {
  /** Machine-readable reason, so callers can fall back without parsing the message. */
  readonly code = 'span-out-of-range';
  constructor(message: string) {
    super(message);
    this.name = 'SpanOutOfRangeError';
  }
}

// Words German news abbreviate with a full stop; a dot after them does not end a sentence.
const ABBREVIATIONS = new Set([
  'ca',
  'mrd',
  'mio',
  'nr',
  'bzw',
  'vgl',
  'evtl',
  'ggf',
  'inkl',
  'zzgl',
  'abzgl',
  'etc',
  'usw',
  'dr',
  'prof',
  'hr',
  'fr',
  'st',
  'str',
  'bspw',
  'z',
  'b',
  'u',
  'a',
  'd',
  'h',
  'o',
  'i',
  's',
  'v',
  'chr',
  'jh',
  'jhd',
  'mind',
  'max',
  'min',
  'rd',
  'tsd',
  'bzgl',
  'sog',
  'vs',
  'co',
  'corp',
  'inc',
  'ltd',
  'mr',
  'mrs',
  'no',
  'ff',
  'abs',
  'jan',
  'feb',
  'febr',
  'mär',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dez',
  'tel',
  'kap',
]);

const MONTHS =
  /^(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|febr|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\b/i;

const CLOSERS = new Set(['"', '“', '”', '„', '«', '»', "'", '’', ')', ']']);

/** True if the terminator at `index` of `chars` ends a sentence (false for "ca.", "04. Januar", "z. B." …). */
function endsSentence(chars: readonly string[], index: number): boolean {
  const mark = chars[index];
  let after = index + 1;
  while (after < chars.length && CLOSERS.has(chars[after] ?? '')) after += 1;
  if (after >= chars.length) return true;
  if (!/\s/u.test(chars[after] ?? '')) return false; // "6.39", "www.x.de", "?!"
  if (mark !== '.') return true;
  let next = after;
  while (next < chars.length && /\s/u.test(chars[next] ?? '')) next += 1;
  const rest = chars.slice(next, next + 12).join('');
  if (/^\p{Ll}/u.test(rest)) return false; // a lower-case word goes on: "ca. drei", "Nr. eins"
  let wordStart = index;
  while (wordStart > 0 && /[\p{L}\p{N}]/u.test(chars[wordStart - 1] ?? '')) wordStart -= 1;
  const word = chars.slice(wordStart, index).join('');
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // An ordinal day before a month ("04. Januar") is a date, not the end of a sentence.
  if (/^\d{1,2}$/.test(word) && MONTHS.test(rest)) return false;
  return true;
}

/** True if a line break at `index` separates blocks or lines (titles carry no full stop). */
function isLineBreak(chars: readonly string[], index: number): boolean {
  return chars[index] === '\n' || chars[index] === '\r';
}

/**
 * The whole sentence around a span, with German sentence boundaries: a sentence ends at ".", "!", "?"
 * or "…" followed by white space (not after abbreviations, ordinal dates or inside numbers), or at a line break.
 * Offsets are code points; throws SpanOutOfRangeError if the span does not fit the text.
 */
export function sentenceAt(text: string, startCodePoints: number, endCodePoints: number): SentenceSpan {
  const chars = Array.from(text);
  if (!Number.isInteger(startCodePoints) || !Number.isInteger(endCodePoints)) {
    throw new SpanOutOfRangeError(
      `Span offsets must be whole numbers, got ${startCodePoints}–${endCodePoints}.`,
    );
  }
  if (startCodePoints < 0 || endCodePoints < startCodePoints || endCodePoints > chars.length) {
    throw new SpanOutOfRangeError(
      `Span ${startCodePoints}–${endCodePoints} does not fit a text of ${chars.length} code points.`,
    );
  }
  let start = startCodePoints;
  while (start > 0) {
    const before = start - 1;
    if (isLineBreak(chars, before)) break;
    if (/[.!?…]/u.test(chars[before] ?? '') && endsSentence(chars, before)) break;
    // Closing quotes after the terminator belong to the previous sentence.
    if (CLOSERS.has(chars[before] ?? '') && before > 0 && /[.!?…]/u.test(chars[before - 1] ?? '')) {
      if (endsSentence(chars, before - 1)) break;
    }
    start -= 1;
  }
  let end = Math.max(endCodePoints, start);
  // A span that itself ends on a terminator ("155,74 US-Dollar.") already closes its sentence.
  if (end > start && /[.!?…]/u.test(chars[end - 1] ?? '') && endsSentence(chars, end - 1)) {
    while (end < chars.length && CLOSERS.has(chars[end] ?? '')) end += 1;
  } else {
    while (end < chars.length && !isLineBreak(chars, end)) {
      const char = chars[end] ?? '';
      end += 1;
      if (/[.!?…]/u.test(char) && endsSentence(chars, end - 1)) {
        while (end < chars.length && CLOSERS.has(chars[end] ?? '')) end += 1;
        break;
      }
    }
  }
  while (start < end && /\s/u.test(chars[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(chars[end - 1] ?? '')) end -= 1;
  return { text: chars.slice(start, end).join(''), startCodePoints: start, endCodePoints: end };
}
