// Text from a real article has no NUL and almost no control characters; binary data has many.
const MAX_CONTROL_SHARE = 0.01;

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

/** True when decoded text holds NUL or more control characters than any article would. */
export function looksLikeBinaryText(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return false;
  let controls = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    const isControl =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0xfffd;
    if (isControl) controls += 1;
  }
  return controls / sample.length > MAX_CONTROL_SHARE;
}
