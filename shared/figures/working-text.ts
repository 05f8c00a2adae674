/**
 * The extractor's view of a text: combining sequences composed (NFC per cluster) and invisible
 * formatting characters (soft hyphen, zero-width characters, BOM) dropped, so "Kurs\u00ADziel" and a
 * decomposed "u\u0308ber" still match. Every UTF-16 unit of `text` maps back to the code points of
 * the original, so figures are reported in offsets of the text exactly as given.
 */
export interface WorkingText {
  text: string;
  /** Per UTF-16 unit of `text`: first original code point it came from. */
  startCodePoints: Uint32Array;
  /** Per UTF-16 unit of `text`: original code point after the last one it came from. */
  endCodePoints: Uint32Array;
  /** The original text's code points, for slicing surfaces. */
  originalCodePoints: string[];
}

// Characters readers do not see; scrapers leave them inside words.
const INVISIBLE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/u;
const COMBINING = /^\p{M}$/u;

/** Builds the working view of `original` with its offset map. */
export function makeWorkingText(original: string): WorkingText {
  const cps = Array.from(original);
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < cps.length) {
    const first = cps[index] ?? '';
    let clusterEnd = index + 1;
    while (clusterEnd < cps.length && COMBINING.test(cps[clusterEnd] ?? '')) clusterEnd += 1;
    if (INVISIBLE.test(first)) {
      index += 1;
      continue;
    }
    const cluster = cps.slice(index, clusterEnd).join('');
    const composed = clusterEnd - index > 1 ? cluster.normalize('NFC') : cluster;
    parts.push(composed);
    for (let unit = 0; unit < composed.length; unit += 1) {
      starts.push(index);
      ends.push(clusterEnd);
    }
    index = clusterEnd;
  }
  return {
    text: parts.join(''),
    startCodePoints: Uint32Array.from(starts),
    endCodePoints: Uint32Array.from(ends),
    originalCodePoints: cps,
  };
}

/** Maps a working-text range [from, to) back to original code points; null for an empty range. */
export function toOriginalSpan(working: WorkingText, from: number, to: number): [number, number] | null {
  if (to <= from || from < 0 || to > working.text.length) return null;
  const start = working.startCodePoints[from];
  const end = working.endCodePoints[to - 1];
  if (start === undefined || end === undefined || end <= start) return null;
  return [start, end];
}

/** The original text between two code-point offsets. */
export function originalSlice(working: WorkingText, startCodePoints: number, endCodePoints: number): string {
  return working.originalCodePoints.slice(startCodePoints, endCodePoints).join('');
}
