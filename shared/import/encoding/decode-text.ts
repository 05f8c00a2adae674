import { makeTextDecoder } from '../host-globals';
import { decodeWindows1252, WINDOWS_1252_LABELS } from './windows-1252';

/** The encodings plain text is detected as. */
export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Text decoded from bytes, or why it could not be. */
export type DecodeOutcome =
  { ok: true; text: string; encoding: DetectedEncoding } | { ok: false; reason: string };

/** Which byte-order mark starts the bytes, if any. */
export function detectBom(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Guesses BOM-less UTF-16 from the zero bytes of ASCII characters sitting on one side of each pair. */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sampleLength = Math.min(bytes.length, 4096) & ~1;
  if (sampleLength < 16) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let index = 0; index < sampleLength; index += 2) {
    if (bytes[index] === 0) zeroEven += 1;
    if (bytes[index + 1] === 0) zeroOdd += 1;
  }
  const pairs = sampleLength / 2;
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return makeTextDecoder(label, true).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes with a label a file declared (HTML charset); Windows-1252 family labels use our own table. */
export function decodeWithLabel(bytes: Uint8Array, label: string): string | null {
  const normalized = label.trim().toLowerCase();
  if (WINDOWS_1252_LABELS.has(normalized)) return decodeWindows1252(bytes);
  try {
    return makeTextDecoder(normalized, false).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes plain text: a BOM decides (UTF-8, UTF-16 LE/BE); else valid UTF-8 is UTF-8; else BOM-less
 * UTF-16 by its zero bytes; else Windows-1252 (a superset of ISO-8859-1's printable characters).
 */
export function decodeTextBytes(bytes: Uint8Array): DecodeOutcome {
  const bom = detectBom(bytes);
  if (bom === 'utf-8') {
    const text = decodeStrict('utf-8', bytes.subarray(3));
    return text === null
      ? { ok: false, reason: 'invalid UTF-8 after a UTF-8 byte-order mark' }
      : { ok: true, text, encoding: 'utf-8-bom' };
  }
  if (bom !== null) {
    const body = bytes.subarray(2);
    if (body.length % 2 !== 0) return { ok: false, reason: `odd byte count for ${bom}` };
    const text = decodeStrict(bom, body);
    return text === null ? { ok: false, reason: `invalid ${bom}` } : { ok: true, text, encoding: bom };
  }
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null && !utf8.includes('\u0000')) return { ok: true, text: utf8, encoding: 'utf-8' };
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16 !== null) {
    const text = decodeStrict(utf16, bytes.subarray(0, bytes.length & ~1));
    if (text !== null) return { ok: true, text, encoding: utf16 };
  }
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}
