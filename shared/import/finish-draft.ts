import type { TextBlock } from '../model/article';
import { normalizeText } from '../text/code-points';
import { typographicQuotes } from '../text/typographic-quotes';
import {
  ArticleImportFailure,
  importError,
  type ArticleDraft,
  type ArticleFormat,
  type DateSource,
} from './article-draft';
import { checkArticleSize, type ArticleContentLimits } from './article-limits';
import { contentHashOf } from './content-hash';
import { titleFromFileName } from './meta/file-name';
import { findDateInText } from './meta/parse-date';
import { guessLanguage, primaryLanguageTag } from './meta/guess-language';

/** A publication date a parser found in the file's metadata, with where it was found. */
export interface FoundDate {
  isoDate: string;
  source: DateSource;
  /** Where exactly, for the reason text, e.g. 'meta article:published_time'. */
  detail: string;
  /** Metadata about the file rather than the article (PDF creation date): a date printed in the text wins. */
  isWeak?: boolean;
}

/** Metadata a parser read from the file itself (null/undefined where the file says nothing). */
export interface FoundMetadata {
  title?: string | null;
  source?: string | null;
  date?: FoundDate | null;
  language?: string | null;
}

/** The file facts every parser passes on. */
export interface DraftFileFacts {
  fileName: string;
  format: ArticleFormat;
  lastModifiedMs?: number | undefined;
  /** How much text one article may hold; checked on the cleaned blocks. */
  limits: ArticleContentLimits;
}

const MAX_TITLE_CODE_UNITS = 300;
// Soft hyphens, zero-width characters and bidi controls (which could reorder what the reader shows).
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff\u061c\u202a-\u202e\u2066-\u2069]/gu;
// Control characters (Unicode Cc) other than line breaks and tabs.
const CONTROL = /(?![\n\t])\p{Cc}/gu;
const HORIZONTAL_SPACE = /[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/gu;

/** Cleans one block's text: NFC, no invisible or control characters, single spaces, no blank lines. */
export function cleanBlockText(text: string): string {
  return normalizeText(text)
    .replace(INVISIBLE, '')
    .replace(/\r\n?/gu, '\n')
    .replace(CONTROL, ' ')
    .replace(HORIZONTAL_SPACE, ' ')
    .replace(/ *\n[\s]*/gu, '\n')
    .trim();
}

function cleanLine(text: string | null | undefined): string {
  return text === null || text === undefined ? '' : cleanBlockText(text).replace(/\s+/gu, ' ');
}

function describeDate(date: FoundDate): string {
  return date.isWeak === true
    ? `No date printed near the start; taken from the ${date.detail}.`
    : `Publication date stated in the file (${date.detail}).`;
}

/** Turns parsed blocks and found metadata into an ArticleDraft; throws 'no-article-text' when nothing is left. */
export function finishDraft(
  facts: DraftFileFacts,
  rawBlocks: readonly TextBlock[],
  found: FoundMetadata,
): ArticleDraft {
  let blocks = rawBlocks
    .map((block) => ({ kind: block.kind, text: cleanBlockText(block.text) }))
    .filter((block) => /[\p{L}\p{N}]/u.test(block.text));
  let title = cleanLine(found.title).slice(0, MAX_TITLE_CODE_UNITS);
  const first = blocks[0];
  if (title === '' && first?.kind === 'heading') title = first.text.slice(0, MAX_TITLE_CODE_UNITS);
  // The reader shows the title above the body; an opening heading repeating it would show it twice.
  const repeatIndex = blocks
    .slice(0, 3)
    .findIndex((block) => block.kind === 'heading' && block.text === title);
  if (repeatIndex >= 0) blocks = blocks.filter((_block, index) => index !== repeatIndex);
  checkArticleSize(facts.fileName, blocks, facts.limits);
  if (blocks.length === 0) {
    throw new ArticleImportFailure(
      importError('no-article-text', `No readable article text found in ${facts.fileName}.`, {
        fileName: facts.fileName,
      }),
    );
  }
  if (title === '') title = titleFromFileName(facts.fileName);

  let publishedOn: string | null = null;
  let dateSource: DateSource = 'none';
  let dateConfidence: ArticleDraft['dateConfidence'] = 'unknown';
  let dateReason = 'No publication date found in the file.';
  const textDate = findDateInText(
    blocks
      .slice(0, 3)
      .map((block) => block.text)
      .join('\n'),
  );
  if (found.date && !(found.date.isWeak === true && textDate !== null)) {
    ({ isoDate: publishedOn, source: dateSource } = found.date);
    dateConfidence = found.date.isWeak === true ? 'approximate' : 'stated';
    dateReason = describeDate(found.date);
  } else if (textDate !== null) {
    publishedOn = textDate;
    dateSource = 'text';
    dateConfidence = 'inferred';
    dateReason = 'Date written near the start of the text (no publication date in the file metadata).';
  } else if (facts.lastModifiedMs !== undefined && Number.isFinite(facts.lastModifiedMs)) {
    const modified = new Date(facts.lastModifiedMs);
    if (!Number.isNaN(modified.getTime())) {
      publishedOn = modified.toISOString().slice(0, 10);
      dateSource = 'file-modified';
      dateConfidence = 'approximate';
      dateReason =
        'No date in the file; this is when the file was last modified (saved), not necessarily published.';
    }
  }

  const source = cleanLine(found.source) || facts.fileName;
  const language =
    primaryLanguageTag(found.language) ?? guessLanguage(blocks.map((block) => block.text).join(' '));
  // The reader sets typographic quotes; doing it here keeps the stored text, hash and anchors in one form.
  blocks = blocks.map((block) => ({ ...block, text: typographicQuotes(block.text, language) }));
  title = typographicQuotes(title, language);
  return {
    title,
    source,
    publishedOn,
    dateConfidence,
    dateSource,
    dateReason,
    language,
    blocks,
    contentHash: contentHashOf(blocks),
    fileName: facts.fileName,
    format: facts.format,
  };
}
