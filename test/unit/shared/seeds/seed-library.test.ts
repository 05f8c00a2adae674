import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../../shared/model/article';
import { sliceCodePoints } from '../../../../shared/text/code-points';
import { buildSeedLibrary } from '../../../../shared/seeds/seed-library';
import type { SeedManifest } from '../../../../shared/seeds/seed-manifest';

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

  it('points every level at the figure it was read from', () => {
    const expected = [
      ['155,74 US-Dollar', 155.74, 'USD'],
      ['rund 205 US-Dollar', 205, 'USD'],
      ['194 US-Dollar', 194, 'USD'],
      ['etwa 198 US-Dollar', 198, 'USD'],
      ['192 US-Dollar', 192, 'USD'],
      ['150 US-Dollar', 150, 'USD'],
      ['132,20 Euro', 132.2, 'EUR'],
    ] as const;
    expect(library.levels.map((l) => [l.source.exact, l.value, l.currency])).toEqual(expected);
    for (const level of library.levels) {
      const article = library.articles.find((a) => a.id === level.source.articleId)!;
      const text = articleText(article.blocks);
      expect(sliceCodePoints(text, level.source.startCodePoints, level.source.endCodePoints)).toBe(
        level.source.exact,
      );
    }
  });

  it('is deterministic, so a restart produces the same records', () => {
    expect(buildSeedLibrary(manifest, texts)).toEqual(library);
    expect(new Set(library.articles.map((a) => a.contentHash)).size).toBe(5);
  });

  it('refuses a manifest whose level text is ambiguous or missing', () => {
    const broken: SeedManifest = {
      ...manifest,
      levels: [
        { ...manifest.levels[0]!, exact: '53 Milliarden US-Dollar', file: '002_12ff2e5ca1ba0d59.txt' },
      ],
    };
    expect(() => buildSeedLibrary(broken, texts)).toThrow(/exactly once/);
  });
});
