import type { TextBlock } from '../model/article';
import { ArticleImportFailure, importError } from './article-draft';

/** Upper bounds on what one imported article may hold, whatever its format. */
export interface ArticleContentLimits {
  /** Paragraphs, headings and list items after cleaning. */
  maxBlocks: number;
  /** Characters of article text (UTF-16 code units) after cleaning. */
  maxCharacters: number;
}

// A long analyst report has a few hundred blocks and ~100,000 characters; these leave room for a
// 400-page PDF while keeping the reader, the search index and IndexedDB far from their breaking points.
/** 10,000 blocks and 1,000,000 characters per article. */
export const DEFAULT_ARTICLE_CONTENT_LIMITS: ArticleContentLimits = {
  maxBlocks: 10_000,
  maxCharacters: 1_000_000,
};

// Source text loses markup and runs of whitespace when it becomes blocks: allow it twice the room.
const SOURCE_TO_TEXT_ALLOWANCE = 2;

function tooMuchText(
  fileName: string,
  characters: number,
  limits: ArticleContentLimits,
): ArticleImportFailure {
  return new ArticleImportFailure(
    importError(
      'too-much-text',
      `${fileName} holds ${characters} characters of text; an article may hold ${limits.maxCharacters}.`,
      { fileName, characters, maxCharacters: limits.maxCharacters },
    ),
  );
}

/**
 * Rejects decoded source text (txt, Markdown) that cannot fit even after cleaning, BEFORE it is split
 * into blocks: splitting millions of lines is itself what exhausts memory.
 */
export function checkSourceLength(
  fileName: string,
  sourceLength: number,
  limits: ArticleContentLimits,
): void {
  if (sourceLength > limits.maxCharacters * SOURCE_TO_TEXT_ALLOWANCE)
    throw tooMuchText(fileName, sourceLength, limits);
}

/** Throws a typed 'too-many-blocks' or 'too-much-text' failure when the blocks exceed the limits. */
export function checkArticleSize(
  fileName: string,
  blocks: readonly TextBlock[],
  limits: ArticleContentLimits,
): void {
  if (blocks.length > limits.maxBlocks) {
    throw new ArticleImportFailure(
      importError(
        'too-many-blocks',
        `${fileName} has ${blocks.length} paragraphs; an article may have ${limits.maxBlocks}.`,
        { fileName, blocks: blocks.length, maxBlocks: limits.maxBlocks },
      ),
    );
  }
  let characters = 0;
  for (const block of blocks) characters += block.text.length;
  if (characters > limits.maxCharacters) throw tooMuchText(fileName, characters, limits);
}
