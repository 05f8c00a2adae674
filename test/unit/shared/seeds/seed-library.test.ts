import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../../shared/model/article';
import { sliceCodePoints } from '../../../../shared/text/code-points';
import { buildSeedLibrary } from '../../../../shared/seeds/seed-library';
import type { SeedConfirmationEntry, SeedManifest } from '../../../../shared/seeds/seed-manifest';
import { SeedConfirmationError } from '../../../../shared/seeds/seed-confirmations';

const seedsDir = new URL('../../../../seeds/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', seedsDir), 'utf8')) as SeedManifest;
const seedFiles = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
const texts = Object.fromEntries(
  seedFiles.map((name) => [name, readFileSync(new URL(name, seedsDir), 'utf8')]),
);

describe('seed library', () => {
  const library = buildSeedLibrary(manifest, texts);

  it('describes every shipped seed file, and only those', () => {
    expect(manifest.articles.map((entry) => entry.file).sort()).toEqual(seedFiles.sort());
    expect(library.articles).toHaveLength(5);
  });

  it('keeps the German text intact: umlauts, ß and typographic quotes', () => {
    const article = library.articles.find(
      (a) => a.title === 'Alibaba investiert in KI und Cloud-Infrastruktur',
    )!;
    const text = articleText(article.blocks);
    expect(text).toContain('das hauseigene KI-Modell „Qwen“');
    expect(text).toContain('Marktentwicklung und zukünftige Erwartungen');
    expect(text).toContain('Zusammenfassend lässt sich sagen');
  });

  it('does not repeat a title line as the first block', () => {
    const article = library.articles.find((a) => a.fileName.startsWith('000_'))!;
    expect(article.blocks[0]).toEqual({ kind: 'heading', text: 'Wandelanleihe als Finanzierungsquelle' });
  });

  it('builds every level from an extracted figure the manifest confirms, linked to its span', () => {
    const expected = [
      ['155,74 US-Dollar', 'quote', 155.74, 'USD', 'NYSE:BABA', '2026-01-02'],
      ['rund 205 US-Dollar', 'target', 205, 'USD', 'NYSE:BABA', null],
      ['194 US-Dollar', 'target', 194, 'USD', 'NYSE:BABA', null],
      ['etwa 198 US-Dollar', 'fair_value', 198, 'USD', 'NYSE:BABA', null],
      ['192 US-Dollar', 'high_52w', 192, 'USD', 'NYSE:BABA', null],
      ['150 US-Dollar', 'level', 150, 'USD', 'NYSE:BABA', null],
      ['132,20 Euro', 'quote', 132.2, 'EUR', 'FRA:AHLA', '2025-12-12'],
    ] as const;
    expect(
      library.levels.map((l) => [l.source.exact, l.kind, l.value, l.currency, l.listing, l.asOf]),
    ).toEqual(expected);
    expect(new Set(library.levels.map((l) => l.origin))).toEqual(new Set(['extracted']));
    for (const level of library.levels) {
      const article = library.articles.find((a) => a.id === level.source.articleId)!;
      const text = articleText(article.blocks);
      expect(sliceCodePoints(text, level.source.startCodePoints, level.source.endCodePoints)).toBe(
        level.source.exact,
      );
    }
  });

  it('keeps the level ids of the former hand-entered seed levels (no duplicates in older libraries)', () => {
    expect(library.levels.map((l) => l.id)).toEqual([
      'seed-level:0:quote:155.74',
      'seed-level:1:target:205',
      'seed-level:2:target:194',
      'seed-level:3:fair_value:198',
      'seed-level:4:high_52w:192',
      'seed-level:5:level:150',
      'seed-level:6:quote:132.2',
    ]);
  });

  it('is deterministic, so a restart produces the same records', () => {
    expect(buildSeedLibrary(manifest, texts)).toEqual(library);
    expect(new Set(library.articles.map((a) => a.contentHash)).size).toBe(5);
  });

  it('fails loudly, naming the figure, when a confirmation no longer matches an extracted figure', () => {
    const withConfirmation = (entry: SeedConfirmationEntry): SeedManifest => ({
      ...manifest,
      confirmations: [entry],
    });
    const base = manifest.confirmations[2]!;
    // The text is there, but the extractor reads it as a target, not a quote.
    expect(() => buildSeedLibrary(withConfirmation({ ...base, kind: 'quote' }), texts)).toThrow(
      /"194 US-Dollar" \(quote\) in 002_12ff2e5ca1ba0d59\.txt: the extractor reports no such figure \(that text is read as: target\)/,
    );
    expect(() =>
      buildSeedLibrary(withConfirmation({ ...base, surface: 'rund 194 US-Dollar' }), texts),
    ).toThrow(SeedConfirmationError);
    expect(() => buildSeedLibrary(withConfirmation({ ...base, file: 'missing.txt' }), texts)).toThrow(
      /missing\.txt/,
    );
  });

  it('asks for the listing of a non-dollar price instead of guessing it', () => {
    const euro = manifest.confirmations[6]!;
    const withoutListing: SeedConfirmationEntry = { ...euro };
    delete withoutListing.listing;
    expect(() => buildSeedLibrary({ ...manifest, confirmations: [withoutListing] }, texts)).toThrow(
      /EUR price needs its listing/,
    );
  });
});
