// Our own table, not TextDecoder('windows-1252'): Node 20's TextDecoder decodes that label as
// ISO-8859-1 (0x80 → U+0080 instead of €), which would garble €, „ “ and – in German text.
const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 (the WHATWG meaning of 'iso-8859-1', 'latin1' and 'us-ascii' labels too). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunkSize = 8192;
  for (let start = 0; start < bytes.length; start += chunkSize) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + chunkSize);
    for (let index = start; index < end; index += 1) {
      const byte = bytes[index] ?? 0;
      codes.push(byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROL_RANGE[byte - 0x80] ?? byte) : byte);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Encoding labels that WHATWG decodes as Windows-1252. */
export const WINDOWS_1252_LABELS: ReadonlySet<string> = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'iso-ir-100',
  'latin1',
  'l1',
  'ascii',
  'us-ascii',
  'ansi_x3.4-1968',
  'cp819',
  'ibm819',
  'csisolatin1',
  'iso88591',
  'iso_8859-1:1987',
]);
