/**
 * A matching view of a text: NFC, every kind of quotation mark as `"`, whitespace runs as one space,
 * invisible formatting characters dropped; each UTF-16 unit of `folded` maps back to the code-point
 * range of the original text it came from, so matches are reported in the real text's offsets.
 */
export interface FoldedText {
  folded: string;
  /** Per UTF-16 unit of `folded`: first original code point it stands for. */
  startCodePoints: number[];
  /** Per UTF-16 unit of `folded`: original code point after the last one it stands for. */
  endCodePoints: number[];
  /** Code points in the original text. */
  lengthCodePoints: number;
}

// German „…“ and ‚…‘, English “…” and '…', French/Swiss «…» and ‹…›, primes and fullwidth forms.
const QUOTE_MARKS = /["'„“”‟‚‘’‛«»‹›`´″′〝〞〟＂＇]/u;
const WHITESPACE = /\s/u;
// Soft hyphen, zero-width space/joiners, word joiner, BOM: present in pasted text, invisible to readers.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const COMBINING_MARK = /\p{M}/u;

// Every combining mark, NFC-affected character, non-ASCII space and typographic quote lies at or above
// U+0080; below it only a few ASCII characters need a look, which keeps folding a long article fast.
function isPlainAscii(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x80 && code > 0x20 && char !== '"' && char !== "'" && char !== '`';
}

function isCombiningMark(char: string | undefined): boolean {
  return char !== undefined && char.charCodeAt(0) >= 0x300 && COMBINING_MARK.test(char);
}

/** Folds `text` for matching and keeps the map back to its code points. */
export function foldText(text: string): FoldedText {
  const codePoints = Array.from(text);
  const result: FoldedText = {
    folded: '',
    startCodePoints: [],
    endCodePoints: [],
    lengthCodePoints: codePoints.length,
  };
  const parts: string[] = [];
  let lastWasSpace = false;
  let index = 0;
  while (index < codePoints.length) {
    const first = codePoints[index]!;
    // A base character and its combining marks compose together under NFC, so they map as one cluster.
    let clusterEnd = index + 1;
    while (isCombiningMark(codePoints[clusterEnd])) clusterEnd += 1;
    if (clusterEnd === index + 1 && isPlainAscii(first)) {
      emit(result, parts, first, index, clusterEnd);
      lastWasSpace = false;
      index = clusterEnd;
      continue;
    }
    const cluster = codePoints.slice(index, clusterEnd).join('').normalize('NFC');
    for (const char of cluster) {
      if (INVISIBLE.test(char)) continue;
      if (WHITESPACE.test(char)) {
        if (lastWasSpace) {
          result.endCodePoints[result.endCodePoints.length - 1] = clusterEnd;
          continue;
        }
        emit(result, parts, ' ', index, clusterEnd);
        lastWasSpace = true;
        continue;
      }
      emit(result, parts, QUOTE_MARKS.test(char) ? '"' : char, index, clusterEnd);
      lastWasSpace = false;
    }
    index = clusterEnd;
  }
  result.folded = parts.join('');
  return result;
}

function emit(result: FoldedText, parts: string[], char: string, start: number, end: number): void {
  parts.push(char);
  // An astral character is two UTF-16 units; both map to the same code point.
  for (let unit = 0; unit < char.length; unit += 1) {
    result.startCodePoints.push(start);
    result.endCodePoints.push(end);
  }
}

/** Folds a pattern (quote, prefix, suffix) the same way as the text it is searched in. */
export function foldPattern(pattern: string): string {
  return foldText(pattern).folded;
}

/** Maps a range of UTF-16 units in `folded` to code points of the original text (end exclusive). */
export function toOriginalRange(
  text: FoldedText,
  startUtf16: number,
  endUtf16: number,
): { start: number; end: number } {
  return {
    start: text.startCodePoints[startUtf16] ?? text.lengthCodePoints,
    end: text.endCodePoints[endUtf16 - 1] ?? 0,
  };
}
