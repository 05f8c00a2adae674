import { readFileSync, readdirSync } from 'node:fs';
import { articleText, type Article } from '../../../../shared/model/article';
import { buildSeedLibrary } from '../../../../shared/seeds/seed-library';
import type { SeedManifest } from '../../../../shared/seeds/seed-manifest';

const seedsDir = new URL('../../../../seeds/', import.meta.url);

/** The shipped seed articles (real German news text), built the way the app builds them. */
export function loadSeedArticles(): Article[] {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', seedsDir), 'utf8')) as SeedManifest;
  const texts = Object.fromEntries(
    readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name, readFileSync(new URL(name, seedsDir), 'utf8')]),
  );
  return buildSeedLibrary(manifest, texts).articles;
}

/** The full text (the string offsets count in) of the seed article whose text contains `phrase`. */
export function seedTextContaining(phrase: string): string {
  const text = loadSeedArticles()
    .map((article) => articleText(article.blocks))
    .find((candidate) => candidate.includes(phrase));
  if (text === undefined) throw new Error(`No seed article contains: ${phrase}`);
  return text;
}
