import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePriceCsv } from '../../../../../shared/import/csv';

// The import tries a .txt first as a price table (Excel's "Unicode text" export) and reads it as an
// article only when this parser rejects it, so German news text must never pass as a price history.
const ARTICLE_DIRS = [
  '../../../../../seeds/',
  '../../../../fixtures/import/txt/',
  '../../../../fixtures/import/md/',
];

function articleFiles(): { name: string; bytes: Uint8Array }[] {
  return ARTICLE_DIRS.map((dir) => new URL(dir, import.meta.url))
    .filter((url) => existsSync(url))
    .flatMap((url) =>
      readdirSync(url)
        .filter((name) => /\.(txt|md)$/.test(name))
        .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, url))) })),
    );
}

describe('article texts are not mistaken for price tables', () => {
  it('rejects every seed article and article fixture', () => {
    const files = articleFiles();
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const { name, bytes } of files) {
      const result = parsePriceCsv(bytes, name);
      expect(result.ok, `${name} was read as a price table`).toBe(false);
    }
  });

  it('rejects prose that mentions dates and prices on the same line', () => {
    const prose = [
      'Datum, Kurs und Ziel: Am 02.01.2026 schloss die Aktie bei 155,74 US-Dollar.',
      'Am 05.01.2026, einem Montag, fiel sie auf 153,96 US-Dollar; das Kursziel bleibt 205 US-Dollar.',
    ].join('\n');
    const result = parsePriceCsv(new TextEncoder().encode(prose), 'notiz.txt');
    expect(result.ok).toBe(false);
  });
});
