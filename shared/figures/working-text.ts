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

const COMBINING = /^\p{M}$/u;

// Characters readers do not see; scrapers leave them inside words (soft hyphen, zero-width, BOM).
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

// "US\u2011Dollar": typesetters write a hyphen (U+2010) or a non-breaking hyphen (U+2011) inside words; the
// extractor reads both as "-" (one unit for one, so offsets stay aligned).
function plainHyphen(char: string, code: number): string {
  return code === 0x2010 || code === 0x2011 ? '-' : char;
}

function isCombining(char: string, code: number): boolean {
  return code >= 0x300 && COMBINING.test(char);
}

/** Builds the working view of `original` with its offset map (one pass, no per-character arrays). */
export function makeWorkingText(original: string): WorkingText {
  const cps = Array.from(original);
  // NFC can lengthen a cluster (composition exclusions), so leave room beyond the original length.
  const starts = new Uint32Array(original.length * 3 + 1);
  const ends = new Uint32Array(original.length * 3 + 1);
  let out = '';
  let outLength = 0;
  let index = 0;
  while (index < cps.length) {
    const first = cps[index] ?? '';
    const firstCode = first.codePointAt(0) ?? 0;
    let clusterEnd = index + 1;
    while (
      clusterEnd < cps.length &&
      isCombining(cps[clusterEnd] ?? '', cps[clusterEnd]?.codePointAt(0) ?? 0)
    ) {
      clusterEnd += 1;
    }
    if (isInvisible(firstCode)) {
      index += 1;
      continue;
    }
    const composed =
      clusterEnd - index > 1
        ? cps.slice(index, clusterEnd).join('').normalize('NFC')
        : plainHyphen(first, firstCode);
    out += composed;
    for (let unit = 0; unit < composed.length; unit += 1) {
      starts[outLength] = index;
      ends[outLength] = clusterEnd;
      outLength += 1;
    }
    index = clusterEnd;
  }
  return {
    text: out,
    startCodePoints: starts.subarray(0, outLength),
    endCodePoints: ends.subarray(0, outLength),
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
