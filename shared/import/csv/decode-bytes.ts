import type { CsvEncoding } from './types';

/** Decoded text, or a sign that the bytes are not text at all. */
export type DecodeResult =
  { ok: true; text: string; encoding: CsvEncoding } | { ok: false; reason: 'binary' };

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, „, “, –, …); undefined slots map to U+FFFD.
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0xfffd,
];

/** Builds a string from code units in chunks (String.fromCharCode has an argument limit). */
function fromCodeUnits(units: Uint16Array | Uint8Array, length: number): string {
  let out = '';
  const chunk = 8192;
  for (let start = 0; start < length; start += chunk) {
    const end = Math.min(length, start + chunk);
    // apply() takes the typed array as an array-like; spreading it would go through the slow iterator.
    out += String.fromCharCode.apply(null, units.subarray(start, end) as unknown as number[]);
  }
  return out;
}

/** The host's native decoder (every browser, Node and Electron have one); shared/ has no DOM types, so typed here. */
type NativeDecoder = new (
  label: string,
  options?: { fatal?: boolean },
) => { decode(input: Uint8Array): string };
const NativeTextDecoder = (globalThis as { TextDecoder?: NativeDecoder }).TextDecoder;

/** Strict UTF-8 decode; null when the bytes are not valid UTF-8 (then the file is probably Windows-1252). */
export function decodeUtf8Strict(bytes: Uint8Array, start: number): string | null {
  if (!NativeTextDecoder) return decodeUtf8Portable(bytes, start);
  try {
    return new NativeTextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return null;
  }
}

/** The same strict UTF-8 decode in plain TypeScript, for a host without TextDecoder (and to test it). */
export function decodeUtf8Portable(bytes: Uint8Array, start: number): string | null {
  let firstHigh = start;
  while (firstHigh < bytes.length && bytes[firstHigh]! < 0x80) firstHigh++;
  // Pure ASCII (most price files): the bytes are the code units.
  if (firstHigh === bytes.length) return fromCodeUnits(bytes.subarray(start), bytes.length - start);
  const units = new Uint16Array(bytes.length - start);
  let n = 0;
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      units[n++] = b;
      i += 1;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, cp, min] = [1, b & 0x1f, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, cp, min] = [2, b & 0x0f, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, cp, min] = [3, b & 0x07, 0x10000];
    else return null;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      units[n++] = 0xd800 + (v >> 10);
      units[n++] = 0xdc00 + (v & 0x3ff);
    } else {
      units[n++] = cp;
    }
    i += need + 1;
  }
  return fromCodeUnits(units, n);
}

/** Decodes UTF-16 code units from `start`; a dangling odd byte is dropped. */
function decodeUtf16(bytes: Uint8Array, start: number, isLittleEndian: boolean): string {
  const count = Math.floor((bytes.length - start) / 2);
  const units = new Uint16Array(count);
  for (let k = 0; k < count; k++) {
    const a = bytes[start + 2 * k]!;
    const b = bytes[start + 2 * k + 1]!;
    units[k] = isLittleEndian ? a | (b << 8) : (a << 8) | b;
  }
  return fromCodeUnits(units, count);
}

/** Windows-1252 decode (a superset of Latin-1 for printable text). */
function decodeCp1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
  }
  return fromCodeUnits(units, bytes.length);
}

/** UTF-16 without a BOM shows as NUL in every other byte of ASCII text; returns the byte order or null. */
function sniffBomlessUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = sample / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'be';
  return null;
}

/** True when decoded text holds control characters no CSV has (NUL, other C0 codes beyond a few strays). */
export function looksBinary(text: string): boolean {
  const sample = Math.min(text.length, 65536);
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return controls > 0 && controls >= Math.max(1, sample * 0.01);
}

/** Decodes CSV bytes: UTF-8 (BOM optional), UTF-16 with BOM (or obvious without), else Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  let text: string;
  let encoding: CsvEncoding;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = decodeUtf8Strict(bytes, 3) ?? decodeCp1252(bytes.subarray(3));
    encoding = 'utf-8-bom';
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    [text, encoding] = [decodeUtf16(bytes, 2, true), 'utf-16le'];
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    [text, encoding] = [decodeUtf16(bytes, 2, false), 'utf-16be'];
  } else {
    const bomless = sniffBomlessUtf16(bytes);
    if (bomless) {
      [text, encoding] = [
        decodeUtf16(bytes, 0, bomless === 'le'),
        bomless === 'le' ? 'utf-16le' : 'utf-16be',
      ];
    } else {
      const utf8 = decodeUtf8Strict(bytes, 0);
      [text, encoding] = utf8 === null ? [decodeCp1252(bytes), 'windows-1252'] : [utf8, 'utf-8'];
    }
  }
  return looksBinary(text) ? { ok: false, reason: 'binary' } : { ok: true, text, encoding };
}
