import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, decodeUtf8Portable } from '../../../../../shared/import/csv/decode-bytes';

const TEXT = 'Börse;Währung;Schluss €;„Kurs“ – 155,74';

function utf16(text: string, isLittleEndian: boolean, withBom: boolean): Uint8Array {
  const bytes: number[] = withBom ? (isLittleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(...(isLittleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
}

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodeCsvBytes(plain)).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeCsvBytes(withBom)).toEqual({ ok: true, text: TEXT, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 in both byte orders with a BOM, and little-endian without one', () => {
    expect(decodeCsvBytes(utf16(TEXT, true, true))).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeCsvBytes(utf16(TEXT, false, true))).toMatchObject({ text: TEXT, encoding: 'utf-16be' });
    expect(decodeCsvBytes(utf16('Datum\tSchluss\r\n02.01.2026\t133,89', true, false))).toMatchObject({
      text: 'Datum\tSchluss\r\n02.01.2026\t133,89',
      encoding: 'utf-16le',
    });
  });

  it('falls back to Windows-1252 so umlauts, €, „“ and – come out right', () => {
    // Windows-1252 bytes of TEXT: ö=F6, ä=E4, €=80, „=84, “=93, –=96.
    const cp1252 = Uint8Array.from(
      Array.from(
        TEXT,
        (char) => ({ '€': 0x80, '„': 0x84, '“': 0x93, '–': 0x96 })[char] ?? char.charCodeAt(0),
      ),
    );
    expect(decodeCsvBytes(cp1252)).toEqual({ ok: true, text: TEXT, encoding: 'windows-1252' });
  });

  it('calls bytes with NULs or many control characters binary', () => {
    expect(
      decodeCsvBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    ).toEqual({
      ok: false,
      reason: 'binary',
    });
  });

  it('decodes UTF-8 exactly like the host decoder, also when it has none (portable path)', () => {
    const native = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 64 }),
          fc.string({ unit: 'grapheme' }).map((s) => new TextEncoder().encode(s)),
        ),
        (bytes) => {
          let expected: string | null;
          try {
            expected = native.decode(bytes);
          } catch {
            expected = null;
          }
          expect(decodeUtf8Portable(bytes, 0)).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
