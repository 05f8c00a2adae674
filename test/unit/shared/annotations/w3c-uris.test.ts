import { describe, expect, it } from 'vitest';
import {
  annotationIdFromUri,
  annotationUri,
  articleUri,
  contentHashFromUri,
} from '../../../../shared/annotations/w3c-uris';

const HASH = 'a'.repeat(64);

describe('W3C URIs', () => {
  it('writes UUID ids as urn:uuid and reads them back unchanged', () => {
    const id = '3f2c1a9e-7b4d-4e21-9c0a-5d6e7f8a9b0c';
    expect(annotationUri(id)).toBe(`urn:uuid:${id}`);
    expect(annotationIdFromUri(annotationUri(id))).toBe(id);
  });

  it('escapes other ids into a Kursnotiz URN (valid URI characters only) and reads them back', () => {
    for (const id of ['seed-note:1', 'ä ö/ü?#x', 'a%20b']) {
      const uri = annotationUri(id);
      expect(uri).toMatch(/^urn:kursnotiz:annotation:[A-Za-z0-9\-_.!~*'()%]+$/u);
      expect(annotationIdFromUri(uri)).toBe(id);
    }
  });

  it("keeps other tools' annotation URIs whole as ids, and survives broken escapes", () => {
    expect(annotationIdFromUri('https://hypothes.is/a/xyz')).toBe('https://hypothes.is/a/xyz');
    expect(annotationIdFromUri('urn:kursnotiz:annotation:%E0%A4%A')).toBe(
      'urn:kursnotiz:annotation:%E0%A4%A',
    );
  });

  it('reads the content hash only from a well-formed article URI', () => {
    expect(contentHashFromUri(articleUri(HASH))).toBe(HASH);
    expect(contentHashFromUri('urn:kursnotiz:article:1234')).toBeNull();
    expect(contentHashFromUri(`https://example.org/${HASH}`)).toBeNull();
  });
});
