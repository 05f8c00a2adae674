import { describe, expect, it } from 'vitest';
import { decodeTextBytes } from '../../../../shared/import/encoding/decode-text';
import { decodeWindows1252 } from '../../../../shared/import/encoding/windows-1252';
import { decodeHtmlBytes, sniffDeclaredCharset } from '../../../../shared/import/html/html-charset';

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('Windows-1252 decoding', () => {
  it('maps 0x80–0x9F to €, „ “ – and friends (Node’s TextDecoder would give C1 controls)', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x84, 0x93, 0x96, 0x97, 0x85, 0xe4, 0xdf, 0xdc]))).toBe(
      '€„“–—…äßÜ',
    );
  });

  it('decodes text that is not valid UTF-8 as Windows-1252', () => {
    const outcome = decodeTextBytes(new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0x80]));
    expect(outcome).toEqual({ ok: true, text: 'Größe €', encoding: 'windows-1252' });
  });
});

describe('plain-text encoding detection', () => {
  it('prefers a BOM, then valid UTF-8', () => {
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa4]))).toMatchObject({
      text: 'ä',
      encoding: 'utf-8-bom',
    });
    expect(decodeTextBytes(new Uint8Array([0xc3, 0xa4]))).toMatchObject({ text: 'ä', encoding: 'utf-8' });
    expect(decodeTextBytes(new Uint8Array([0xfe, 0xff, 0x00, 0xe4]))).toMatchObject({
      text: 'ä',
      encoding: 'utf-16be',
    });
    expect(decodeTextBytes(new Uint8Array([0xff, 0xfe, 0xe4, 0x00]))).toMatchObject({
      text: 'ä',
      encoding: 'utf-16le',
    });
  });

  it('recognises UTF-16 LE without a BOM by its zero bytes', () => {
    const text = 'Alibaba meldet Rekordumsatz';
    const bytes = new Uint8Array(text.length * 2);
    [...text].forEach((char, index) => (bytes[index * 2] = char.charCodeAt(0)));
    expect(decodeTextBytes(bytes)).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
  });

  it('reports UTF-16 with an odd byte count as an encoding error', () => {
    expect(decodeTextBytes(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false });
  });
});

describe('HTML charset', () => {
  it('finds <meta charset> and http-equiv declarations in the first 1024 bytes', () => {
    expect(sniffDeclaredCharset(ascii('<html><head><meta charset="Windows-1252">'))).toBe('windows-1252');
    expect(
      sniffDeclaredCharset(ascii('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')),
    ).toBe('iso-8859-1');
    expect(sniffDeclaredCharset(ascii(`<!-- ${'x'.repeat(1100)} --><meta charset="latin1">`))).toBeNull();
  });

  it('lets a BOM win over the declared charset', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<meta charset="iso-8859-1"><p>'), 0xc3, 0xa4]);
    expect(decodeHtmlBytes(bytes)).toMatchObject({
      html: '<meta charset="iso-8859-1"><p>ä',
      decidedBy: 'bom',
    });
  });

  it('reads an undeclared page as UTF-8 when valid, else as Windows-1252', () => {
    expect(decodeHtmlBytes(new Uint8Array([...ascii('<p>'), 0xc3, 0xa4]))).toMatchObject({
      html: '<p>ä',
      decidedBy: 'utf-8-valid',
    });
    expect(decodeHtmlBytes(new Uint8Array([...ascii('<p>'), 0xe4, 0x80]))).toMatchObject({
      html: '<p>ä€',
      decidedBy: 'fallback',
    });
  });

  it('falls back and names an unknown declared charset', () => {
    expect(decodeHtmlBytes(ascii('<meta charset="klingon-8"><p>Hallo'))).toMatchObject({
      unknownLabel: 'klingon-8',
      charset: 'utf-8',
    });
  });
});
