import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { articleText, type Article } from '../model/article';
import type { PriceLevel } from '../model/level';
import { utf16ToCodePoint, codePointLength } from '../text/code-points';
import { plainTextToBlocks } from '../text/plain-text-blocks';
import type { SeedManifest } from './seed-manifest';

/** The articles and chart levels a new library starts with. */
export interface SeedLibrary {
  articles: Article[];
  levels: PriceLevel[];
}

/** SHA-256 (hex) of an article's full text: the identity used to recognise duplicates. */
export function contentHashOf(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The stable id of a seed article, from its file name without extension. */
export function seedArticleId(fileName: string): string {
  return `seed:${fileName.replace(/\.[^.]+$/u, '')}`;
}

/**
 * Builds the seed library from the manifest and the seed files' texts (pure and deterministic, so
 * every start produces identical records and seeding can be checked for duplicates by id and hash).
 */
export function buildSeedLibrary(
  manifest: SeedManifest,
  fileTextByName: Record<string, string>,
): SeedLibrary {
  const articles = manifest.articles.map((entry): Article => {
    const raw = fileTextByName[entry.file];
    if (raw === undefined) throw new Error(`Seed file missing from the bundle: ${entry.file}`);
    const { blocks } = plainTextToBlocks(raw, { firstLineIsTitle: entry.firstLineIsTitle });
    return {
      id: seedArticleId(entry.file),
      title: entry.title,
      source: entry.file,
      publisherKind: entry.publisherKind,
      publishedOn: entry.publishedOn,
      dateConfidence: entry.dateConfidence,
      dateReason: entry.dateReason,
      language: entry.language,
      blocks,
      contentHash: contentHashOf(articleText(blocks)),
      origin: 'seed',
      fileName: entry.file,
      // Fixed, so the seed records are byte-identical on every start.
      addedAtMs: 0,
    };
  });

  const levels = manifest.levels.map((entry, index): PriceLevel => {
    const articleId = seedArticleId(entry.file);
    const article = articles.find((candidate) => candidate.id === articleId);
    if (!article) throw new Error(`Seed level refers to an unknown file: ${entry.file}`);
    const text = articleText(article.blocks);
    const at = text.indexOf(entry.exact);
    if (at < 0 || text.indexOf(entry.exact, at + 1) >= 0) {
      throw new Error(`Seed level text must occur exactly once in ${entry.file}: ${entry.exact}`);
    }
    const startCodePoints = utf16ToCodePoint(text, at);
    return {
      id: `seed-level:${index}:${entry.kind}:${entry.value}`,
      kind: entry.kind,
      value: entry.value,
      currency: entry.currency,
      listing: entry.listing,
      asOf: entry.asOf,
      source: {
        articleId,
        startCodePoints,
        endCodePoints: startCodePoints + codePointLength(entry.exact),
        exact: entry.exact,
      },
      origin: 'seed',
    };
  });

  return { articles, levels };
}
