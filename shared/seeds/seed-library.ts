import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { articleText, type Article } from '../model/article';
import type { PriceLevel } from '../model/level';
import { plainTextToBlocks } from '../text/plain-text-blocks';
import { typographicQuotes } from '../text/typographic-quotes';
import type { SeedManifest } from './seed-manifest';
import type { Figure } from '../figures';
import { SeedConfirmationError, figuresOfArticle, levelFromConfirmation } from './seed-confirmations';

/** The articles and chart levels a new library starts with (levels: confirmed figures of the extractor). */
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
 * Throws SeedConfirmationError when a shipped confirmation no longer matches an extracted figure.
 */
export function buildSeedLibrary(
  manifest: SeedManifest,
  fileTextByName: Record<string, string>,
): SeedLibrary {
  const articles = manifest.articles.map((entry): Article => {
    const raw = fileTextByName[entry.file];
    if (raw === undefined) throw new Error(`Seed file missing from the bundle: ${entry.file}`);
    const blocks = plainTextToBlocks(raw, { firstLineIsTitle: entry.firstLineIsTitle }).blocks.map(
      (block) => ({
        ...block,
        text: typographicQuotes(block.text, entry.language),
      }),
    );
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

  const figuresById = new Map<string, Figure[]>();
  const levels = manifest.confirmations.map((entry, index): PriceLevel => {
    const articleId = seedArticleId(entry.file);
    const article = articles.find((candidate) => candidate.id === articleId);
    if (!article) throw new SeedConfirmationError(entry, 'no seed article has this file name');
    // The extractor runs once per article, however many of its figures are confirmed.
    const figures = figuresById.get(articleId) ?? figuresOfArticle(article);
    figuresById.set(articleId, figures);
    return levelFromConfirmation(entry, index, article, figures);
  });

  return { articles, levels };
}
