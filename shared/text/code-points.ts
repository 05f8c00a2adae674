/** Normalises text the way articles are stored (Unicode NFC). */
export function normalizeText(text: string): string {
  return text.normalize('NFC');
}

/** Length of a string in Unicode code points (an emoji counts once). */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** Converts a code-point offset into a UTF-16 index of `text` (clamped to the end). */
export function codePointToUtf16(text: string, offsetCodePoints: number): number {
  let utf16 = 0;
  let seen = 0;
  for (const char of text) {
    if (seen >= offsetCodePoints) break;
    utf16 += char.length;
    seen += 1;
  }
  return utf16;
}

/** Converts a UTF-16 index of `text` into a code-point offset. */
export function utf16ToCodePoint(text: string, indexUtf16: number): number {
  let utf16 = 0;
  let seen = 0;
  for (const char of text) {
    if (utf16 >= indexUtf16) break;
    utf16 += char.length;
    seen += 1;
  }
  return seen;
}

/** The substring between two code-point offsets. */
export function sliceCodePoints(text: string, startCodePoints: number, endCodePoints: number): string {
  return text.slice(codePointToUtf16(text, startCodePoints), codePointToUtf16(text, endCodePoints));
}
