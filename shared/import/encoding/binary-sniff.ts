// Real text has no or almost no control characters; binary data read as text is full of them (random
// bytes give ~12 % C0 controls and many U+FFFD). A handful of stray NUL, ESC or bidi marks in an article
// is damage to strip, not a reason to refuse the file.
const MAX_CONTROL_SHARE = 0.05;
// Below this many characters a few stray controls are a large share; judge by count instead.
const MIN_SAMPLE_FOR_SHARE = 400;
const MAX_CONTROLS_IN_SHORT_TEXT = 20;

const FILE_SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x1f, 0x8b], // gzip
  [0xd0, 0xcf, 0x11, 0xe0], // old Office documents
];

/** True when the bytes start with the signature of a known binary file format. */
export function hasBinarySignature(bytes: Uint8Array): boolean {
  return FILE_SIGNATURES.some((signature) => signature.every((byte, index) => bytes[index] === byte));
}

/** True for a code unit no article text should contain: C0/C1 controls (but tab, line breaks, form feed), DEL, U+FFFD. */
function isControlCode(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xfffd
  );
}

/** True when decoded text holds more control characters than damaged text would: it is binary data. */
export function looksLikeBinaryText(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return false;
  let controls = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (isControlCode(sample.charCodeAt(index))) controls += 1;
  }
  if (sample.length < MIN_SAMPLE_FOR_SHARE) return controls > MAX_CONTROLS_IN_SHORT_TEXT;
  return controls / sample.length > MAX_CONTROL_SHARE;
}

// C0/C1 controls but tab, line breaks and form feed; plus the bidi embedding, override and isolate marks
// that can make text display in another order than it is stored ("Trojan Source").
const STRIPPED = /(?![\t\n\r\f])[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Removes control characters and bidi controls from text; returns the clean text and how many went. */
export function stripControlCharacters(text: string): { text: string; removedCount: number } {
  let removedCount = 0;
  const clean = text.replace(STRIPPED, () => {
    removedCount += 1;
    return '';
  });
  return { text: clean, removedCount };
}
